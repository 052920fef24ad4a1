; loop.s: a tight counted loop, 3 instructions an iteration: sum += i, i += 1, loop while
; i < N. The sum wraps at 32 bits, as the JavaScript twin's `| 0` does.
;
; It prints 1283106752.

N = 50000000

_start:
    li   r1, 0                  ; i
    li   r2, 0                  ; sum
1:  add  r2, r2, r1
    add  r1, r1, 1
    blt  r1, N, 1b
    mov  r1, r2
    call putd
    li   r1, '\n'
    out  CONSOLE_DATA, r1
    li   r1, 0
    out  POWER_OFF, r1

.include "../../examples/lib/console.s"
