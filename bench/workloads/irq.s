; irq.s: an interrupt-heavy kernel that masks and unmasks interrupts often: 2,000 short
; critical sections, each bracketed by `cli` and `sti`, under a timer interrupt every 500
; cycles. Natively that is cheap; under trap-and-emulate every cli, sti, interrupt and iret is
; a VM exit.
;
; expect: 2000 critical sections, timer running
; exits(native): total = 0

SECTIONS = 2000

_start:
    li   r1, on_timer
    st   r1, [vectors + VEC_TIMER * 4]
    li   r1, vectors
    lvt  r1
    li   r1, 500
    out  TIMER_PERIOD, r1
    sti
    li   r6, 0
1:  cli                         ; enter the critical section
    ld   r1, [shared]
    add  r1, r1, 1
    st   r1, [shared]
    sti                         ; leave it
    li   r2, 8                  ; some work outside
2:  sub  r2, r2, 1
    bne  r2, 0, 2b
    add  r6, r6, 1
    blt  r6, SECTIONS, 1b
    cli
    li   r1, 0
    out  TIMER_PERIOD, r1
    ld   r1, [shared]
    call putd
    li   r1, sections_msg
    call puts
    ld   r1, [ticks]
    beq  r1, 0, 3f
    li   r1, running_msg
    call puts
3:  li   r1, 0
    out  POWER_OFF, r1

on_timer:
    push r1
    ld   r1, [ticks]
    add  r1, r1, 1
    st   r1, [ticks]
    pop  r1
    iret

.include "../../examples/lib/console.s"

.data
vectors:      .space 9 * 4
shared:       .word 0
ticks:        .word 0
sections_msg: .asciz " critical sections"
running_msg:  .asciz ", timer running\n"
