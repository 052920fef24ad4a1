// `pnpm fuzz [--minutes N] [--execs N] [--seed S] [--target NAME]`: the fuzzers of test/fuzz,
// long. One child process does the work (one core); this process is its watchdog: the child
// notes each input it starts in a heartbeat file, so an input that hangs is named exactly,
// saved to test/fuzz/corpus/ and skipped, and the run goes on. Every failing input is saved
// there too; the suite replays them all. Exit status 1 when anything failed.
import { fork } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { inputRng } from '../test/fuzz/gen.ts';
import { fuzzRange, newTally, saveInput, type Failure, type Tally } from '../test/fuzz/runner.ts';
import { TARGETS } from '../test/fuzz/targets.ts';

const CORPUS = fileURLToPath(new URL('../test/fuzz/corpus/', import.meta.url));
/** Inputs per target before moving to the next, round robin. */
const CHUNK = 200;
/** No heartbeat for this long: the input in hand hangs. */
const HANG_MS = 60_000;

interface Progress {
  /** Next iteration per target. */
  next: Record<string, number>;
  tallies: Record<string, Tally>;
  rss: number;
  done: boolean;
}

if (process.argv.includes('--child')) child();
else await parent();

function options(): { minutes: number; execs: number; seed: number; targets: string[] } {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--child'),
    options: { minutes: { type: 'string' }, execs: { type: 'string' }, seed: { type: 'string' }, target: { type: 'string', multiple: true }, start: { type: 'string' } },
  });
  const targets = values.target ?? TARGETS.map((t) => t.name);
  for (const t of targets) if (!TARGETS.some((x) => x.name === t)) throw new Error(`unknown target '${t}' (${TARGETS.map((x) => x.name).join(', ')})`);
  return { minutes: Number(values.minutes ?? 1), execs: Number(values.execs ?? Infinity), seed: Number(values.seed ?? 2), targets };
}

/** The worker: round robin over the targets until the time or the execution budget is spent. */
function child(): void {
  const o = options();
  const start = JSON.parse(process.env.PVM_FUZZ_START ?? '{}') as Record<string, number>;
  const heartbeat = openSync(process.env.PVM_FUZZ_HEARTBEAT!, 'r+');
  const until = Date.now() + o.minutes * 60_000;
  const p: Progress = { next: {}, tallies: {}, rss: 0, done: false };
  for (const t of o.targets) {
    p.next[t] = start[t] ?? 0;
    p.tallies[t] = newTally();
  }
  let lastSent = 0;
  const total = (): number => Object.values(p.tallies).reduce((s, t) => s + t.execs, 0);
  while (Date.now() < until && total() < o.execs) {
    for (const name of o.targets) {
      const t = TARGETS.find((x) => x.name === name)!;
      const count = Math.min(CHUNK, o.execs - total());
      if (count <= 0) break;
      const tally = p.tallies[name]!;
      const before = tally.execs;
      fuzzRange(t, o.seed, p.next[name]!, count, tally, {
        corpus: CORPUS,
        until,
        slowMs: 30_000,
        beat: (i) => void writeSync(heartbeat, `${name} ${i}`.padEnd(40), 0),
      });
      p.next[name]! += tally.execs - before;
      if (Date.now() - lastSent > 2000) {
        p.rss = process.memoryUsage().rss;
        process.send!(p);
        lastSent = Date.now();
      }
      if (Date.now() >= until) break;
    }
  }
  p.rss = process.memoryUsage().rss;
  p.done = true;
  process.send!(p, undefined, undefined, () => process.exit(0));
}

async function parent(): Promise<void> {
  const o = options();
  const dir = mkdtempSync(join(tmpdir(), 'pvm-fuzz-'));
  const heartbeatFile = join(dir, 'heartbeat');
  closeSync(openSync(heartbeatFile, 'w'));
  const t0 = Date.now();
  const deadline = t0 + o.minutes * 60_000;
  const totals: Record<string, Tally> = Object.fromEntries(o.targets.map((t) => [t, newTally()]));
  const hangs: Failure[] = [];
  let start: Record<string, number> = {};
  let maxRss = 0;
  process.stderr.write(`pvm fuzz: seed ${o.seed}, targets ${o.targets.join(', ')}, ${o.minutes} minute(s)${Number.isFinite(o.execs) ? `, at most ${o.execs} executions` : ''}\n`);

  // A child runs until it is done or hangs; after a hang, a fresh one resumes past the input.
  for (;;) {
    const left = Math.max(0, (deadline - Date.now()) / 60_000);
    const done = Object.values(totals).reduce((s, t) => s + t.execs, 0);
    if (left <= 0 || done >= o.execs) break;
    const args = ['--child', '--minutes', String(left), '--execs', String(o.execs - done), '--seed', String(o.seed), ...o.targets.flatMap((t) => ['--target', t])];
    const c = fork(fileURLToPath(import.meta.url), args, { env: { ...process.env, PVM_FUZZ_HEARTBEAT: heartbeatFile, PVM_FUZZ_START: JSON.stringify(start) } });
    let last: Progress | null = null;
    let beat = '';
    let beatAt = Date.now();
    let lastPrint = Date.now();
    const hung = await new Promise<string | null>((resolve) => {
      c.on('message', (m: Progress) => {
        last = m;
        maxRss = Math.max(maxRss, m.rss);
        if (Date.now() - lastPrint > 30_000) {
          lastPrint = Date.now();
          const n = done + Object.values(m.tallies).reduce((s, t) => s + t.execs, 0);
          process.stderr.write(`  ${((Date.now() - t0) / 1000).toFixed(0)} s: ${n.toLocaleString('en-US')} executions, ${Object.values(m.tallies).reduce((s, t) => s + t.failures.length, 0) + hangs.length} failures\n`);
        }
      });
      const timer = setInterval(() => {
        const now = readFileSync(heartbeatFile, 'utf8');
        if (now !== beat) {
          beat = now;
          beatAt = Date.now();
        } else if (Date.now() - beatAt > HANG_MS) {
          clearInterval(timer);
          c.kill('SIGKILL');
          resolve(now.trim());
        }
      }, 1000);
      c.on('exit', () => {
        clearInterval(timer);
        resolve(null);
      });
    });
    const p = last as Progress | null;
    if (p) {
      for (const [name, t] of Object.entries(p.tallies)) merge(totals[name]!, t);
      start = { ...p.next };
    }
    if (hung === null) {
      if (p?.done) break;
      process.stderr.write('pvm fuzz: the worker died without a report\n');
      process.exit(1);
    }
    // Name the input in hand, keep it, and resume after it.
    const [name, at] = hung.split(' ');
    const i = Number(at);
    const t = TARGETS.find((x) => x.name === name)!;
    const file = saveInput(t, t.gen(inputRng(o.seed, i)), CORPUS, `seed${o.seed}-${i}-hang`);
    hangs.push({ target: name!, seed: o.seed, iteration: i, message: `no progress for ${HANG_MS / 1000} s`, file });
    start[name!] = i + 1;
    process.stderr.write(`pvm fuzz: ${name} input ${i} hangs; saved as ${file}\n`);
  }
  rmSync(dir, { recursive: true, force: true });

  const seconds = (Date.now() - t0) / 1000;
  const failures = [...Object.values(totals).flatMap((t) => t.failures), ...hangs];
  const execs = Object.values(totals).reduce((s, t) => s + t.execs, 0);
  const lines = [`pvm fuzz: ${execs.toLocaleString('en-US')} executions in ${seconds.toFixed(0)} s (seed ${o.seed}, one worker process, peak RSS ${(maxRss / (1 << 20)).toFixed(0)} MiB)`];
  for (const [name, t] of Object.entries(totals)) {
    const outcomes = Object.entries(t.outcomes).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    lines.push(`  ${name.padEnd(10)} ${t.execs.toLocaleString('en-US').padStart(10)}  slowest ${t.slowest.ms.toFixed(0)} ms  ${outcomes}`);
  }
  lines.push(failures.length ? `${failures.length} failure(s):` : 'no failures');
  for (const f of failures) lines.push(`  ${f.target} seed ${f.seed} input ${f.iteration}: ${f.message}${f.file ? ` (saved: ${f.file})` : ''}`);
  process.stdout.write(lines.join('\n') + '\n');
  process.exit(failures.length ? 1 : 0);
}

function merge(into: Tally, t: Tally): void {
  into.execs += t.execs;
  for (const [k, v] of Object.entries(t.outcomes)) into.outcomes[k] = (into.outcomes[k] ?? 0) + v;
  into.failures.push(...t.failures);
  if (t.slowest.ms > into.slowest.ms) into.slowest = t.slowest;
}
