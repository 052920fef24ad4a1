; Sizes are fixed in the first pass: .space cannot use a later definition.
_start:
    nop
.data
buf: .space BUFSIZE
BUFSIZE = 64
