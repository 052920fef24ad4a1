; block-dma.s: the block device's DMA commands. The same work as block.s — write four sectors
; with a known pattern, flush, read them back, verify — but each sector moves whole, between
; the disk and a buffer in memory, by the device itself: one command per sector instead of 128
; port accesses, and the kernel sleeps in `hlt` until the device's interrupt says it is done.
; Word i of sector s holds s * 1000 + i.
;
; disk: 16
; expect: disk: 16 sectors
; expect: wrote 4 sectors
; expect: verified 4 sectors: ok
; exits(trap): out BLOCK_CMD = 9
; exits(trap): interrupt VEC_BLOCK = 9
.ifndef SECTORS                 ; a file that includes this one may set its own count
SECTORS = 4
.endif
_start:
    li   r1, on_block
    st   r1, [vectors + VEC_BLOCK * 4]
    li   r1, vectors
    lvt  r1
    li   r1, BLOCK_IRQ_ENABLE
    out  BLOCK_STATUS, r1       ; an interrupt when each command completes
    li   r1, disk_msg
    call puts
    in   r1, BLOCK_COUNT
    call putd
    li   r1, sectors_msg
    call puts

    li   r6, 0                  ; sector
wsector:
    mul  r7, r6, 1000           ; fill the buffer with the sector's pattern
    li   r5, 0
1:  add  r1, r7, r5
    shl  r2, r5, 2
    st   r1, [r2 + buffer]
    add  r5, r5, 1
    blt  r5, 128, 1b
    li   r2, BLOCK_DMA_WRITE
    call transfer
    add  r6, r6, 1
    blt  r6, SECTORS, wsector
    li   r1, BLOCK_FLUSH
    out  BLOCK_CMD, r1
    call wait
    li   r1, wrote_msg
    call puts

    li   r6, 0
rsector:
    li   r2, BLOCK_DMA_READ
    call transfer
    mul  r7, r6, 1000
    li   r5, 0
1:  shl  r2, r5, 2
    ld   r1, [r2 + buffer]
    add  r2, r7, r5
    bne  r1, r2, mismatch
    add  r5, r5, 1
    blt  r5, 128, 1b
    add  r6, r6, 1
    blt  r6, SECTORS, rsector
    li   r1, ok_msg
    call puts
    li   r1, 0
    out  POWER_OFF, r1

; transfer: sector r6 to or from `buffer` (r2 = BLOCK_DMA_WRITE or BLOCK_DMA_READ), and wait.
transfer:
    out  BLOCK_SECTOR, r6
    li   r1, buffer
    out  BLOCK_ADDR, r1
    out  BLOCK_CMD, r2
; wait: sleep until the device's interrupt, then check how the command ended.
wait:
    cli                         ; no interrupt between the check and the hlt
    ld   r1, [done]
    bne  r1, 0, 2f
    sti
    hlt                         ; the interrupt wakes us; its handler set `done`
    jmp  wait
2:  sti
    li   r1, 0
    st   r1, [done]
    in   r1, BLOCK_STATUS       ; 0: done and on the disk
    bne  r1, 0, failed
    ret

on_block:
    push r1
    li   r1, 1
    st   r1, [done]
    pop  r1
    iret

mismatch:
    li   r1, bad_msg
    call puts
    li   r1, 1
    out  POWER_OFF, r1
failed:
    li   r1, err_msg
    call puts
    li   r1, 2
    out  POWER_OFF, r1

.include "lib/console.s"

.data
vectors:     .space 9 * 4
done:        .word 0
disk_msg:    .asciz "disk: "
sectors_msg: .asciz " sectors\n"
.macro sector_messages count
wrote_msg:   .asciz "wrote \count sectors\n"
ok_msg:      .asciz "verified \count sectors: ok\n"
.endm
             sector_messages %SECTORS
bad_msg:     .asciz "verify failed: the disk returned something else\n"
err_msg:     .asciz "block device error\n"
             .align 16
buffer:      .space SECTOR_SIZE
