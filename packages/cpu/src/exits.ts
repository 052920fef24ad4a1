// Why the interpreter loop returned. Guest events leave the loop as these numbers, never as a
// throw: a JavaScript exception costs microseconds, a return a few nanoseconds.

/** The cycle limit was reached: time to look at timers, step limits and pending interrupts. */
export const EXIT_LIMIT = 1;
/** A privileged opcode ran in supervisor mode: the hypervisor executes or emulates it. */
export const EXIT_PRIVILEGED = 2;
/** An exception: `cpu.vector` says which; the hypervisor delivers it to the guest or stops. */
export const EXIT_EXCEPTION = 3;
/** An `hcall`: `cpu.pc` is at the instruction. */
export const EXIT_HCALL = 4;
/** `popf` set IE: pending interrupts may now be deliverable. */
export const EXIT_IRQ_WINDOW = 6;
/**
 * A store to a frame the hypervisor write-protects (shadow paging's page tables): `pc` is at
 * the store, not retired; `faultAddr` is the physical address it would write.
 */
export const EXIT_PT_WRITE = 7;

export const EXIT_NAMES: Record<number, string> = {
  [EXIT_LIMIT]: 'limit',
  [EXIT_PRIVILEGED]: 'privileged',
  [EXIT_EXCEPTION]: 'exception',
  [EXIT_HCALL]: 'hcall',
  [EXIT_IRQ_WINDOW]: 'irq-window',
  [EXIT_PT_WRITE]: 'pt-write',
};

export { FAULT_FETCH, FAULT_LOAD, FAULT_SPLIT, FAULT_STORE, FAULT_NAMES } from '@pvm/isa';
