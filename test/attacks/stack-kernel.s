; stack-kernel.s: the kernel's own stack overflows. The memory fault cannot be delivered —
; its frame would go on the same broken stack — so the machine stops with a double fault:
; one line, exit 70, natively and under trap-and-emulate.
;
; expect: before
; exit: 70

_start:
    li   r1, on_memory
    st   r1, [vectors + VEC_MEMORY * 4]
    li   r1, vectors
    lvt  r1
    li   r1, m_before
    call puts
    li   sp, 4
    push r1                     ; fine: sp becomes 0
    push r1                     ; below 0: a fault with nowhere to put its frame
    li   r1, m_after
    call puts
    li   r1, 0
    out  POWER_OFF, r1

on_memory:
    li   r1, m_after
    call puts
    li   r1, 1
    out  POWER_OFF, r1

.include "lib/io.s"

.data
vectors:  .space 9 * 4
m_before: .asciz "before\n"
m_after:  .asciz "the fault was delivered on a stack that does not exist\n"
