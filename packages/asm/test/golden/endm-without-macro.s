_start:
    nop
.endm
