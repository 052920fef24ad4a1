; flood.s: a kernel that prints forever. Its console output is capped (`pvm run` defaults to
; 16 MiB, --output-limit changes it; here 50 bytes): the output stops at exactly the limit and
; the guest is stopped with one clear line, exit 70 — not left spinning with output dropped.
;
; output-limit: 50
; expect: flood!!!!
; expect: flood!!!!
; expect: flood!!!!
; expect: flood!!!!
; expect: flood!!!!
; exit: 70

_start:
    li   r1, line
    call puts
    jmp  _start

.include "lib/io.s"

.data
line: .asciz "flood!!!!\n"
