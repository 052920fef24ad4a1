; pv-user.s: a paravirtual guest's user mode tries what only its kernel may. Xen's hypercall
; gate is out of user mode's reach, so every hypercall from user mode, known number or not, is
; a general-protection fault bounced to the kernel's VEC_PRIV handler: it does nothing (the
; write prints nothing, the shutdown does not shut down, the trap table stays) and leaves r0
; alone. Privileged opcodes from user mode are privilege violations bounced the same way.
;
; expect: hypercalls from user mode bounced to the kernel: 7
; expect: of them, r0 left alone: 7
; expect: privileged opcodes bounced to the kernel: 4
; expect: back in the kernel by syscall: 1
; exits(pv): exception VEC_PRIV = 11
; exits(pv): syscall = 1
; hypercalls(pv): sched_op = 1

.paravirt

SENTINEL = 0x5a

.macro user_hcall name
    li   r0, SENTINEL
    hcall \name
    beq  r0, SENTINEL, 1f
    li   r4, 0                  ; r0 changed: not left alone
    jmp  2f
1:  li   r4, 1
2:  ld   r5, [untouched]
    add  r5, r5, r4
    st   r5, [untouched]
.endm

_start:
    li   r1, traps
    hcall set_trap_table
    li   r1, kstack_top
    hcall stack_switch
    li   r1, ustack_top         ; into user mode: a frame for hcall iret
    push r1
    li   r1, FLAG_U
    push r1
    li   r1, user
    push r1
    hcall iret

user:
    li   r1, CONSOLEIO_write
    li   r2, 5
    li   r3, secret
    user_hcall console_io
    li   r1, SCHEDOP_shutdown
    li   r2, poweroff
    li   r3, 9
    user_hcall sched_op
    li   r1, 0
    user_hcall set_trap_table
    li   r1, 0x1000
    user_hcall stack_switch
    li   r1, 0
    user_hcall set_callbacks
    user_hcall 63
    user_hcall iret
p0: out  CONSOLE_DATA, r1       ; each of these faults; the kernel resumes after it
p1: cli
p2: in   r1, TIMER_NOW
p3: lvt  r1
p4: syscall

; the kernel: a fault at an hcall (8 bytes) or another instruction (4 or 8 bytes): skip it
on_priv:
    ld   r10, [sp]              ; the faulting pc
    ldb  r11, [r10]             ; its opcode
    beq  r11, 0x60, 1f          ; hcall (docs/ISA.md)
    ld   r11, [privileged]
    add  r11, r11, 1
    st   r11, [privileged]
    shl  r11, r11, 2
    ld   r11, [r11 + resume]
    st   r11, [sp]
    hcall iret
1:  ld   r11, [hypercalls]
    add  r11, r11, 1
    st   r11, [hypercalls]
    add  r10, r10, 8
    st   r10, [sp]
    hcall iret

on_syscall:
    ld   r5, [hypercalls]
    li   r1, m_hcalls
    call say
    ld   r5, [untouched]
    li   r1, m_untouched
    call say
    ld   r5, [privileged]
    li   r1, m_priv
    call say
    li   r5, 1
    li   r1, m_syscall
    call say
    li   r1, 0
    jmp  exit

.include "lib/pv.s"

.data
          .align 4
traps:    .byte VEC_PRIV, 0         ; struct trap_info: vector, flags, cs, address
          .half 0
          .word on_priv
          .byte VEC_SYSCALL, TI_IF | 3  ; user mode may enter; events masked, so it bounces
          .half 0
          .word on_syscall
          .space trap_info_size
resume:   .word 0, p1, p2, p3, p4
hypercalls: .word 0
privileged: .word 0
untouched: .word 0
poweroff: .word SHUTDOWN_poweroff
secret:   .ascii "LEAK!"
m_hcalls: .asciz "hypercalls from user mode bounced to the kernel: "
m_untouched: .asciz "of them, r0 left alone: "
m_priv:   .asciz "privileged opcodes bounced to the kernel: "
m_syscall: .asciz "back in the kernel by syscall: "
          .align 4
          .space 1024
kstack_top:
          .space 1024
ustack_top:
