.ends
.struct s
a: .byte
b: .word 5
c: .word
 nop
.struct t
.struct
1: .half
.ends 3
_start: nop
.struct u
