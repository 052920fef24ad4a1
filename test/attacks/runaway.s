; runaway.s: a kernel that never stops, taking timer interrupts all the while. --max-steps
; (here 100,000) stops it at exactly that many instructions, interrupts or not: exit 70.
;
; max-steps: 100000
; exit: 70

_start:
    li   r1, on_timer
    st   r1, [vectors + VEC_TIMER * 4]
    li   r1, vectors
    lvt  r1
    li   r1, 100
    out  TIMER_PERIOD, r1
    sti
1:  add  r2, r2, 1
    jmp  1b

on_timer:
    iret

.data
vectors: .space 9 * 4
