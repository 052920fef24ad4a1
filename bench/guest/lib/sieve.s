; lib/sieve.s: the sieve of Eratosthenes to N (defined by the including file) over a byte
; array (0 = still a candidate), then a count of the primes, printed. Shared by sieve.s and sieve8.s.

FLAGS = 0x100000                ; the array: bytes FLAGS .. FLAGS + N, past the image

_start:
    li   r6, 1
    li   r2, 2                  ; i
outer:
    mul  r3, r2, r2             ; j = i * i
    bgt  r3, N, count
    ldb  r5, [r2 + FLAGS]
    bne  r5, 0, next            ; i is composite: its multiples are crossed already
inner:
    stb  r6, [r3 + FLAGS]       ; cross out j
    add  r3, r3, r2
    ble  r3, N, inner
next:
    add  r2, r2, 1
    jmp  outer
count:
    li   r7, 0                  ; primes found
    li   r2, 2
1:  ldb  r5, [r2 + FLAGS]
    bne  r5, 0, 2f
    add  r7, r7, 1
2:  add  r2, r2, 1
    ble  r2, N, 1b
    mov  r1, r7
    call putd
    li   r1, '\n'
    out  CONSOLE_DATA, r1
    li   r1, 0
    out  POWER_OFF, r1

.include "../../../examples/lib/console.s"
