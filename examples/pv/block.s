; pv/block.s: the paravirtual twin of block.s. Instead of 128 port accesses per sector (each a
; VM exit under trap-and-emulate), the kernel puts whole requests on the block ring in shared
; memory — operation, sector, buffer address — and notifies the hypervisor once per batch with
; EVTCHNOP_send, and only if the back end asked for it (req_event), as Xen's ring macros do.
; A write is in the disk image before its response appears on the ring.
;
; disk: 16
; expect: disk: 16 sectors
; expect: wrote 4 sectors
; expect: verified 4 sectors: ok
; hypercalls(pv): event_channel_op = 2
; exits(pv): total = 0

.paravirt
.ifndef SECTORS                 ; a file that includes this one may set its own count
SECTORS = 4
.endif
_start:
    ld    r9, [r1 + SI_BLOCK_RING]      ; r9 = the ring
    ld    r8, [r1 + SI_BLOCK_EVTCHN]    ; r8 = its event port
    ld    r7, [r1 + SI_BLOCK_SECTORS]
    li    r1, disk_msg
    call  puts
    mov   r1, r7
    call  putd
    li    r1, sectors_msg
    call  puts

    li    r6, 0                         ; fill the buffers: word i of sector s = s * 1000 + i
1:  mul   r4, r6, 512
    add   r4, r4, bufs
    mul   r3, r6, 1000
    li    r5, 0
2:  add   r1, r3, r5
    st    r1, [r4]
    add   r4, r4, 4
    add   r5, r5, 1
    blt   r5, 128, 2b
    add   r6, r6, 1
    blt   r6, SECTORS, 1b

    li    r6, 0                         ; one batch: four writes and a flush
1:  li    r1, BLKIF_OP_WRITE
    call  request
    add   r6, r6, 1
    blt   r6, SECTORS, 1b
    li    r1, BLKIF_OP_FLUSH_DISKCACHE
    call  request
    call  submit
    li    r1, SECTORS + 1
    call  responses
    bne   r0, 0, failed
    li    r1, wrote_msg
    call  puts

    li    r1, bufs                      ; forget the data, then read it back in one batch
    li    r2, bufs + SECTORS * 512
1:  st    r0, [r1]
    add   r1, r1, 4
    blt   r1, r2, 1b
    li    r6, 0
1:  li    r1, BLKIF_OP_READ
    call  request
    add   r6, r6, 1
    blt   r6, SECTORS, 1b
    call  submit
    li    r1, SECTORS
    call  responses
    bne   r0, 0, failed

    li    r6, 0                         ; verify
1:  mul   r4, r6, 512
    add   r4, r4, bufs
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

; request: put request op r1 for sector r6 (buffer bufs + r6 * 512) on the ring, privately.
request:
    ld    r2, [req_prod_pvt]
    and   r3, r2, BLKIF_RING_SIZE - 1
    mul   r3, r3, BLKIF_ENTRY
    add   r3, r3, r9
    add   r3, r3, BLKIF_RING            ; r3 = the slot
    st    r2, [r3 + BLKIF_ID]
    st    r1, [r3 + BLKIF_OP]
    st    r6, [r3 + BLKIF_SECTOR]
    mul   r4, r6, 512
    add   r4, r4, bufs
    st    r4, [r3 + BLKIF_BUFFER]
    add   r2, r2, 1
    st    r2, [req_prod_pvt]
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
    mov   r2, r8
    hcall event_channel_op
1:  ret

; responses: consume r1 responses; r0 = 0 if all were BLKIF_RSP_OKAY, else -1.
responses:
    li    r0, 0
    ld    r2, [rsp_cons]
    add   r5, r2, r1                    ; the index to reach
1:  ld    r3, [r9 + BLKIF_RSP_PROD]
    beq   r2, r3, 3f                    ; nothing (more) there
    and   r4, r2, BLKIF_RING_SIZE - 1
    mul   r4, r4, BLKIF_ENTRY
    add   r4, r4, r9
    ld    r4, [r4 + BLKIF_RING + BLKIF_STATUS]
    beq   r4, BLKIF_RSP_OKAY, 2f
    li    r0, -1
2:  add   r2, r2, 1
    bne   r2, r5, 1b
3:  st    r2, [rsp_cons]
    add   r2, r2, 1
    st    r2, [r9 + BLKIF_RSP_EVENT]    ; tell me about the next one
    sub   r3, r2, r5
    beq   r3, 1, 4f                     ; all r1 responses were there
    li    r0, -1                        ; fewer responses than requests
4:  ret

.include "lib/console.s"

.data
req_prod_pvt: .word 0
rsp_cons:     .word 0
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
bufs:         .space SECTORS * 512
