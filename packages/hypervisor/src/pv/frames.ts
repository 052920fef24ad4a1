// Xen's direct paging, the safety half: every frame of the domain has a type and a count of the
// references that hold it at that type (xen/arch/x86/mm.c: get_page_type / put_page_type). A
// frame is a page table (L1), a page directory (L2) or writable, never two at once, so the
// tables the MMU walks can only change through the hypervisor, which validates every entry.
//
// Validation happens on a type's first reference: an L1 takes a writable reference on each frame
// it maps writable; an L2 takes an L1 reference on each table it names, validating those first.
// The last reference gone, the frame is devalidated and its own references dropped. What pvm
// leaves out: Xen's read-only "linear" page tables (a directory naming itself) are refused here.
import type { Cpu } from '@pvm/cpu';
import { HYPERVISOR_VIRT_START, PAGE_SIZE, PT_ENTRIES, PTE_FRAME, PTE_P, PTE_W } from '@pvm/isa/codes';

export const FT_NONE = 0;
export const FT_WRITABLE = 1;
export const FT_L1 = 2;
export const FT_L2 = 3;
export const FRAME_TYPE_NAMES = ['none', 'writable', 'page table', 'page directory'] as const;

/** The first page-directory slot of the hypervisor's hole at HYPERVISOR_VIRT_START. */
export const HOLE_SLOT = HYPERVISOR_VIRT_START >>> 22;

/** What validation and updates tell the caller about their work. */
export interface FrameStats {
  /** Tables validated (a frame became L1 or L2). */
  validations: number;
  /** Entries read to validate or devalidate. */
  entriesExamined: number;
  /** Present entries validated, updated or dropped: each takes or gives back a reference on the frame it names. */
  presentEntries: number;
}

export class FrameTable {
  readonly type: Uint8Array;
  readonly count: Uint32Array;
  readonly pinned: Uint8Array;
  readonly stats: FrameStats = { validations: 0, entriesExamined: 0, presentEntries: 0 };

  /**
   * @param frames the domain's frames; tables must lie below `firstShared` (the hypervisor's
   *   pages, which the guest may map but which never hold its tables).
   */
  constructor(
    private readonly cpu: Cpu,
    readonly frames: number,
    readonly firstShared: number,
  ) {
    this.type = new Uint8Array(frames);
    this.count = new Uint32Array(frames);
    this.pinned = new Uint8Array(frames);
  }

  /** Take a reference on `frame` at type `t`, validating it if it has none yet; false: refused. */
  get(frame: number, t: number): boolean {
    if (frame >= this.frames) return false;
    if (this.type[frame] === t) {
      this.count[frame]!++;
      return true;
    }
    if (this.type[frame] !== FT_NONE) return false;
    if (t !== FT_WRITABLE && frame >= this.firstShared) return false;
    // Typed before its entries are checked, so an entry naming the frame itself is refused.
    this.type[frame] = t;
    this.count[frame] = 1;
    if (t === FT_WRITABLE) return true;
    if (!this.validate(frame, t)) {
      this.type[frame] = FT_NONE;
      this.count[frame] = 0;
      return false;
    }
    this.stats.validations++;
    return true;
  }

  /** Drop a reference taken by get(); the last one untypes the frame. */
  put(frame: number, t: number): void {
    if (this.type[frame] !== t || this.count[frame] === 0) return;
    if (--this.count[frame]! !== 0) return;
    if (t === FT_L1 || t === FT_L2) this.release(frame, t, PT_ENTRIES);
    this.type[frame] = FT_NONE;
    // No translation may still let a store reach a frame that can now become a table (Xen
    // flushes too, and skips it when its TLB-flush clock proves no TLB can hold the frame).
    if (t === FT_WRITABLE) this.cpu.flushTlb();
  }

  /** The reference an entry of a table of type `t` holds, if any: [frame, type] or null. */
  static held(t: number, e: number): readonly [number, number] | null {
    if ((e & PTE_P) === 0) return null;
    if (t === FT_L2) return [(e & PTE_FRAME) >>> 12, FT_L1];
    return (e & PTE_W) !== 0 ? [(e & PTE_FRAME) >>> 12, FT_WRITABLE] : null;
  }

  /** Whether entry `e` may stand in slot `slot` of a table of type `t`, taking what it holds. */
  take(t: number, slot: number, e: number): boolean {
    if ((e & PTE_P) === 0) return true;
    this.stats.presentEntries++;
    if (t === FT_L2 && slot >= HOLE_SLOT) return false;
    const frame = (e & PTE_FRAME) >>> 12;
    if (frame >= this.frames) return false;
    const h = FrameTable.held(t, e);
    return h === null || this.get(h[0], h[1]);
  }

  /** Drop what entry `e` of a table of type `t` held. */
  drop(t: number, e: number): void {
    if ((e & PTE_P) !== 0) this.stats.presentEntries++;
    const h = FrameTable.held(t, e);
    if (h !== null) this.put(h[0], h[1]);
  }

  private entry(frame: number, slot: number): number {
    return this.cpu.read32(frame * PAGE_SIZE + slot * 4);
  }

  /** Check every entry, taking what each holds; on a bad one, give back what was taken. */
  private validate(frame: number, t: number): boolean {
    for (let slot = 0; slot < PT_ENTRIES; slot++) {
      this.stats.entriesExamined++;
      if (this.take(t, slot, this.entry(frame, slot))) continue;
      this.release(frame, t, slot);
      return false;
    }
    return true;
  }

  /** Drop the references of the first `n` entries. */
  private release(frame: number, t: number, n: number): void {
    for (let slot = 0; slot < n; slot++) {
      this.stats.entriesExamined++;
      this.drop(t, this.entry(frame, slot));
    }
  }

  save(): unknown {
    return { type: this.type.slice(), count: this.count.slice(), pinned: this.pinned.slice(), stats: { ...this.stats } };
  }

  load(state: unknown): void {
    const s = state as { type: Uint8Array; count: Uint32Array; pinned: Uint8Array; stats: FrameStats };
    this.type.set(s.type);
    this.count.set(s.count);
    this.pinned.set(s.pinned);
    Object.assign(this.stats, s.stats);
  }
}
