// Measuring the workloads from sources given as strings: the numbers do not depend on how the
// runs are sliced, every way it can fail is a value naming the file, and a run that does other
// work than its workload says is a warning beside its numbers.
import { memoryHost } from '@pvm/asm';
import { costModel } from '@pvm/hypervisor';
import { describe, expect, it } from 'vitest';
import { COMPARE_MODES, RUNS, WORKLOADS, WORKLOAD_DIR, fileFor, finish, measuring, measure, type Measured, type Progress, type WorkloadResult } from '../src/index.ts';
import { FILES } from './helpers.ts';

const host = memoryHost({ ...FILES });
const core2 = costModel('core2')!;
/** Everything but the host's wall time, which is the one number that differs between runs. */
const numbers = (rs: readonly WorkloadResult[]) => rs.map((r) => ({ ...r, modes: Object.fromEntries(COMPARE_MODES.map((m) => [m, { ...r.modes[m], hostMs: 0 }])) }));
const ok = (m: Measured): WorkloadResult[] => {
  if (!m.ok) throw new Error(`not measured: ${JSON.stringify(m.failure)}`);
  return m.results;
};
/** The workload files with one replaced (every file a workload names, from WORKLOADS). */
const withFile = (file: string, text: string) => memoryHost({ ...FILES, [`${WORKLOAD_DIR}/${file}`]: text });

describe('measuring the workloads', { timeout: 120_000 }, () => {
  const whole = ok(measure(host, WORKLOAD_DIR, core2));

  it('scores every workload in every mode, native 1.00, each run doing what its workload says', () => {
    expect(whole.map((r) => r.name)).toEqual(WORKLOADS.map((w) => w.name));
    for (const r of whole)
      for (const m of COMPARE_MODES) {
        expect(r.modes[m].passed, `${r.name} ${m}`).toBe(true);
        expect(r.score[m]).toBe(r.modes.native.cycles / r.modes[m].cycles);
      }
  });

  it('gives the same numbers however the runs are sliced, and says where it is between slices', () => {
    for (const slice of [1 << 18, 77_777]) {
      const seen: Progress[] = [];
      const g = measuring(host, WORKLOAD_DIR, core2, slice);
      let r = g.next();
      while (!r.done) {
        seen.push(r.value);
        r = g.next();
      }
      expect(numbers(ok(r.value))).toEqual(numbers(whole));
      // Every run is announced in order, and a long one is cut into slices.
      const starts = seen.filter((p) => p.instructions === 0);
      expect(starts.map((p) => p.done)).toEqual([...Array(RUNS).keys()]);
      expect(starts.map((p) => `${p.workload} ${p.mode}`)).toEqual(WORKLOADS.flatMap((w) => COMPARE_MODES.map((m) => `${w.name} ${m}`)));
      const most = Math.max(...whole.flatMap((w) => COMPARE_MODES.map((m) => w.modes[m].instructions)));
      expect(seen.length - starts.length).toBeGreaterThanOrEqual(Math.floor(most / slice));
      for (const p of seen) expect(p.total).toBe(RUNS);
    }
  });

  it('names a workload file it cannot read, the first row\'s or the last\'s', () => {
    for (const w of [WORKLOADS[0]!, WORKLOADS.at(-1)!])
      for (const mode of ['native', 'pv'] as const) {
        const file = `${WORKLOAD_DIR}/${fileFor(w, mode)}`;
        const files = { ...FILES };
        delete files[file];
        const m = measure(memoryHost(files), WORKLOAD_DIR, core2);
        expect(m.ok).toBe(false);
        // The first workload that needs it stops the measurement there.
        if (!m.ok) expect(m.failure).toEqual({ kind: 'missing', file });
      }
  });

  it('stops at a workload that does not assemble, or includes a file that is not there, with the assembler\'s result', () => {
    for (const text of ['_start: frob r1\n', '.include "nowhere.s"\n']) {
      const m = measure(withFile(WORKLOADS[1]!.file, text), WORKLOAD_DIR, core2);
      expect(m.ok).toBe(false);
      if (!m.ok && m.failure.kind === 'assembly') {
        expect(m.failure.file).toBe(`${WORKLOAD_DIR}/${WORKLOADS[1]!.file}`);
        expect(m.failure.result.diagnostics.length).toBeGreaterThan(0);
      } else expect.unreachable(JSON.stringify(m));
    }
  });

  it('stops at a workload that cannot start, with why', () => {
    const m = measure(withFile(WORKLOADS[0]!.pvFile, '.paravirt\n_start: nop\n.data\n.space 0x200000\n'), WORKLOAD_DIR, core2);
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.failure).toMatchObject({ kind: 'unrunnable', file: `${WORKLOAD_DIR}/${WORKLOADS[0]!.pvFile}`, mode: 'pv', message: expect.stringMatching(/past the end of guest memory/) });
  });

  it('measures a run that did other work, with a warning naming it', () => {
    const w = WORKLOADS.at(-1)!;
    const src = FILES[`${WORKLOAD_DIR}/${w.file}`]!.replace(/^; expect: (.*)$/m, '; expect: $1 (not quite)');
    const m = measure(withFile(w.file, src), WORKLOAD_DIR, core2);
    expect(m.ok).toBe(true);
    const failed = COMPARE_MODES.filter((mode) => mode !== 'pv');
    expect(m.warnings.map((x) => x.mode)).toEqual(failed);
    for (const x of m.warnings) expect(x).toMatchObject({ file: `${WORKLOAD_DIR}/${w.file}`, message: 'output differs:' });
    const r = ok(m).at(-1)!;
    for (const mode of COMPARE_MODES) expect(r.modes[mode].passed).toBe(mode === 'pv');
  });

  it('finish() drains a generator to its value', () => {
    function* g(): Generator<number, string, void> {
      yield 1;
      yield 2;
      return 'end';
    }
    expect(finish(g())).toBe('end');
  });
});
