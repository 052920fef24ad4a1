; lib/console.s: console output for unmodified kernels, through the CONSOLE_DATA port.
; Included by the examples; it states no expectations of its own, so `pvm test` skips it.

; puts: print the NUL-terminated string at r1. Clobbers r1, r2.
puts:
    mov  r2, r1
1:  ldb  r1, [r2]
    beq  r1, 0, 2f
    out  CONSOLE_DATA, r1
    add  r2, r2, 1
    jmp  1b
2:  ret

; putd: print r1 as an unsigned decimal number. Clobbers r1, r2, r3, r4.
putd:
    li   r3, putd_end           ; digits are made right to left
1:  sub  r3, r3, 1
    remu r4, r1, 10
    add  r4, r4, '0'
    stb  r4, [r3]
    divu r1, r1, 10
    bne  r1, 0, 1b
    mov  r1, r3
    jmp  puts                   ; tail call: puts returns to our caller

.data
putd_buf: .space 11
putd_end: .byte 0
.text
