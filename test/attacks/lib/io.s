; lib/io.s: console output for the unmodified attack kernels (native and trap), through the
; CONSOLE_DATA port. States no expectations, so `pvm test` skips it.

; puts: print the NUL-terminated string at r1. Clobbers r1, r2.
puts:
    mov  r2, r1
1:  ldb  r1, [r2]
    beq  r1, 0, 2f
    out  CONSOLE_DATA, r1
    add  r2, r2, 1
    jmp  1b
2:  ret

; putd: print r1 as a signed decimal number. Clobbers r1..r4.
putd:
    bge  r1, 0, 1f
    li   r2, '-'
    out  CONSOLE_DATA, r2
    li   r2, 0
    sub  r1, r2, r1             ; the magnitude (INT_MIN stays, read as unsigned)
1:  li   r3, putd_end
2:  sub  r3, r3, 1
    remu r4, r1, 10
    add  r4, r4, '0'
    stb  r4, [r3]
    divu r1, r1, 10
    bne  r1, 0, 2b
    mov  r1, r3
    jmp  puts

; say: print the string at r1, then r5 as a signed number, then a newline. Clobbers r1..r4.
say:
    call puts
    mov  r1, r5
    call putd
    li   r1, '\n'
    out  CONSOLE_DATA, r1
    ret

.data
putd_buf: .space 11
putd_end: .byte 0
.text
