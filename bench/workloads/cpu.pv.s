; cpu.pv.s: the paravirtual version of cpu.s: the same loop, the result printed with one
; console_io and the shutdown a hypercall.
;
; expect: 4203 primes

.paravirt

LIMIT = 40000

_start:
    li   r6, 0
    li   r1, 2
next:
    li   r2, 2
1:  mul  r3, r2, r2
    bgt  r3, r1, prime
    remu r4, r1, r2
    beq  r4, 0, composite
    add  r2, r2, 1
    jmp  1b
prime:
    add  r6, r6, 1
composite:
    add  r1, r1, 1
    blt  r1, LIMIT, next
    mov  r1, r6
    call putd
    li   r1, msg
    call puts
    li   r1, 0
    jmp  exit

.include "../../examples/pv/lib/console.s"

.data
msg: .asciz " primes\n"
