; irq.pv.s: the paravirtual version of irq.s. Masking is a byte store to upcall_mask in
; shared_info, no trap and no hypercall; after unmasking, the kernel looks at upcall_pending
; and only then asks for the pending upcall (with a cheap hypercall, as Linux's
; xen_force_evtchn_callback does). The timer is a one-shot event re-armed by the callback.
;
; expect: 2000 critical sections, timer running
; exits(pv): total = 0

.paravirt

SECTIONS = 2000
PERIOD   = 1330000
WORK     = 2200

_start:
    ld    r10, [r1 + SI_SHARED_INFO]
    li    r1, on_event
    hcall set_callbacks
    li    r2, bind                      ; struct evtchn_bind_virq: VIRQ_TIMER on vCPU 0
    li    r1, VIRQ_TIMER
    st    r1, [r2 + evtchn_bind_virq.virq]
    li    r1, EVTCHNOP_bind_virq
    hcall event_channel_op
    ld    r0, [bind + evtchn_bind_virq.port]
    st    r0, [timer_port]
    call  arm
    li    r1, 0
    stb   r1, [r10 + SH_UPCALL_MASK]    ; events on
    li    r6, 0
1:  li    r1, 1
    stb   r1, [r10 + SH_UPCALL_MASK]    ; enter the critical section: mask events
    ld    r1, [shared]
    add   r1, r1, 1
    st    r1, [shared]
    li    r1, 0
    stb   r1, [r10 + SH_UPCALL_MASK]    ; leave it: unmask
    ldb   r1, [r10 + SH_UPCALL_PENDING] ; did an event come in meanwhile?
    beq   r1, 0, 2f
    li    r1, XENVER_version            ; yes: enter the hypervisor so it delivers it
    hcall xen_version
2:  li    r2, WORK
3:  sub   r2, r2, 1
    bne   r2, 0, 3b
    add   r6, r6, 1
    blt   r6, SECTIONS, 1b
    li    r1, 1
    stb   r1, [r10 + SH_UPCALL_MASK]
    li    r1, 0
    li    r2, 0
    hcall set_timer_op
    ld    r1, [shared]
    call  putd
    li    r1, sections_msg
    call  puts
    ld    r1, [ticks]
    beq   r1, 0, 4f
    li    r1, running_msg
    call  puts
4:  li    r1, 0
    jmp   exit

arm:
    li    r1, PERIOD
    jmp   timer_in

on_event:
    push  r0
    push  r1
    push  r2
    push  r3
    push  r4
    li    r1, 0
    stb   r1, [r10 + SH_UPCALL_PENDING]
    ld    r1, [r10 + SH_EVTCHN_PENDING]
    ld    r2, [timer_port]
    li    r3, 1
    shl   r3, r3, r2
    xor   r3, r3, -1
    and   r1, r1, r3
    st    r1, [r10 + SH_EVTCHN_PENDING]
    ld    r1, [ticks]
    add   r1, r1, 1
    st    r1, [ticks]
    call  arm
    pop   r4
    pop   r3
    pop   r2
    pop   r1
    pop   r0
    hcall iret

.include "../../examples/pv/lib/console.s"
.include "../../examples/pv/lib/time.s"

.data
              .align 4
bind:         .space evtchn_bind_virq_size
timer_port:   .word 0
shared:       .word 0
ticks:        .word 0
sections_msg: .asciz " critical sections"
running_msg:  .asciz ", timer running\n"
