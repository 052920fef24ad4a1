// The compare view's numbers are `pvm compare --json`'s: the CLI bundle run as a user runs it,
// and the playground's worker run in node as the page drives it (its messages in, its posts
// out), on the files the site bundles, under every CPU preset. Stop ends a measurement between
// slices.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPARE_MODES, RUNS, compareSvg, type WorkloadResult } from '@pvm/compare';
import { costModel } from '@pvm/hypervisor';
import { PRESETS } from '@pvm/isa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build.mjs';
import { exampleFiles, workloadFiles } from '../../../scripts/playground.mjs';
import { compareFiles } from '../src/compare-files.ts';
import type { FromWorker, ToWorker } from '../src/protocol.ts';
import { ROOT } from './helpers.ts';

let bundleDir: string;
const FILES = compareFiles(workloadFiles(), exampleFiles());

/** `pvm compare --cpu CPU --json` from a bundle of its own (the e2e suite builds the shared one at the same time). */
function cli(cpu: string): { cpu: string; workloads: WorkloadResult[] } {
  const r = spawnSync(process.execPath, [join(bundleDir, 'pvm.js'), 'compare', '--cpu', cpu, '--json', '--dir', join(ROOT, 'bench/workloads')], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** The worker script in this process: `self` is a scope whose posts are kept (and may be answered at once). */
const posted: FromWorker[] = [];
let send: (m: ToWorker) => void;
let onPost: ((m: FromWorker) => void) | null = null;

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'pvm-cli-'));
  await buildCli({ outdir: bundleDir });
  const scope: { postMessage(m: FromWorker): void; onmessage: ((e: { data: ToWorker }) => void) | null } = {
    postMessage: (m) => {
      posted.push(m);
      onPost?.(m);
    },
    onmessage: null,
  };
  (globalThis as { self?: unknown }).self = scope;
  await import('../src/worker.ts');
  send = (m) => scope.onmessage!({ data: m });
}, 120_000);

afterAll(() => {
  rmSync(bundleDir, { recursive: true, force: true });
  delete (globalThis as { self?: unknown }).self;
});

/** Wait for the worker's post that `pick` finds among those after `from` (the worker yields between slices). */
async function until<T extends FromWorker>(from: number, pick: (m: FromWorker) => m is T): Promise<T> {
  for (;;) {
    const m = posted.slice(from).find(pick);
    if (m) return m;
    await new Promise((r) => setTimeout(r, 5));
  }
}
const isEnd = (m: FromWorker): m is Extract<FromWorker, { t: 'compare-end' }> => m.t === 'compare-end';
const isProgress = (m: FromWorker): m is Extract<FromWorker, { t: 'compare-progress' }> => m.t === 'compare-progress';
/** All but the host's wall time: the one number that differs from run to run. */
const numbers = (rs: readonly WorkloadResult[]) => rs.map((r) => ({ ...r, modes: Object.fromEntries(COMPARE_MODES.map((m) => [m, { ...r.modes[m], hostMs: 0 }])) }));

describe('the compare view in the worker', { timeout: 180_000 }, () => {
  for (const p of PRESETS)
    it(`gives the numbers and the chart of pvm compare --cpu ${p.name} --json`, async () => {
      const from = posted.length;
      send({ t: 'compare', files: FILES, cpu: p.name });
      const end = (await until(from, isEnd)).end;
      if (end.kind !== 'done') throw new Error(`not measured: ${JSON.stringify(end)}`);
      const want = cli(p.name);
      expect(want.cpu).toBe(p.name);
      expect(numbers(end.report.results)).toEqual(numbers(want.workloads));
      expect(end.report.warnings).toEqual([]);
      expect(end.report.svg).toBe(compareSvg(want.workloads, costModel(p.name)!, { inline: true }));
      // Progress came run by run, in order, while it measured.
      const runs = posted.slice(from).filter(isProgress).map((m) => m.progress);
      expect([...new Set(runs.map((x) => x.done))]).toEqual([...Array(RUNS).keys()]);
      expect(runs.length).toBeGreaterThan(RUNS);
    });

  it('stops between slices when Stop comes, saying how far it got', async () => {
    const from = posted.length;
    // Stop in the middle of the third run, after its first slice, as a click would land there.
    onPost = (m) => {
      if (isProgress(m) && m.progress.done === 2 && m.progress.instructions > 0) {
        onPost = null;
        send({ t: 'stop' });
      }
    };
    send({ t: 'compare', files: FILES, cpu: PRESETS[0]!.name });
    const end = await until(from, isEnd);
    expect(end.end).toEqual({ kind: 'stopped', done: 2, total: RUNS });
    // Nothing more comes once it has ended.
    const after = posted.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(posted.length).toBe(after);
  });

  it('refuses a CPU it does not know, and a workload missing from the page, in one line', async () => {
    let from = posted.length;
    send({ t: 'compare', files: FILES, cpu: 'pentium' });
    expect((await until(from, isEnd)).end).toEqual({ kind: 'failed', message: "unknown CPU preset 'pentium'" });
    from = posted.length;
    const some = Object.fromEntries(Object.entries(FILES).filter(([k]) => !k.endsWith('/cpu.pv.s')));
    send({ t: 'compare', files: some, cpu: PRESETS[0]!.name });
    expect((await until(from, isEnd)).end).toEqual({ kind: 'failed', message: 'the workload bench/workloads/cpu.pv.s is not in the page' });
  });
});
