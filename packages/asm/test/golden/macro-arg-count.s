.macro set r, v
    li   \r, \v
.endm
_start:
    set  r1
