; syscall.pv.s: the paravirtual version of syscall.s: the same process and the same kernel
; call. The trap table's system-call entry has DPL 3 and no TI_IF: a direct trap (Barham et al.
; 2003, the "fast" handler), so the process's syscall enters the handler with no hypervisor in
; between; the handler returns with hcall iret.
;
; expect: 300 system calls, total 1102800
; exits(pv): total = 0

.paravirt

CALLS = 300
WORK  = 3000

_start:
    li    r1, traps                     ; the trap table: just the system call
    hcall set_trap_table
    li    r1, kstack_top
    hcall stack_switch
    li    r1, ustack_top                ; enter the user process with the frame an iret pops
    push  r1
    li    r1, FLAG_IE | FLAG_U
    push  r1
    li    r1, user
    push  r1
    hcall iret

on_syscall:
    beq   r1, -1, finish
    ld    r0, [calls]
    add   r0, r0, 1
    st    r0, [calls]
    ld    r0, [total]
    add   r0, r0, r1
    st    r0, [total]
    hcall iret                          ; r0, the result, goes back untouched
finish:
    ld    r1, [calls]
    call  putd
    li    r1, calls_msg
    call  puts
    ld    r1, [total]
    call  putd
    li    r1, newline
    call  puts
    li    r1, 0
    jmp   exit

user:
    li   r6, 0
1:  li   r2, WORK
    li   r3, 0
2:  add  r3, r3, r2
    xor  r3, r3, 0x5a
    sub  r2, r2, 1
    bne  r2, 0, 2b
    and  r1, r3, 0xfff
    syscall
    add  r6, r6, 1
    blt  r6, CALLS, 1b
    li   r1, -1
    syscall

.include "../../examples/pv/lib/console.s"

.data
            .align 4
traps:      .byte VEC_SYSCALL, 3        ; struct trap_info: vector, flags (DPL 3: direct), cs, address
            .half 0
            .word on_syscall
            .space trap_info_size       ; the end: an entry whose address is 0
calls:      .word 0
total:      .word 0
calls_msg:  .asciz " system calls, total "
newline:    .asciz "\n"
            .space 256
ustack_top:
            .space 256
kstack_top:
