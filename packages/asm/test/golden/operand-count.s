_start:
    add  r1, r2
