// The cold half of `pnpm bench`, its headline: speed as a user sees it. Each workload is run as
// a person runs it — `node packages/cli/dist/pvm.js run bench/guest/NAME.s`, a whole new
// process, under each engine — against the same algorithm in plain JavaScript as its own
// process (bench/twin.ts), paired: one round runs all three, in an order that rotates from
// round to round, so that a busy spell of the machine falls on all alike. The ratio of each
// round is taken, and the median of the rounds' ratios is the figure.
import { spawnSync } from 'node:child_process';

export interface ColdWorkload {
  readonly name: string;
  readonly title: string;
  /** `--mem` for the guest. */
  readonly mem: string;
  /** What the guest and its twin print. */
  readonly expect: string;
}

export const COLD_WORKLOADS: readonly ColdWorkload[] = [
  { name: 'sieve8', title: 'sieve of Eratosthenes to 8,000,000 (~87 M instructions)', mem: '10M', expect: '539777' },
  { name: 'sieve', title: 'sieve of Eratosthenes to 2,000,000', mem: '4M', expect: '148933' },
  { name: 'loop', title: 'counted loop, 50,000,000 iterations', mem: '1M', expect: '1283106752' },
  { name: 'fib', title: 'recursive fib(30)', mem: '1M', expect: '832040' },
  { name: 'bytes', title: 'byte loop: count letters in 1 MiB, 8 times', mem: '4M', expect: '2097152' },
  { name: 'bsort', title: 'bubble sort of 4,000 words', mem: '1M', expect: '1858157397' },
  { name: 'memcpy', title: '1 MiB word copy, 10 times', mem: '4M', expect: '0' },
];

export interface ColdResult {
  name: string;
  title: string;
  rounds: number;
  /** Median wall-clock ms of each side. */
  jitMs: number;
  interpMs: number;
  jsMs: number;
  /** Medians of the rounds' ratios: pvm / JavaScript. */
  jitRatio: number;
  interpRatio: number;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Wall-clock ms of one process; its stdout must be `expect`. */
function wall(root: string, args: readonly string[], expect: string): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 || r.stdout.trim() !== expect) throw new Error(`node ${args.join(' ')}: exit ${r.status}, printed ${JSON.stringify(r.stdout)}, expected ${expect}`);
  return ms;
}

export function benchCold(root: string, twin: string, ws: readonly ColdWorkload[], rounds: number): ColdResult[] {
  return ws.map((w) => {
    const pvm = (engine: string): string[] => ['packages/cli/dist/pvm.js', 'run', `bench/guest/${w.name}.s`, '--mem', w.mem, '--engine', engine];
    const sides: [string, string[]][] = [
      ['jit', pvm('jit')],
      ['interp', pvm('interp')],
      ['js', [twin, w.name]],
    ];
    const ms: Record<string, number[]> = { jit: [], interp: [], js: [] };
    // One untimed round first: the files are in the page cache for every timed one.
    for (let round = -1; round < rounds; round++) {
      const times: Record<string, number> = {};
      for (let k = 0; k < sides.length; k++) {
        const [side, args] = sides[(k + Math.max(round, 0)) % sides.length]!;
        times[side] = wall(root, args, w.expect);
      }
      if (round >= 0) for (const side of Object.keys(ms)) ms[side]!.push(times[side]!);
    }
    const ratio = (side: string): number => median(ms[side]!.map((x, i) => x / ms['js']![i]!));
    const r: ColdResult = {
      name: w.name,
      title: w.title,
      rounds,
      jitMs: median(ms['jit']!),
      interpMs: median(ms['interp']!),
      jsMs: median(ms['js']!),
      jitRatio: ratio('jit'),
      interpRatio: ratio('interp'),
    };
    process.stderr.write(
      `cold ${w.name.padEnd(7)} jit ${r.jitMs.toFixed(0).padStart(6)} ms  interp ${r.interpMs.toFixed(0).padStart(6)} ms  js ${r.jsMs.toFixed(0).padStart(5)} ms   jit/js x${r.jitRatio.toFixed(2)}  interp/js x${r.interpRatio.toFixed(2)}\n`,
    );
    return r;
  });
}
