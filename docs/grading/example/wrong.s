; wrong.s: a kernel whose output is almost right (docs/grading.md, "Reading a failure").
;
; expect: one
; expect: two
; expect: three
; modes: native

_start:
    li   r2, msg
1:  ldb  r1, [r2]
    beq  r1, 0, 2f
    out  CONSOLE_DATA, r1
    add  r2, r2, 1
    jmp  1b
2:  li   r1, 0
    out  POWER_OFF, r1

.data
msg: .asciz "one\ntwo \nthree"
