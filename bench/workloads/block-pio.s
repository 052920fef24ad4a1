; block-pio.s: the block workload of `pvm compare` by programmed I/O: examples/block.s with 16
; sectors. Write them with a known pattern through the programmed-I/O ports, flush, read them
; back, verify. Word i of sector s holds s * 1000 + i.
;
; disk: 32
; expect: disk: 32 sectors
; expect: wrote 16 sectors
; expect: verified 16 sectors: ok
; exits(trap): out BLOCK_DATA = 2048
; exits(trap): in BLOCK_DATA = 2048

SECTORS = 16
.include "../../examples/block.s"
