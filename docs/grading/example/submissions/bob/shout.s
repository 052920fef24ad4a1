; shout.s (Bob): ask the console whether the input has ended before each byte.
;
; expect: HELLO
; exits(trap): total <= 1000

_start:
1:  in   r2, CONSOLE_STATUS     ; bit 1: the input has ended
    and  r2, r2, 2
    bne  r2, 0, 3f
    in   r1, CONSOLE_DATA
    blt  r1, 'a', 2f
    bge  r1, 'z' + 1, 2f
    sub  r1, r1, 'a' - 'A'
2:  out  CONSOLE_DATA, r1
    jmp  1b
3:  li   r1, 0
    out  POWER_OFF, r1
