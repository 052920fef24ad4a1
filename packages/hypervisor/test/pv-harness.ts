// Shared by the pv-*.test.ts files: assemble a paravirtual kernel in memory, run it as a pv
// domain, and read back what it stored. Kernels record each hypercall's r0 with `REC` into the
// `results` array and finish with `DONE`, so a test sees every result and a clean poweroff.
// Calls that take a struct (event_channel_op, sched_op's shutdown) build it at `args`.
import { expect } from 'vitest';
import { assemble, formatDiagnostic, memoryHost } from '@pvm/asm';
import { BufferConsole, MemoryDisk } from '@pvm/devices';
import type { Image } from '@pvm/image';
import { PV_AREA_SIZE } from '@pvm/isa';
import { EFAULT, EINVAL, ENOENT, ENOSYS, E2BIG, EEXIST, ENOSPC } from '@pvm/isa/codes';
import { createDomain, PvDomain, type CostModel, type Stop } from '../src/index.ts';

/** Every negative result a hypercall may give (docs/paravirt.md and hypercalls.ts). */
export const KNOWN_ERRNOS: ReadonlySet<number> = new Set([-ENOENT, -E2BIG, -EFAULT, -EEXIST, -EINVAL, -ENOSPC, -ENOSYS]);

/** Where things are in a pv domain of `mem` bytes (PvDomain puts its pages at the top). */
export function layout(mem = 1 << 20) {
  const pv = mem - PV_AREA_SIZE;
  return { mem, pv, startInfo: pv, sharedInfo: pv + 0x1000, consoleRing: pv + 0x2000, blockRing: pv + 0x3000 };
}

/**
 * Prepended to every kernel: r12 walks the results array. REC stores r0 there (keeping every
 * other register); DONE powers off with code 0. `results` holds up to 256 words.
 */
const PRELUDE = `
.paravirt
.macro REC
    st    r0, [r12]
    add   r12, r12, 4
.endm
.macro DONE
    li    r1, SCHEDOP_shutdown
    li    r2, done_args
    li    r3, 0
    hcall sched_op
.endm
`;

const EPILOGUE = `
.data
.align 16
results:  .space 1024, 0xee
done_args: .word SHUTDOWN_poweroff
args:     .space 16
`;

/** Assemble a kernel with the prelude and the results array; fails the test on any diagnostic. */
export function build(src: string): Image {
  const r = assemble('k.s', memoryHost({ 'k.s': PRELUDE + src + EPILOGUE }));
  if (!r.ok) expect.fail(`assembly failed:\n${r.diagnostics.map(formatDiagnostic).join('\n')}${r.missing ?? ''}`);
  return r.image;
}

export interface Run {
  readonly d: PvDomain;
  readonly stop: Stop | null;
  readonly out: BufferConsole;
  readonly disk: MemoryDisk;
  /** Address of a symbol of the kernel. */
  sym(name: string): number;
  /** The first n words the kernel recorded with REC, as signed numbers. */
  results(n: number): number[];
  /** How many words REC stored. */
  recorded(): number;
}

export interface RunOptions {
  readonly input?: string;
  readonly memory?: number;
  readonly maxSteps?: number;
  /** Sectors of the in-memory disk (default 16); 0 runs without a disk. */
  readonly sectors?: number;
  /** The cost model (default: the default preset's). */
  readonly cost?: CostModel;
  /** Called after the domain is built and before it runs (e.g. to plant data). */
  readonly setup?: (p: Omit<Run, 'stop'>) => void;
}

/** A domain for the kernel, not yet run. The kernel starts with r7 = start_info and r12 = results. */
export function prepare(src: string, opts: RunOptions = {}): Omit<Run, 'stop'> {
  const image = build(`
_start:
    li    r12, results
    mov   r7, r1
${src}`);
  const out = new BufferConsole(opts.input ?? '');
  const disk = new MemoryDisk(opts.sectors || 16);
  const d = createDomain(image, { mode: 'pv', console: out, disk: opts.sectors === 0 ? null : disk, maxSteps: opts.maxSteps ?? 1e6, memory: opts.memory, cost: opts.cost });
  if (!(d instanceof PvDomain)) throw new Error('createDomain did not make a PvDomain');
  const sym = (name: string): number => {
    const s = image.symbols.find((x) => x.name === name);
    if (!s) throw new Error(`no symbol ${name}`);
    return s.value;
  };
  const base = sym('results');
  const recorded = (): number => (d.cpu.regs[12]! - base) / 4;
  const results = (n: number): number[] => Array.from({ length: n }, (_, i) => d.cpu.read32(base + 4 * i) | 0);
  const p = { d, out, disk, sym, results, recorded };
  opts.setup?.(p);
  return p;
}

/** Run a kernel to its end. */
export function runKernel(src: string, opts: RunOptions = {}): Run {
  const p = prepare(src, opts);
  const stop = p.d.run();
  return { ...p, stop };
}

/** Run a kernel that must power off cleanly after recording exactly `n` results; returns them. */
export function expectResults(src: string, n: number, opts: RunOptions = {}): number[] {
  const r = runKernel(src, opts);
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect(r.recorded()).toBe(n);
  return r.results(n);
}

/** An argument: a number, `[mem]` (loaded), a register `rN` (copied) or an expression. */
export type Arg = number | string;

function load(reg: number, a: Arg): string {
  if (typeof a === 'number') return `    li    r${reg}, ${a | 0}`;
  if (a.startsWith('[')) return `    ld    r${reg}, ${a}`;
  if (/^r\d+$|^sp$/.test(a)) return `    mov   r${reg}, ${a}`;
  return `    li    r${reg}, ${a}`;
}

/** Arguments into r1, r2, ..., then `hcall name`, then REC. */
export function call(name: string | number, ...args: Arg[]): string {
  return [...args.map((a, i) => load(i + 1, a)), `    hcall ${name}`, '    REC', ''].join('\n');
}

/** The field of each event_channel_op struct that a call's value goes into. */
const FIELD: Record<string, string> = {
  EVTCHNOP_bind_virq: 'evtchn_bind_virq.virq',
  EVTCHNOP_close: 'evtchn_close.port',
  EVTCHNOP_send: 'evtchn_send.port',
  EVTCHNOP_unmask: 'evtchn_unmask.port',
};

/**
 * event_channel_op `cmd` with its struct at `args`: `value` in its port (or, for bind_virq, its
 * virq, with `vcpu`), then REC. An unknown sub-command gets a one-port struct.
 */
export function evtchn(cmd: string | number, value: Arg, vcpu: Arg = 0): string {
  const field = FIELD[cmd] ?? 'evtchn_send.port';
  return [
    load(1, value),
    `    st    r1, [args + ${field}]`,
    ...(cmd === 'EVTCHNOP_bind_virq' ? [load(1, vcpu), '    st    r1, [args + evtchn_bind_virq.vcpu]'] : []),
    load(1, cmd),
    '    li    r2, args',
    '    hcall event_channel_op',
    '    REC',
    '',
  ].join('\n');
}

/** EVTCHNOP_bind_virq, recording the port it wrote back, or its errno. */
export function bindVirq(virq: Arg, vcpu: Arg = 0): string {
  return evtchn('EVTCHNOP_bind_virq', virq, vcpu).replace(
    '    REC\n',
    '    bne   r0, 0, 8f\n    ld    r0, [args + evtchn_bind_virq.port]\n8:  REC\n',
  );
}

/** SCHEDOP_shutdown with a struct sched_shutdown at `args` holding `reason`, exit code `code`; then REC. */
export function shutdown(reason: Arg, code: Arg = 0): string {
  return [load(1, reason), '    st    r1, [args + sched_shutdown.reason]', load(3, code), '    li    r1, SCHEDOP_shutdown', '    li    r2, args', '    hcall sched_op', '    REC', ''].join('\n');
}
