// Cases across all cores: a pool of worker threads running the bundle's grading worker. A case
// that overruns its wall time has its worker terminated and a fresh one takes its place; a
// worker that dies (out of memory, a bug) fails only the case it held. The pool never stops
// early: every task gets an outcome.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { unrunnable, type CaseOutcome } from './grade.ts';
import type { Task } from './task.ts';
import type { Request } from './worker.ts';

export interface PoolOptions {
  readonly jobs: number;
  /** Wall-time limit of a task, milliseconds. */
  timeoutMs(t: Task): number;
  /** Called after each task: how many are done. */
  progress?(done: number, total: number): void;
  /** What to keep of an outcome (a batch need not hold every run's console output). */
  keep?(o: CaseOutcome): CaseOutcome;
}

/** Heap a worker may use: a flood at the output limit needs a few hundred MiB. */
const WORKER_HEAP_MB = 1024;

/** The worker's file beside the running bundle; null when pvm runs from its sources (no bundle). */
export function workerFile(): { path: string } | { missing: string } | null {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return null;
  const path = fileURLToPath(new URL('./pvm-worker.js', import.meta.url));
  return existsSync(path) ? { path } : { missing: path };
}

export function runPool(file: string, tasks: readonly Task[], o: PoolOptions): Promise<CaseOutcome[]> {
  const results: CaseOutcome[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  // Workers that died before they were ready, in a row: a broken install, not a bad case.
  let stillborn = 0;
  return new Promise((resolve) => {
    if (!tasks.length) return resolve([]);
    const finish = (i: number, outcome: CaseOutcome): void => {
      results[i] = o.keep ? o.keep(outcome) : outcome;
      done++;
      o.progress?.(done, tasks.length);
      if (done === tasks.length) resolve(results);
    };

    const start = (): void => {
      const w = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      let current = -1;
      let t0 = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let dead = false;
      let ready = false;
      // Take this worker out of service; the case it held gets `outcome`, a new worker goes on.
      const fail = (outcome: (t: Task, ms: number) => CaseOutcome): void => {
        if (dead) return;
        dead = true;
        clearTimeout(timer);
        w.removeAllListeners();
        w.on('error', () => {});
        void w.terminate();
        if (current >= 0) finish(current, outcome(tasks[current]!, performance.now() - t0));
        if (!ready && ++stillborn >= 3) {
          // Every task left gets the reason instead of a fourth attempt.
          while (next < tasks.length) {
            const t = tasks[next]!;
            finish(next++, outcome(t, 0));
          }
        }
        if (next < tasks.length) start();
      };
      const feed = (): void => {
        if (next >= tasks.length) {
          dead = true;
          void w.terminate();
          return;
        }
        current = next++;
        const task = tasks[current]!;
        const ms = o.timeoutMs(task);
        t0 = performance.now();
        timer = setTimeout(() => fail((t, spent) => unrunnable(t.submission, t.file, t.case, 'timeout', `timed out after ${(ms / 1000).toLocaleString('en-US')} s of wall time`, [], spent)), ms);
        w.postMessage({ id: current, task } satisfies Request);
      };
      w.on('message', (m: { id: number; outcome: CaseOutcome } | { ready: true }) => {
        if (dead) return;
        if ('ready' in m) {
          ready = true;
          stillborn = 0;
          return feed();
        }
        if (m.id !== current) return;
        clearTimeout(timer);
        const i = current;
        current = -1;
        finish(i, m.outcome);
        feed();
      });
      const died = (why: string): void => fail((t, spent) => unrunnable(t.submission, t.file, t.case, 'error', `the grading worker died: ${why}`, [], spent));
      w.on('error', (e) => died(e.message));
      w.on('exit', (code) => died(`exit code ${code}`));
    };

    for (let k = 0; k < Math.min(o.jobs, tasks.length); k++) start();
  });
}
