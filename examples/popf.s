; popf.s: the Popek–Goldberg problem in five instructions. This kernel masks interrupts the
; x86 way, by popping a FLAGS word with IE clear (`popf`), not with the privileged `cli`.
; `popf` is sensitive but NOT privileged: with real privilege it loads IE; without it (the
; deprivileged kernel under trap-and-emulate) it silently keeps IE and does not trap, so the
; hypervisor never learns that the guest wanted interrupts off. A timer interrupt then arrives
; inside the "masked" region: trap breaks this kernel.
;
; Hardware-assisted virtualization (hvm, VT-x) does not fix this by making popf trap: VT-x has
; no POPF exit at all. It gives the kernel its privilege back, inside a guest mode, so popf
; loads the kernel's own IE for free, and the hypervisor takes control back when the timer's
; interrupt arrives (an EXTERNAL_INTERRUPT exit) and injects it once the kernel unmasks.
; Zero exits for pushf and popf; the kernel works as on bare metal.
;
; modes: native trap hvm
; expect: pushf says IE=1 U=0
; expect: masked with popf: no interrupt arrived, as intended
; expect(trap): pushf says IE=1 U=1
; expect(trap): masked with popf: an interrupt arrived anyway (popf was silently ignored)
; exit(trap): 1
; exits(trap): interrupt VEC_TIMER = 1
; exits(hvm): EXTERNAL_INTERRUPT VEC_TIMER = 1
; exits(hvm): total = 75

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
