// The one gate between a hypercall and guest memory. Every pointer and length a guest passes is
// checked here, as unsigned 32-bit values, before any copy: no overflow or wrap-around past 2^32
// (Xen XSA-29), the whole subrange (XSA-212), and never over the hypervisor's own pages at the
// top of memory. With paging on a pointer is virtual: it is translated page by page as the
// kernel's own access would be (supervisor, through the TLB, writes obeying W), as Xen's
// copy_from_guest runs on the guest's page tables; a page that would fault is -EFAULT, and the
// guest's fault registers stay as they were.
import { ACCESS_READ, ACCESS_WRITE, type Cpu } from '@pvm/cpu';
import { PV_AREA_SIZE } from '@pvm/isa';
import { HYPERVISOR_VIRT_START, PAGE_SIZE } from '@pvm/isa/codes';
import { FT_L1 } from './frames.ts';

export interface GuestView {
  readonly cpu: Cpu;
  /** First byte of the hypervisor's pages (start_info, shared_info, rings). */
  readonly pvBase: number;
  /** Frame types of a paravirtual domain's direct paging (frames.ts), where there are any. */
  readonly frames?: { readonly type: Uint8Array };
}

/** Whether the guest may hand the hypervisor physical [addr, addr + len): inside its memory, below the hypervisor's pages. */
export function guestRange(g: GuestView, addr: number, len: number): boolean {
  const a = addr >>> 0;
  const n = len >>> 0;
  // In doubles a + n cannot wrap, so a range that wraps past 2^32 is simply too large.
  return a + n <= g.pvBase && a <= g.pvBase;
}

/**
 * Whether a device may move data into (`write`) or out of physical [addr, addr + len), as DMA
 * or a granted frame would: the guest's memory, and never into a page table, which only
 * validated updates may change (Xen refuses to grant a page-table frame writable).
 */
export function dmaRange(g: GuestView, addr: number, len: number, write: boolean): boolean {
  if (!guestRange(g, addr, len)) return false;
  const type = g.frames?.type;
  if (!write || type === undefined || len === 0) return true;
  for (let f = Math.floor((addr >>> 0) / PAGE_SIZE); f <= Math.floor(((addr >>> 0) + len - 1) / PAGE_SIZE); f++) if (type[f]! >= FT_L1) return false;
  return true;
}

/**
 * The physical pieces of virtual [va, va + len) for an access (va: an unsigned or signed 32-bit
 * value, or base + offset up to 2^32 + 2^32), as [pa, n, pa, n, ...], every page
 * checked before anything is copied; null when any page is unmapped, not allowed, or not the
 * guest's to hand over. With paging off, one piece: the range itself.
 */
export function guestSpans(g: GuestView, va: number, len: number, access: number): number[] | null {
  // A register value may be negative; an array entry's address (base + i * size) may pass 2^32,
  // which must not wrap back into low memory.
  const a = va < 0 ? va + 2 ** 32 : va;
  const n = len >>> 0;
  const cpu = g.cpu;
  if (a + n > 2 ** 32) return null;
  if (cpu.ptb === 0) return guestRange(g, a, n) ? [a, n] : null;
  const out: number[] = [];
  for (let p = a, left = n; left > 0; ) {
    const chunk = Math.min(left, PAGE_SIZE - (p % PAGE_SIZE));
    const pa = cpu.translate(p, chunk, access, false, true);
    if (pa < 0 || !guestRange(g, pa, chunk)) return null;
    out.push(pa, chunk);
    p += chunk;
    left -= chunk;
  }
  return out;
}

/** A copy of guest virtual [va, va + len), or null: the hypercall's -EFAULT. */
export function copyFromGuest(g: GuestView, va: number, len: number): Uint8Array | null {
  const spans = guestSpans(g, va, len, ACCESS_READ);
  if (spans === null) return null;
  const out = new Uint8Array(len >>> 0);
  for (let i = 0, at = 0; i < spans.length; at += spans[i + 1]!, i += 2) out.set(g.cpu.mem.subarray(spans[i]!, spans[i]! + spans[i + 1]!), at);
  return out;
}

/** A struct the guest passed, as little-endian fields to read; null: -EFAULT. */
export function readStruct(g: GuestView, va: number, size: number): DataView | null {
  const b = copyFromGuest(g, va, size);
  return b === null ? null : new DataView(b.buffer);
}

/** Write bytes into the guest's virtual memory at pieces guestSpans checked for writing. */
export function writeSpans(cpu: Cpu, spans: readonly number[], bytes: Uint8Array): void {
  for (let i = 0, at = 0; i < spans.length; at += spans[i + 1]!, i += 2) cpu.writeBytes(spans[i]!, bytes.subarray(at, at + spans[i + 1]!));
}

/** Write one word to the guest at virtual `va`; false (nothing written): -EFAULT. */
export function writeGuestWord(g: GuestView, va: number, v: number): boolean {
  const spans = guestSpans(g, va, 4, ACCESS_WRITE);
  if (spans === null) return false;
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, v >>> 0, true);
  writeSpans(g.cpu, spans, b);
  return true;
}

/** The highest address a guest may use for code or stacks: its memory below the hypervisor's pages, or with paging on, its address space below Xen's. */
const guestTop = (g: GuestView): number => (g.cpu.ptb === 0 ? g.pvBase : HYPERVISOR_VIRT_START);

/** A code address the guest registers (a handler): inside guest code space and aligned. */
export function validCodeAddress(g: GuestView, addr: number): boolean {
  const a = addr >>> 0;
  return a !== 0 && a % 4 === 0 && a + 4 <= guestTop(g);
}

/** A stack pointer the guest registers: aligned, room for a frame, inside its space. */
export function validStackPointer(g: GuestView, sp: number): boolean {
  const s = sp >>> 0;
  return s % 4 === 0 && s >= 16 && s <= guestTop(g);
}

/** Where the hypervisor's pages are for a memory of this size. */
export const pvBaseFor = (memSize: number): number => memSize - PV_AREA_SIZE;
