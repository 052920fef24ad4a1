; block.pv.s: the block workload of `pvm compare`: examples/pv/block.s with 16 sectors. The
; same pattern written and read back through the block ring, one notification per batch.
;
; disk: 32
; expect: disk: 32 sectors
; expect: wrote 16 sectors
; expect: verified 16 sectors: ok
; hypercalls(pv): event_channel_op = 2
; exits(pv): total = 0

SECTORS = 16
.include "../../examples/pv/block.s"
