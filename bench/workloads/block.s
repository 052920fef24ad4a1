; block.s: the block workload of `pvm compare`, examples/block.s with 16 sectors: write them
; with a known pattern through the programmed-I/O ports, flush, read them back, verify.
; Word i of sector s holds s * 1000 + i.
;
; disk: 32
; expect: disk: 32 sectors
; expect: wrote 16 sectors
; expect: verified 16 sectors: ok
; exits(trap): out BLOCK_DATA = 2048
; exits(trap): in BLOCK_DATA = 2048

SECTORS = 16

_start:
    li   r1, disk_msg
    call puts
    in   r1, BLOCK_COUNT
    call putd
    li   r1, sectors_msg
    call puts

    li   r6, 0                  ; sector
wsector:
    out  BLOCK_SECTOR, r6
    li   r1, BLOCK_WRITE
    out  BLOCK_CMD, r1
    mul  r7, r6, 1000
    li   r5, 0                  ; word
1:  add  r1, r7, r5
    out  BLOCK_DATA, r1
    add  r5, r5, 1
    blt  r5, 128, 1b
    in   r1, BLOCK_STATUS       ; 0 once the sector is on the disk
    bne  r1, 0, failed
    add  r6, r6, 1
    blt  r6, SECTORS, wsector
    li   r1, BLOCK_FLUSH
    out  BLOCK_CMD, r1
    li   r1, wrote_msg
    call puts

    li   r6, 0
rsector:
    out  BLOCK_SECTOR, r6
    li   r1, BLOCK_READ
    out  BLOCK_CMD, r1
    in   r1, BLOCK_STATUS
    bne  r1, 0, failed
    mul  r7, r6, 1000
    li   r5, 0
1:  in   r1, BLOCK_DATA
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

.include "../../examples/lib/console.s"

.data
disk_msg:    .asciz "disk: "
sectors_msg: .asciz " sectors\n"
wrote_msg:   .asciz "wrote 16 sectors\n"
ok_msg:      .asciz "verified 16 sectors: ok\n"
bad_msg:     .asciz "verify failed: the disk returned something else\n"
err_msg:     .asciz "block device error\n"
