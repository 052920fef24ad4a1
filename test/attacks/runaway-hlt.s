; runaway-hlt.s: a kernel that sleeps in hlt forever, woken by the timer, never stopping.
; Sleeping skips virtual time, but the instructions it runs between sleeps still count:
; --max-steps stops it, exit 70. A kernel that sleeps with nothing to wake it stops at once.
;
; max-steps: 10000
; exit: 70

_start:
    li   r1, on_timer
    st   r1, [vectors + VEC_TIMER * 4]
    li   r1, vectors
    lvt  r1
    li   r1, 1000000
    out  TIMER_PERIOD, r1
    sti
1:  hlt
    jmp  1b

on_timer:
    iret

.data
vectors: .space 9 * 4
