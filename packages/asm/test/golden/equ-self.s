; An .equ that needs its own value.
SIZE = SIZE + 4
_start:
    li   r1, SIZE
