; shout.s (Alice): read a byte, print it in upper case, until the input ends.

_start:
1:  in   r1, CONSOLE_DATA       ; the next byte, or -1 at the end of input
    blt  r1, 0, 3f
    blt  r1, 'a', 2f
    bge  r1, 'z' + 1, 2f
    sub  r1, r1, 'a' - 'A'      ; a lower-case letter: make it upper case
2:  out  CONSOLE_DATA, r1
    jmp  1b
3:  li   r1, 0
    out  POWER_OFF, r1
