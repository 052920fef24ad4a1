; irq.s: a kernel at work under a timer tick at a realistic rate (every 1,330,000 cycles: 2 kHz
; on the default 2.66 GHz CPU, within Linux's 100 to 1000 Hz and up to a few kHz), masking and
; unmasking interrupts around 2,000 short critical sections as a kernel does around its locks
; (spin_lock_irqsave), with about 6,600 instructions of work between two of them. Natively `cli`
; and `sti` cost a cycle; under trap-and-emulate each is a VM exit; with hardware assistance or
; paravirtualized they cost nothing, and only the tick reaches the hypervisor.
;
; expect: 2000 critical sections, timer running
; exits(native): total = 0

SECTIONS = 2000
TICK     = 1330000
WORK     = 2200                 ; iterations between two sections: about 6,600 instructions

_start:
    li   r1, on_timer
    st   r1, [vectors + VEC_TIMER * 4]
    li   r1, vectors
    lvt  r1
    li   r1, TICK
    out  TIMER_PERIOD, r1
    sti
    li   r6, 0
1:  cli                         ; enter the critical section
    ld   r1, [shared]
    add  r1, r1, 1
    st   r1, [shared]
    sti                         ; leave it
    li   r2, WORK               ; some work outside
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
