; pv/hello.s: the paravirtual twin of hello.s. The kernel knows it runs on a hypervisor: it
; hands the whole string to the console_io hypercall, and shuts down with sched_op, which takes
; a struct sched_shutdown as Xen's does. Where hello.s under trap-and-emulate pays 15 VM exits,
; this pays 2 hypercalls.
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
    li    r2, shutdown          ; the struct sched_shutdown
    li    r3, 0                 ; exit status (pvm's addition: Xen has no place for it)
    hcall sched_op

.data
msg:      .ascii "Hello, world!\n"
msg_end:
          .align 4
shutdown: .word SHUTDOWN_poweroff   ; sched_shutdown.reason, its only field
