; syscall.s: a build-like mix of computation and system calls. A user process computes (a
; checksum loop of WORK iterations) and makes a system call after each stretch — the kernel
; adds the value it is given to a total, the way a compiler's file reads and writes reach a
; kernel thousands of times a second. CALLS calls, then the total is printed.
;
; Natively a system call is a trap into the kernel and an iret out. Under trap-and-emulate both
; are exits (the syscall is reflected through the hypervisor, the iret is privileged); with
; hardware assistance neither is; paravirtualized, the syscall bounces through the hypervisor
; (or, with a fast system-call handler, goes straight to the guest kernel) and the return is a
; hypercall.
;
; expect: 300 system calls, total 1102800
; exits(native): total = 0
; exits(trap): syscall = 301

CALLS = 300
WORK  = 3000                        ; iterations between two calls: about 12,000 instructions

_start:
    li   r1, on_syscall
    st   r1, [vectors + VEC_SYSCALL * 4]
    li   r1, vectors
    lvt  r1
    li   r1, kstack_top
    lksp r1
    li   r1, ustack_top             ; enter the user process as an iret would
    push r1
    li   r1, FLAG_IE | FLAG_U
    push r1
    li   r1, user
    push r1
    iret

; The kernel's system call: r1 = the value to add (returns the running total in r0), or -1
; when the process is done.
on_syscall:
    beq  r1, -1, finish
    ld   r0, [calls]
    add  r0, r0, 1
    st   r0, [calls]
    ld   r0, [total]
    add  r0, r0, r1
    st   r0, [total]
    iret
finish:
    ld   r1, [calls]
    call putd
    li   r1, calls_msg
    call puts
    ld   r1, [total]
    call putd
    li   r1, '\n'
    out  CONSOLE_DATA, r1
    li   r1, 0
    out  POWER_OFF, r1

; The user process: compute, call, CALLS times; then the exit call (r1 = -1).
user:
    li   r6, 0                      ; calls made
1:  li   r2, WORK
    li   r3, 0
2:  add  r3, r3, r2                 ; some work
    xor  r3, r3, 0x5a
    sub  r2, r2, 1
    bne  r2, 0, 2b
    and  r1, r3, 0xfff
    syscall
    add  r6, r6, 1
    blt  r6, CALLS, 1b
    li   r1, -1
    syscall

.include "../../examples/lib/console.s"

.data
vectors:    .space 9 * 4
calls:      .word 0
total:      .word 0
calls_msg:  .asciz " system calls, total "
            .space 256
ustack_top:
            .space 256
kstack_top:
