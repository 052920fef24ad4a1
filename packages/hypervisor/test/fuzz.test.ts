// Hostile guests. Every opcode is executed first thing, with wild operands and wild machine
// state (registers, stack pointers, vector tables, kernel stack, user or supervisor mode,
// timers firing), in native and in trap mode, through Domain with a step limit. Nothing a guest
// does may throw on the host: each run ends in a Stop or a pause. Seeded, so every failure
// replays. Then the same kind of programs, run native and trap, must end identically.
import { describe, expect, it } from 'vitest';
import { NUM_VECTORS, OPS, ZERO_REG, encode, formName, isRegOperand, type OpSpec } from '@pvm/isa';
import {
  BLOCK_CMD, BLOCK_COUNT, BLOCK_DATA, BLOCK_SECTOR, BLOCK_STATUS, CONSOLE_DATA, CONSOLE_STATUS, FLAG_IE, FLAG_U, POWER_OFF,
  TIMER_NOW, TIMER_NOW_HI, TIMER_ONESHOT, TIMER_PERIOD, OP_HCALL, OP_POPF, OP_PUSHF,
} from '@pvm/isa/codes';
import { BufferConsole, MemoryDisk } from '@pvm/devices';
import type { Image } from '@pvm/image';
import { createDomain, Domain, statsJson, type Mode, type Stop } from '../src/index.ts';
import { hash, rng } from './helpers.ts';

const MEMORY = 0x4000;
const TEXT = 0x1000;
const TEXT_BYTES = 0x200;
const TABLE = 0x3000;
const MAX_STEPS = 64;
const INT_MIN = -0x80000000;

const PORTS = [CONSOLE_DATA, CONSOLE_STATUS, TIMER_PERIOD, TIMER_NOW, TIMER_ONESHOT, TIMER_NOW_HI, BLOCK_SECTOR, BLOCK_CMD, BLOCK_DATA, BLOCK_STATUS, BLOCK_COUNT, POWER_OFF];

/** Values that find edge cases: zero, signs, the ends of memory, wrapped addresses, ports, code. */
function hostile(r: () => number): number {
  switch (r() % 16) {
    case 0:
      return 0;
    case 1:
      return -1;
    case 2:
      return INT_MIN;
    case 3:
      return 0x7fffffff;
    case 4:
      return [MEMORY, MEMORY - 4, MEMORY - 1, MEMORY - 2, MEMORY + 4, 0xfffffffc | 0, 0xfffffff8 | 0, 4, 8, 1, 2, 3][r() % 12]!;
    case 5:
      return TEXT + 4 * (r() % (TEXT_BYTES / 4)); // into the code (self-modification, jumps)
    case 6:
      return TEXT + (r() % TEXT_BYTES); // misaligned into the code
    case 7:
      return TABLE + 4 * (r() % 12);
    case 8:
      return PORTS[r() % PORTS.length]!;
    case 9:
      return r() % 64;
    case 10:
      return 0x100 + (r() % 0x100);
    case 11:
      return (r() % MEMORY) & ~3;
    default:
      return r() | 0;
  }
}

function randomInstr(op: OpSpec, r: () => number): { op: OpSpec; regs: number[]; words: number[] } {
  const regs: number[] = [];
  const words: number[] = [];
  for (const k of op.operands) {
    if (isRegOperand(k)) regs.push(r() % 16);
    else if (k === 'mem') {
      regs.push(r() % 4 === 0 ? ZERO_REG : r() % 16);
      words.push(hostile(r) >>> 0);
    } else if (k === 'label') words.push((r() % 3 === 0 ? hostile(r) : TEXT + 4 * (r() % (TEXT_BYTES / 4))) >>> 0);
    else if (k === 'port') words.push((r() % 4 === 0 ? hostile(r) : PORTS[r() % PORTS.length]!) >>> 0);
    else if (k === 'hcall') words.push(r() % 40);
    else if (k === 'cr') words.push(r() % 4 === 0 ? hostile(r) >>> 0 : r() % 3);
    else words.push(hostile(r) >>> 0);
  }
  return { op, regs, words };
}

/** `first` at the entry, then random instructions of every form (optionally without some). */
function randomImage(first: OpSpec | null, r: () => number, exclude: ReadonlySet<string> = new Set()): Image {
  const bytes = new Uint8Array(TEXT_BYTES);
  const forms = OPS.filter((op) => !exclude.has(op.mnemonic));
  let at = 0;
  if (first) at += encode(randomInstr(first, r), bytes, 0);
  while (at + 12 <= TEXT_BYTES) {
    if (r() % 25 === 0) {
      at += 4; // a zero word: illegal
      continue;
    }
    at += encode(randomInstr(forms[r() % forms.length]!, r), bytes, at);
  }
  return { paravirt: false, entry: TEXT, segments: [{ kind: 'text', addr: TEXT, bytes }], symbols: [], files: [], lines: [] };
}

interface Setup {
  regs: number[];
  flags: number;
  ksp: number;
  vbase: number;
  table: number[];
  timer: number;
  timerOneShot: boolean;
  consoleIrq: boolean;
  blockIrq: boolean;
  input: Uint8Array;
  readOnly: boolean;
  budget: number;
}

function randomSetup(r: () => number, flags: number): Setup {
  // Mostly handlers into the code and sane stacks, so runs go deep; the rest is hostile.
  const code = (): number => TEXT + 4 * (r() % (TEXT_BYTES / 4));
  const handler = (): number => (r() % 8 === 0 ? 0 : r() % 8 === 0 ? hostile(r) : code());
  const stack = (): number => (r() % 3 === 0 ? hostile(r) : MEMORY - 4 * (r() % 256));
  const regs = Array.from({ length: 16 }, () => hostile(r));
  regs[15] = stack();
  return {
    regs,
    flags,
    ksp: stack(),
    vbase: [0, TABLE, TABLE, TABLE, TABLE, TABLE, hostile(r)][r() % 7]! >>> 0,
    table: Array.from({ length: 9 }, handler),
    timer: r() % 3 === 0 ? 1 + (r() % 40) : 0,
    timerOneShot: r() % 2 === 0,
    consoleIrq: r() % 4 === 0,
    blockIrq: r() % 4 === 0,
    input: new Uint8Array(Array.from({ length: r() % 4 }, () => r() & 0xff)),
    readOnly: r() % 3 === 0,
    budget: r() % 3 === 0 ? 1 + (r() % MAX_STEPS) : 0,
  };
}

interface Outcome {
  stop: Stop;
  d: Domain;
  disk: MemoryDisk;
  con: BufferConsole;
}

/** Boot `img` with the hostile state in `s` and run it to a Stop (through a pause, sometimes). */
function runHostile(img: Image, mode: Mode, s: Setup, trace?: (d: Domain, pc: number) => void): Outcome {
  const con = new BufferConsole(s.input);
  const disk = new MemoryDisk(2, s.readOnly);
  const d = createDomain(img, { mode, memory: MEMORY, console: con, disk, maxSteps: MAX_STEPS });
  const cpu = d.cpu;
  cpu.regs.set(s.regs);
  cpu.flags = s.flags;
  cpu.ksp = s.ksp >>> 0;
  cpu.vbase = s.vbase;
  s.table.forEach((h, i) => cpu.write32(TABLE + 4 * i, h));
  if (s.timer) d.timer.write(s.timerOneShot ? TIMER_ONESHOT : TIMER_PERIOD, s.timer);
  d.console.irqEnabled = s.consoleIrq;
  d.block.irqEnabled = s.blockIrq;
  if (trace) d.trace = (pc) => trace(d, pc);
  let stop: Stop | null = null;
  if (s.budget) {
    stop = d.run(s.budget);
    if (stop === null) expect(cpu.instret).toBe(s.budget); // a pause, exactly where asked
  }
  stop ??= d.run();
  if (stop === null) expect.fail('run() without a budget returned without a Stop');
  return { stop, d, disk, con };
}

const KINDS = ['poweroff', 'crash', 'step-limit', 'halted'];

function checkStop(o: Outcome, what: string): void {
  const { stop, d } = o;
  expect(KINDS, what).toContain(stop.kind);
  expect(d.stopped, what).toEqual(stop);
  expect(d.cpu.instret, what).toBeLessThanOrEqual(MAX_STEPS);
  expect(d.cpu.regs[ZERO_REG], `${what}: the zero base register`).toBe(0);
  expect(Number.isFinite(d.cpu.cycles), what).toBe(true);
  if (stop.kind === 'step-limit') expect(stop.steps, what).toBe(MAX_STEPS);
  if (stop.kind === 'crash') {
    expect(stop.vector, what).toBeGreaterThanOrEqual(0);
    expect(stop.vector, what).toBeLessThan(NUM_VECTORS);
    expect(stop.reason.length, what).toBeGreaterThan(10);
  }
  if (d.mode === 'native') expect(d.stats.exitTotal, what).toBe(0);
  // The JSON report is always producible and serializable.
  expect(() => JSON.stringify(statsJson(d)), what).not.toThrow();
}

describe('hostile guests never throw on the host', () => {
  const ROUNDS = 8;

  it(`every opcode first, ${ROUNDS} times in each mode and privilege level, with wild state`, { timeout: 60_000 }, () => {
    const r = rng(0xf022);
    const executed = new Set<string>();
    const kinds = new Map<string, number>();
    let runs = 0;
    for (let round = 0; round < ROUNDS; round++)
      for (const op of OPS)
        for (const mode of ['native', 'trap', 'hvm'] as const)
          for (const flags of [0, FLAG_IE, FLAG_U, FLAG_U | FLAG_IE]) {
            const seedState = r();
            const rr = rng(seedState);
            const img = randomImage(op, rr);
            const s = randomSetup(rr, flags);
            const what = `${formName(op)} ${mode} flags=${flags} (state seed ${seedState})`;
            // A quarter of the runs are traced one instruction at a time, to prove the coverage.
            const traced = round % 4 === 0;
            let o: Outcome;
            try {
              o = runHostile(img, mode, s, traced ? (d, pc) => {
                if (d.cpu.instret === 0 && pc === TEXT) executed.add(`${formName(op)} ${mode} ${flags & FLAG_U ? 'user' : 'kernel'}`);
              } : undefined);
            } catch (e) {
              expect.fail(`${what}: the host threw ${(e as Error).stack}`);
            }
            checkStop(o, what);
            kinds.set(o.stop.kind, (kinds.get(o.stop.kind) ?? 0) + 1);
            runs++;
          }
    expect(runs).toBe(ROUNDS * OPS.length * 12);
    expect(runs).toBeGreaterThan(4000);
    // Every form ran as the first instruction in every mode, from user mode and from the kernel.
    expect(executed.size).toBe(OPS.length * 3 * 2);
    // The runs end in every way a run can end.
    for (const k of KINDS) expect(kinds.get(k) ?? 0, k).toBeGreaterThan(10);
  });

  it('wild entry points: misaligned, past the end, wrapped', () => {
    const r = rng(0xe1);
    for (const pc of [1, 2, 3, MEMORY, MEMORY - 4, MEMORY - 2, 0xfffffffc, INT_MIN, -8, 0x7ffffffc]) {
      for (const mode of ['native', 'trap', 'hvm'] as const) {
        const s = randomSetup(r, r() % 4);
        const img = { ...randomImage(null, r), entry: pc };
        const o = runHostile(img, mode, s);
        checkStop(o, `entry ${pc} ${mode}`);
      }
    }
  });
});

describe('native, trap and hvm agree on hostile programs', () => {
  /** Everything observable at the end of a run. */
  const outcome = (o: Outcome): object => {
    const c = o.d.cpu;
    return {
      stop: o.stop,
      regs: [...c.regs],
      pc: c.pc,
      flags: c.flags,
      vbase: c.vbase,
      ksp: c.ksp,
      cycles: c.cycles,
      instret: c.instret,
      memory: hash(c.mem),
      disk: hash(o.disk.data),
      out: [...o.con.output()],
      interrupts: o.d.stats.interruptTotal,
    };
  };

  it('hvm ends like native unless hcall ran (vmcall reaches a hypervisor); trap does too unless pushf/popf ran', { timeout: 60_000 }, () => {
    const r = rng(0xd1ff);
    let compared = 0;
    let withoutPopf = 0;
    let withoutHcall = 0;
    for (let i = 0; i < 1000; i++) {
      const seedState = r();
      const rr = rng(seedState);
      const img = randomImage(OPS[i % OPS.length]!, rr);
      const s = randomSetup(rr, [0, FLAG_IE, FLAG_U, FLAG_U | FLAG_IE][i % 4]!);
      s.budget = 0;
      // A state a guest can reach: its console interrupt cannot already be asserted while IE is
      // set, since both enabling it and setting IE are exits after which interrupts are checked.
      if (s.flags & FLAG_IE) s.consoleIrq = false;
      // Popek–Goldberg: pushf and popf are the only instructions that act differently
      // deprivileged; hcall is illegal on bare metal and a vmcall to the hypervisor under hvm.
      let sensitive = false;
      let hypercall = false;
      const native = runHostile(img, 'native', s, (d, pc) => {
        const code = d.cpu.mem[pc];
        if (code === OP_PUSHF || code === OP_POPF) sensitive = true;
        if (code === OP_HCALL) hypercall = true;
      });
      const want = outcome(native);
      if (!hypercall) {
        const hw = runHostile(img, 'hvm', s);
        expect(outcome(hw), `state seed ${seedState}: hvm vs native`).toEqual(want);
        withoutHcall++;
      }
      if (!sensitive) {
        const trap = runHostile(img, 'trap', s);
        expect(outcome(trap), `state seed ${seedState}: trap vs native`).toEqual(want);
        withoutPopf++;
      }
      compared++;
    }
    expect(compared).toBe(1000);
    expect(withoutPopf).toBeGreaterThan(500);
    expect(withoutHcall).toBeGreaterThan(500);
  });
});
