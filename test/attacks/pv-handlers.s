; pv-handlers.s: bogus callback and trap-table addresses. Handlers are validated when they are
; registered — inside guest memory below the hypervisor's pages, non-zero, 4-byte aligned —
; never when used. set_trap_table reads an array of struct trap_info ended by an entry whose
; address is 0; an array with one bad entry, or that runs off guest memory before its end, is
; refused whole; a registered table is a copy, so changing the guest's memory afterwards changes
; nothing; each entry replaces only its own vector, as in Xen. A syscall its entry's DPL does
; not allow is a general-protection fault. Memory is 1 MiB: pvBase is 0xfc000.
;
; expect: callback 0xfffffffc: -22
; expect: callback misaligned: -22
; expect: callback at pvBase: -22
; expect: callback at the end of memory: -22
; expect: callback 0x80000000: -22
; expect: callback 0 (none): 0
; expect: good trap table: 0
; expect: syscall goes to: 1
; expect: table with one handler outside memory: -22
; expect: table with one misaligned handler: -22
; expect: table with one handler in start_info: -22
; expect: table with vector 10, past the last: -22
; expect: table with an unknown flag bit: -22
; expect: table running into the hypervisor's pages: -14
; expect: table at 0xfffffff8: -14
; expect: syscall still goes to: 1
; expect: after the guest rewrites its copy, syscall goes to: 1
; expect: table naming VEC_DIVIDE only: 0
; expect: syscall still goes to: 1
; expect: table replacing the syscall entry: 0
; expect: syscall now goes to: 2
; expect: syscall entry with DPL 0: 0
; expect: syscall through it from the kernel, a general-protection fault: 3
; expect: table cleared: 0
; exit: 70

.paravirt

PVBASE = 0x100000 - 0x4000

.macro result text
.data
9:  .asciz \text
.text
    mov  r5, r0
    li   r1, 9b
    call say
.endm

.macro callback addr, text
    li   r1, \addr
    hcall set_callbacks
    result \text
.endm

.macro table addr, text
    li   r1, \addr
    hcall set_trap_table
    result \text
.endm

; entry VECTOR, FLAGS, ADDRESS: one struct trap_info (vector, flags, cs, address).
.macro entry vector, flags, address
    .byte \vector, \flags
    .half 0
    .word \address
.endm

_start:
    li   sp, 0x70000            ; the stack away from the top, where a table will be built
    li   r1, 0x80000
    hcall stack_switch
    callback 0xfffffffc, "callback 0xfffffffc: "
    callback 0x2002, "callback misaligned: "
    callback PVBASE, "callback at pvBase: "
    callback 0x100000, "callback at the end of memory: "
    callback 0x80000000, "callback 0x80000000: "
    callback 0, "callback 0 (none): "

    table good, "good trap table: "
    syscall
    result "syscall goes to: "
    table bad1, "table with one handler outside memory: "
    table bad2, "table with one misaligned handler: "
    table bad3, "table with one handler in start_info: "
    table bad4, "table with vector 10, past the last: "
    table bad5, "table with an unknown flag bit: "
    li   r2, PVBASE - 2 * trap_info_size  ; two good entries and no end before pvBase
    li   r3, 2
1:  li   r1, VEC_SYSCALL
    stb  r1, [r2 + trap_info.vector]
    li   r1, 1
    stb  r1, [r2 + trap_info.flags]
    li   r1, on_syscall_2
    st   r1, [r2 + trap_info.address]
    add  r2, r2, trap_info_size
    sub  r3, r3, 1
    bne  r3, 0, 1b
    table PVBASE - 2 * trap_info_size, "table running into the hypervisor's pages: "
    table 0xfffffff8, "table at 0xfffffff8: "
    syscall
    result "syscall still goes to: "
    li   r1, 0xfffffff0         ; the guest's copy, not the hypervisor's
    st   r1, [good + trap_info.address]
    syscall
    result "after the guest rewrites its copy, syscall goes to: "
    table divide, "table naming VEC_DIVIDE only: "
    syscall
    result "syscall still goes to: "
    table other, "table replacing the syscall entry: "
    syscall
    result "syscall now goes to: "
    table dpl0, "syscall entry with DPL 0: "
    syscall                     ; the kernel needs DPL 1 at least (Xen's permit_softint)
    result "syscall through it from the kernel, a general-protection fault: "
    table 0, "table cleared: "
    syscall                     ; no handler now: the guest stops (exit 70)
    li   r1, 0
    jmp  exit

on_syscall_1:
    li   r0, 1
    hcall iret
on_syscall_2:
    li   r0, 2
    hcall iret
on_priv:                        ; the fault is at the syscall: step over it
    ld   r0, [sp]
    add  r0, r0, 4
    st   r0, [sp]
    li   r0, 3
    hcall iret

.include "lib/pv.s"

.data
       .align 4
good:  entry VEC_SYSCALL, 1, on_syscall_1
       .space trap_info_size
bad1:  entry VEC_SYSCALL, 1, on_syscall_2
       entry VEC_DIVIDE, 0, 0xfffffff0
       .space trap_info_size
bad2:  entry VEC_SYSCALL, 1, on_syscall_2
       entry VEC_DIVIDE, 0, 0x1002
       .space trap_info_size
bad3:  entry VEC_SYSCALL, 1, on_syscall_2
       entry VEC_DIVIDE, 0, PVBASE + 8
       .space trap_info_size
bad4:  entry VEC_SYSCALL, 1, on_syscall_2
       entry 10, 0, on_syscall_2
       .space trap_info_size
bad5:  entry VEC_SYSCALL, 1 | 8, on_syscall_2
       .space trap_info_size
divide: entry VEC_DIVIDE, 0, on_syscall_2
       .space trap_info_size
other: entry VEC_SYSCALL, 1, on_syscall_2
       .space trap_info_size
dpl0:  entry VEC_SYSCALL, 0, on_syscall_2
       entry VEC_PRIV, 0, on_priv
       .space trap_info_size
