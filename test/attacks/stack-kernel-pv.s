; stack-kernel-pv.s: a paravirtual kernel's stack overflows. The bounce to its trap-table
; handler needs a frame on that stack, so the domain stops with a double fault: one line,
; exit 70.
;
; expect: before
; exit: 70

.paravirt

_start:
    li   r1, traps
    hcall set_trap_table
    li   r1, m_before
    call puts
    li   sp, 4
    push r1
    push r1                     ; below 0
    li   r1, 0
    jmp  exit

on_memory:
    li   r1, m_after
    call puts
    li   r1, 1
    jmp  exit

.include "lib/pv.s"

.data
          .align 4
traps:    .byte VEC_MEMORY, TI_IF   ; struct trap_info: vector, flags, cs, address
          .half 0
          .word on_memory
          .space trap_info_size     ; the end
m_before: .asciz "before\n"
m_after:  .asciz "the fault was delivered on a stack that does not exist\n"
