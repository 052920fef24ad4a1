.macro set r, value
    li   \r, \valu
.endm
_start:
    set  r1, 5
