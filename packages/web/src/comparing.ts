// The compare view's measurement, run by the worker: the workloads of `pvm compare` (bundled
// with the page) measured by @pvm/compare under a CPU preset, in slices so Stop gets in between.
// The numbers are those `pvm compare --cpu NAME --json` prints (a test holds the two together).
import { formatDiagnostic, memoryHost } from '@pvm/asm';
import { WORKLOAD_DIR, compareSvg, measuring, type MeasureFailure, type Progress, type WorkloadResult } from '@pvm/compare';
import { costModel } from '@pvm/hypervisor';
import { SLICE } from './limits.ts';

export type { Progress } from '@pvm/compare';

export interface CompareReport {
  /** The CPU preset's name. */
  readonly cpu: string;
  readonly results: WorkloadResult[];
  /** The chart, drawn to sit in the page (its colours). */
  readonly svg: string;
  /** Runs that did not do what their workload says: their scores mean nothing. */
  readonly warnings: string[];
}

export type CompareEnd =
  | { readonly kind: 'done'; readonly report: CompareReport }
  | { readonly kind: 'failed'; readonly message: string }
  /** Stop pressed: `done` runs of `total` had finished. */
  | { readonly kind: 'stopped'; readonly done: number; readonly total: number };

function failure(f: MeasureFailure): string {
  switch (f.kind) {
    case 'missing':
      return `the workload ${f.file} is not in the page`;
    case 'assembly': {
      const d = f.result.diagnostics[0];
      return f.result.missing !== undefined || !d ? `cannot read ${f.result.missing ?? f.file}` : `a workload does not assemble: ${formatDiagnostic(d).split('\n')[0]}`;
    }
    case 'unrunnable':
      return `cannot run ${f.file} [${f.mode}]: ${f.message}`;
  }
}

/** Measure every workload in every mode under the preset `cpu`, `slice` instructions at a time. */
export function* comparing(files: Readonly<Record<string, string>>, cpu: string, slice = SLICE): Generator<Progress, CompareEnd, void> {
  const cost = costModel(cpu, {});
  if (!cost) return { kind: 'failed', message: `unknown CPU preset '${cpu}'` };
  const m = yield* measuring(memoryHost({ ...files }), WORKLOAD_DIR, cost, slice);
  if (!m.ok) return { kind: 'failed', message: failure(m.failure) };
  const warnings = m.warnings.map((w) => `${w.file} [${w.mode}] did not do what it says: ${w.message}`);
  return { kind: 'done', report: { cpu, results: m.results, svg: compareSvg(m.results, cost, { inline: true }), warnings } };
}
