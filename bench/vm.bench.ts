// The warm, in-process half of `pnpm bench` (its second table): each guest workload of
// bench/guest beside its JavaScript twin (bench/js.ts), under each engine, then the cost of an
// hcall and of a trap-and-emulate round trip over a nop, then assembler throughput. bench/run.ts bundles this file with esbuild, as the CLI is
// bundled, runs it with plain node and reads the JSON it prints on stdout.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assemble, memoryHost, type SourceHost } from '@pvm/asm';
import { BufferConsole } from '@pvm/devices';
import { ENGINES, type Engine } from '@pvm/cpu';
import { createDomain, type Domain, type Mode } from '@pvm/hypervisor';
import type { Image } from '@pvm/image';
import { benchAssembler, type AsmBench } from './asm.ts';
import * as js from './js.ts';

const root = process.env.PVM_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const only = process.env.BENCH_ONLY?.split(',');
/**
 * Wall-clock time by default. BENCH_CLOCK=cpu measures this process's CPU time instead, which
 * a busy machine disturbs less (for comparing two builds, not for the published figures).
 */
const cpuClock = process.env.BENCH_CLOCK === 'cpu';
const now = cpuClock
  ? (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    }
  : (): number => performance.now();

const log = (s: string): void => void process.stderr.write(s + '\n');

const fsHost: SourceHost = {
  readFile(p) {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return null;
    }
  },
};

function assembleOrDie(path: string, host: SourceHost = fsHost): Image {
  const r = assemble(path, host);
  if (!r.ok) throw new Error(`${path} does not assemble: ${JSON.stringify(r.diagnostics[0])}`);
  return r.image;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

interface GuestRun {
  ms: number;
  instructions: number;
  output: string;
}

/** One run of an image to power-off: only `Domain.run` is timed, not the domain's setup. */
function runGuest(image: Image, mode: Mode, memory: number, engine: Engine, prepare?: (d: Domain) => void): GuestRun {
  const con = new BufferConsole();
  const d = createDomain(image, { mode, memory, console: con, engine });
  prepare?.(d);
  const t = now();
  const stop = d.run();
  const ms = now() - t;
  if (stop?.kind !== 'poweroff' || stop.code !== 0) throw new Error(`guest did not power off cleanly: ${JSON.stringify(stop)}`);
  return { ms, instructions: d.cpu.instret, output: con.text() };
}

export interface WorkloadResult {
  name: string;
  engine: Engine;
  title: string;
  instructions: number;
  guestMs: number;
  jsMs: number;
  mips: number;
  /** Guest time over JavaScript time: how many times slower the guest is. */
  ratio: number;
}

interface Workload {
  name: string;
  title: string;
  memory: number;
  expect: string;
  prepare?: (d: Domain) => void;
  js: () => string;
}

const MIB = 1 << 20;
const SIEVE_N = 2_000_000;
const LOOP_N = 50_000_000;
const FIB_N = 30;
const COPY_WORDS = MIB / 4;
const COPY_REPS = 10;
const SRC = 0x100000;

const copySrc = js.pattern(COPY_WORDS);
const copyDst = new Int32Array(COPY_WORDS);
const copyExpect = String(js.memcpy(copySrc, new Int32Array(COPY_WORDS), 1));

const WORKLOADS: Workload[] = [
  { name: 'sieve', title: 'sieve of Eratosthenes to 2,000,000', memory: 4 * MIB, expect: '148933', js: () => String(js.sieve(SIEVE_N)) },
  { name: 'loop', title: 'counted loop, 50,000,000 iterations', memory: MIB, expect: '1283106752', js: () => String(js.loop(LOOP_N)) },
  { name: 'fib', title: 'recursive fib(30)', memory: MIB, expect: '832040', js: () => String(js.fib(FIB_N)) },
  {
    name: 'memcpy',
    title: '1 MiB memory copy, word by word, 10 times',
    memory: 4 * MIB,
    expect: copyExpect,
    prepare: (d) => d.cpu.mem.set(new Uint8Array(copySrc.buffer), SRC),
    js: () => String(js.memcpy(copySrc, copyDst, COPY_REPS)),
  },
  {
    // The same copy through the TLB: against memcpy, what paging costs a memory access that hits.
    name: 'memcpy-paged',
    title: 'the same copy with paging on (identity map)',
    memory: 4 * MIB,
    expect: copyExpect,
    prepare: (d) => d.cpu.mem.set(new Uint8Array(copySrc.buffer), SRC),
    js: () => String(js.memcpy(copySrc, copyDst, COPY_REPS)),
  },
];

/**
 * Every workload and its twin, round after round (the warm-up rounds first), so that a busy
 * spell of the machine falls on all of them alike and the median leaves it out.
 */
function benchWorkloads(ws: readonly Workload[], engine: Engine): WorkloadResult[] {
  const images = ws.map((w) => assembleOrDie(`${root}bench/guest/${w.name}.s`));
  const guestMs = ws.map((): number[] => []);
  const jsMs = ws.map((): number[] => []);
  const instructions = ws.map(() => 0);
  for (let round = 0; round < WARMUP + RUNS; round++) {
    ws.forEach((w, k) => {
      const g = runGuest(images[k]!, 'native', w.memory, engine, w.prepare);
      if (g.output !== w.expect + '\n') throw new Error(`${w.name}: the guest printed ${JSON.stringify(g.output)}, expected ${w.expect}`);
      instructions[k] = g.instructions;
      const t = now();
      const r = w.js();
      const ms = now() - t;
      if (r !== w.expect) throw new Error(`${w.name}: JavaScript gave ${r}, expected ${w.expect}`);
      if (process.env.BENCH_TRACE) log(`round ${round} ${w.name} ${g.ms.toFixed(1)} ms, js ${ms.toFixed(2)} ms`);
      if (round >= WARMUP) {
        guestMs[k]!.push(g.ms);
        jsMs[k]!.push(ms);
      }
    });
  }
  return ws.map((w, k) => {
    const g = median(guestMs[k]!);
    const j = median(jsMs[k]!);
    const n = instructions[k]!;
    const r = { name: w.name, engine, title: w.title, instructions: n, guestMs: g, jsMs: j, mips: n / g / 1000, ratio: g / j };
    log(`${engine.padEnd(7)}${w.name.padEnd(8)} ${n.toLocaleString('en-US').padStart(12)} instr  ${g.toFixed(1).padStart(8)} ms  ${r.mips.toFixed(0).padStart(4)} MIPS   js ${j.toFixed(2).padStart(7)} ms  x${r.ratio.toFixed(1)}`);
    return r;
  });
}

export interface TransitionResult {
  name: string;
  engine: Engine;
  title: string;
  mode: Mode;
  body: string;
  iterations: number;
  ms: number;
  nopMs: number;
  /** (time with the instruction - time with a nop in its place) / iterations. */
  nsOverNop: number;
}

const TRANSITION_N = 1_000_000;

/** A loop of TRANSITION_N iterations around one instruction, in the given mode. */
function transitionSource(mode: Mode, body: string): string {
  const pv = mode === 'pv';
  return [
    pv ? '.paravirt' : '',
    `N = ${TRANSITION_N}`,
    '_start:',
    '    li   r6, 0',
    '    li   r1, 0',
    `1:  ${body}`,
    '    add  r6, r6, 1',
    '    blt  r6, N, 1b',
    ...(pv ? ['    li   r1, SCHEDOP_shutdown', '    li   r2, 0', '    hcall sched_op'] : ['    li   r1, 0', '    out  POWER_OFF, r1']),
    '',
  ].join('\n');
}

function benchTransition(name: string, title: string, mode: Mode, body: string, engine: Engine): TransitionResult {
  const img = (b: string): Image => assembleOrDie('t.s', memoryHost({ 't.s': transitionSource(mode, b) }));
  const withIt = img(body);
  const withNop = img('nop');
  const check = (r: GuestRun): void => {
    if (r.instructions < 3 * TRANSITION_N) throw new Error(`${name}: only ${r.instructions} instructions`);
  };
  // Interleaved, so that a slow patch of the machine hits both sides alike.
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const x = runGuest(withIt, mode, MIB, engine);
    const y = runGuest(withNop, mode, MIB, engine);
    check(x);
    check(y);
    if (i >= WARMUP) {
      a.push(x.ms);
      b.push(y.ms);
    }
  }
  const ms = median(a);
  const nopMs = median(b);
  const r = { name, engine, title, mode, body, iterations: TRANSITION_N, ms, nopMs, nsOverNop: ((ms - nopMs) * 1e6) / TRANSITION_N };
  log(`${engine.padEnd(7)}${name.padEnd(8)} ${r.nsOverNop.toFixed(1).padStart(7)} ns over a nop (${ms.toFixed(1)} ms vs ${nopMs.toFixed(1)} ms for ${TRANSITION_N.toLocaleString('en-US')})`);
  return r;
}

export interface VmBenchResult {
  workloads: WorkloadResult[];
  /** Geometric mean MIPS of sieve, loop and fib, per engine. */
  geomeanMips: Record<string, number>;
  /** Geometric mean of pvm / JavaScript over sieve, loop, fib and memcpy, per engine. */
  geomeanRatio: Record<string, number>;
  transitions: TransitionResult[];
  assembler: AsmBench | null;
}

function main(): void {
  const want = (n: string): boolean => !only || only.includes(n);
  const geo = (xs: readonly number[]): number => (xs.length ? Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length) : 0);
  const workloads: WorkloadResult[] = [];
  const geomeanMips: Record<string, number> = {};
  const geomeanRatio: Record<string, number> = {};
  const transitions: TransitionResult[] = [];
  for (const engine of ENGINES) {
    const ws = benchWorkloads(WORKLOADS.filter((w) => want(w.name)), engine);
    workloads.push(...ws);
    // The targets' four: sieve, loop, fib (and memcpy for the ratio); memcpy-paged is paging's row.
    geomeanMips[engine] = geo(ws.filter((w) => !w.name.startsWith('memcpy')).map((w) => w.mips));
    geomeanRatio[engine] = geo(ws.filter((w) => w.name !== 'memcpy-paged').map((w) => w.ratio));
    if (want('hcall')) transitions.push(benchTransition('hcall', 'hypercall (pv mode)', 'pv', 'hcall xen_version', engine));
    if (want('trap')) {
      transitions.push(benchTransition('trap', 'trap-and-emulate round trip (trap mode)', 'trap', 'cli', engine));
      transitions.push(benchTransition('trap-io', 'trap-and-emulate through a device (trap mode)', 'trap', 'in r2, TIMER_NOW', engine));
    }
  }
  let assembler: AsmBench | null = null;
  if (want('asm')) {
    assembler = benchAssembler();
    log(`asm      ${assembler.linesPerSecond.toLocaleString('en-US')} lines/s`);
  }
  const result: VmBenchResult = { workloads, geomeanMips, geomeanRatio, transitions, assembler };
  process.stdout.write(JSON.stringify(result) + '\n');
}

main();
