// Xen's direct paging, the hypercall half: the guest's own tables are what the MMU walks, but it
// changes them only through mmu_update (a batch of {ptr, val}), update_va_mapping (one entry and
// a flush) and mmuext_op (pin, unpin, new base pointer, TLB flushes), each request validated by
// the frame types of frames.ts. A batch stops at its first bad request: the ones before it stay
// done, the count done is written back, and the errno is the result (xen/arch/x86/mm.c,
// do_mmu_update / do_mmuext_op). Before paging is on nothing is typed: pins are refused, and
// the first NEW_BASEPTR validates the whole tree at the moment it turns paging on.
import {
  EFAULT, EINVAL, ENOSYS, MMU_NORMAL_PT_UPDATE, MMU_PT_UPDATE_PRESERVE_AD, MMUEXT_INVLPG_ALL, MMUEXT_INVLPG_LOCAL,
  MMUEXT_NEW_BASEPTR, MMUEXT_PIN_L1_TABLE, MMUEXT_PIN_L2_TABLE, MMUEXT_TLB_FLUSH_ALL, MMUEXT_TLB_FLUSH_LOCAL,
  MMUEXT_UNPIN_TABLE, mmu_update_ptr, mmu_update_size, mmu_update_val, mmuext_op_arg1, mmuext_op_cmd, mmuext_op_size,
  PAGE_SIZE, PTE_A, PTE_D, PTE_FRAME, PTE_P, UVMF_ALL, UVMF_INVLPG, UVMF_TLB_FLUSH,
} from '@pvm/isa/codes';
import { FT_L1, FT_L2, type FrameTable } from './frames.ts';
import { readStruct, writeGuestWord, type GuestView } from './guest.ts';

/** What the hypercalls need of their domain. */
export interface PagingGuest extends GuestView {
  readonly frames: FrameTable;
  readonly stats: { readonly mmu: { ptUpdates: number; mmuUpdateCalls: number; validations: number }; hypervisorCycles: number };
  /** Cycles of one memory reference (the cost model's walkRef): what checking one entry costs. */
  readonly walkRefCost: number;
}

/** Requests one batch may carry (Xen preempts long batches; pvm bounds them instead). */
export const MMU_BATCH_MAX = 4096;

/**
 * Run `fn`, charging the hypervisor one memory reference per present entry it validated,
 * updated or dropped (an estimate: Xen takes or gives back a reference count on the frame each
 * names, a read-modify-write of its page_info, about a walk step; an empty entry is a read of a
 * cached line, not charged).
 */
function charged<T>(d: PagingGuest, fn: () => T): T {
  const f = d.frames.stats;
  const [present, validations] = [f.presentEntries, f.validations];
  const r = fn();
  d.stats.hypervisorCycles += (f.presentEntries - present) * d.walkRefCost;
  d.stats.mmu.validations += f.validations - validations;
  return r;
}

/**
 * Write `val` into the entry at physical `ptr` (4-byte aligned: its low bits were the command) of a table: the new entry's references taken
 * (validating what it names), the old one's dropped. An entry of a frame that is no table is a
 * plain checked write, as in Xen (a table being built before it is pinned).
 */
function updateEntry(d: PagingGuest, ptr: number, val: number, preserveAd: boolean): number {
  const cpu = d.cpu;
  const ft = d.frames;
  const frame = Math.floor(ptr / PAGE_SIZE);
  if (frame >= ft.firstShared) return -EINVAL;
  const old = cpu.read32(ptr);
  const v = (preserveAd ? (val & ~(PTE_A | PTE_D)) | (old & (PTE_A | PTE_D)) : val) | 0;
  const t = ft.type[frame]!;
  if (t === FT_L1 || t === FT_L2) {
    const slot = (ptr % PAGE_SIZE) / 4;
    ft.stats.entriesExamined++;
    if (!ft.take(t, slot, v)) return -EINVAL;
    ft.drop(t, old);
  }
  cpu.write32(ptr, v);
  d.stats.mmu.ptUpdates++;
  return 0;
}

/** Report how many requests were done, if the guest asked. */
function done(d: PagingGuest, countPtr: number, n: number, rc: number): number {
  if (countPtr !== 0 && !writeGuestWord(d, countPtr, n)) return rc < 0 ? rc : -EFAULT;
  return rc;
}

/** mmu_update(req, count, done): each request's ptr says its entry and, in bits 1:0, the command. */
export function mmuUpdate(d: PagingGuest, req: number, count: number, countPtr: number): number {
  const n = count >>> 0;
  if (n > MMU_BATCH_MAX) return -EINVAL;
  d.stats.mmu.mmuUpdateCalls++;
  return charged(d, () => {
    for (let i = 0; i < n; i++) {
      const r = readStruct(d, (req >>> 0) + i * mmu_update_size, mmu_update_size);
      if (r === null) return done(d, countPtr, i, -EFAULT);
      const ptr = r.getUint32(mmu_update_ptr, true);
      const cmd = ptr & 3;
      const rc = cmd === MMU_NORMAL_PT_UPDATE || cmd === MMU_PT_UPDATE_PRESERVE_AD ? updateEntry(d, ptr - cmd, r.getInt32(mmu_update_val, true), cmd === MMU_PT_UPDATE_PRESERVE_AD) : -ENOSYS;
      if (rc < 0) return done(d, countPtr, i, rc);
    }
    return done(d, countPtr, n, 0);
  });
}

/** update_va_mapping(va, val, flags): the entry that maps `va` in the current tables, then a flush. */
export function updateVaMapping(d: PagingGuest, va: number, val: number, flags: number): number {
  const cpu = d.cpu;
  const f = flags >>> 0;
  d.stats.mmu.mmuUpdateCalls++;
  if ((f & ~(3 | UVMF_ALL)) !== 0 || (f & 3) === 3 || cpu.ptb === 0) return -EINVAL;
  const pde = cpu.read32(cpu.ptb + (va >>> 22) * 4);
  if ((pde & PTE_P) === 0) return -EINVAL;
  const ptr = (pde & PTE_FRAME) + ((va >>> 12) & 1023) * 4;
  const rc = charged(d, () => updateEntry(d, ptr >>> 0, val, false));
  if (rc < 0) return rc;
  if ((f & 3) === UVMF_TLB_FLUSH) cpu.flushTlb();
  else if ((f & 3) === UVMF_INVLPG) cpu.invalidatePage(va >>> 0);
  return 0;
}

/** One mmuext_op request. */
function extOp(d: PagingGuest, cmd: number, arg1: number): number {
  const cpu = d.cpu;
  const ft = d.frames;
  const frame = arg1 >>> 0;
  switch (cmd) {
    case MMUEXT_PIN_L1_TABLE:
    case MMUEXT_PIN_L2_TABLE: {
      // Frames have types only while paging is on: before, the guest writes any frame freely.
      if (cpu.ptb === 0 || frame >= ft.frames || ft.pinned[frame]) return -EINVAL;
      if (!ft.get(frame, cmd === MMUEXT_PIN_L1_TABLE ? FT_L1 : FT_L2)) return -EINVAL;
      ft.pinned[frame] = 1;
      return 0;
    }
    case MMUEXT_UNPIN_TABLE: {
      if (frame >= ft.frames || !ft.pinned[frame]) return -EINVAL;
      ft.pinned[frame] = 0;
      ft.put(frame, ft.type[frame]!);
      return 0;
    }
    case MMUEXT_NEW_BASEPTR: {
      // Frame 0 cannot be a directory: CR_PTB 0 means paging off, and a paravirtual guest's paging stays on.
      if (frame === 0 || frame >= ft.frames) return -EINVAL;
      if (!ft.get(frame, FT_L2)) return -EINVAL;
      if (cpu.ptb !== 0) ft.put(cpu.ptb / PAGE_SIZE, FT_L2);
      cpu.setPtb(frame * PAGE_SIZE);
      return 0;
    }
    case MMUEXT_TLB_FLUSH_LOCAL:
    case MMUEXT_TLB_FLUSH_ALL:
      cpu.flushTlb();
      return 0;
    case MMUEXT_INVLPG_LOCAL:
    case MMUEXT_INVLPG_ALL:
      cpu.invalidatePage(arg1 >>> 0);
      return 0;
  }
  return -ENOSYS;
}

/** mmuext_op(ops, count, done). */
export function mmuextOp(d: PagingGuest, ops: number, count: number, countPtr: number): number {
  const n = count >>> 0;
  if (n > MMU_BATCH_MAX) return -EINVAL;
  return charged(d, () => {
    for (let i = 0; i < n; i++) {
      const r = readStruct(d, (ops >>> 0) + i * mmuext_op_size, mmuext_op_size);
      if (r === null) return done(d, countPtr, i, -EFAULT);
      const rc = extOp(d, r.getUint32(mmuext_op_cmd, true), r.getUint32(mmuext_op_arg1, true));
      if (rc < 0) return done(d, countPtr, i, rc);
    }
    return done(d, countPtr, n, 0);
  });
}
