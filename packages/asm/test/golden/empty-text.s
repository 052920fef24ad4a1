; Only data: nothing to run.
.data
msg: .asciz "hi"
