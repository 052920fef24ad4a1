; time-end.s: a kernel that sleeps with the longest timer period there is, over and over, to push
; virtual time towards 2^53, where a double clock stops moving (and with it every limit). The
; machine stops it when its clock reaches 2^52 cycles, with one line and exit 70: about a
; million sleeps, five instructions each, well inside the step limit.
;
; max-steps: 10000000
; exit: 70
; modes: native trap

_start:
    li   r1, on_timer
    st   r1, [vectors + VEC_TIMER * 4]
    li   r1, vectors
    lvt  r1
    li   r1, 0xffffffff
    out  TIMER_PERIOD, r1
    sti
1:  hlt
    jmp  1b

on_timer:
    iret

.data
vectors: .space 9 * 4
