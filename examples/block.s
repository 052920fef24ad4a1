; block.s: the programmed-I/O block device. Write four sectors with a known pattern, flush,
; read them back word by word, verify, report. Word i of sector s holds s * 1000 + i.
; Every `in`/`out BLOCK_DATA` moves one 32-bit word: 128 per 512-byte sector, like ATA PIO,
; and under trap-and-emulate every one of them is a VM exit.
;
; disk: 16
; expect: disk: 16 sectors
; expect: wrote 4 sectors
; expect: verified 4 sectors: ok
; exits(trap): out BLOCK_DATA = 512
; exits(trap): in BLOCK_DATA = 512
.ifndef SECTORS                 ; a file that includes this one may set its own count
SECTORS = 4
.endif
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

.include "lib/console.s"

.data
disk_msg:    .asciz "disk: "
sectors_msg: .asciz " sectors\n"
; The messages name the sector count (%SECTORS passes its value as text).
.macro sector_messages count
wrote_msg:   .asciz "wrote \count sectors\n"
ok_msg:      .asciz "verified \count sectors: ok\n"
.endm
             sector_messages %SECTORS
bad_msg:     .asciz "verify failed: the disk returned something else\n"
err_msg:     .asciz "block device error\n"
