; pv-events.s: event-channel port numbers past the bitmap, negative, unallocated or of the
; wrong kind (Xen XSA-342), bad virtual IRQs, unknown sub-commands and hypercall numbers.
; Every one is refused with an errno and leaves the event bitmaps as they were.
; Ports 1 and 2 are the console and block devices'; 32 ports fit the one bitmap word.
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
; expect: bind VIRQ_TIMER: 3
; expect: bind VIRQ_TIMER again: -17
; expect: send to a virq port: -22
; expect: close it: 0
; expect: close it again: -22
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

.macro result text
.data
9:  .asciz \text
.text
    mov  r5, r0
    li   r1, 9b
    call say
.endm

.macro evtchn cmd, arg, text
    li   r1, \cmd
    li   r2, \arg
    hcall event_channel_op
    result \text
.endm

_start:
    ld   r1, [r1 + SI_SHARED_INFO]
    st   r1, [shared]
    evtchn EVTCHNOP_send, 32, "send to port 32: "
    evtchn EVTCHNOP_send, 0, "send to port 0: "
    evtchn EVTCHNOP_send, -1, "send to port -1: "
    evtchn EVTCHNOP_send, 0x80000000, "send to port 0x80000000: "
    evtchn EVTCHNOP_send, 0x7fffffff, "send to port 0x7fffffff: "
    evtchn EVTCHNOP_send, 17, "send to a free port: "
    evtchn EVTCHNOP_unmask, 32, "unmask port 32: "
    evtchn EVTCHNOP_unmask, 1000, "unmask port 1000: "
    evtchn EVTCHNOP_unmask, -32, "unmask port -32: "
    evtchn EVTCHNOP_close, 32, "close port 32: "
    evtchn EVTCHNOP_close, 1, "close the console device's port: "
    evtchn EVTCHNOP_bind_virq, 99, "bind virq 99: "
    evtchn EVTCHNOP_bind_virq, -1, "bind virq -1: "
    evtchn EVTCHNOP_bind_virq, VIRQ_TIMER, "bind VIRQ_TIMER: "
    evtchn EVTCHNOP_bind_virq, VIRQ_TIMER, "bind VIRQ_TIMER again: "
    evtchn EVTCHNOP_send, 3, "send to a virq port: "
    evtchn EVTCHNOP_close, 3, "close it: "
    evtchn EVTCHNOP_close, 3, "close it again: "
    evtchn 77, 1, "event_channel_op 77: "
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
