_start:
    nop
.data
.byte 1, 2, 0x100
