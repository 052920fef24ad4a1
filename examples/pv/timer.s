; pv/timer.s: the paravirtual twin of timer.s. No vector table, no `sti`, no `hlt`: the kernel
; registers an event callback (set_callbacks), binds the timer's virtual IRQ to an event port,
; asks for a one-shot timer in absolute virtual time (set_timer_op), and sleeps in
; sched_op(SCHEDOP_block), which also unmasks events. Each timer event arrives as an upcall to
; the callback with events masked; the callback returns with `hcall iret`.
;
; expect: tick 1
; expect: tick 2
; expect: tick 3
; expect: tick 4
; expect: tick 5
; expect: done after 5 ticks
; exits(pv): total = 0

.paravirt

TICKS  = 5
PERIOD = 1000

_start:
    ld    r10, [r1 + SI_SHARED_INFO]    ; r10 = shared_info, for the whole run
    li    r1, on_event
    hcall set_callbacks
    li    r2, bind                      ; struct evtchn_bind_virq: VIRQ_TIMER on vCPU 0
    li    r1, VIRQ_TIMER
    st    r1, [r2 + evtchn_bind_virq.virq]
    li    r1, EVTCHNOP_bind_virq
    hcall event_channel_op              ; the port comes back in the struct
    ld    r0, [bind + evtchn_bind_virq.port]
    st    r0, [timer_port]
    call  arm
sleep:
    li    r1, SCHEDOP_block             ; unmask events and wait for one
    hcall sched_op
    ld    r1, [ticks]
    blt   r1, TICKS, sleep
    li    r1, 0                         ; cancel the timer
    li    r2, 0
    hcall set_timer_op
    li    r1, done
    call  puts
    ld    r1, [ticks]
    call  putd
    li    r1, ticks_msg
    call  puts
    li    r1, 0
    jmp   exit

; arm: a timer event PERIOD cycles after now (shared_info keeps the time: lib/time.s).
arm:
    li    r1, PERIOD
    jmp   timer_in

; The event callback: events are masked; the frame is that of an interrupt.
on_event:
    push  r0
    push  r1
    push  r2
    push  r3
    push  r4
    li    r1, 0
    stb   r1, [r10 + SH_UPCALL_PENDING] ; we are looking now
    ld    r1, [r10 + SH_EVTCHN_PENDING] ; take the timer's pending bit
    ld    r2, [timer_port]
    li    r3, 1
    shl   r3, r3, r2
    xor   r3, r3, -1
    and   r1, r1, r3
    st    r1, [r10 + SH_EVTCHN_PENDING]
    ld    r1, [ticks]
    add   r1, r1, 1
    st    r1, [ticks]
    li    r1, tick
    call  puts
    ld    r1, [ticks]
    call  putd
    li    r1, newline
    call  puts
    ld    r1, [ticks]
    bge   r1, TICKS, 1f
    call  arm
1:  pop   r4
    pop   r3
    pop   r2
    pop   r1
    pop   r0
    hcall iret

.include "lib/console.s"
.include "lib/time.s"

.data
            .align 4
bind:       .space evtchn_bind_virq_size
timer_port: .word 0
ticks:      .word 0
tick:       .asciz "tick "
newline:    .asciz "\n"
done:       .asciz "done after "
ticks_msg:  .asciz " ticks\n"
