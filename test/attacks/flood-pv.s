; flood-pv.s: a paravirtual kernel floods the console through console_io, 64 KiB a call.
; The cap holds for every way out of the guest: exactly 50 bytes, then the domain stops, 70.
;
; output-limit: 50
; expect: flood!!!!
; expect: flood!!!!
; expect: flood!!!!
; expect: flood!!!!
; expect: flood!!!!
; exit: 70
; hypercalls(pv): console_io = 1

.paravirt

_start:
    li   r1, buf                ; 64 KiB of "flood!!!!\n"
    li   r2, buf + 65530
    li   r3, line
1:  ld   r4, [r3]
    st   r4, [r1]
    ld   r4, [r3 + 4]
    st   r4, [r1 + 4]
    ldh  r4, [r3 + 8]
    sth  r4, [r1 + 8]
    add  r1, r1, 10
    blt  r1, r2, 1b
2:  li   r1, CONSOLEIO_write
    li   r2, 65536
    li   r3, buf
    hcall console_io
    jmp  2b

.data
line: .ascii "flood!!!!\n"
      .align 16
buf:  .space 65536
