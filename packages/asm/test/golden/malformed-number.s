_start:
    li   r1, 0x12g4
