// Shadow paging, as a trap-and-emulate hypervisor does it (VMware before VT-x; Xen's shadow
// mode, xen/arch/x86/mm/shadow/): the MMU walks tables the hypervisor builds from the guest's,
// filled lazily, so the first touch of each page is a "hidden" page fault the guest never sees.
// To keep them in step, the guest's own page-table frames are write-protected: each store to
// one exits, is emulated, and drops the shadow entries it changes.
//
// pvm keeps the bookkeeping, not a second copy of the tables: the CPU always walks the guest's
// tables (so every mode computes the same translations), and this class decides which walks
// would have found the shadow empty and which stores would have hit a protected frame. What a
// learner reads — exits by cause, cycles — is what shadow paging would cost.
import type { Cpu, Walk } from '@pvm/cpu';
import { PTE_FRAME, PTE_P } from '@pvm/isa/codes';

/** Guest address spaces (page directories) whose shadows are kept at once: beyond, the least recently used goes (estimate: Xen sizes its shadow pool in megabytes, not in address spaces). */
export const SHADOW_ROOTS = 64;
/** Filled shadow entries per address space before the pool is recycled and refills start over (estimate, the same reason). */
export const SHADOW_ENTRIES = 1 << 16;

/** An owner entry that is the page directory itself rather than one of its entries. */
const DIRECTORY = 1024;

export interface ShadowState {
  readonly roots: readonly (readonly [number, readonly number[]])[];
  readonly tables: readonly (readonly [number, readonly number[]])[];
}

export class ShadowPager {
  /** Per guest page directory (physical address), in least-recently-used order: the virtual pages whose shadow entries are filled. */
  private readonly roots = new Map<number, Set<number>>();
  /** Per cached directory: the page-table frame each of its 1,024 entries named when last read (-1: none). */
  private readonly tables = new Map<number, Int32Array>();
  /** Page-table frames (page numbers) → who names them: root frame * 1025 + entry index, or + DIRECTORY for the directory itself. */
  private readonly owners = new Map<number, number[]>();
  /** The frames the CPU must not let the guest store to: the CPU reads this array. */
  readonly wprot: Uint8Array;

  constructor(private readonly cpu: Cpu) {
    this.wprot = new Uint8Array(Math.ceil(cpu.memSize / 4096));
  }

  /** The guest loaded `ptb`: shadow that address space (returns true when it had no shadow yet). */
  use(ptb: number): boolean {
    // A base outside memory has nothing to shadow: every walk through it faults.
    if (ptb === 0 || ptb > this.cpu.memSize - 4096) return false;
    const filled = this.roots.get(ptb);
    if (filled) {
      // Most recently used last.
      this.roots.delete(ptb);
      this.roots.set(ptb, filled);
      return false;
    }
    if (this.roots.size >= SHADOW_ROOTS) this.drop(this.roots.keys().next().value!);
    this.roots.set(ptb, new Set());
    const tables = new Int32Array(1024).fill(-1);
    this.tables.set(ptb, tables);
    this.own(ptb >>> 12, ptb, DIRECTORY);
    for (let i = 0; i < 1024; i++) this.readEntry(ptb, i);
    return true;
  }

  /** A walk by the MMU completed: true when the shadow did not have the page (a hidden page fault, now filled). */
  walked(va: number, w: Walk): boolean {
    const ptb = this.cpu.ptb;
    if (w.status !== 0) return false;
    if (!this.roots.has(ptb)) this.use(ptb);
    const filled = this.roots.get(ptb);
    if (!filled) return false;
    const vpn = va >>> 12;
    if (filled.has(vpn)) return false;
    if (filled.size >= SHADOW_ENTRIES) filled.clear();
    filled.add(vpn);
    return true;
  }

  /** The guest's store to a protected frame at physical `pa` was emulated: drop what it changed. */
  written(pa: number): void {
    const frame = pa >>> 12;
    const first = (pa & 0xfff) >>> 2;
    // An unaligned store reaches into the next entry of the same frame.
    const last = Math.min(((pa & 0xfff) + 3) >>> 2, 1023);
    for (const o of [...(this.owners.get(frame) ?? [])]) {
      const root = Math.floor(o / 1025) * 4096;
      const index = o % 1025;
      const filled = this.roots.get(root);
      if (!filled) continue;
      for (let e = first; e <= last; e++) {
        if (index === DIRECTORY) {
          // A directory entry: every page of its 4 MiB, and the table it names, change.
          for (const vpn of filled) if (vpn >>> 10 === e) filled.delete(vpn);
          this.readEntry(root, e);
        } else filled.delete((index << 10) | e);
      }
    }
  }

  /** Whether `frame` holds a page table the shadows depend on. */
  isTable(frame: number): boolean {
    return this.wprot[frame] !== 0;
  }

  save(): ShadowState {
    return {
      roots: [...this.roots].map(([r, s]) => [r, [...s]] as const),
      tables: [...this.tables].map(([r, t]) => [r, [...t]] as const),
    };
  }

  load(s: ShadowState): void {
    this.roots.clear();
    this.tables.clear();
    this.owners.clear();
    this.wprot.fill(0);
    for (const [r, vpns] of s.roots) this.roots.set(r, new Set(vpns));
    for (const [r, t] of s.tables) {
      this.tables.set(r, Int32Array.from(t));
      this.own(r >>> 12, r, DIRECTORY);
      t.forEach((f, i) => f >= 0 && this.own(f, r, i));
    }
  }

  /** Re-read directory entry `i` of `root`: the table it names now is protected, the one it named before maybe not. */
  private readEntry(root: number, i: number): void {
    const tables = this.tables.get(root)!;
    const pde = this.cpu.read32(root + 4 * i);
    const frame = (pde & PTE_P) !== 0 && ((pde & PTE_FRAME) >>> 0) <= this.cpu.memSize - 4096 ? (pde & PTE_FRAME) >>> 12 : -1;
    if (tables[i] === frame) return;
    if (tables[i]! >= 0) this.disown(tables[i]!, root, i);
    tables[i] = frame;
    if (frame >= 0) this.own(frame, root, i);
  }

  private drop(root: number): void {
    const tables = this.tables.get(root)!;
    tables.forEach((f, i) => f >= 0 && this.disown(f, root, i));
    this.disown(root >>> 12, root, DIRECTORY);
    this.roots.delete(root);
    this.tables.delete(root);
  }

  private own(frame: number, root: number, index: number): void {
    const list = this.owners.get(frame);
    const o = (root / 4096) * 1025 + index;
    if (list) list.push(o);
    else this.owners.set(frame, [o]);
    if (this.wprot[frame] === 0) {
      this.wprot[frame] = 1;
      this.cpu.protectFrame(frame);
    }
  }

  private disown(frame: number, root: number, index: number): void {
    const list = this.owners.get(frame);
    if (!list) return;
    const at = list.indexOf((root / 4096) * 1025 + index);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) {
      this.owners.delete(frame);
      this.wprot[frame] = 0;
    }
  }
}
