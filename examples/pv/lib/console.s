; pv/lib/console.s: console output for paravirtual kernels: one console_io hypercall per
; string, however long, where the unmodified kernels pay one `out` (one exit) per byte.

; puts: print the NUL-terminated string at r1. Clobbers r0..r3.
puts:
    mov  r3, r1                 ; r3 = buffer
    mov  r2, r1
1:  ldb  r0, [r2]               ; find the end
    beq  r0, 0, 2f
    add  r2, r2, 1
    jmp  1b
2:  sub  r2, r2, r3             ; r2 = count
    li   r1, CONSOLEIO_write
    hcall console_io
    ret

; putd: print r1 as an unsigned decimal number. Clobbers r0..r4.
putd:
    li   r3, putd_end
1:  sub  r3, r3, 1
    remu r4, r1, 10
    add  r4, r4, '0'
    stb  r4, [r3]
    divu r1, r1, 10
    bne  r1, 0, 1b
    mov  r1, r3
    jmp  puts

; exit: shut the domain down with exit code r1: SCHEDOP_shutdown takes a struct sched_shutdown
; whose reason is SHUTDOWN_poweroff; the exit code, which Xen has no place for, goes in r3
; (pvm's addition).
exit:
    mov  r3, r1
    li   r2, shutdown_args
    li   r1, SHUTDOWN_poweroff
    st   r1, [r2 + sched_shutdown.reason]
    li   r1, SCHEDOP_shutdown
    hcall sched_op

.data
putd_buf: .space 11
putd_end: .byte 0
          .align 4
shutdown_args: .space sched_shutdown_size
.text
