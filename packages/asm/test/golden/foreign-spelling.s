; What MARS, SPIM and gas users type: pvm names its own spelling.
_start:
    la   r1, msg
    jal  print
    lw   r2, [r1]
.data
msg: .asciiz "hi"
.globl _start
