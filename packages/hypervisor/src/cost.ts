// The cost model: what the hypervisor charges, in cycles, for each kind of transition. Guest
// instructions cost what the opcode table says (1 unless noted); these are the hypervisor's own.
//
// Sources for the defaults:
// - Trap-and-emulate exit, 1,000 cycles. A VM exit and re-entry round trip measured ~2,400
//   cycles on a Pentium 4 and ~1,000 on Core 2 (Adams & Agesen, "A Comparison of Software and
//   Hardware Techniques for x86 Virtualization", ASPLOS 2006, §5); later Intel cores brought a
//   bare round trip to ~500 cycles, and an emulated I/O exit adds decode and device work on top.
// - Hypercall, 300 cycles. A paravirtual hypercall is a deliberate, cheap transition with no
//   instruction decode: Xen's `int 0x82`/`syscall` entry plus dispatch is a few hundred cycles
//   (Barham et al., "Xen and the Art of Virtualization", SOSP 2003; Xen hypercall microbenchmarks).
// - Interrupt injection under `trap`, one exit (the external interrupt leaves the guest and the
//   hypervisor injects it); under `pv`, an upcall costs the same as a hypercall.

export interface CostModel {
  /** Cycles for one trap-and-emulate VM exit (privileged opcode, reflected exception, interrupt). */
  readonly exit: number;
  /** Cycles for one hypercall, on top of the `hcall` instruction itself. */
  readonly hypercall: number;
  /** Cycles for delivering one event upcall to a paravirtual guest. */
  readonly upcall: number;
}

export const DEFAULT_COST: CostModel = Object.freeze({ exit: 1000, hypercall: 300, upcall: 300 });
