; The error is in a macro body; the note shows the invocation.
.macro put_to port
    li   r1, 'A'
    out  \port, r1
.endm
_start:
    put_to CONSOLE_DATA
    put_to 0x1ff
