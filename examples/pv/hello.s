; pv/hello.s: the paravirtual twin of hello.s. The kernel knows it runs on a hypervisor: it
; hands the whole string to the console_io hypercall, and shuts down with sched_op. Where
; hello.s under trap-and-emulate pays 15 VM exits, this pays 2 hypercalls.
;
; expect: Hello, world!
; hypercalls(pv): console_io = 1
; hypercalls(pv): total = 2
; exits(pv): total = 0

.paravirt

_start:
    li    r1, CONSOLEIO_write
    li    r2, msg_end - msg     ; count
    li    r3, msg               ; buffer
    hcall console_io
    li    r1, SCHEDOP_shutdown
    li    r2, 0                 ; exit status
    hcall sched_op

.data
msg:     .ascii "Hello, world!\n"
msg_end:
