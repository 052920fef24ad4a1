_start:
    li   r1, 100 / (2 - 2)
