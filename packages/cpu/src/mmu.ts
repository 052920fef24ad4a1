// The page walk of the two-level tables (i386 without PAE: Intel SDM Vol. 3A §4.3), written
// once: the CPU's TLB fill uses it, and so do the hypervisor and the debugger when they read a
// guest's mappings. Physical memory is a byte array; nothing here allocates or throws.
import { PF_I, PF_P, PF_U, PF_W, PTE_A, PTE_D, PTE_FRAME, PTE_P, PTE_U, PTE_W } from '@pvm/isa/codes';

/** What the access is: the TLB keeps one permission per kind (a fetch needs what a read needs). */
export const ACCESS_READ = 0;
export const ACCESS_WRITE = 1;
export const ACCESS_FETCH = 2;

/** Entries in the CPU's TLB: direct-mapped, by tlbSlot of the page number. */
export const TLB_ENTRIES = 64;
export const TLB_MASK = TLB_ENTRIES - 1;

/**
 * The TLB entry a page number uses: its low six bits with the next six folded in, so that pages
 * a multiple of 64 pages apart (two buffers 1 MiB apart, copied one to the other) do not evict
 * each other at every access, as they would by the low bits alone. Real TLBs avoid that by
 * associativity; the fold is pvm's cheaper stand-in. The run loop and the compiler inline it.
 */
export const tlbSlot = (vpn: number): number => (vpn ^ (vpn >>> 6)) & TLB_MASK;

/** Memory references of one walk on bare metal: the directory entry, then the table entry. */
export const WALK_REFS = 2;

/** How a walk ended. */
export const WALK_OK = 0;
/** Not present, or not allowed: a page fault with `code`. */
export const WALK_PAGE_FAULT = 1;
/** A table or the page itself lies outside physical memory (`pa` says where). */
export const WALK_OUTSIDE = 2;

/** One walk's result, level by level (reused: a walk allocates nothing). */
export interface Walk {
  status: number;
  /** Physical addresses and values of the two entries (-1 / 0 when the walk stopped before). */
  pdeAddr: number;
  pde: number;
  pteAddr: number;
  pte: number;
  /** The page-fault error code (WALK_PAGE_FAULT), or the physical address outside memory (WALK_OUTSIDE). */
  code: number;
  pa: number;
}

export const newWalk = (): Walk => ({ status: 0, pdeAddr: -1, pde: 0, pteAddr: -1, pte: 0, code: 0, pa: 0 });

const read32 = (mem: Uint8Array, a: number): number => mem[a]! | (mem[a + 1]! << 8) | (mem[a + 2]! << 16) | (mem[a + 3]! << 24);

/**
 * Walk the tables at `ptb` for virtual address `va`, checking `access` from user or supervisor
 * mode. Writable and user must be allowed at both levels; supervisor writes obey W too (x86
 * with CR0.WP set). A whole frame must lie inside memory. Sets nothing: see `markAccessed`.
 */
export function walk(mem: Uint8Array, memSize: number, ptb: number, va: number, access: number, user: boolean, out: Walk): Walk {
  const code = (access === ACCESS_WRITE ? PF_W : 0) | (user ? PF_U : 0) | (access === ACCESS_FETCH ? PF_I : 0);
  out.pdeAddr = -1;
  out.pde = 0;
  out.pteAddr = -1;
  out.pte = 0;
  const pdeAddr = ((ptb & PTE_FRAME) + ((va >>> 22) << 2)) >>> 0;
  if (pdeAddr > memSize - 4) return outside(out, pdeAddr);
  const pde = read32(mem, pdeAddr);
  out.pdeAddr = pdeAddr;
  out.pde = pde;
  if ((pde & PTE_P) === 0) return fault(out, code);
  const pteAddr = ((pde & PTE_FRAME) + (((va >>> 12) & 1023) << 2)) >>> 0;
  if (pteAddr > memSize - 4) return outside(out, pteAddr);
  const pte = read32(mem, pteAddr);
  out.pteAddr = pteAddr;
  out.pte = pte;
  if ((pte & PTE_P) === 0) return fault(out, code);
  const allowed = pde & pte;
  if ((user && (allowed & PTE_U) === 0) || (access === ACCESS_WRITE && (allowed & PTE_W) === 0)) return fault(out, code | PF_P);
  const frame = (pte & PTE_FRAME) >>> 0;
  if (frame > memSize - 4096) return outside(out, (frame | (va & 0xfff)) >>> 0);
  out.status = WALK_OK;
  out.pa = (frame | (va & 0xfff)) >>> 0;
  return out;
}

function fault(out: Walk, code: number): Walk {
  out.status = WALK_PAGE_FAULT;
  out.code = code;
  return out;
}

function outside(out: Walk, pa: number): Walk {
  out.status = WALK_OUTSIDE;
  out.pa = pa;
  return out;
}

/**
 * The entry bits a completed walk sets, as the hardware does: accessed in both entries, dirty
 * in the table entry on a write. Returns the new values (the caller stores them, and forgets
 * any decoded code they overwrite).
 */
export const pdeAfter = (w: Walk): number => w.pde | PTE_A;
export const pteAfter = (w: Walk, access: number): number => w.pte | PTE_A | (access === ACCESS_WRITE ? PTE_D : 0);

/** What a page-table entry's bits say, for people: `P W U A D`, with `-` for a clear bit. */
export function pteBits(e: number): string {
  const bit = (b: number, c: string): string => ((e & b) !== 0 ? c : '-');
  return `${bit(PTE_P, 'P')}${bit(PTE_W, 'W')}${bit(PTE_U, 'U')}${bit(PTE_A, 'A')}${bit(PTE_D, 'D')}`;
}

/** A page-fault error code in words: `not present, write, user`. */
export function faultCodeText(code: number): string {
  const parts = [(code & PF_P) !== 0 ? 'protection' : 'not present'];
  parts.push((code & PF_I) !== 0 ? 'fetch' : (code & PF_W) !== 0 ? 'write' : 'read');
  parts.push((code & PF_U) !== 0 ? 'user' : 'supervisor');
  return parts.join(', ');
}
