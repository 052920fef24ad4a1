// Guest memory as the debugger reads it: at the addresses the guest uses. With paging on they
// are virtual, and every read goes through the page tables by `cpu.probe` — a walk that
// touches nothing (no TLB fill, no accessed or dirty bit, no counter), so looking never changes
// what the guest sees. The physical form (`x/p`, `print/p`) reads `cpu.mem` as it is.
import { ACCESS_READ, WALK_OK, WALK_PAGE_FAULT, newWalk, type Cpu, type Walk } from '@pvm/cpu';
import { decode, disassembleAt, type Instr, type SymbolLookup } from '@pvm/isa';
import { PTE_P } from '@pvm/isa/codes';
import { hex } from './where.ts';

/** The longest instruction, in bytes (a register, an immediate and an address word). */
const MAX_INSTR = 12;

const PAGE = 4096;

/** Reads through the page tables, or of physical memory; one per session, reused. */
export class GuestMemory {
  private readonly w: Walk = newWalk();
  private readonly buf = new Uint8Array(MAX_INSTR);

  constructor(private readonly cpu: Cpu) {}

  get paging(): boolean {
    return this.cpu.ptb !== 0;
  }

  /**
   * The physical address of virtual `va` (supervisor read: the debugger sees what the kernel
   * could), or -1 when nothing maps it. `phys` takes `va` as physical.
   */
  physical(va: number, phys = false): number {
    const a = va >>> 0;
    if (phys || !this.paging) return a < this.cpu.memSize ? a : -1;
    const w = this.cpu.probe(a, ACCESS_READ, false, this.w);
    return w.status === WALK_OK ? w.pa : -1;
  }

  /** Why `va` cannot be read: `0x500000: not mapped (no page-table entry)`. */
  why(va: number, phys = false): string {
    const a = va >>> 0;
    if (phys || !this.paging) return `cannot access memory at address ${hex(a, 1)}`;
    const w = this.cpu.probe(a, ACCESS_READ, false, this.w);
    if (w.status === WALK_PAGE_FAULT) return `${hex(a, 1)}: not mapped (no ${(w.pde & PTE_P) === 0 ? 'page-directory' : 'page-table'} entry)`;
    return `${hex(a, 1)}: mapped outside memory (physical ${hex(w.pa, 1)})`;
  }

  /** The byte at `va`, or undefined where nothing is mapped. */
  byte(va: number, phys = false): number | undefined {
    const pa = this.physical(va, phys);
    return pa < 0 ? undefined : this.cpu.mem[pa]!;
  }

  /** `size` bytes (1, 2 or 4) little-endian at `va`, page by page; undefined if any is unmapped. */
  read(va: number, size: number, phys = false): number | undefined {
    let v = 0;
    let pa = -1;
    for (let i = 0; i < size; i++) {
      const a = (va + i) >>> 0;
      // One walk per page: the bytes of a page are consecutive in its frame.
      pa = i === 0 || (a & (PAGE - 1)) === 0 ? this.physical(a, phys) : pa + 1;
      if (pa < 0 || pa >= this.cpu.memSize) return undefined;
      v |= this.cpu.mem[pa]! << (8 * i);
    }
    return size === 4 ? v : v >>> 0;
  }

  /**
   * Write a word at `va` through the CPU's helpers (they forget decoded code it covers), as
   * gdb writes: whatever the page's W bit. Returns the first address nothing maps, or -1.
   */
  write32(va: number, v: number, phys = false): number {
    const pas: number[] = [];
    for (let i = 0; i < 4; i++) {
      const a = (va + i) >>> 0;
      const pa = this.physical(a, phys);
      if (pa < 0) return a;
      pas.push(pa);
    }
    if (pas[3] === pas[0]! + 3) this.cpu.write32(pas[0]!, v);
    else pas.forEach((pa, i) => this.cpu.write8(pa, v >>> (8 * i)));
    return -1;
  }

  /** The instruction bytes at `va` in a small buffer (fewer when a page is unmapped), and how many. */
  private fetch(va: number, phys: boolean): number {
    let n = 0;
    for (; n < MAX_INSTR; n++) {
      const b = this.byte((va + n) >>> 0, phys);
      if (b === undefined) break;
      this.buf[n] = b;
    }
    return n;
  }

  /** The instruction at `va`, or null (unmapped, or not an instruction). */
  instr(va: number, phys = false): Instr | null {
    if (!phys && !this.paging) return decode(this.cpu.mem, va >>> 0);
    return decode(this.buf, 0, this.fetch(va, phys));
  }

  /** The opcode byte at `va`, or -1. */
  opcode(va: number): number {
    return this.byte(va) ?? -1;
  }

  /** An instruction as the disassembler prints it, or why there is none to print. */
  disassemble(va: number, sym?: SymbolLookup, phys = false): string {
    if (!phys && !this.paging) return disassembleAt(this.cpu.mem, va >>> 0, sym);
    const n = this.fetch(va, phys);
    // Cut short by an unmapped page: say so rather than call the bytes illegal.
    if (n < MAX_INSTR && decode(this.buf, 0, n) === null) return `(${this.why((va + n) >>> 0, phys)})`;
    return disassembleAt(this.buf.subarray(0, n), 0, sym);
  }
}
