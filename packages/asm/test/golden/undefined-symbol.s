; A typo in a label.
_start:
    li   r1, 10
loop:
    sub  r1, r1, 1
    bne  r1, 0, lopo
