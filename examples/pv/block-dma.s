; pv/block-dma.s: the paravirtual twin of block-dma.s. A paravirtual kernel has no device ports,
; DMA or otherwise: the block ring is its DMA. Each request names a buffer; the back end moves
; the whole sector between the disk and that buffer by itself, in virtual time, and the kernel
; sleeps in SCHEDOP_block until the event says the batch is done — pv/block.s, which this is.
;
; disk: 16
; expect: disk: 16 sectors
; expect: wrote 4 sectors
; expect: verified 4 sectors: ok
; hypercalls(pv): event_channel_op = 2
; hypercalls(pv): iret = 2
; exits(pv): total = 0

.include "block.s"
