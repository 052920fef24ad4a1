// The interpreter. One monomorphic `run` with a numeric switch, hot state in locals written back
// at every exit, code pre-decoded in straight-line runs, the cycle budget charged once per run
// rather than per instruction, no allocation per instruction, and every guest event returned
// as an exit code (see exits.ts). docs/performance.md says what each of these buys.
import { CYCLES, OPS, REG_SP, SIZES, ZERO_REG, decode, sizeOf } from '@pvm/isa';
import { FLAG_IE, FLAG_U, PTE_D, PTE_U, PTE_W, VEC_BREAK, VEC_DIVIDE, VEC_ILLEGAL, VEC_MEMORY, VEC_PAGE, VEC_PRIV, VEC_SYSCALL } from '@pvm/isa/codes';
import {
  EXIT_EXCEPTION, EXIT_HCALL, EXIT_IRQ_WINDOW, EXIT_LIMIT, EXIT_PRIVILEGED, EXIT_PT_WRITE, FAULT_FETCH, FAULT_LOAD,
  FAULT_SPLIT, FAULT_STORE,
} from './exits.ts';
import {
  ACCESS_FETCH, ACCESS_READ, ACCESS_WRITE, TLB_ENTRIES, TLB_MASK, WALK_OK, tlbSlot, WALK_OUTSIDE, newWalk, pdeAfter, pteAfter, walk,
  type Walk,
} from './mmu.ts';
import { Jit, type Engine } from './jit/engine.ts';
import { primeOnce } from './warmup.ts';

/** Marks a pre-decoded slot whose bytes are not a valid instruction. */
const ILLEGAL = 0xff;
/** The slot just past the end of memory: falling into it is a fetch fault. */
const END = 0xfe;

/** Cycles per opcode, from the table. */
const COST = CYCLES;
/** Bytes per opcode (0: unassigned), to tell a truncated instruction from an illegal one. */
const SIZE = SIZES;
/**
 * Opcodes after which a straight-line run ends: everything that sets pc or always leaves the
 * loop. `run` relies on syscall, brk and popf being here: they retire, then may exit.
 */
const ENDS_RUN = new Uint8Array(256);
for (const op of OPS) if (op.branch || op.privileged) ENDS_RUN[op.code] = 1;
ENDS_RUN[ILLEGAL] = 1;

export interface CpuState {
  readonly regs: Int32Array;
  readonly pc: number;
  readonly flags: number;
  readonly vbase: number;
  readonly ksp: number;
  readonly cycles: number;
  readonly instret: number;
  /** The MMU: CR_PTB, the last page fault, the TLB (architectural and as the hypervisor protects it), its counts. */
  readonly mmu: {
    readonly ptb: number;
    readonly faultVa: number;
    readonly faultCode: number;
    readonly tags: Int32Array;
    readonly arch: Int32Array;
    readonly frames: Int32Array;
    readonly misses: number;
    readonly refs: number;
    readonly resumePc: number;
  };
}

/** Someone who charges or counts page walks (a hypervisor's paging strategy). */
export interface MmuObserver {
  /** A walk for `va` completed: its entries are in `w`. */
  walked(va: number, w: Walk): void;
  /** A walk found a table or a page outside guest memory, at physical `pa`. */
  outside(pa: number): void;
}

export interface CpuOptions {
  /** Guest memory in bytes: a multiple of 4. */
  readonly memory: number;
  /** `interp` (the default) or `jit`: hot code compiled to JavaScript (jit/). */
  readonly engine?: Engine;
}

export class Cpu {
  /** r0..r15, then the always-zero base of absolute memory operands. */
  readonly regs = new Int32Array(17);
  pc = 0;
  /** Architectural FLAGS (IE, U) as the guest kernel sees them: virtual ones under `trap`. */
  flags = 0;
  /** Vector-table base, loaded by `lvt`. */
  vbase = 0;
  /** Kernel stack pointer used on entry from user mode, loaded by `lksp`. */
  ksp = 0;
  /** Guest cycles: the guest's virtual time. */
  cycles = 0;
  /** Instructions retired. */
  instret = 0;

  /**
   * When set, the kernel runs without real privilege (`trap` and `pv` modes): privileged opcodes
   * exit even in supervisor mode, `pushf` shows the real FLAGS and `popf` cannot change IE or U.
   */
  deprivileged = false;

  /** Details of the last exit. */
  vector = 0;
  faultAddr = 0;
  faultKind = 0;
  /** Address of the instruction after the one that exited (the return address of `syscall`). */
  nextPc = 0;
  /** Virtual minus physical address of the page of the instruction an exit stopped at. */
  pcDelta = 0;

  // ---- the MMU (docs/machine.md, "Paging") ----

  /** CR_PTB: the page directory's physical address; 0 while paging is off. */
  ptb = 0;
  /** CR_FAULT_ADDR and CR_FAULT_CODE: the virtual address and the error code of the last page fault. */
  faultVa = 0;
  faultCode = 0;
  /**
   * The TLB, direct-mapped: for each entry, the page number it holds for each of [supervisor
   * read, supervisor write, user read, user write] (-1: that access misses), and its frame. A
   * write tag is set only once the entry is dirty, so the first write walks and sets D.
   */
  readonly tlbTags = new Int32Array(TLB_ENTRIES * 4).fill(-1);
  readonly tlbFrames = new Int32Array(TLB_ENTRIES);
  /**
   * The same tags as the architecture has them. tlbTags may lack a write the hypervisor takes
   * (a write-protected frame); then a write finds its entry here and exits without a walk,
   * so the guest's TLB, and its clock, are the same as on bare metal.
   */
  private readonly tlbArch = new Int32Array(TLB_ENTRIES * 4).fill(-1);
  /**
   * Walks (TLB misses) and the memory references they made. Hits are not counted: how many
   * lookups a run makes depends on how it is sliced (each resumption looks its pc up again),
   * and misses, references and cycles do not.
   */
  tlbMisses = 0;
  walkRefs = 0;
  /** Cycles per memory reference of a walk (the cost model's walkRef). */
  walkRefCost = 0;
  /**
   * The pc of an instruction that exited EXIT_PT_WRITE after its fetch and its data fill: run
   * next, it goes on as fetched (as on bare metal, where nothing comes between), so that its
   * code's TLB entry is not fetched again over the data entry. -1: none.
   */
  resumePc = -1;
  /** Frames whose stores exit (EXIT_PT_WRITE) instead of completing: shadow paging's page tables. */
  wprot: Uint8Array | null = null;
  /** The one frame a store may write despite `wprot`: the hypervisor lets an emulated store through. */
  wprotPass = -1;
  /** Told of every walk: how nested paging charges its 2-D walk, how shadow paging counts fills. */
  mmuObserver: MmuObserver | null = null;
  /** What the last fill() ended in: 0, or the exit to take (a fault has been set). */
  private fillExit = 0;
  private readonly walkScratch: Walk = newWalk();

  /** The compiling tier, when this CPU's engine is `jit`. */
  readonly jit: Jit | null;

  readonly mem: Uint8Array;
  readonly memSize: number;
  /** @internal */
  readonly mem32: Int32Array;
  /** @internal */
  readonly mem16: Uint16Array;
  // The decode cache, indexed by word (pc >>> 2), one slot past the end of memory (END). The
  // words after a head (values, offsets, targets) are read from memory itself: the bytes of a
  // decoded instruction cannot change without a store that invalidates it.
  /**
   * The head word [code, a, b, c] of the instruction at each word once validated, so one load
   * gives the opcode and the register fields (0: not decoded; code ILLEGAL: invalid).
   */
  /** @internal */
  readonly dh: Int32Array;
  /** Cycles from each decoded instruction to the end of its straight-line run, itself included. */
  /** @internal */
  readonly runCycles: Int32Array;
  /** Instructions from each decoded instruction to the end of its run, itself included. */
  /** @internal */
  readonly runCount: Int32Array;
  /** Words covered by a decoded instruction: a store there invalidates it. */
  /** @internal */
  readonly mark: Uint8Array;
  /** Word indexes of a run being decoded (scratch, grown when a run is longer). */
  private starts = new Int32Array(256);

  constructor(opts: CpuOptions) {
    const size = opts.memory;
    if (size % 4 !== 0 || size < 4) throw new RangeError(`memory size ${size} must be a positive multiple of 4`);
    const buf = new ArrayBuffer(size);
    this.mem = new Uint8Array(buf);
    this.mem32 = new Int32Array(buf);
    this.mem16 = new Uint16Array(buf);
    this.memSize = size;
    const words = size >>> 2;
    this.dh = new Int32Array(words + 1);
    this.runCycles = new Int32Array(words + 1);
    this.runCount = new Int32Array(words + 1);
    this.mark = new Uint8Array(words);
    // Running off the end costs the step it would have taken, so a run that ends there only
    // starts when there is budget left to fault, as an instruction-by-instruction loop would.
    this.dh[words] = END;
    this.runCycles[words] = 1;
    this.runCount[words] = 1;
    this.jit = opts.engine === 'jit' ? new Jit(this) : null;
    primeOnce(Cpu);
  }

  /** Forget every pre-decoded instruction (after the host writes guest memory in bulk). */
  flushDecoded(): void {
    this.dh.fill(0, 0, this.mark.length);
    this.mark.fill(0);
    if (this.jit !== null) this.jit.forgetAll();
  }

  /** Forget decoded instructions that cover byte `addr` (the host or a device wrote it). */
  invalidate(addr: number): void {
    const w = addr >>> 2;
    if (w < this.mark.length && this.mark[w]) this.invalidateWord(w);
  }

  /** Forget decoded instructions that cover any byte of [addr, addr + len), clipped to memory. */
  invalidateRange(addr: number, len: number): void {
    if (len <= 0) return;
    const first = addr >>> 2;
    const last = Math.min(Math.floor(((addr >>> 0) + len - 1) / 4), this.mark.length - 1);
    const mark = this.mark;
    for (let w = first; w <= last; w++) if (mark[w]) this.invalidateWord(w);
  }

  /**
   * Copy host bytes into guest memory at `addr`, forgetting any decoded code they cover: the
   * one way the hypervisor, devices, loaders and the debugger write guest memory in bulk.
   * The caller has checked the range.
   */
  writeBytes(addr: number, bytes: Uint8Array): void {
    this.mem.set(bytes, addr);
    this.invalidateRange(addr, bytes.length);
  }

  /** Write one byte of guest memory from the host (the decode cache forgets it). */
  write8(addr: number, v: number): void {
    this.mem[addr] = v;
    this.invalidate(addr);
  }

  /**
   * A decoded run is a contiguous stretch of marked words, so every instruction whose run
   * covers word w starts in the marked stretch that ends at w: forget all of them.
   */
  private invalidateWord(w: number): void {
    const dh = this.dh;
    const mark = this.mark;
    let k = w;
    for (; k >= 0 && mark[k] !== 0; k--) {
      dh[k] = 0;
      mark[k] = 0;
    }
    // Compiled code read these words too: drop what was built from any of them.
    if (this.jit !== null) this.jit.forget(k + 1, w);
  }

  /** Decode the instruction at word `w` into the cache; returns its code (or ILLEGAL). */
  private decodeWord(w: number): number {
    const instr = decode(this.mem, w << 2, this.memSize);
    if (!instr) {
      this.dh[w] = ILLEGAL;
      this.mark[w] = 1;
      return ILLEGAL;
    }
    const code = instr.op.code;
    const n = sizeOf(instr.op) >>> 2;
    for (let i = 0; i < n; i++) this.mark[w + i] = 1;
    this.dh[w] = this.mem32[w]!;
    return code;
  }

  /**
   * Decode the straight-line run that starts at word `w`: forward to an instruction that ends
   * runs, or to one decoded already (whose run this one joins), then the run totals backward.
   */
  /** @internal */
  decodeRun(w: number): void {
    const dh = this.dh;
    const words = this.mark.length;
    let n = 0;
    let k = w;
    for (;;) {
      if (n === this.starts.length) {
        const grown = new Int32Array(n * 2);
        grown.set(this.starts);
        this.starts = grown;
      }
      this.starts[n++] = k;
      const op = this.decodeWord(k);
      if (ENDS_RUN[op]) break;
      k += SIZE[op]! >>> 2;
      if (k >= words || dh[k] !== 0) break;
    }
    const starts = this.starts;
    const last = starts[n - 1]!;
    const lastOp = dh[last]! & 255;
    const next = last + (SIZE[lastOp]! >>> 2);
    // An ending instruction closes its run; otherwise it continues into the next run (or END).
    let c = ENDS_RUN[lastOp] ? 0 : this.runCycles[next]!;
    let m = ENDS_RUN[lastOp] ? 0 : this.runCount[next]!;
    for (let i = n - 1; i >= 0; i--) {
      const s = starts[i]!;
      c += COST[dh[s]! & 255]!;
      m++;
      this.runCycles[s] = c;
      this.runCount[s] = m;
    }
  }

  /** The architectural state, as plain data (memory is saved separately, whole). */
  save(): CpuState {
    const { pc, flags, vbase, ksp, cycles, instret } = this;
    const mmu = {
      ptb: this.ptb,
      faultVa: this.faultVa,
      faultCode: this.faultCode,
      tags: this.tlbTags.slice(),
      arch: this.tlbArch.slice(),
      frames: this.tlbFrames.slice(),
      misses: this.tlbMisses,
      refs: this.walkRefs,
      resumePc: this.resumePc,
    };
    return { regs: this.regs.slice(), pc, flags, vbase, ksp, cycles, instret, mmu };
  }

  /** Put a saved state back (memory too, when given): the decode cache starts over. */
  load(s: CpuState, mem?: Uint8Array): void {
    this.regs.set(s.regs);
    this.pc = s.pc;
    this.flags = s.flags;
    this.vbase = s.vbase;
    this.ksp = s.ksp;
    this.cycles = s.cycles;
    this.instret = s.instret;
    const m = s.mmu;
    this.ptb = m.ptb;
    this.faultVa = m.faultVa;
    this.faultCode = m.faultCode;
    this.tlbTags.set(m.tags);
    this.tlbArch.set(m.arch);
    this.tlbFrames.set(m.frames);
    this.tlbMisses = m.misses;
    this.walkRefs = m.refs;
    this.resumePc = m.resumePc;
    if (mem) this.mem.set(mem);
    this.flushDecoded();
  }

  // ---- the MMU, outside the loop: walks, the TLB, translation for the hypervisor ----

  /** The physical address of the instruction the last exit stopped at (pc itself with paging off). */
  pcPhys(): number {
    return (this.pc - this.pcDelta) >>> 0;
  }

  /** Load CR_PTB (the low 12 bits are ignored; 0 turns paging off) and empty the TLB, as x86's mov to CR3 does. */
  setPtb(value: number): void {
    this.ptb = (value & ~0xfff) >>> 0;
    this.flushTlb();
  }

  /** Forget every translation. */
  flushTlb(): void {
    this.tlbTags.fill(-1);
    this.tlbArch.fill(-1);
  }

  /** `invlpg`: forget the translation of the page that holds `va`. */
  invalidatePage(va: number): void {
    const vpn = va >>> 12;
    const base = tlbSlot(vpn) << 2;
    for (let i = 0; i < 4; i++) {
      if (this.tlbArch[base + i] === vpn) this.tlbArch[base + i] = -1;
      if (this.tlbTags[base + i] === vpn) this.tlbTags[base + i] = -1;
    }
  }

  /** The hypervisor now write-protects `frame` (a page number): writes through the TLB to it must exit. */
  protectFrame(frame: number): void {
    for (let slot = 0; slot < TLB_ENTRIES; slot++) {
      if (this.tlbFrames[slot]! >>> 12 !== frame) continue;
      this.tlbTags[(slot << 2) | 1] = -1;
      this.tlbTags[(slot << 2) | 3] = -1;
    }
  }

  /**
   * A TLB miss: walk the tables for `va`, set the accessed and dirty bits, and fill the entry.
   * Returns the cycles the walk took; `fillExit` says whether the access may now go ahead (0)
   * or must exit: a page fault (VEC_PAGE), a table or page past memory (VEC_MEMORY), or a
   * store the hypervisor takes (EXIT_PT_WRITE).
   */
  private fill(va: number, access: number, user: boolean): number {
    this.fillExit = 0;
    const vpn = va >>> 12;
    const slot = tlbSlot(vpn);
    const base = slot << 2;
    const write = access === ACCESS_WRITE;
    const k = base | (user ? 2 : 0) | (write ? 1 : 0);
    // The architecture has this translation: only the hypervisor's write protection left it out.
    if (this.tlbArch[k] === vpn) {
      if (write && this.isProtected(this.tlbFrames[slot]! >>> 12)) return this.ptWrite(this.tlbFrames[slot]! | (va & 0xfff));
      this.tlbTags[k] = vpn;
      return 0;
    }
    const w = walk(this.mem, this.memSize, this.ptb, va, access, user, this.walkScratch);
    const refs = (w.pdeAddr >= 0 ? 1 : 0) + (w.pteAddr >= 0 ? 1 : 0);
    this.tlbMisses++;
    this.walkRefs += refs;
    const cycles = refs * this.walkRefCost;
    if (w.status !== WALK_OK) {
      this.mmuObserver?.walked(va, w);
      if (w.status === WALK_OUTSIDE) {
        this.mmuObserver?.outside(w.pa);
        this.memFault(access === ACCESS_WRITE ? FAULT_STORE : access === ACCESS_FETCH ? FAULT_FETCH : FAULT_LOAD, w.pa);
      } else {
        this.faultVa = va >>> 0;
        this.faultCode = w.code;
        this.trap(VEC_PAGE);
      }
      this.fillExit = EXIT_EXCEPTION;
      return cycles;
    }
    const pde = pdeAfter(w);
    const pte = pteAfter(w, access);
    if (pde !== w.pde) this.write32(w.pdeAddr, pde);
    if (pte !== w.pte) this.write32(w.pteAddr, pte);
    w.pde = pde;
    w.pte = pte;
    this.mmuObserver?.walked(va, w);
    const allowed = pde & pte;
    const writable = (allowed & PTE_W) !== 0 && (pte & PTE_D) !== 0;
    const userOk = (allowed & PTE_U) !== 0;
    const frame = w.pa - (w.pa & 0xfff);
    this.tlbFrames[slot] = frame;
    const arch = this.tlbArch;
    arch[base] = vpn;
    arch[base | 1] = writable ? vpn : -1;
    arch[base | 2] = userOk ? vpn : -1;
    arch[base | 3] = userOk && writable ? vpn : -1;
    const guarded = this.isProtected(frame >>> 12);
    const tags = this.tlbTags;
    tags[base] = vpn;
    tags[base | 1] = writable && !guarded ? vpn : -1;
    tags[base | 2] = userOk ? vpn : -1;
    tags[base | 3] = userOk && writable && !guarded ? vpn : -1;
    if (write && guarded) this.ptWrite(w.pa);
    return cycles;
  }

  private isProtected(frame: number): boolean {
    return this.wprot !== null && this.wprot[frame] !== 0 && frame !== this.wprotPass;
  }

  private ptWrite(pa: number): number {
    this.faultAddr = pa;
    this.faultKind = FAULT_STORE;
    this.fillExit = EXIT_PT_WRITE;
    return 0;
  }

  /**
   * The instruction at virtual `pc` (physical `ppc`) goes on into the next page. Its decoded
   * copy read the next physical frame: that must be where the next page is mapped. Returns the
   * cycles of any walk; `fillExit` as fill's (the next page may fault, as on x86).
   */
  private crossPage(pc: number, ppc: number): number {
    this.fillExit = 0;
    const next = ((pc | 0xfff) + 1) >>> 0;
    const user = (this.flags & FLAG_U) !== 0;
    const slot = tlbSlot(next >>> 12);
    let cycles = 0;
    if (this.tlbTags[(slot << 2) | (user ? 2 : 0)] !== next >>> 12) {
      cycles = this.fill(next, ACCESS_FETCH, user);
      if (this.fillExit !== 0) return cycles;
    }
    if (this.tlbFrames[slot] !== (ppc | 0xfff) + 1) {
      this.memFault(FAULT_SPLIT, pc);
      this.fillExit = EXIT_EXCEPTION;
    }
    return cycles;
  }

  /**
   * The physical address of `len` (at most 4) bytes at virtual `va`, for an access the
   * hypervisor makes for the guest (pushing a trap frame, reading a vector or a hypercall's
   * argument) as the CPU would make it: through the TLB, walking on a miss (on the guest's
   * clock), as supervisor unless `user`. Returns -1 when the CPU would fault; the fault is then
   * set (vector, and faultVa/faultCode or faultAddr) — unless `quiet`: a hypercall's copy that
   * fails is -EFAULT, and the guest's fault registers stay as they were. With paging off: `va`
   * itself, or -1 past memory.
   */
  translate(va: number, len: number, access: number, user = false, quiet = false): number {
    va >>>= 0;
    if (this.ptb === 0) {
      if (this.inRange(va, len)) return va;
      if (!quiet) this.memFault(access === ACCESS_WRITE ? FAULT_STORE : access === ACCESS_FETCH ? FAULT_FETCH : FAULT_LOAD, va);
      return -1;
    }
    if ((va & 0xfff) + len > 4096) {
      if (!quiet) this.memFault(FAULT_SPLIT, va);
      return -1;
    }
    const vpn = va >>> 12;
    const slot = tlbSlot(vpn);
    const k = (slot << 2) | (user ? 2 : 0) | (access === ACCESS_WRITE ? 1 : 0);
    if (this.tlbTags[k] !== vpn) {
      const saved = quiet ? [this.vector, this.faultAddr, this.faultKind, this.faultVa, this.faultCode] : null;
      this.cycles += this.fill(va, access, user);
      // The hypervisor may write what it protects from the guest.
      if (this.fillExit !== 0 && this.fillExit !== EXIT_PT_WRITE) {
        if (saved) [this.vector, this.faultAddr, this.faultKind, this.faultVa, this.faultCode] = saved as [number, number, number, number, number];
        return -1;
      }
    }
    return (this.tlbFrames[slot]! | (va & 0xfff)) >>> 0;
  }

  /**
   * Where virtual `va` leads by the page tables now (not the TLB), touching nothing: for the
   * debugger and for messages. Returns the walk (status, entries, physical address).
   */
  probe(va: number, access = ACCESS_READ, user = false, out: Walk = newWalk()): Walk {
    if (this.ptb === 0) {
      out.status = this.inRange(va >>> 0, 1) ? WALK_OK : WALK_OUTSIDE;
      out.pa = va >>> 0;
      out.pdeAddr = out.pteAddr = -1;
      return out;
    }
    return walk(this.mem, this.memSize, this.ptb, va >>> 0, access, user, out);
  }

  // ---- memory, for the hypervisor and devices (the loop inlines its own) ----

  /** Whether [addr, addr + len) lies inside guest memory, without overflow. */
  inRange(addr: number, len: number): boolean {
    return addr >= 0 && len >= 0 && addr <= this.memSize && len <= this.memSize - addr;
  }

  read32(addr: number): number {
    return (addr & 3) === 0 ? this.mem32[addr >>> 2]! : this.mem[addr]! | (this.mem[addr + 1]! << 8) | (this.mem[addr + 2]! << 16) | (this.mem[addr + 3]! << 24);
  }

  write32(addr: number, v: number): void {
    if ((addr & 3) === 0) this.mem32[addr >>> 2] = v;
    else {
      this.mem[addr] = v;
      this.mem[addr + 1] = v >>> 8;
      this.mem[addr + 2] = v >>> 16;
      this.mem[addr + 3] = v >>> 24;
    }
    this.invalidateRange(addr, 4);
  }

  /** Push a word on the current stack; false (nothing changed) when it would leave memory. */
  push(v: number): boolean {
    const sp = (this.regs[REG_SP]! - 4) >>> 0;
    if (sp > this.memSize - 4) return false;
    this.write32(sp, v);
    this.regs[REG_SP] = sp;
    return true;
  }

  // ---- the one exit path for guest faults (TinyEMU's raise_exception): set the details, return the exit ----

  /** An exception through `vector`: the loop returns what this returns. */
  private trap(vector: number): number {
    this.vector = vector;
    return EXIT_EXCEPTION;
  }

  /** A memory fault of `kind` (FAULT_FETCH, _LOAD, _STORE) at `addr`. */
  private memFault(kind: number, addr: number): number {
    this.faultKind = kind;
    this.faultAddr = addr;
    return this.trap(VEC_MEMORY);
  }

  /**
   * Run until an exit or until `cycles` reaches `limit`, on this CPU's engine: the compiling
   * tier when there is one (jit/), else the interpreter. Both give the same result.
   */
  run(limit: number): number {
    return this.jit !== null ? this.jit.run(limit) : this.interpret(limit);
  }

  /**
   * The interpreter, the reference engine: run until an exit or until `cycles` reaches `limit`.
   * It gives the same result however a budget is split into calls. Returns the exit code; `pc` is then
   * at the instruction that exited (not yet executed) or, for EXIT_LIMIT, the next one to run.
   *
   * Exactly the instructions run that a loop checking `cycles < limit` before each one would
   * run. Each straight-line run is charged on entry when all of it fits under the limit, and
   * what did not retire is given back if it exits part way; near the limit it goes one
   * instruction at a time. Case labels are literals, with the constants' names in comments (a
   * test checks them against the table): V8 makes a switch over literals a jump table, and one
   * over imported or bundled `const`s a chain of compares (measured: half the speed).
   */
  interpret(limit: number): number {
    const regs = this.regs;
    const mem = this.mem;
    const mem32 = this.mem32;
    const mem16 = this.mem16;
    const dh = this.dh;
    const runCycles = this.runCycles;
    const runCount = this.runCount;
    const mark = this.mark;
    const memSize = this.memSize;
    const top4 = memSize - 4;
    let pc = this.pc;
    let cycles = this.cycles;
    let instret = this.instret;
    let exit = EXIT_LIMIT;
    let w = 0;
    let op = 0;
    let h = 0;
    let addr = 0;
    let len = 0;
    let v = 0;
    // What the charge of the current run left out (non-zero when going one at a time).
    let tailCycles = 0;
    let tailCount = 0;
    // Past this word the inner loop goes back to the budget (one at a time near the limit).
    let stop = 0;
    // Paging: decided at entry, since only an exit (mtcr) turns it on or off. Code runs from
    // physical words (the decode cache is physical); pc is virtual, `delta` ahead of w << 2 on
    // the current page. A TLB miss leaves the inner loop with the virtual address in `addr`.
    const paging = this.ptb !== 0;
    const tags = this.tlbTags;
    const frames = this.tlbFrames;
    let delta = 0;
    let t = 0;
    let access = 0;
    // The TLB permission a read (uk) or write (uk | 1) needs: supervisor or user.
    let uk = 0;
    // After a data TLB fill the instruction runs again as already fetched (`fetched`), and alone
    // whatever the budget (`forced`): refetching it could evict the entry just filled (a code
    // and a data page in the same slot), for ever.
    let fetched = paging && this.resumePc === pc;
    let forced = fetched;
    if (fetched) {
      delta = this.pcDelta;
      w = ((pc - delta) >>> 0) >>> 2;
      uk = (this.flags & FLAG_U) !== 0 ? 2 : 0;
    }
    this.resumePc = -1;

    outer: for (;;) {
      const resumed = forced;
      forced = false;
      if (fetched) {
        fetched = false;
        // w, delta and uk are the instruction's still.
      } else if (paging) {
        if ((pc & 3) !== 0) {
          if (cycles >= limit) break;
          exit = this.memFault(FAULT_FETCH, pc >>> 0);
          break;
        }
        uk = (this.flags & FLAG_U) !== 0 ? 2 : 0;
        t = ((pc >>> 12) ^ (pc >>> 18)) & TLB_MASK;
        if (tags[(t << 2) | uk] !== pc >>> 12) {
          if (cycles >= limit) break;
          cycles += this.fill(pc >>> 0, ACCESS_FETCH, uk !== 0);
          if (this.fillExit !== 0) {
            exit = this.fillExit;
            break;
          }
          continue;
        }
        w = (frames[t]! | (pc & 0xfff)) >>> 2;
        delta = pc - (w << 2);
        // An instruction that starts in the last two words of a page may go on into the next
        // one: the decoded copy read its words from the next physical frame, which must be
        // the one the next virtual page maps to.
        if ((w & 1022) === 1022 && (w & 1023) + (SIZE[dh[w]! & 255]! >>> 2) > 1024) {
          if (cycles >= limit) break;
          cycles += this.crossPage(pc >>> 0, w << 2);
          if (this.fillExit !== 0) {
            exit = this.fillExit;
            break;
          }
        }
      } else {
        if ((pc & 3) !== 0 || pc >>> 0 > top4) {
          if (cycles >= limit) break;
          exit = this.memFault(FAULT_FETCH, pc >>> 0);
          break;
        }
        w = pc >>> 2;
      }
      v = runCycles[w]!; // stale or 0 if not decoded: then case 0x00 gives it back and decodes
      // A resumed instruction runs alone, whatever the budget: its walk has begun it.
      if (cycles + v <= limit && !resumed) {
        cycles += v;
        instret += runCount[w]!;
        tailCycles = 0;
        tailCount = 0;
        // With paging the page's last words come back here (above), and a run that goes on into
        // the next physical frame stops at its end: the next virtual page may be elsewhere.
        stop = paging ? (w | 1023) - 2 : 0x7fffffff;
      } else {
        if (cycles >= limit && !resumed) break;
        op = COST[dh[w]! & 255]!;
        cycles += op;
        instret += 1;
        tailCycles = v - op;
        tailCount = runCount[w]! - 1;
        stop = w;
      }

      // Exits that did not retire the instruction at w leave this loop with `break inner`; a
      // store onto decoded code leaves with `break resync`, w past it and [addr, addr + len) written;
      // a TLB miss leaves with `break tlbmiss`, w at the instruction, the access in addr, len, access.
      tlbmiss: {
      resync: {
        inner: for (;;) {
          h = dh[w]!; // the head: [code, a, b, c]
          op = h & 255;
          switch (op) {
            case 0x00:
              // Not decoded (yet, or any more): give back what was charged from the totals left
              // in this slot, decode the run, and enter it again.
              cycles -= runCycles[w]! - tailCycles;
              instret -= runCount[w]! - tailCount;
              this.decodeRun(w);
              pc = (w << 2) + delta;
              continue outer;
            case 0x01 /* OP_NOP */:
              w += 1;
              break;
            case 0x02 /* OP_MOV */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]!;
              w += 1;
              break;
            case 0x03 /* OP_LI */:
              regs[(h >>> 8) & 255] = mem32[w + 1]!;
              w += 2;
              break;

            // ---- arithmetic: register and value forms ----
            case 0x10 /* OP_ADD_RRR */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! + regs[h >>> 24]!;
              w += 1;
              break;
            case 0x11 /* OP_ADD_RRI */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! + mem32[w + 1]!;
              w += 2;
              break;
            case 0x12 /* OP_SUB_RRR */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! - regs[h >>> 24]!;
              w += 1;
              break;
            case 0x13 /* OP_SUB_RRI */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! - mem32[w + 1]!;
              w += 2;
              break;
            case 0x14 /* OP_MUL_RRR */:
              regs[(h >>> 8) & 255] = Math.imul(regs[(h >>> 16) & 255]!, regs[h >>> 24]!);
              w += 1;
              break;
            case 0x15 /* OP_MUL_RRI */:
              regs[(h >>> 8) & 255] = Math.imul(regs[(h >>> 16) & 255]!, mem32[w + 1]!);
              w += 2;
              break;
            // Division by zero is the guest's divide error; INT_MIN / -1 wraps, as in RISC-V.
            case 0x16 /* OP_DIV_RRR */:
              v = regs[h >>> 24]!;
              if (v === 0) {
                exit = this.trap(VEC_DIVIDE);
                break inner;
              }
              regs[(h >>> 8) & 255] = (regs[(h >>> 16) & 255]! / v) | 0;
              w += 1;
              break;
            case 0x17 /* OP_DIV_RRI */:
              v = mem32[w + 1]!;
              if (v === 0) {
                exit = this.trap(VEC_DIVIDE);
                break inner;
              }
              regs[(h >>> 8) & 255] = (regs[(h >>> 16) & 255]! / v) | 0;
              w += 2;
              break;
            case 0x18 /* OP_DIVU_RRR */:
              v = regs[h >>> 24]!;
              if (v === 0) {
                exit = this.trap(VEC_DIVIDE);
                break inner;
              }
              regs[(h >>> 8) & 255] = ((regs[(h >>> 16) & 255]! >>> 0) / (v >>> 0)) | 0;
              w += 1;
              break;
            case 0x19 /* OP_DIVU_RRI */:
              v = mem32[w + 1]!;
              if (v === 0) {
                exit = this.trap(VEC_DIVIDE);
                break inner;
              }
              regs[(h >>> 8) & 255] = ((regs[(h >>> 16) & 255]! >>> 0) / (v >>> 0)) | 0;
              w += 2;
              break;
            case 0x1a /* OP_REM_RRR */:
              v = regs[h >>> 24]!;
              if (v === 0) {
                exit = this.trap(VEC_DIVIDE);
                break inner;
              }
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! % v | 0;
              w += 1;
              break;
            case 0x1b /* OP_REM_RRI */:
              v = mem32[w + 1]!;
              if (v === 0) {
                exit = this.trap(VEC_DIVIDE);
                break inner;
              }
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! % v | 0;
              w += 2;
              break;
            case 0x1c /* OP_REMU_RRR */:
              v = regs[h >>> 24]!;
              if (v === 0) {
                exit = this.trap(VEC_DIVIDE);
                break inner;
              }
              regs[(h >>> 8) & 255] = (regs[(h >>> 16) & 255]! >>> 0) % (v >>> 0) | 0;
              w += 1;
              break;
            case 0x1d /* OP_REMU_RRI */:
              v = mem32[w + 1]!;
              if (v === 0) {
                exit = this.trap(VEC_DIVIDE);
                break inner;
              }
              regs[(h >>> 8) & 255] = (regs[(h >>> 16) & 255]! >>> 0) % (v >>> 0) | 0;
              w += 2;
              break;
            case 0x1e /* OP_AND_RRR */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! & regs[h >>> 24]!;
              w += 1;
              break;
            case 0x1f /* OP_AND_RRI */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! & mem32[w + 1]!;
              w += 2;
              break;
            case 0x20 /* OP_OR_RRR */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! | regs[h >>> 24]!;
              w += 1;
              break;
            case 0x21 /* OP_OR_RRI */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! | mem32[w + 1]!;
              w += 2;
              break;
            case 0x22 /* OP_XOR_RRR */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! ^ regs[h >>> 24]!;
              w += 1;
              break;
            case 0x23 /* OP_XOR_RRI */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! ^ mem32[w + 1]!;
              w += 2;
              break;
            case 0x24 /* OP_SHL_RRR */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! << (regs[h >>> 24]! & 31);
              w += 1;
              break;
            case 0x25 /* OP_SHL_RRI */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! << (mem32[w + 1]! & 31);
              w += 2;
              break;
            case 0x26 /* OP_SHR_RRR */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! >>> (regs[h >>> 24]! & 31);
              w += 1;
              break;
            case 0x27 /* OP_SHR_RRI */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! >>> (mem32[w + 1]! & 31);
              w += 2;
              break;
            case 0x28 /* OP_SAR_RRR */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! >> (regs[h >>> 24]! & 31);
              w += 1;
              break;
            case 0x29 /* OP_SAR_RRI */:
              regs[(h >>> 8) & 255] = regs[(h >>> 16) & 255]! >> (mem32[w + 1]! & 31);
              w += 2;
              break;

            // ---- memory: out-of-range is a memory fault, never a host error ----
            case 0x30 /* OP_LD */:
              addr = (regs[(h >>> 16) & 255]! + mem32[w + 1]!) >>> 0;
              if (paging) {
                t = ((addr >>> 12) ^ (addr >>> 18)) & TLB_MASK;
                if (tags[(t << 2) | uk] !== addr >>> 12 || (addr & 0xfff) > 0xffc) {
                  access = ACCESS_READ;
                  len = 4;
                  break tlbmiss;
                }
                addr = frames[t]! | (addr & 0xfff);
              }
              if (addr > top4) {
                exit = this.memFault(FAULT_LOAD, addr);
                break inner;
              }
              regs[(h >>> 8) & 255] = (addr & 3) === 0 ? mem32[addr >>> 2]! : mem[addr]! | (mem[addr + 1]! << 8) | (mem[addr + 2]! << 16) | (mem[addr + 3]! << 24);
              w += 2;
              break;
            case 0x32 /* OP_LDB */:
              addr = (regs[(h >>> 16) & 255]! + mem32[w + 1]!) >>> 0;
              if (paging) {
                t = ((addr >>> 12) ^ (addr >>> 18)) & TLB_MASK;
                if (tags[(t << 2) | uk] !== addr >>> 12) {
                  access = ACCESS_READ;
                  len = 1;
                  break tlbmiss;
                }
                addr = frames[t]! | (addr & 0xfff);
              }
              if (addr >= memSize) {
                exit = this.memFault(FAULT_LOAD, addr);
                break inner;
              }
              regs[(h >>> 8) & 255] = mem[addr]!;
              w += 2;
              break;
            case 0x34 /* OP_LDH */:
              addr = (regs[(h >>> 16) & 255]! + mem32[w + 1]!) >>> 0;
              if (paging) {
                t = ((addr >>> 12) ^ (addr >>> 18)) & TLB_MASK;
                if (tags[(t << 2) | uk] !== addr >>> 12 || (addr & 0xfff) > 0xffe) {
                  access = ACCESS_READ;
                  len = 2;
                  break tlbmiss;
                }
                addr = frames[t]! | (addr & 0xfff);
              }
              if (addr > memSize - 2) {
                exit = this.memFault(FAULT_LOAD, addr);
                break inner;
              }
              regs[(h >>> 8) & 255] = (addr & 1) === 0 ? mem16[addr >>> 1]! : mem[addr]! | (mem[addr + 1]! << 8);
              w += 2;
              break;
            // A store that lands on decoded code (self-modifying code) drops the decoded copy of
            // everything it touched and ends the run there: what follows may be what it rewrote.
            case 0x31 /* OP_ST */:
              addr = (regs[(h >>> 16) & 255]! + mem32[w + 1]!) >>> 0;
              if (paging) {
                t = ((addr >>> 12) ^ (addr >>> 18)) & TLB_MASK;
                if (tags[(t << 2) | uk | 1] !== addr >>> 12 || (addr & 0xfff) > 0xffc) {
                  access = ACCESS_WRITE;
                  len = 4;
                  break tlbmiss;
                }
                addr = frames[t]! | (addr & 0xfff);
              }
              if (addr > top4) {
                exit = this.memFault(FAULT_STORE, addr);
                break inner;
              }
              v = regs[(h >>> 8) & 255]!;
              if ((addr & 3) === 0) mem32[addr >>> 2] = v;
              else {
                mem[addr] = v;
                mem[addr + 1] = v >>> 8;
                mem[addr + 2] = v >>> 16;
                mem[addr + 3] = v >>> 24;
              }
              w += 2;
              if ((mark[addr >>> 2]! | mark[(addr + 3) >>> 2]!) !== 0) {
                len = 4;
                break resync;
              }
              break;
            case 0x33 /* OP_STB */:
              addr = (regs[(h >>> 16) & 255]! + mem32[w + 1]!) >>> 0;
              if (paging) {
                t = ((addr >>> 12) ^ (addr >>> 18)) & TLB_MASK;
                if (tags[(t << 2) | uk | 1] !== addr >>> 12) {
                  access = ACCESS_WRITE;
                  len = 1;
                  break tlbmiss;
                }
                addr = frames[t]! | (addr & 0xfff);
              }
              if (addr >= memSize) {
                exit = this.memFault(FAULT_STORE, addr);
                break inner;
              }
              mem[addr] = regs[(h >>> 8) & 255]!;
              w += 2;
              if (mark[addr >>> 2] !== 0) {
                len = 1;
                break resync;
              }
              break;
            case 0x35 /* OP_STH */:
              addr = (regs[(h >>> 16) & 255]! + mem32[w + 1]!) >>> 0;
              if (paging) {
                t = ((addr >>> 12) ^ (addr >>> 18)) & TLB_MASK;
                if (tags[(t << 2) | uk | 1] !== addr >>> 12 || (addr & 0xfff) > 0xffe) {
                  access = ACCESS_WRITE;
                  len = 2;
                  break tlbmiss;
                }
                addr = frames[t]! | (addr & 0xfff);
              }
              if (addr > memSize - 2) {
                exit = this.memFault(FAULT_STORE, addr);
                break inner;
              }
              v = regs[(h >>> 8) & 255]!;
              mem[addr] = v;
              mem[addr + 1] = v >>> 8;
              w += 2;
              if ((mark[addr >>> 2]! | mark[(addr + 1) >>> 2]!) !== 0) {
                len = 2;
                break resync;
              }
              break;

            // ---- branches: fused compare-and-branch; every control transfer ends the run ----
            case 0x40 /* OP_BEQ_RRL */:
              pc = regs[(h >>> 8) & 255] === regs[(h >>> 16) & 255] ? mem32[w + 1]! : ((w + 2) << 2) + delta;
              continue outer;
            case 0x41 /* OP_BEQ_RIL */:
              pc = regs[(h >>> 8) & 255] === mem32[w + 1] ? mem32[w + 2]! : ((w + 3) << 2) + delta;
              continue outer;
            case 0x42 /* OP_BNE_RRL */:
              pc = regs[(h >>> 8) & 255] !== regs[(h >>> 16) & 255] ? mem32[w + 1]! : ((w + 2) << 2) + delta;
              continue outer;
            case 0x43 /* OP_BNE_RIL */:
              pc = regs[(h >>> 8) & 255] !== mem32[w + 1] ? mem32[w + 2]! : ((w + 3) << 2) + delta;
              continue outer;
            case 0x44 /* OP_BLT_RRL */:
              pc = regs[(h >>> 8) & 255]! < regs[(h >>> 16) & 255]! ? mem32[w + 1]! : ((w + 2) << 2) + delta;
              continue outer;
            case 0x45 /* OP_BLT_RIL */:
              pc = regs[(h >>> 8) & 255]! < mem32[w + 1]! ? mem32[w + 2]! : ((w + 3) << 2) + delta;
              continue outer;
            case 0x46 /* OP_BGE_RRL */:
              pc = regs[(h >>> 8) & 255]! >= regs[(h >>> 16) & 255]! ? mem32[w + 1]! : ((w + 2) << 2) + delta;
              continue outer;
            case 0x47 /* OP_BGE_RIL */:
              pc = regs[(h >>> 8) & 255]! >= mem32[w + 1]! ? mem32[w + 2]! : ((w + 3) << 2) + delta;
              continue outer;
            case 0x48 /* OP_BLTU_RRL */:
              pc = regs[(h >>> 8) & 255]! >>> 0 < regs[(h >>> 16) & 255]! >>> 0 ? mem32[w + 1]! : ((w + 2) << 2) + delta;
              continue outer;
            case 0x49 /* OP_BLTU_RIL */:
              pc = regs[(h >>> 8) & 255]! >>> 0 < mem32[w + 1]! >>> 0 ? mem32[w + 2]! : ((w + 3) << 2) + delta;
              continue outer;
            case 0x4a /* OP_BGEU_RRL */:
              pc = regs[(h >>> 8) & 255]! >>> 0 >= regs[(h >>> 16) & 255]! >>> 0 ? mem32[w + 1]! : ((w + 2) << 2) + delta;
              continue outer;
            case 0x4b /* OP_BGEU_RIL */:
              pc = regs[(h >>> 8) & 255]! >>> 0 >= mem32[w + 1]! >>> 0 ? mem32[w + 2]! : ((w + 3) << 2) + delta;
              continue outer;
            case 0x4c /* OP_BGT_RRL */:
              pc = regs[(h >>> 8) & 255]! > regs[(h >>> 16) & 255]! ? mem32[w + 1]! : ((w + 2) << 2) + delta;
              continue outer;
            case 0x4d /* OP_BGT_RIL */:
              pc = regs[(h >>> 8) & 255]! > mem32[w + 1]! ? mem32[w + 2]! : ((w + 3) << 2) + delta;
              continue outer;
            case 0x4e /* OP_BLE_RRL */:
              pc = regs[(h >>> 8) & 255]! <= regs[(h >>> 16) & 255]! ? mem32[w + 1]! : ((w + 2) << 2) + delta;
              continue outer;
            case 0x4f /* OP_BLE_RIL */:
              pc = regs[(h >>> 8) & 255]! <= mem32[w + 1]! ? mem32[w + 2]! : ((w + 3) << 2) + delta;
              continue outer;
            case 0x50 /* OP_JMP_L */:
              pc = mem32[w + 1]!;
              continue outer;
            case 0x51 /* OP_JMP_R */:
              pc = regs[(h >>> 8) & 255]!;
              continue outer;
            // The stack: sp is virtual, addr the physical word it names.
            case 0x52 /* OP_CALL_L */:
            case 0x53 /* OP_CALL_R */: {
              const sp = (regs[REG_SP]! - 4) >>> 0;
              addr = sp;
              if (paging) {
                t = ((addr >>> 12) ^ (addr >>> 18)) & TLB_MASK;
                if (tags[(t << 2) | uk | 1] !== addr >>> 12 || (addr & 0xfff) > 0xffc) {
                  access = ACCESS_WRITE;
                  len = 4;
                  break tlbmiss;
                }
                addr = frames[t]! | (addr & 0xfff);
              }
              if (addr > top4) {
                exit = this.memFault(FAULT_STORE, sp);
                break inner;
              }
              // call_l: [code, 0, 0, 0] then the target; call_r: [code, rs, 0, 0].
              const ret = (op === 0x52 ? (w + 2) << 2 : (w + 1) << 2) + delta;
              pc = op === 0x52 ? mem32[w + 1]! : regs[(h >>> 8) & 255]!;
              if ((addr & 3) === 0 && mark[addr >>> 2] === 0) mem32[addr >>> 2] = ret;
              else this.write32(addr, ret); // unaligned, or onto decoded code: write32 invalidates
              regs[REG_SP] = sp;
              continue outer;
            }
            case 0x54 /* OP_RET */: {
              const sp = regs[REG_SP]! >>> 0;
              addr = sp;
              if (paging) {
                t = ((addr >>> 12) ^ (addr >>> 18)) & TLB_MASK;
                if (tags[(t << 2) | uk] !== addr >>> 12 || (addr & 0xfff) > 0xffc) {
                  access = ACCESS_READ;
                  len = 4;
                  break tlbmiss;
                }
                addr = frames[t]! | (addr & 0xfff);
              }
              if (addr > top4) {
                exit = this.memFault(FAULT_LOAD, sp);
                break inner;
              }
              pc = (addr & 3) === 0 ? mem32[addr >>> 2]! : this.read32(addr);
              regs[REG_SP] = sp + 4;
              continue outer;
            }
            case 0x56 /* OP_POP */: {
              const sp = regs[REG_SP]! >>> 0;
              addr = sp;
              if (paging) {
                t = ((addr >>> 12) ^ (addr >>> 18)) & TLB_MASK;
                if (tags[(t << 2) | uk] !== addr >>> 12 || (addr & 0xfff) > 0xffc) {
                  access = ACCESS_READ;
                  len = 4;
                  break tlbmiss;
                }
                addr = frames[t]! | (addr & 0xfff);
              }
              if (addr > top4) {
                exit = this.memFault(FAULT_LOAD, sp);
                break inner;
              }
              v = (addr & 3) === 0 ? mem32[addr >>> 2]! : this.read32(addr);
              regs[REG_SP] = sp + 4;
              regs[(h >>> 8) & 255] = v;
              w += 1;
              break;
            }
            case 0x55 /* OP_PUSH */: {
              const sp = (regs[REG_SP]! - 4) >>> 0;
              addr = sp;
              if (paging) {
                t = ((addr >>> 12) ^ (addr >>> 18)) & TLB_MASK;
                if (tags[(t << 2) | uk | 1] !== addr >>> 12 || (addr & 0xfff) > 0xffc) {
                  access = ACCESS_WRITE;
                  len = 4;
                  break tlbmiss;
                }
                addr = frames[t]! | (addr & 0xfff);
              }
              if (addr > top4) {
                exit = this.memFault(FAULT_STORE, sp);
                break inner;
              }
              v = regs[(h >>> 8) & 255]!;
              regs[REG_SP] = sp;
              if ((addr & 3) === 0 && mark[addr >>> 2] === 0) {
                mem32[addr >>> 2] = v;
                w += 1;
                break;
              }
              // Unaligned, or onto decoded code.
              this.write32(addr, v);
              len = 4;
              w += 1;
              break resync;
            }

            // ---- into the kernel or the hypervisor ----
            case 0x60 /* OP_HCALL */:
              this.nextPc = (w << 2) + 8 + delta;
              exit = EXIT_HCALL;
              break inner;
            // These complete before the trap (they count, and cost their cycle), and they end
            // their run, so the charge is already right: leave without giving anything back.
            case 0x61 /* OP_SYSCALL */:
            case 0x62 /* OP_BRK */:
              pc = (w << 2) + delta;
              this.nextPc = pc + 4;
              exit = this.trap(op === 0x61 ? VEC_SYSCALL : VEC_BREAK);
              break outer;

            // ---- sensitive but unprivileged (Popek–Goldberg) ----
            case 0x68 /* OP_PUSHF */: {
              const sp = (regs[REG_SP]! - 4) >>> 0;
              addr = sp;
              if (paging) {
                t = ((addr >>> 12) ^ (addr >>> 18)) & TLB_MASK;
                if (tags[(t << 2) | uk | 1] !== addr >>> 12 || (addr & 0xfff) > 0xffc) {
                  access = ACCESS_WRITE;
                  len = 4;
                  break tlbmiss;
                }
                addr = frames[t]! | (addr & 0xfff);
              }
              if (addr > top4) {
                exit = this.memFault(FAULT_STORE, sp);
                break inner;
              }
              // Deprivileged, the real FLAGS are the hypervisor's: user mode, interrupts on.
              v = this.deprivileged ? FLAG_IE | FLAG_U : this.flags;
              regs[REG_SP] = sp;
              if ((addr & 3) === 0 && mark[addr >>> 2] === 0) {
                mem32[addr >>> 2] = v;
                w += 1;
                break;
              }
              this.write32(addr, v);
              len = 4;
              w += 1;
              break resync;
            }
            case 0x69 /* OP_POPF */: {
              const sp = regs[REG_SP]! >>> 0;
              addr = sp;
              if (paging) {
                t = ((addr >>> 12) ^ (addr >>> 18)) & TLB_MASK;
                if (tags[(t << 2) | uk] !== addr >>> 12 || (addr & 0xfff) > 0xffc) {
                  access = ACCESS_READ;
                  len = 4;
                  break tlbmiss;
                }
                addr = frames[t]! | (addr & 0xfff);
              }
              if (addr > top4) {
                exit = this.memFault(FAULT_LOAD, sp);
                break inner;
              }
              v = (addr & 3) === 0 ? mem32[addr >>> 2]! : this.read32(addr);
              regs[REG_SP] = sp + 4;
              pc = ((w + 1) << 2) + delta;
              // Without real privilege IE and U are silently kept: no trap, no effect.
              if (!this.deprivileged && (this.flags & FLAG_U) === 0) {
                const before = this.flags;
                this.flags = v & (FLAG_IE | FLAG_U);
                // Retired, and the last of its run: nothing to give back.
                if ((before & FLAG_IE) === 0 && (v & FLAG_IE) !== 0) {
                  exit = EXIT_IRQ_WINDOW;
                  break outer;
                }
              }
              continue outer;
            }

            // ---- privileged: a privilege violation in user mode, else the hypervisor's ----
            case 0x70 /* OP_IN_RP */:
            case 0x71 /* OP_IN_RR */:
            case 0x72 /* OP_OUT_PR */:
            case 0x73 /* OP_OUT_RR */:
            case 0x74 /* OP_CLI */:
            case 0x75 /* OP_STI */:
            case 0x76 /* OP_HLT */:
            case 0x77 /* OP_IRET */:
            case 0x78 /* OP_LVT */:
            case 0x79 /* OP_LKSP */:
            case 0x7a /* OP_MTCR */:
            case 0x7b /* OP_MFCR */:
            case 0x7c /* OP_INVLPG */:
              exit = (this.flags & FLAG_U) !== 0 ? this.trap(VEC_PRIV) : EXIT_PRIVILEGED;
              break inner;

            case 0xfe /* END */:
              // Ran straight off the end of memory.
              exit = this.memFault(FAULT_FETCH, memSize);
              break inner;
            default:
              // A real opcode whose operand words would lie past the end of memory: the fetch faults.
              v = SIZE[mem[w << 2]!]!;
              exit = v !== 0 && (w << 2) + v > memSize ? this.memFault(FAULT_FETCH, memSize) : this.trap(VEC_ILLEGAL);
              break inner;
          }
          if (w > stop) {
            // Paging: what the run charged past here, on another page, is charged again there.
            if (paging) {
              cycles -= runCycles[w]! - tailCycles;
              instret -= runCount[w]! - tailCount;
            }
            pc = (w << 2) + delta;
            continue outer;
          }
        }

        // The instruction at w exited without retiring: give back it and the rest of its run.
        cycles -= runCycles[w]! - tailCycles;
        instret -= runCount[w]! - tailCount;
        pc = (w << 2) + delta;
        break outer;
      }

      // Self-modifying code: the store retired; give back the rest of its run, forget the
      // decoded copy of every byte it wrote, and go on after it (what follows may be what it rewrote).
      cycles -= runCycles[w]! - tailCycles;
      instret -= runCount[w]! - tailCount;
      this.invalidateRange(addr, len);
      pc = (w << 2) + delta;
      continue outer;
      }

      // A TLB miss: the instruction at w has not retired. Give it back, walk the tables (or
      // fault), and run it again. An access that would cross into another page is a fault.
      cycles -= runCycles[w]! - tailCycles;
      instret -= runCount[w]! - tailCount;
      pc = (w << 2) + delta;
      if ((addr & 0xfff) + len > 4096) {
        exit = this.memFault(FAULT_SPLIT, addr);
        break;
      }
      cycles += this.fill(addr, access, uk !== 0);
      if (this.fillExit !== 0) {
        exit = this.fillExit;
        if (exit === EXIT_PT_WRITE) this.resumePc = pc;
        break;
      }
      fetched = true;
      forced = true;
    }

    this.pc = pc;
    this.pcDelta = delta;
    this.cycles = cycles;
    this.instret = instret;
    return exit;
  }
}

export { ZERO_REG };
