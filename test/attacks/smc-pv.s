; smc-pv.s: code rewritten behind the CPU's back in a paravirtual guest. The hypervisor itself
; writes guest memory for console_io reads and block-ring reads; when that memory holds code
; the CPU has already decoded, the new bytes must take effect, as they do for the guest's own
; stores. The console input below is the encoding of `li r7, 42`.
;
; input: \x03\x07\x00\x00\x2a\x00\x00\x00
; disk: 2
; expect: guest store over an immediate: 1 2
; expect: console_io read over an instruction: 1 42
; expect: block-ring read over a routine: 1 2

.paravirt

.macro show text
.data
9:  .asciz \text
.text
    li   r1, 9b
    call puts
.endm

; print a space and a register
.macro val reg
    mov  r5, \reg
    li   r1, space
    call say_
.endm

_start:
    ld   r9, [r1 + SI_BLOCK_RING]
    ld   r8, [r1 + SI_BLOCK_EVTCHN]
    st   r8, [send + evtchn_send.port]
    ld   r10, [r1 + SI_SHARED_INFO]
    st   r10, [shared]

    show "guest store over an immediate:"
    li   r6, 0
1:
imm: li  r7, 1
    val  r7
    li   r1, 2
    st   r1, [imm + 4]
    add  r6, r6, 1
    blt  r6, 2, 1b
    call eol

    show "console_io read over an instruction:"
    li   r6, 0
1:
rd: li   r7, 1
    val  r7
    li   r1, CONSOLEIO_read
    li   r2, 8
    li   r3, rd
    hcall console_io
    add  r6, r6, 1
    blt  r6, 2, 1b
    call eol

    show "block-ring read over a routine:"
    call routine
    val  r7
    li   r1, tmpl               ; the new routine, into a sector-sized buffer
    ld   r2, [r1]
    st   r2, [buf]
    ld   r2, [r1 + 4]
    st   r2, [buf + 4]
    ld   r2, [r1 + 8]
    st   r2, [buf + 8]
    li   r1, BLKIF_OP_WRITE
    li   r3, buf
    call block
    bne  r0, 0, failed
    li   r1, BLKIF_OP_READ
    li   r3, routine            ; straight over the routine that has run
    call block
    bne  r0, 0, failed
    call routine
    val  r7
    call eol
    li   r1, 0
    jmp  exit
failed:
    li   r1, 1
    jmp  exit

eol:
    li   r1, newline
    jmp  puts

; say_: print the string at r1 and r5 in decimal, without a newline (say prints one).
say_:
    call puts
    mov  r1, r5
    li   r3, digits_end
2:  sub  r3, r3, 1
    remu r2, r1, 10
    add  r2, r2, '0'
    stb  r2, [r3]
    divu r1, r1, 10
    bne  r1, 0, 2b
    mov  r1, r3
    jmp  puts

; block: one request, op r1, sector 0, buffer r3, on the ring; r0 = its status.
block:
    ld   r4, [r9 + BLKIF_REQ_PROD]
    and  r5, r4, BLKIF_RING_SIZE - 1
    mul  r5, r5, BLKIF_ENTRY
    add  r5, r5, r9
    add  r5, r5, BLKIF_RING
    st   r4, [r5 + BLKIF_ID]
    st   r1, [r5 + BLKIF_OP]
    li   r10, 0
    st   r10, [r5 + BLKIF_SECTOR]
    st   r3, [r5 + BLKIF_BUFFER]
    add  r4, r4, 1
    st   r4, [r9 + BLKIF_REQ_PROD]
    st   r4, [r9 + BLKIF_RSP_EVENT] ; an event with its response
    li   r1, EVTCHNOP_send
    li   r2, send
    hcall event_channel_op
1:  ld   r1, [r9 + BLKIF_RSP_PROD]  ; sleep until the disk has done it
    beq  r1, r4, 2f
    li   r1, SCHEDOP_block
    hcall sched_op
    ld   r1, [shared]           ; woken by the block port: take its pending bit
    li   r10, 0
    st   r10, [r1 + SH_EVTCHN_PENDING]
    jmp  1b
2:  ld   r0, [r5 + BLKIF_STATUS]
    ret

tmpl:                           ; never run here: the bytes of the new routine
    li   r7, 2
    ret

.include "lib/pv.s"

    .align 512
routine:                        ; a whole sector of code: the block read replaces it
    li   r7, 1
    ret
    .space 512 - 12

.data
send:       .space evtchn_send_size
shared:     .word 0
space:      .asciz " "
newline:    .asciz "\n"
digits:     .space 11
digits_end: .byte 0
            .align 16
buf:        .space 512
