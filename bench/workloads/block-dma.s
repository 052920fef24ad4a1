; block-dma.s: the block workload of `pvm compare` by DMA: examples/block-dma.s with 16 sectors.
; The same work as block-pio.s — write them with a known pattern, flush, read them back,
; verify — a whole sector per command, the kernel asleep until the device's interrupt.
;
; disk: 32
; expect: disk: 32 sectors
; expect: wrote 16 sectors
; expect: verified 16 sectors: ok
; exits(trap): out BLOCK_CMD = 33

SECTORS = 16
.include "../../examples/block-dma.s"
