; A .word field must sit at a multiple of 4, as a C compiler would put it.
.struct packet
kind:   .byte
length: .word
.ends
_start:
    nop
