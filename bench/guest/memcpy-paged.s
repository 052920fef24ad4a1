; memcpy-paged.s: memcpy.s with paging on. The kernel first maps all 4 MiB onto themselves (one
; page table of 1,024 entries), loads CR_PTB, then copies exactly as memcpy.s does: every load
; and store now goes through the TLB. Set against memcpy.s, it is what a TLB hit costs
; (docs/performance.md). Needs 4 MiB of memory, as memcpy.s.

SIZE = 0x100000
SRC = 0x100000
DST = 0x200000
REPS = 10
DIRECTORY = 0x300000
TABLE = 0x301000

_start:
    li   r1, 0
1:  shl  r2, r1, 12
    or   r2, r2, PTE_P | PTE_W
    shl  r3, r1, 2
    st   r2, [r3 + TABLE]
    add  r1, r1, 1
    blt  r1, PT_ENTRIES, 1b
    li   r1, TABLE | PTE_P | PTE_W
    st   r1, [DIRECTORY]
    li   r1, DIRECTORY
    mtcr CR_PTB, r1
    li   r6, 0                  ; copies done
copy:
    li   r1, SRC
    li   r2, DST
    li   r3, SRC + SIZE
1:  ld   r4, [r1]
    st   r4, [r2]
    add  r1, r1, 4
    add  r2, r2, 4
    blt  r1, r3, 1b
    add  r6, r6, 1
    blt  r6, REPS, copy
    li   r2, DST                ; checksum: xor of every word, rotated
    li   r3, DST + SIZE
    li   r1, 0
2:  ld   r4, [r2]
    xor  r1, r1, r4
    add  r2, r2, 4
    blt  r2, r3, 2b
    call putd
    li   r1, '\n'
    out  CONSOLE_DATA, r1
    li   r1, 0
    out  POWER_OFF, r1

.include "../../examples/lib/console.s"
