; cpu.s: a CPU-bound workload (no I/O until the end): count the primes below 40,000 by trial
; division. Nothing here is privileged, so a hypervisor has nothing to do: every mode should
; take the same cycles.
;
; expect: 4203 primes
; exits(trap): total = 13

LIMIT = 40000

_start:
    li   r6, 0                  ; primes found
    li   r1, 2                  ; candidate
next:
    li   r2, 2                  ; divisor
1:  mul  r3, r2, r2
    bgt  r3, r1, prime          ; no divisor up to sqrt: prime
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
    out  POWER_OFF, r1

.include "../../examples/lib/console.s"

.data
msg: .asciz " primes\n"
