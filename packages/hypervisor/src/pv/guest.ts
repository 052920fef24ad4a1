// The one gate between a hypercall and guest memory. Every pointer and length a guest passes is
// checked here, as unsigned 32-bit values, before any copy: inside guest memory, no overflow or
// wrap-around past 2^32 (Xen XSA-29), the whole subrange (XSA-212), and never over the
// hypervisor's own pages at the top of memory.
import type { Cpu } from '@pvm/cpu';
import { PV_AREA_SIZE } from '@pvm/isa';

export interface GuestView {
  readonly cpu: Cpu;
  /** First byte of the hypervisor's pages (start_info, shared_info, rings). */
  readonly pvBase: number;
}

/** Whether the guest may hand the hypervisor [addr, addr + len) for a copy. */
export function guestRange(g: GuestView, addr: number, len: number): boolean {
  const a = addr >>> 0;
  const n = len >>> 0;
  // In doubles a + n cannot wrap, so a range that wraps past 2^32 is simply too large.
  return a + n <= g.pvBase && a <= g.pvBase;
}

/** A code address the guest registers (a handler): inside guest code space and aligned. */
export function validCodeAddress(g: GuestView, addr: number): boolean {
  const a = addr >>> 0;
  return a !== 0 && a % 4 === 0 && a + 4 <= g.pvBase;
}

/** Where the hypervisor's pages are for a memory of this size. */
export const pvBaseFor = (memSize: number): number => memSize - PV_AREA_SIZE;
