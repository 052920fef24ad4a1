; memcpy.s: copy 1 MiB word by word (load, store, two pointer bumps, a branch: 5 instructions
; a word), REPS times, then print a checksum of the copy. Needs 4 MiB of memory:
; `pvm run bench/guest/memcpy.s --mem 4M`. The bench fills the source before the run; alone
; it is zeros and the checksum (printed in decimal) is 0.

SIZE = 0x100000
SRC = 0x100000
DST = 0x200000
REPS = 10

_start:
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
