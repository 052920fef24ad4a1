_start:
    li   r1, 0x1_0000_0000
