_start:
    out  0x100, r1
