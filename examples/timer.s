; timer.s: timer interrupts in virtual time. The kernel installs a handler in its vector
; table, asks for an interrupt every 50,000 cycles, and sleeps in `hlt`; the handler counts
; the ticks and prints one line each. After five ticks the kernel stops the timer and exits.
;
; expect: tick 1
; expect: tick 2
; expect: tick 3
; expect: tick 4
; expect: tick 5
; expect: done after 5 ticks
; exits(trap): interrupt VEC_TIMER = 5
; exits(trap): iret = 5
; exits(native): total = 0

TICKS = 5
; Longer than a tick's work: printing a line is ten port accesses of a few thousand cycles each.
PERIOD = 50000
NUM_VECTORS = 9

_start:
    li   r1, on_timer
    st   r1, [vectors + VEC_TIMER * 4]
    li   r1, vectors
    lvt  r1                     ; the vector table is ours now
    li   r1, PERIOD
    out  TIMER_PERIOD, r1       ; an interrupt every PERIOD cycles
    sti
sleep:
    hlt                         ; wait for the next interrupt
    ld   r1, [ticks]
    blt  r1, TICKS, sleep
    cli
    li   r1, 0
    out  TIMER_PERIOD, r1       ; stop the timer
    li   r1, done
    call puts
    ld   r1, [ticks]
    call putd
    li   r1, ticks_msg
    call puts
    li   r1, 0
    out  POWER_OFF, r1

; The timer handler: IE is clear and [sp] is the interrupted pc, [sp + 4] its FLAGS.
on_timer:
    push r1
    push r2
    push r3
    push r4
    ld   r1, [ticks]
    add  r1, r1, 1
    st   r1, [ticks]
    li   r1, tick
    call puts
    ld   r1, [ticks]
    call putd
    li   r1, '\n'
    out  CONSOLE_DATA, r1
    pop  r4
    pop  r3
    pop  r2
    pop  r1
    iret

.include "lib/console.s"

.data
vectors:   .space NUM_VECTORS * 4
ticks:     .word 0
tick:      .asciz "tick "
done:      .asciz "done after "
ticks_msg: .asciz " ticks\n"
