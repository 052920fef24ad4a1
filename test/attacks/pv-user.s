; pv-user.s: a paravirtual guest's user mode tries what only its kernel may. Every hypercall
; from user mode returns -EPERM and does nothing (the write prints nothing, the shutdown does
; not shut down, an unknown number is -EPERM before -ENOSYS); privileged opcodes from user
; mode are privilege violations bounced to the kernel's trap table, never executed.
;
; expect: console_io from user mode: -1
; expect: sched_op shutdown from user mode: -1
; expect: set_trap_table from user mode: -1
; expect: stack_switch from user mode: -1
; expect: set_callbacks from user mode: -1
; expect: hypercall 63 from user mode: -1
; expect: iret from user mode: -1
; expect: privileged opcodes bounced to the kernel: 4
; expect: back in the kernel by syscall: 1
; exits(pv): exception VEC_PRIV = 4
; exits(pv): syscall = 1

.paravirt

.macro result text, slot
.data
9:  .asciz \text
.text
    ld   r5, [results + \slot * 4]
    li   r1, 9b
    call say
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
    hcall console_io
    st   r0, [results]
    li   r1, SCHEDOP_shutdown
    li   r2, 9
    hcall sched_op
    st   r0, [results + 4]
    li   r1, 0
    hcall set_trap_table
    st   r0, [results + 8]
    li   r1, 0x1000
    hcall stack_switch
    st   r0, [results + 12]
    li   r1, 0
    hcall set_callbacks
    st   r0, [results + 16]
    hcall 63
    st   r0, [results + 20]
    hcall iret
    st   r0, [results + 24]
p0: out  CONSOLE_DATA, r1       ; each of these faults; the kernel resumes at the next
p1: cli
p2: in   r1, TIMER_NOW
p3: lvt  r1
p4: syscall

; the kernel: a privilege violation skips the instruction (the resume table says where to)
on_priv:
    ld   r10, [count]
    add  r10, r10, 1
    st   r10, [count]
    shl  r11, r10, 2
    ld   r11, [r11 + resume]
    st   r11, [sp]
    hcall iret

on_syscall:
    li   r1, 1
    st   r1, [results + 28]
    result "console_io from user mode: ", 0
    result "sched_op shutdown from user mode: ", 1
    result "set_trap_table from user mode: ", 2
    result "stack_switch from user mode: ", 3
    result "set_callbacks from user mode: ", 4
    result "hypercall 63 from user mode: ", 5
    result "iret from user mode: ", 6
    ld   r5, [count]
    li   r1, m_priv
    call say
    result "back in the kernel by syscall: ", 7
    li   r1, 0
    jmp  exit

.include "lib/pv.s"

.data
traps:    .word 0, 0, on_priv, 0, on_syscall, 0, 0, 0, 0
resume:   .word p0, p1, p2, p3, p4
count:    .word 0
results:  .space 32
secret:   .ascii "LEAK!"
m_priv:   .asciz "privileged opcodes bounced to the kernel: "
          .align 4
          .space 1024
kstack_top:
          .space 1024
ustack_top:
