; block.pv.s: the block workload of `pvm compare`: examples/pv/block.s with 16 sectors. The
; same pattern written and read back through the block ring, one notification and one event
; upcall per batch; the same work as block.s, which writes the pattern from a loop and checks
; what it reads back.
;
; disk: 32
; expect: disk: 32 sectors
; expect: wrote 16 sectors
; expect: verified 16 sectors: ok
; hypercalls(pv): event_channel_op = 2
; hypercalls(pv): iret = 2
; exits(pv): total = 0

SECTORS = 16
.include "../../examples/pv/block.s"
