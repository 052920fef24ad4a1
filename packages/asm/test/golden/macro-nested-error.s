; An error two macro levels deep: a note per level.
.macro put r, v
    li   \r, \v
.endm
.macro pair v
    put  r1, \v
    put  r2, \v + 1
.endm
_start:
    pair undefined_value
