; pv/block.s: the paravirtual twin of block.s. Instead of 128 port accesses per sector (each a
; VM exit under trap-and-emulate), the kernel puts whole requests on the block ring in shared
; memory — operation, sector, buffer address — and notifies the back end once per batch with
; EVTCHNOP_send, and only if the back end asked for it (req_event), as Xen's ring macros do.
; The disk then serves the requests one after another in virtual time while the kernel sleeps
; in SCHEDOP_block. Through rsp_event it asks to be woken by the last response of a batch only:
; one event upcall per batch, not one per response. A write is in the disk image before its
; response appears on the ring.
;
; disk: 16
; expect: disk: 16 sectors
; expect: wrote 4 sectors
; expect: verified 4 sectors: ok
; hypercalls(pv): event_channel_op = 2
; hypercalls(pv): iret = 2
; exits(pv): total = 0

.paravirt
.ifndef SECTORS                 ; a file that includes this one may set its own count
SECTORS = 4
.endif
_start:
    ld    r10, [r1 + SI_SHARED_INFO]    ; r10 = shared_info
    ld    r9, [r1 + SI_BLOCK_RING]      ; r9 = the ring
    ld    r8, [r1 + SI_BLOCK_EVTCHN]    ; r8 = its event port
    ld    r7, [r1 + SI_BLOCK_SECTORS]
    st    r8, [send + evtchn_send.port] ; the struct EVTCHNOP_send reads
    li    r1, on_event
    hcall set_callbacks
    li    r1, disk_msg
    call  puts
    mov   r1, r7
    call  putd
    li    r1, sectors_msg
    call  puts

    li    r6, 0                         ; fill the buffers: word i of sector s = s * 1000 + i
1:  mul   r4, r6, 512
    add   r4, r4, wbufs
    mul   r3, r6, 1000
    li    r5, 0
2:  add   r1, r3, r5
    st    r1, [r4]
    add   r4, r4, 4
    add   r5, r5, 1
    blt   r5, 128, 2b
    add   r6, r6, 1
    blt   r6, SECTORS, 1b

    li    r6, 0                         ; one batch: the writes and a flush
1:  li    r1, BLKIF_OP_WRITE
    li    r2, wbufs
    call  request
    add   r6, r6, 1
    blt   r6, SECTORS, 1b
    li    r1, BLKIF_OP_FLUSH_DISKCACHE
    call  request
    call  submit
    call  wait
    bne   r0, 0, failed
    li    r1, wrote_msg
    call  puts

    li    r6, 0                         ; read them back into other buffers, in one batch
1:  li    r1, BLKIF_OP_READ
    li    r2, rbufs
    call  request
    add   r6, r6, 1
    blt   r6, SECTORS, 1b
    call  submit
    call  wait
    bne   r0, 0, failed

    li    r6, 0                         ; verify
1:  mul   r4, r6, 512
    add   r4, r4, rbufs
    mul   r3, r6, 1000
    li    r5, 0
2:  ld    r1, [r4]
    add   r2, r3, r5
    bne   r1, r2, mismatch
    add   r4, r4, 4
    add   r5, r5, 1
    blt   r5, 128, 2b
    add   r6, r6, 1
    blt   r6, SECTORS, 1b
    li    r1, ok_msg
    call  puts
    li    r1, 0
    jmp   exit
mismatch:
    li    r1, bad_msg
    call  puts
    li    r1, 1
    jmp   exit
failed:
    li    r1, err_msg
    call  puts
    li    r1, 2
    jmp   exit

; request: put request op r1 for sector r6 (buffer r2 + r6 * 512) on the ring, privately.
request:
    ld    r3, [req_prod_pvt]
    and   r4, r3, BLKIF_RING_SIZE - 1
    mul   r4, r4, BLKIF_ENTRY
    add   r4, r4, r9
    add   r4, r4, BLKIF_RING            ; r4 = the slot
    st    r3, [r4 + BLKIF_ID]
    st    r1, [r4 + BLKIF_OP]
    st    r6, [r4 + BLKIF_SECTOR]
    mul   r5, r6, 512
    add   r5, r5, r2
    st    r5, [r4 + BLKIF_BUFFER]
    add   r3, r3, 1
    st    r3, [req_prod_pvt]
    ret

; submit: publish the private producer index and notify, if the back end asked for it
; (RING_PUSH_REQUESTS_AND_CHECK_NOTIFY: notify when req_event lies in (old, new]).
submit:
    ld    r1, [r9 + BLKIF_REQ_PROD]     ; old
    ld    r2, [req_prod_pvt]            ; new
    st    r2, [r9 + BLKIF_REQ_PROD]
    ld    r3, [r9 + BLKIF_REQ_EVENT]
    sub   r4, r2, r3                    ; new - event
    sub   r5, r2, r1                    ; new - old
    bgeu  r4, r5, 1f
    li    r1, EVTCHNOP_send
    li    r2, send
    hcall event_channel_op
1:  ret

; wait: take responses until every request made so far has its own, sleeping in between;
; r0 = 0 if all were BLKIF_RSP_OKAY, else -1. Events stay masked while it looks, so no upcall
; falls between looking and sleeping; SCHEDOP_block unmasks them as it sleeps.
wait:
    li    r11, 0
1:  li    r1, 1
    stb   r1, [r10 + SH_UPCALL_MASK]
2:  ld    r2, [rsp_cons]
    ld    r3, [r9 + BLKIF_RSP_PROD]
    beq   r2, r3, 4f                    ; nothing (more) there
    and   r4, r2, BLKIF_RING_SIZE - 1
    mul   r4, r4, BLKIF_ENTRY
    add   r4, r4, r9
    ld    r4, [r4 + BLKIF_RING + BLKIF_STATUS]
    beq   r4, BLKIF_RSP_OKAY, 3f
    li    r11, -1
3:  add   r2, r2, 1
    st    r2, [rsp_cons]
    jmp   2b
4:  ld    r3, [req_prod_pvt]
    beq   r2, r3, 5f                    ; all in
    st    r3, [r9 + BLKIF_RSP_EVENT]    ; wake me with the batch's last response, not the next
    ld    r4, [r9 + BLKIF_RSP_PROD]     ; one may have come meanwhile (RING_FINAL_CHECK_FOR_RESPONSES)
    bne   r4, r2, 2b
    li    r1, SCHEDOP_block
    hcall sched_op
    jmp   1b
5:  mov   r0, r11
    ret

; The event upcall (events masked): take the block port's pending bit; wait looks at the ring.
on_event:
    push  r1
    push  r2
    li    r1, 0
    stb   r1, [r10 + SH_UPCALL_PENDING]
    li    r1, 1
    shl   r1, r1, r8
    xor   r1, r1, -1
    ld    r2, [r10 + SH_EVTCHN_PENDING]
    and   r2, r2, r1
    st    r2, [r10 + SH_EVTCHN_PENDING]
    pop   r2
    pop   r1
    hcall iret

.include "lib/console.s"

.data
req_prod_pvt: .word 0
rsp_cons:     .word 0
send:         .space evtchn_send_size
disk_msg:     .asciz "disk: "
sectors_msg:  .asciz " sectors\n"
; The messages name the sector count (%SECTORS passes its value as text).
.macro sector_messages count
wrote_msg:    .asciz "wrote \count sectors\n"
ok_msg:       .asciz "verified \count sectors: ok\n"
.endm
              sector_messages %SECTORS
bad_msg:      .asciz "verify failed: the disk returned something else\n"
err_msg:      .asciz "block request failed\n"
              .align 512
wbufs:        .space SECTORS * 512
rbufs:        .space SECTORS * 512
