; stack.s: stack overflow and underflow in user mode. Pushing below address 0 (the stack
; pointer wraps to 0xfffffffc), popping or returning past the top of memory, calling with a
; stack pointer at 2: each is a memory fault at that instruction, taken on the kernel stack
; (from lksp), so the kernel survives its task's broken stack and carries on.
;
; expect: stack faults, each at its instruction, each from user mode: 6
; expect: the kernel stack is where it was: 1
; exits(trap): exception VEC_MEMORY = 6

_start:
    li   r1, on_memory
    st   r1, [vectors + VEC_MEMORY * 4]
    li   r1, on_syscall
    st   r1, [vectors + VEC_SYSCALL * 4]
    li   r1, vectors
    lvt  r1
    li   r1, kstack_top
    lksp r1
    li   r1, ustack_top
    push r1
    li   r1, FLAG_U
    push r1
    li   r1, user
    push r1
    iret

user:
    li   sp, 0
f0: push r1                     ; overflow: below address 0
k0: li   sp, 0x100000
f1: pop  r1                     ; underflow: past the top of memory
k1: li   sp, 0xffffe
f2: pop  r1                     ; a word across the top
k2: li   sp, 0x100000
f3: ret
k3: li   sp, 2
f4: call user
k4: li   sp, 0xfffffffc
f5: pushf
k5: li   sp, ustack_top
    syscall

; a memory fault from user mode: check where, then resume after it
on_memory:
    ld   r10, [count]
    shl  r11, r10, 2
    ld   r12, [r11 + faults]
    ld   r13, [sp]
    bne  r12, r13, wrong
    ld   r12, [sp + 4]
    and  r12, r12, FLAG_U
    beq  r12, 0, wrong
    ld   r12, [r11 + resume]
    st   r12, [sp]
    add  r10, r10, 1
    st   r10, [count]
    iret

on_syscall:
    li   r1, m_count
    ld   r5, [count]
    call say
    li   r5, 0
    li   r1, kstack_top - 12    ; the syscall's frame, and nothing else, is on it
    bne  sp, r1, 1f
    li   r5, 1
1:  li   r1, m_kstack
    call say
    li   r1, 0
    out  POWER_OFF, r1
wrong:
    li   r1, m_wrong
    call puts
    li   r1, 1
    out  POWER_OFF, r1

.include "lib/io.s"

.data
vectors:  .space 9 * 4
faults:   .word f0, f1, f2, f3, f4, f5
resume:   .word k0, k1, k2, k3, k4, k5
count:    .word 0
m_count:  .asciz "stack faults, each at its instruction, each from user mode: "
m_kstack: .asciz "the kernel stack is where it was: "
m_wrong:  .asciz "a stack fault at the wrong pc or not from user mode\n"
          .align 4
          .space 1024
kstack_top:
          .space 1024
ustack_top:
