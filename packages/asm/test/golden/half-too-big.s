_start:
    nop
.data
.half 65535, 65536
