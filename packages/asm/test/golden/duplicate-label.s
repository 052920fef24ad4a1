; The same label twice.
_start:
    nop
loop:
    nop
loop:
    jmp  loop
