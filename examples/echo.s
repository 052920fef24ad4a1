; echo.s: copy console input to the console until the input ends, then say how much it was.
; `in CONSOLE_DATA` gives the next byte, or -1 once input is exhausted (docs/machine.md).
;
; input: hello\nworld\n
; expect: hello
; expect: world
; expect: 12 bytes
; exits(trap): in CONSOLE_DATA = 13

_start:
    li   r5, 0                  ; bytes copied
loop:
    in   r1, CONSOLE_DATA
    blt  r1, 0, done            ; -1: end of input
    out  CONSOLE_DATA, r1
    add  r5, r5, 1
    jmp  loop
done:
    mov  r1, r5
    call putd
    li   r1, bytes
    call puts
    li   r1, 0
    out  POWER_OFF, r1

.include "lib/console.s"

.data
bytes: .asciz " bytes\n"
