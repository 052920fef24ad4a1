; An error in an .equ is reported at its definition, even if nothing uses it.
WIDTH = 80
AREA = WIDTH * HIEGHT
_start:
    nop
