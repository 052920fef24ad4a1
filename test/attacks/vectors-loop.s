; vectors-loop.s: the memory-fault handler itself points outside memory. Entering it faults,
; which enters it again, each time pushing a frame: the frames run down through memory, over
; the vector table too, until the machine stops with one line, exit 70 — a bounded end after
; 130,552 faults, never a hang or a host error.
;
; exits(trap): exception VEC_MEMORY = 130552
;
; exit: 70

_start:
    li   r1, 0xfffffff0
    st   r1, [vectors + VEC_MEMORY * 4]
    li   r1, vectors
    lvt  r1
    ld   r1, [0xfffffff0]       ; the first fault
    li   r1, 0
    out  POWER_OFF, r1

.data
vectors:  .space 9 * 4
