; Every .ifdef or .ifndef needs its .endif in the same file.
_start:
    nop
.ifndef DEBUG
    nop
.else
    brk
