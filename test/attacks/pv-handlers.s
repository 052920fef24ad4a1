; pv-handlers.s: bogus callback and trap-table addresses. Handlers are validated when they are
; registered — inside guest memory below the hypervisor's pages, non-zero, 4-byte aligned —
; never when used; a trap table with one bad entry is refused whole, and a registered table is
; a copy, so changing the guest's memory afterwards changes nothing.
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
; expect: syscall still goes to: 1
; expect: after the guest rewrites its copy, syscall goes to: 1
; expect: table replaced: 0
; expect: syscall now goes to: 2
; expect: table cleared: 0
; exit: 70

.paravirt

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

; a trap table like `good` but with one entry replaced
.macro badtable vector, addr, text
    li   r1, \addr
    st   r1, [bad + \vector * 4]
    li   r1, bad
    hcall set_trap_table
    result \text
.endm

_start:
    li   r1, 0x80000
    hcall stack_switch
    callback 0xfffffffc, "callback 0xfffffffc: "
    callback 0x2002, "callback misaligned: "
    callback 0xfc000, "callback at pvBase: "
    callback 0x100000, "callback at the end of memory: "
    callback 0x80000000, "callback 0x80000000: "
    callback 0, "callback 0 (none): "

    li   r1, good
    hcall set_trap_table
    result "good trap table: "
    syscall
    result "syscall goes to: "
    badtable VEC_DIVIDE, 0xfffffff0, "table with one handler outside memory: "
    badtable VEC_DIVIDE, 0x1002, "table with one misaligned handler: "
    badtable VEC_DIVIDE, 0xfc008, "table with one handler in start_info: "
    syscall
    result "syscall still goes to: "
    li   r1, 0xfffffff0         ; the guest's copy, not the hypervisor's
    st   r1, [good + VEC_SYSCALL * 4]
    syscall
    result "after the guest rewrites its copy, syscall goes to: "
    li   r1, other
    hcall set_trap_table
    result "table replaced: "
    syscall
    result "syscall now goes to: "
    li   r1, 0
    hcall set_trap_table
    result "table cleared: "
    syscall                     ; no handler now: the guest stops (exit 70)
    li   r1, 0
    jmp  exit

on_syscall_1:
    li   r0, 1
    hcall iret
on_syscall_2:
    li   r0, 2
    hcall iret

.include "lib/pv.s"

.data
good:  .word 0, 0, 0, 0, on_syscall_1, 0, 0, 0, 0
bad:   .word 0, 0, 0, 0, on_syscall_2, 0, 0, 0, 0
other: .word 0, 0, 0, 0, on_syscall_2, 0, 0, 0, 0
