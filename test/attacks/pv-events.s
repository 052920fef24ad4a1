; pv-events.s: event-channel port numbers past the bitmap, negative, unallocated or of the
; wrong kind (Xen XSA-342), bad virtual IRQs and vCPUs, argument structs that are not in guest
; memory, unknown sub-commands and hypercall numbers. Every one is refused with an errno and
; leaves the event bitmaps as they were. Ports 1 and 2 are the console and block devices';
; 32 ports fit the one bitmap word. Memory is 1 MiB: the hypervisor's pages start at 0xfc000.
;
; expect: send to port 32: -22
; expect: send to port 0: -22
; expect: send to port -1: -22
; expect: send to port 0x80000000: -22
; expect: send to port 0x7fffffff: -22
; expect: send to a free port: -22
; expect: unmask port 32: -22
; expect: unmask port 1000: -22
; expect: unmask port -32: -22
; expect: close port 32: -22
; expect: close the console device's port: -22
; expect: bind virq 99: -22
; expect: bind virq -1: -22
; expect: bind VIRQ_TIMER on vcpu 1: -2
; expect: bind VIRQ_CONSOLE on vcpu 1: -22
; expect: bind VIRQ_TIMER: 0
; expect: the port it wrote back: 3
; expect: bind VIRQ_TIMER again: -17
; expect: the port is left alone: 77
; expect: send to a virq port: -22
; expect: close it: 0
; expect: close it again: -22
; expect: send, its struct in start_info: -14
; expect: send, its struct in shared_info: -14
; expect: send, its struct on the console ring: -14
; expect: unmask, its struct at 0xffffffff: -14
; expect: close, its struct past the end of memory: -14
; expect: bind, its struct straddling the hypervisor's pages: -14
; expect: bind, its struct wrapping 2^32: -14
; expect: event_channel_op 77: -38
; expect: hypercall 1000: -38
; expect: hypercall 0xffffffff: -38
; expect: xen_version 5: -38
; expect: sched_op 9: -38
; expect: console_io 7: -38
; expect: pending bits: 0
; expect: mask bits: 0

.paravirt

HCALL = 0x60                    ; the opcode of hcall (docs/ISA.md)
PVBASE = 0x100000 - 0x4000      ; start_info, then shared_info, the console ring, the block ring

.macro result text
.data
9:  .asciz \text
.text
    mov  r5, r0
    li   r1, 9b
    call say
.endm

; evtchn CMD, FIELD, VALUE, TEXT: the sub-command with its struct at `args`, FIELD set to VALUE.
.macro evtchn cmd, field, value, text
    li   r2, args
    li   r1, \value
    st   r1, [r2 + \field]
    li   r1, \cmd
    hcall event_channel_op
    result \text
.endm

; evtchn_at CMD, POINTER, TEXT: the sub-command with its struct pointer at POINTER.
.macro evtchn_at cmd, pointer, text
    li   r1, \cmd
    li   r2, \pointer
    hcall event_channel_op
    result \text
.endm

_start:
    ld   r1, [r1 + SI_SHARED_INFO]
    st   r1, [shared]
    evtchn EVTCHNOP_send, evtchn_send.port, 32, "send to port 32: "
    evtchn EVTCHNOP_send, evtchn_send.port, 0, "send to port 0: "
    evtchn EVTCHNOP_send, evtchn_send.port, -1, "send to port -1: "
    evtchn EVTCHNOP_send, evtchn_send.port, 0x80000000, "send to port 0x80000000: "
    evtchn EVTCHNOP_send, evtchn_send.port, 0x7fffffff, "send to port 0x7fffffff: "
    evtchn EVTCHNOP_send, evtchn_send.port, 17, "send to a free port: "
    evtchn EVTCHNOP_unmask, evtchn_unmask.port, 32, "unmask port 32: "
    evtchn EVTCHNOP_unmask, evtchn_unmask.port, 1000, "unmask port 1000: "
    evtchn EVTCHNOP_unmask, evtchn_unmask.port, -32, "unmask port -32: "
    evtchn EVTCHNOP_close, evtchn_close.port, 32, "close port 32: "
    evtchn EVTCHNOP_close, evtchn_close.port, 1, "close the console device's port: "
    evtchn EVTCHNOP_bind_virq, evtchn_bind_virq.virq, 99, "bind virq 99: "
    evtchn EVTCHNOP_bind_virq, evtchn_bind_virq.virq, -1, "bind virq -1: "
    li   r1, 1
    st   r1, [args + evtchn_bind_virq.vcpu]
    evtchn EVTCHNOP_bind_virq, evtchn_bind_virq.virq, VIRQ_TIMER, "bind VIRQ_TIMER on vcpu 1: "
    evtchn EVTCHNOP_bind_virq, evtchn_bind_virq.virq, VIRQ_CONSOLE, "bind VIRQ_CONSOLE on vcpu 1: "
    li   r1, 0
    st   r1, [args + evtchn_bind_virq.vcpu]
    evtchn EVTCHNOP_bind_virq, evtchn_bind_virq.virq, VIRQ_TIMER, "bind VIRQ_TIMER: "
    ld   r0, [args + evtchn_bind_virq.port]
    result "the port it wrote back: "
    li   r1, 77
    st   r1, [args + evtchn_bind_virq.port]
    evtchn EVTCHNOP_bind_virq, evtchn_bind_virq.virq, VIRQ_TIMER, "bind VIRQ_TIMER again: "
    ld   r0, [args + evtchn_bind_virq.port]
    result "the port is left alone: "
    evtchn EVTCHNOP_send, evtchn_send.port, 3, "send to a virq port: "
    evtchn EVTCHNOP_close, evtchn_close.port, 3, "close it: "
    evtchn EVTCHNOP_close, evtchn_close.port, 3, "close it again: "
    evtchn_at EVTCHNOP_send, PVBASE, "send, its struct in start_info: "
    evtchn_at EVTCHNOP_send, PVBASE + 0x1000 + SH_EVTCHN_PENDING, "send, its struct in shared_info: "
    evtchn_at EVTCHNOP_send, PVBASE + 0x2000 + XENCONS_OUT_PROD, "send, its struct on the console ring: "
    evtchn_at EVTCHNOP_unmask, 0xffffffff, "unmask, its struct at 0xffffffff: "
    evtchn_at EVTCHNOP_close, 0x100000, "close, its struct past the end of memory: "
    evtchn_at EVTCHNOP_bind_virq, PVBASE - 8, "bind, its struct straddling the hypervisor's pages: "
    evtchn_at EVTCHNOP_bind_virq, 0xfffffffc, "bind, its struct wrapping 2^32: "
    evtchn 77, evtchn_send.port, 1, "event_channel_op 77: "
    .word HCALL, 1000           ; the assembler allows 0..63: a hostile image need not
    result "hypercall 1000: "
    .word HCALL, 0xffffffff
    result "hypercall 0xffffffff: "
    li   r1, 5
    hcall xen_version
    result "xen_version 5: "
    li   r1, 9
    hcall sched_op
    result "sched_op 9: "
    li   r1, 7
    li   r2, 1
    li   r3, shared
    hcall console_io
    result "console_io 7: "
    ld   r1, [shared]
    ld   r0, [r1 + SH_EVTCHN_PENDING]
    result "pending bits: "
    ld   r1, [shared]
    ld   r0, [r1 + SH_EVTCHN_MASK]
    result "mask bits: "
    li   r1, 0
    jmp  exit

.include "lib/pv.s"

.data
shared: .word 0
        .align 4
args:   .space evtchn_bind_virq_size
