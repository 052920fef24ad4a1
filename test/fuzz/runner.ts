// Running a fuzz target over a range of iterations: generate, run, classify; a throw is a
// failure, kept with its input so it can be replayed. Used by the suite (small, fixed seeds)
// and by `pnpm fuzz` (long runs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputRng } from './gen.ts';
import type { Target } from './targets.ts';

export interface Failure {
  target: string;
  seed: number;
  iteration: number;
  message: string;
  /** Where the input was saved, if it was. */
  file?: string;
}

export interface Tally {
  execs: number;
  outcomes: Record<string, number>;
  failures: Failure[];
  /** The slowest execution, in ms, and which it was. */
  slowest: { ms: number; iteration: number };
}

export interface RunOptions {
  /** Save failing inputs here (test/fuzz/corpus/<target>/). */
  corpus?: string;
  /** Called before each execution (the watchdog's heartbeat). */
  beat?: (iteration: number) => void;
  /** Stop early at this wall-clock time (ms since the epoch). */
  until?: number;
  /** An execution slower than this is a failure (a near hang). */
  slowMs?: number;
}

export function newTally(): Tally {
  return { execs: 0, outcomes: {}, failures: [], slowest: { ms: 0, iteration: -1 } };
}

/** The first line of an error, with where it was thrown, for a report. */
export function describe(e: unknown): string {
  const err = e as Error;
  const at = err?.stack?.split('\n').find((l) => /^\s+at /.test(l))?.trim() ?? '';
  return `${err?.name ?? 'Error'}: ${err?.message ?? String(e)}${at ? ` (${at})` : ''}`;
}

export function saveInput(t: Target<never>, input: unknown, dir: string, name: string): string {
  const { ext, bytes } = t.save(input as never);
  mkdirSync(join(dir, t.name), { recursive: true });
  const file = join(dir, t.name, `${name}.${ext}`);
  writeFileSync(file, bytes);
  return file;
}

export function fuzzRange(t: Target<never>, seed: number, from: number, count: number, tally: Tally, opts: RunOptions = {}): Tally {
  for (let i = from; i < from + count; i++) {
    if (opts.until !== undefined && (i & 63) === 0 && Date.now() >= opts.until) break;
    opts.beat?.(i);
    const input = t.gen(inputRng(seed, i));
    const t0 = performance.now();
    let outcome: string;
    try {
      outcome = t.run(input);
    } catch (e) {
      const f: Failure = { target: t.name, seed, iteration: i, message: describe(e) };
      if (opts.corpus) f.file = saveInput(t, input, opts.corpus, `seed${seed}-${i}`);
      tally.failures.push(f);
      outcome = 'FAILED';
    }
    const ms = performance.now() - t0;
    if (ms > tally.slowest.ms) tally.slowest = { ms, iteration: i };
    if (opts.slowMs !== undefined && ms > opts.slowMs) {
      const f: Failure = { target: t.name, seed, iteration: i, message: `took ${ms.toFixed(0)} ms (limit ${opts.slowMs})` };
      if (opts.corpus) f.file = saveInput(t, input, opts.corpus, `seed${seed}-${i}-slow`);
      tally.failures.push(f);
    }
    tally.outcomes[outcome] = (tally.outcomes[outcome] ?? 0) + 1;
    tally.execs++;
  }
  return tally;
}
