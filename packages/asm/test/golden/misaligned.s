; An instruction after an odd number of bytes in .text.
_start:
    nop
    .byte 1
    nop
