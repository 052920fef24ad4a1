; Five different mistakes: all are reported, in source order, whichever pass finds them.
_start:
    li   r1, 1 +
    li   r2, countr
    addd r1, r1, 2
    out  300, r1
counter:
    nop
.data
    .ascii "bad\q"
