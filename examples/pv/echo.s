; pv/echo.s: the paravirtual twin of echo.s. Input arrives with CONSOLEIO_read, as many bytes
; as are there in one hypercall (0 at the end of input); output leaves with CONSOLEIO_write.
;
; input: hello\nworld\n
; expect: hello
; expect: world
; expect: 12 bytes

.paravirt

_start:
    li    r5, 0                 ; bytes copied
loop:
    li    r1, CONSOLEIO_read
    li    r2, 64
    li    r3, buf
    hcall console_io
    blt   r0, 0, fail
    beq   r0, 0, done           ; 0: end of input
    add   r5, r5, r0
    mov   r2, r0
    li    r1, CONSOLEIO_write
    li    r3, buf
    hcall console_io
    jmp   loop
done:
    mov   r1, r5
    call  putd
    li    r1, bytes
    call  puts
    li    r1, 0
    jmp   exit
fail:
    li    r1, 1
    jmp   exit

.include "lib/console.s"

.data
bytes: .asciz " bytes\n"
buf:   .space 64
