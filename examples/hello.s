; hello.s: the smallest useful kernel. It writes a string to the console one byte at a time
; with `out` (a privileged instruction) and powers the machine off.
;
; expect: Hello, world!
; exit: 0

_start:
    li   r2, msg              ; r2 walks the string
1:  ldb  r1, [r2]             ; next byte
    beq  r1, 0, 2f            ; NUL ends it
    out  CONSOLE_DATA, r1     ; print it
    add  r2, r2, 1
    jmp  1b
2:  li   r1, 0
    out  POWER_OFF, r1        ; exit status 0

.data
msg: .asciz "Hello, world!\n"
