_start:
    nop
.macro forever
    jmp  _start
