; pv-pointers.s: hostile pointers and lengths handed to the hypervisor (Xen XSA-29, XSA-212).
; Every buffer must lie inside guest memory, below the hypervisor's pages (start_info,
; shared_info, the rings), without wrapping around 2^32; lengths are unsigned and bounded.
; Each refused call returns a negative errno and touches nothing; start_info is intact after.
; Memory is 1 MiB, so the hypervisor's pages start at 0xfc000 (pvBase).
;
; disk: 4
; expect: write at the top of memory: -14
; expect: write straddling into start_info: -14
; expect: write inside shared_info: -14
; expect: write wrapping 2^32 from 0xffffffff: -14
; expect: write 0x20 bytes from 0xfffffff0 (wraps to 0x10): -14
; expect: write of 0x7fffffff bytes: -7
; expect: write of -1 bytes: -22
; expect: write of 0x80000000 bytes: -22
; expect: empty write at pvBase: 0
; expect: read into start_info: -14
; expect: read wrapping 2^32: -14
; expect: trap table straddling pvBase: -14
; expect: trap table wrapping 2^32: -14
; expect: shutdown, its struct in start_info: -14
; expect: shutdown, its struct straddling pvBase: -14
; expect: shutdown, its struct at 0xfffffffe: -14
; expect: shutdown for reason 99: -22
; expect: shutdown for SHUTDOWN_suspend, cancelled: 1
; expect: stack_switch into the hypervisor pages: -22
; expect: stack_switch to 0xfffffff0: -22
; expect: stack_switch misaligned: -22
; expect: iret with its frame in start_info: -14
; expect: iret with sp 0xfffffffc: -14
; expect: block read into start_info: -1
; expect: block write from across pvBase: -1
; expect: block read wrapping 2^32: -1
; expect: block read of sector 0xffffffff: -1
; expect: block read of sector 4 (one past the end): -1
; expect: block operation 77: -2
; expect: block read into guest memory: 0
; expect: start_info magic intact: 1
; expect: start_info memory size intact: 1048576
; expect: sp untouched by the failed irets: 1
; hypercalls(pv): console_io = 77

.paravirt

.macro result text
.data
9:  .asciz \text
.text
    mov  r5, r0
    li   r1, 9b
    call say
.endm

; write r2 bytes from r3 with console_io
.macro write count, buf, text
    li   r1, CONSOLEIO_write
    li   r2, \count
    li   r3, \buf
    hcall console_io
    result \text
.endm

; a shutdown with its struct sched_shutdown at `args`: what does not stop the guest returns
.macro shutdown args, text
    li   r1, SCHEDOP_shutdown
    li   r2, \args
    li   r3, 9
    hcall sched_op
    result \text
.endm

_start:
    st   r1, [si]
    ld   r10, [r1 + SI_SHARED_INFO]
    st   r10, [shared]
    ld   r9, [r1 + SI_BLOCK_RING]
    st   r9, [ring]
    ld   r8, [r1 + SI_BLOCK_EVTCHN]
    st   r8, [send + evtchn_send.port]

    write 1, 0xfffff, "write at the top of memory: "
    write 2, 0xfbfff, "write straddling into start_info: "
    write 4, 0xfd010, "write inside shared_info: "
    write 2, 0xffffffff, "write wrapping 2^32 from 0xffffffff: "
    write 0x20, 0xfffffff0, "write 0x20 bytes from 0xfffffff0 (wraps to 0x10): "
    write 0x7fffffff, 0x2000, "write of 0x7fffffff bytes: "
    write -1, 0x2000, "write of -1 bytes: "
    write 0x80000000, 0x2000, "write of 0x80000000 bytes: "
    write 0, 0xfc000, "empty write at pvBase: "

    li   r1, CONSOLEIO_read
    li   r2, 4
    ld   r3, [si]
    hcall console_io
    result "read into start_info: "
    li   r1, CONSOLEIO_read
    li   r2, 0x100
    li   r3, 0xffffff80
    hcall console_io
    result "read wrapping 2^32: "

    li   r1, 0xfc000 - 4        ; its first trap_info (8 bytes) ends in start_info
    hcall set_trap_table
    result "trap table straddling pvBase: "
    li   r1, 0xfffffff0
    hcall set_trap_table
    result "trap table wrapping 2^32: "

    shutdown 0xfc000, "shutdown, its struct in start_info: "
    shutdown 0xfc000 - 2, "shutdown, its struct straddling pvBase: "
    shutdown 0xfffffffe, "shutdown, its struct at 0xfffffffe: "
    li   r1, 99
    st   r1, [reason]
    shutdown reason, "shutdown for reason 99: "
    li   r1, SHUTDOWN_suspend
    st   r1, [reason]
    shutdown reason, "shutdown for SHUTDOWN_suspend, cancelled: "

    li   r1, 0xfc100
    hcall stack_switch
    result "stack_switch into the hypervisor pages: "
    li   r1, 0xfffffff0
    hcall stack_switch
    result "stack_switch to 0xfffffff0: "
    li   r1, 0x8002
    hcall stack_switch
    result "stack_switch misaligned: "

    mov  r6, sp
    li   sp, 0xfc000
    hcall iret
    mov  r7, r0
    mov  sp, r6
    mov  r0, r7
    result "iret with its frame in start_info: "
    mov  r6, sp
    li   sp, 0xfffffffc
    hcall iret
    mov  r10, sp
    mov  r7, r0
    mov  sp, r6
    mov  r0, r7
    result "iret with sp 0xfffffffc: "

    li   r1, BLKIF_OP_READ
    li   r2, 0
    ld   r3, [si]
    call block
    result "block read into start_info: "
    li   r1, BLKIF_OP_WRITE
    li   r2, 0
    li   r3, 0xfc000 - 256
    call block
    result "block write from across pvBase: "
    li   r1, BLKIF_OP_READ
    li   r2, 0
    li   r3, 0xffffff00
    call block
    result "block read wrapping 2^32: "
    li   r1, BLKIF_OP_READ
    li   r2, 0xffffffff
    li   r3, buf
    call block
    result "block read of sector 0xffffffff: "
    li   r1, BLKIF_OP_READ
    li   r2, 4
    li   r3, buf
    call block
    result "block read of sector 4 (one past the end): "
    li   r1, 77
    li   r2, 0
    li   r3, buf
    call block
    result "block operation 77: "
    li   r1, BLKIF_OP_READ
    li   r2, 3
    li   r3, buf
    call block
    result "block read into guest memory: "

    ld   r1, [si]
    ld   r2, [r1 + SI_MAGIC]
    li   r0, 0
    bne  r2, SI_MAGIC_VALUE, 1f
    li   r0, 1
1:  result "start_info magic intact: "
    ld   r1, [si]
    ld   r0, [r1 + SI_MEM_SIZE]
    result "start_info memory size intact: "
    li   r0, 0
    bne  r10, 0xfffffffc, 1f
    li   r0, 1
1:  result "sp untouched by the failed irets: "
    li   r1, 0
    jmp  exit

; block: one request (op r1, sector r2, buffer r3) on the ring, notify, sleep until its
; response is there (asking for an event with it: rsp_event), r0 = its status.
block:
    ld   r9, [ring]
    ld   r4, [r9 + BLKIF_REQ_PROD]
    and  r5, r4, BLKIF_RING_SIZE - 1
    mul  r5, r5, BLKIF_ENTRY
    add  r5, r5, r9
    add  r5, r5, BLKIF_RING
    st   r4, [r5 + BLKIF_ID]
    st   r1, [r5 + BLKIF_OP]
    st   r2, [r5 + BLKIF_SECTOR]
    st   r3, [r5 + BLKIF_BUFFER]
    add  r4, r4, 1
    st   r4, [r9 + BLKIF_REQ_PROD]
    st   r4, [r9 + BLKIF_RSP_EVENT]
    li   r1, EVTCHNOP_send
    li   r2, send
    hcall event_channel_op
1:  ld   r1, [r9 + BLKIF_RSP_PROD]
    beq  r1, r4, 2f
    li   r1, SCHEDOP_block      ; no callback: woken by the pending block port alone
    hcall sched_op
    ld   r1, [shared]           ; take its pending bit
    li   r2, 0
    st   r2, [r1 + SH_EVTCHN_PENDING]
    jmp  1b
2:  ld   r0, [r5 + BLKIF_STATUS]
    ret

.include "lib/pv.s"

.data
si:     .word 0
ring:   .word 0
shared: .word 0
send:   .space evtchn_send_size
reason: .space sched_shutdown_size
        .align 16
buf:   .space 512
