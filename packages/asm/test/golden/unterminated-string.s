_start:
    nop
.data
msg: .asciz "hello
