_start:
    nop
.data
.align 12
