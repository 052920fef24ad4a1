; popf.s: the Popek–Goldberg problem in five instructions. This kernel masks interrupts the
; x86 way, by popping a FLAGS word with IE clear (`popf`), not with the privileged `cli`.
; `popf` is sensitive but NOT privileged: with real privilege it loads IE; without it (the
; deprivileged kernel under trap-and-emulate) it silently keeps IE and does not trap, so the
; hypervisor never learns that the guest wanted interrupts off. A timer interrupt then arrives
; inside the "masked" region. `--popf-traps` models hardware-assisted virtualization, where
; pushf/popf exit to the hypervisor and act on the guest's virtual FLAGS: the fix.
;
; modes: native trap trap+popf-traps
; expect: pushf says IE=1 U=0
; expect: masked with popf: no interrupt arrived, as intended
; expect(trap): pushf says IE=1 U=1
; expect(trap): masked with popf: an interrupt arrived anyway (popf was silently ignored)
; exit(trap): 1
; exits(trap+popf-traps): popf = 1
; exits(trap+popf-traps): pushf = 2

_start:
    li   r1, on_timer
    st   r1, [vectors + VEC_TIMER * 4]
    li   r1, vectors
    lvt  r1
    sti                         ; interrupts on (privileged: trapped and emulated, correctly)

    pushf                       ; what does the kernel believe its FLAGS are?
    pop  r6
    li   r1, flags_msg
    call puts
    and  r1, r6, FLAG_IE
    call putd
    li   r1, u_msg
    call puts
    and  r1, r6, FLAG_U
    shr  r1, r1, 1
    call putd
    li   r1, '\n'
    out  CONSOLE_DATA, r1

    pushf                       ; mask interrupts by clearing IE in a popped FLAGS word
    pop  r1
    and  r1, r1, ~FLAG_IE
    push r1
    popf

    li   r1, 10
    out  TIMER_ONESHOT, r1      ; one interrupt, 10 cycles from now
    li   r2, 100                ; ... well inside this masked loop
1:  sub  r2, r2, 1
    bne  r2, 0, 1b

    ld   r1, [arrived]
    bne  r1, 0, broken
    li   r1, ok_msg
    call puts
    li   r1, 0
    out  POWER_OFF, r1
broken:
    li   r1, broken_msg
    call puts
    li   r1, 1
    out  POWER_OFF, r1

on_timer:
    push r1
    li   r1, 1
    st   r1, [arrived]
    pop  r1
    iret

.include "lib/console.s"

.data
vectors:    .space 9 * 4
arrived:    .word 0
flags_msg:  .asciz "pushf says IE="
u_msg:      .asciz " U="
ok_msg:     .asciz "masked with popf: no interrupt arrived, as intended\n"
broken_msg: .asciz "masked with popf: an interrupt arrived anyway (popf was silently ignored)\n"
