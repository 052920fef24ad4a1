; lib/pv.s: console output for the paravirtual attack kernels, through console_io.
; States no expectations, so `pvm test` skips it.

; puts: print the NUL-terminated string at r1. Clobbers r0..r3.
puts:
    mov  r3, r1
    mov  r2, r1
1:  ldb  r0, [r2]
    beq  r0, 0, 2f
    add  r2, r2, 1
    jmp  1b
2:  sub  r2, r2, r3
    li   r1, CONSOLEIO_write
    hcall console_io
    ret

; say: print the string at r1, then r5 as a signed decimal number, then a newline.
; Clobbers r0..r4.
say:
    call puts
    mov  r1, r5
    bge  r1, 0, 1f
    li   r2, 0
    sub  r1, r2, r5             ; the magnitude (INT_MIN stays, read as unsigned)
1:  li   r3, say_end
2:  sub  r3, r3, 1
    remu r2, r1, 10
    add  r2, r2, '0'
    stb  r2, [r3]
    divu r1, r1, 10
    bne  r1, 0, 2b
    bge  r5, 0, 3f
    sub  r3, r3, 1
    li   r2, '-'
    stb  r2, [r3]
3:  mov  r1, r3
    jmp  puts                   ; the digits and the newline after them

; exit: shut the domain down with exit code r1 (a struct sched_shutdown with
; SHUTDOWN_poweroff; the exit code in r3 is pvm's addition).
exit:
    mov  r3, r1
    li   r2, exit_args
    li   r1, SHUTDOWN_poweroff
    st   r1, [r2 + sched_shutdown.reason]
    li   r1, SCHEDOP_shutdown
    hcall sched_op

.data
say_buf:  .space 12
say_end:  .asciz "\n"
          .align 4
exit_args: .space sched_shutdown_size
.text
