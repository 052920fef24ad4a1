// The compiling tier's code generator: a region of guest code (the blocks reachable from one
// entry by direct branches, inside one physical page) becomes the source of one JavaScript
// function. Registers live in locals, each block is a case of a switch in a loop (back edges
// stay inside the function), and every block is charged on entry only when all of it fits the
// budget, as the interpreter charges a run. Anything unusual — a TLB miss, an access past
// memory or onto code, a division by zero, a privileged or trapping opcode, a block that does
// not fit — gives back what did not retire and returns to the dispatcher, which lets the
// interpreter run that instruction: the interpreter stays the one definition of every exit.
import { CYCLES, REG_SP, SIZES, ZERO_REG } from '@pvm/isa';
import { FLAG_IE, FLAG_U } from '@pvm/isa/codes';
import { TLB_MASK } from '../mmu.ts';

/** What a compiled region returns: pc left the region (0), or the interpreter runs pc next (1). */
export const REGION_LEFT = 0;
export const REGION_INTERPRET = 1;

/** Limits on one region: blocks, instructions per block (a longer run continues in the next block). */
export const MAX_BLOCKS = 64;
export const MAX_BLOCK_INSTRS = 256;
/** Cycles one call of a region may run: its counters stay small integers. */
const BUDGET_MAX = 1 << 30;

/** What the generator needs to read: the decoded heads and memory, as the Cpu keeps them. */
export interface CodeView {
  readonly dh: Int32Array;
  readonly mem32: Int32Array;
  readonly memSize: number;
  /** Decode the run at word `w` into `dh` (and mark its words as code). */
  decodeRun(w: number): void;
}

interface Instr {
  w: number;
  op: number;
  a: number;
  b: number;
  c: number;
  /** The words after the head. */
  x: number;
  y: number;
}

interface Block {
  w: number;
  instrs: Instr[];
  /** How the block ends: `bail` (the instruction at `endW` is the interpreter's), `goto` (go on at `endW`), or the last instruction transfers control. */
  end: 'bail' | 'goto' | 'branch';
  endW: number;
}

/** Opcodes the generator compiles; the rest (traps, hcall, popf, privileged, illegal) end a block. */
const COMPILED = new Uint8Array(256);
for (let c = 0x01; c <= 0x03; c++) COMPILED[c] = 1;
for (let c = 0x10; c <= 0x29; c++) COMPILED[c] = 1;
for (let c = 0x30; c <= 0x35; c++) COMPILED[c] = 1;
for (let c = 0x40; c <= 0x56; c++) COMPILED[c] = 1;
COMPILED[0x68] = 1;

const isBranch = (op: number): boolean => op >= 0x40 && op <= 0x54;
const WORDS_PER_PAGE = 1024;

/**
 * Find the region's blocks from physical word `entry`, for code whose virtual addresses are
 * `delta` ahead of physical ones. Returns null when not even the first instruction compiles.
 */
export function discover(view: CodeView, entry: number, delta: number): Block[] | null {
  const page = entry >>> 10;
  const blocks: Block[] = [];
  const seen = new Map<number, number>();
  const queue = [entry];
  const words = view.memSize >>> 2;
  const want = (virt: number): void => {
    const p = ((virt >>> 0) - delta) >>> 0;
    if ((virt & 3) !== 0 || p >>> 12 !== page || seen.has(p >>> 2) || blocks.length + queue.length >= MAX_BLOCKS) return;
    if (!queue.includes(p >>> 2)) queue.push(p >>> 2);
  };
  while (queue.length > 0) {
    const w = queue.shift()!;
    if (seen.has(w)) continue;
    const block: Block = { w, instrs: [], end: 'goto', endW: w };
    let k = w;
    for (;;) {
      if (k >= words || k >>> 10 !== page || block.instrs.length >= MAX_BLOCK_INSTRS) {
        block.end = 'goto';
        break;
      }
      if (view.dh[k] === 0) view.decodeRun(k);
      const h = view.dh[k]!;
      const op = h & 255;
      const size = SIZES[op]! >>> 2;
      if (!COMPILED[op] || size === 0 || (k & (WORDS_PER_PAGE - 1)) + size > WORDS_PER_PAGE) {
        block.end = 'bail';
        break;
      }
      block.instrs.push({ w: k, op, a: (h >>> 8) & 255, b: (h >>> 16) & 255, c: h >>> 24, x: view.mem32[k + 1] ?? 0, y: view.mem32[k + 2] ?? 0 });
      k += size;
      if (isBranch(op)) {
        block.end = 'branch';
        break;
      }
    }
    block.endW = k;
    if (block.instrs.length === 0 && blocks.length === 0) return null;
    if (block.instrs.length === 0) continue; // nothing to compile there: the region leaves for it
    seen.set(w, blocks.length);
    blocks.push(block);
    const last = block.instrs[block.instrs.length - 1]!;
    const next = (k << 2) + delta;
    if (block.end === 'goto') want(next);
    else if (block.end === 'branch') {
      if (last.op <= 0x4f) {
        want(last.op & 1 ? last.y : last.x);
        want(next);
      } else if (last.op === 0x50 || last.op === 0x52) want(last.x);
      if (last.op === 0x52 || last.op === 0x53) want(next); // where ret comes back to
    }
  }
  // In address order, so that a block's fall-through successor is usually the next case.
  return blocks.sort((x, y) => x.w - y.w);
}

/**
 * The source of a factory of the function for `blocks`, compiled for code `delta` ahead of its
 * physical page, with the TLB on the path of every access when `paging`. The function is
 * called as f(cpu, limit, uk, delta, block) (blocks in address order: `entryIndex` says
 * which starts at the entry) and returns REGION_LEFT or REGION_INTERPRET with the
 * Cpu's state written back.
 */
export function generate(blocks: readonly Block[], delta: number, paging: boolean, memSize: number): string {
  const index = new Map(blocks.map((b, i) => [b.w, i]));
  const used = new Set<number>([REG_SP]);
  for (const b of blocks) for (const i of b.instrs) for (const r of [i.a, i.b, i.c]) if (r !== ZERO_REG) used.add(r);
  const regs = [...used].filter((r) => r < ZERO_REG).sort((x, y) => x - y);
  const R = (r: number): string => (r === ZERO_REG ? '0' : `r${r}`);
  const page = blocks[0]!.w >>> 10;
  const vpage = (((page << 12) >>> 0) + delta) >>> 0;
  const out: string[] = [];
  const o = (s: string): number => out.push(s);
  // Every way out but a jump to a known or computed pc goes through one table, so that the
  // arithmetic of leaving is in one place, run (and so typed) by the first, dry call.
  const exits: number[][] = [];
  const exit = (giveCycles: number, giveCount: number, w: number, code: number): string => {
    exits.push([giveCycles, giveCount, w << 2, code]);
    return `{ g = ${exits.length - 1}; break loop; }`;
  };

  o(`const regs = cpu.regs, mem = cpu.mem, mem32 = cpu.mem32, mem16 = cpu.mem16, mark = cpu.mark, tags = cpu.tlbTags, frames = cpu.tlbFrames;`);
  o(`let ${regs.map((r) => `r${r} = regs[${r}]`).join(', ')};`);
  // The budget left and the instructions retired, as small integers (cheaper in the loop than
  // the doubles cycles and instret); at most 2^30 cycles a call, then back to the dispatcher.
  o(`const budget0 = Math.min(limit - cpu.cycles, ${BUDGET_MAX}) | 0;`);
  o(`let budget = budget0, n = 0, pc = 0, code = ${REGION_LEFT}, a = 0, t = 0, x = 0, g = -1;`);
  o(`loop: for (;;) {`);
  o(`switch (b) {`);
  blocks.forEach((block, bi) => {
    const cost = block.instrs.map((i) => CYCLES[i.op]!);
    // Charged on entry: cycles and instructions from each instruction to the block's end.
    const restCycles = cost.map((_, i) => cost.slice(i).reduce((s, c) => s + c, 0));
    const phys = (w: number): string => `${w << 2} + delta`;
    // A block that branches to itself (an inner loop) loops in place, without the switch.
    // The next block in order is reached by falling into its case, without the switch.
    const goto = (k: number): string => (k === bi ? `continue b${bi};` : k === bi + 1 ? `break b${bi};` : `{ b = ${k}; continue loop; }`);
    // Go on at word w: the block there, or out of the region.
    const fall = (w: number): string => {
      const bi2 = index.get(w);
      return bi2 !== undefined && w >>> 10 === page ? goto(bi2) : exit(0, 0, w, REGION_LEFT);
    };
    o(`case ${bi}: b${bi}: for (;;) {`);
    o(`if (budget < ${restCycles[0]}) ${exit(0, 0, block.w, REGION_INTERPRET)}`);
    o(`budget = (budget - ${restCycles[0]}) | 0; n = (n + ${block.instrs.length}) | 0;`);
    block.instrs.forEach((ins, ii) => {
      // Give back this instruction and the rest of the block, and let the interpreter run it.
      const bail = exit(restCycles[ii]!, block.instrs.length - ii, ins.w, REGION_INTERPRET);
      const next = `${phys(ins.w + (SIZES[ins.op]! >>> 2))}`;
      // Translate the virtual address in `a` for an access of `len` bytes, or bail.
      const tlb = (write: boolean, len: number): string =>
        paging
          ? `t = ((a >>> 12) ^ (a >>> 18)) & ${TLB_MASK}; if (tags[(t << 2) | uk${write ? ' | 1' : ''}] !== a >>> 12${len > 1 ? ` || (a & 0xfff) > ${4096 - len}` : ''}) ${bail} a = frames[t] | (a & 0xfff); `
          : '';
      const load = (dst: string, len: number): string => {
        const top = memSize - len;
        const read = len === 4 ? `((a & 3) === 0 ? mem32[a >>> 2] : mem[a] | (mem[a + 1] << 8) | (mem[a + 2] << 16) | (mem[a + 3] << 24))` : len === 2 ? `((a & 1) === 0 ? mem16[a >>> 1] : mem[a] | (mem[a + 1] << 8))` : `mem[a]`;
        return `${tlb(false, len)}if (a > ${top}) ${bail} ${dst} = ${read};`;
      };
      // Stores: aligned and not onto decoded code, or the interpreter does them (and invalidates).
      const store = (len: number, value: string): string => {
        const top = memSize - len;
        const align = len === 4 ? `(a & 3) !== 0 || ` : len === 2 ? `(a & 1) !== 0 || ` : '';
        const write = len === 4 ? `mem32[a >>> 2] = ${value};` : len === 2 ? `mem16[a >>> 1] = ${value};` : `mem[a] = ${value};`;
        return `${tlb(true, len)}if (a > ${top} || ${align}mark[a >>> 2] !== 0) ${bail} ${write}`;
      };
      const rd = R(ins.a);
      const rs = R(ins.b);
      const rt = R(ins.c);
      const imm = ins.x | 0;
      const alu = (expr: (y: string) => string, reg: boolean): string => `${rd} = ${expr(reg ? rt : `${imm}`)};`;
      const div = (expr: (y: string) => string, reg: boolean): string =>
        reg ? `if (${rt} === 0) ${bail} ${rd} = ${expr(rt)};` : imm === 0 ? bail : `${rd} = ${expr(`${imm}`)};`;
      const jump = (target: number): string => {
        const p = ((target >>> 0) - delta) >>> 0;
        const bi2 = (target & 3) === 0 && p >>> 12 === page ? index.get(p >>> 2) : undefined;
        return bi2 !== undefined ? `{ delta = ${(target | 0) - p}; ${goto(bi2)} }` : `{ pc = ${target | 0}; break loop; }`;
      };
      // A computed pc: the block that starts there, from a table of the page's words, or out.
      const dynamic = `x = pc; if ((x >>> 12) === ${vpage >>> 12} && (b = ENTRY[(x & 0xfff) >>> 2]) >= 0) { delta = x - ${page << 12} - (x & 0xfff); continue loop; } break loop;`;
      switch (ins.op) {
        case 0x01: break;
        case 0x02: o(`${rd} = ${rs};`); break;
        case 0x03: o(`${rd} = ${imm};`); break;
        case 0x10: case 0x11: o(alu((y) => `(${rs} + ${y}) | 0`, ins.op === 0x10)); break;
        case 0x12: case 0x13: o(alu((y) => `(${rs} - ${y}) | 0`, ins.op === 0x12)); break;
        case 0x14: case 0x15: o(alu((y) => `Math.imul(${rs}, ${y})`, ins.op === 0x14)); break;
        case 0x16: case 0x17: o(div((y) => `(${rs} / ${y}) | 0`, ins.op === 0x16)); break;
        case 0x18: case 0x19: o(div((y) => `((${rs} >>> 0) / (${y} >>> 0)) | 0`, ins.op === 0x18)); break;
        case 0x1a: case 0x1b: o(div((y) => `(${rs} % ${y}) | 0`, ins.op === 0x1a)); break;
        case 0x1c: case 0x1d: o(div((y) => `((${rs} >>> 0) % (${y} >>> 0)) | 0`, ins.op === 0x1c)); break;
        case 0x1e: case 0x1f: o(alu((y) => `${rs} & ${y}`, ins.op === 0x1e)); break;
        case 0x20: case 0x21: o(alu((y) => `${rs} | ${y}`, ins.op === 0x20)); break;
        case 0x22: case 0x23: o(alu((y) => `${rs} ^ ${y}`, ins.op === 0x22)); break;
        case 0x24: case 0x25: o(alu((y) => `${rs} << (${y} & 31)`, ins.op === 0x24)); break;
        case 0x26: case 0x27: o(alu((y) => `(${rs} >>> (${y} & 31)) | 0`, ins.op === 0x26)); break;
        case 0x28: case 0x29: o(alu((y) => `${rs} >> (${y} & 31)`, ins.op === 0x28)); break;
        case 0x30: o(`a = (${rs} + ${imm}) >>> 0; ${load(rd, 4)}`); break;
        case 0x32: o(`a = (${rs} + ${imm}) >>> 0; ${load(rd, 1)}`); break;
        case 0x34: o(`a = (${rs} + ${imm}) >>> 0; ${load(rd, 2)}`); break;
        case 0x31: o(`a = (${rs} + ${imm}) >>> 0; ${store(4, rd)}`); break;
        case 0x33: o(`a = (${rs} + ${imm}) >>> 0; ${store(1, rd)}`); break;
        case 0x35: o(`a = (${rs} + ${imm}) >>> 0; ${store(2, rd)}`); break;
        case 0x50: o(jump(ins.x)); break;
        case 0x51: o(`pc = ${rd}; ${dynamic}`); break;
        case 0x52: case 0x53:
          // The target is read before sp moves (call sp jumps to the old sp).
          o(`x = ${ins.op === 0x52 ? ins.x | 0 : rd}; a = (r${REG_SP} - 4) >>> 0; ${store(4, next)} r${REG_SP} = (r${REG_SP} - 4) | 0;`);
          o(ins.op === 0x52 ? jump(ins.x) : `pc = x; ${dynamic}`);
          break;
        case 0x54:
          o(`a = r${REG_SP} >>> 0; ${tlb(false, 4)}if (a > ${memSize - 4} || (a & 3) !== 0) ${bail} pc = mem32[a >>> 2]; r${REG_SP} = (r${REG_SP} + 4) | 0; ${dynamic}`);
          break;
        case 0x55: o(`x = ${rd}; a = (r${REG_SP} - 4) >>> 0; ${store(4, 'x')} r${REG_SP} = (r${REG_SP} - 4) | 0;`); break;
        case 0x56: o(`a = r${REG_SP} >>> 0; ${load('x', 4)} r${REG_SP} = (r${REG_SP} + 4) | 0; ${rd} = x;`); break;
        case 0x68:
          o(`x = cpu.deprivileged ? ${FLAG_IE | FLAG_U} : cpu.flags; a = (r${REG_SP} - 4) >>> 0; ${store(4, 'x')} r${REG_SP} = (r${REG_SP} - 4) | 0;`);
          break;
        default:
          if (ins.op >= 0x40 && ins.op <= 0x4f) {
            const reg = (ins.op & 1) === 0;
            const y = reg ? rs : `${imm}`;
            const target = reg ? ins.x : ins.y;
            const u = (v: string): string => `(${v} >>> 0)`;
            const cmp = [
              `${rd} === ${y}`, `${rd} !== ${y}`, `${rd} < ${y}`, `${rd} >= ${y}`,
              `${u(rd)} < ${u(y)}`, `${u(rd)} >= ${u(y)}`, `${rd} > ${y}`, `${rd} <= ${y}`,
            ][(ins.op - 0x40) >> 1]!;
            o(`if (${cmp}) ${jump(target)}`);
            o(fall(ins.w + (SIZES[ins.op]! >>> 2)));
          } else throw new Error(`the generator has no case for opcode ${ins.op}`);
      }
    });
    if (block.end === 'bail') o(exit(0, 0, block.endW, REGION_INTERPRET));
    else if (block.end === 'goto') o(fall(block.endW));
    o(`}`);
  });
  o(`}`);
  o(`break;`);
  o(`}`);
  o(`if (g >= 0) { budget += GIVE_CYCLES[g]; n -= GIVE_COUNT[g]; pc = AT[g] + delta; code = CODE[g]; }`);
  o(`${regs.map((r) => `regs[${r}] = r${r};`).join(' ')}`);
  o(`cpu.pc = pc; cpu.cycles += budget0 - budget; cpu.instret += n;`);
  o(`return code;`);
  const table = (name: string, k: number): string => `const ${name} = new Int32Array([${exits.map((e) => e[k]).join(', ')}]);`;
  const entry = new Array<number>(1024).fill(-1);
  blocks.forEach((bb, k) => (entry[bb.w & 1023] = k));
  return [
    table('GIVE_CYCLES', 0), table('GIVE_COUNT', 1), table('AT', 2), table('CODE', 3), `const ENTRY = new Int16Array([${entry.join(',')}]);`,
    'return function region(cpu, limit, uk, delta, b) {', ...out, '};',
  ].join('\n');
}
