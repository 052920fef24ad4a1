; fib.s: recursive fib(30) with the calling convention (argument r1, result r0, the stack for
; what must survive a call): 1,664,079 calls.
;
; It prints 832040.

_start:
    li   r1, 30
    call fib
    mov  r1, r0
    call putd
    li   r1, '\n'
    out  CONSOLE_DATA, r1
    li   r1, 0
    out  POWER_OFF, r1

; fib: r0 = fib(r1). Clobbers r1, r2.
fib:
    blt  r1, 2, 1f
    push r1
    sub  r1, r1, 1
    call fib                    ; fib(n - 1)
    pop  r1
    push r0
    sub  r1, r1, 2
    call fib                    ; fib(n - 2)
    pop  r2
    add  r0, r0, r2
    ret
1:  mov  r0, r1
    ret

.include "../../examples/lib/console.s"
