// Measuring the workloads: each one in every mode, under one cost model, each run checked
// against what the workload says it does (a run that did other work would make its score
// meaningless), and scored as Barham et al. 2003 score theirs. Sources come through a
// SourceHost: files on disk for the CLI, the bundled texts in the playground.
import { assemble, type AsmResult, type SourceHost } from '@pvm/asm';
import type { CostModel, StatsJson } from '@pvm/hypervisor';
import { checkCase, finish, type CaseResult } from './expect/check.ts';
import { parseExpectations, parseModeSpec } from './expect/expectations.ts';
import { COMPARE_MODES, RUNS, WORKLOADS, fileFor, type CompareMode } from './workloads.ts';

/** What one workload did in one mode. */
export interface ModeRun {
  cycles: number;
  guestCycles: number;
  hypervisorCycles: number;
  instructions: number;
  exits: number;
  /** The most frequent exit causes, most frequent first (at most three). */
  topExits: [string, number][];
  hypercalls: number;
  upcalls: number;
  /** Paging's counts (TLB misses, walks, the mode's strategy) when the kernel turned paging on. */
  mmu?: StatsJson['mmu'];
  /** Wall time of the run on this host: the one number that is not the same everywhere. */
  hostMs: number;
  passed: boolean;
}

export interface WorkloadResult {
  name: string;
  title: string;
  like: string;
  modes: Record<CompareMode, ModeRun>;
  /** Relative score as Barham et al. print it: native cycles / this mode's cycles (1.00 = native, higher is better). */
  score: Record<CompareMode, number>;
}

/** Where the measurement is: `done` of `total` runs finished, `workload` in `mode` running. */
export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly workload: string;
  readonly mode: CompareMode;
  /** Instructions of the current run so far. */
  readonly instructions: number;
}

/** Why the workloads could not be measured at all. */
export type MeasureFailure =
  | { readonly kind: 'missing'; readonly file: string }
  | { readonly kind: 'assembly'; readonly file: string; readonly result: Extract<AsmResult, { ok: false }> }
  /** It assembles but cannot even start (it does not fit the machine). */
  | { readonly kind: 'unrunnable'; readonly file: string; readonly mode: CompareMode; readonly message: string };

/** A run that did not do what its workload says: its score is shown, and means nothing. */
export interface MeasureWarning {
  readonly file: string;
  readonly mode: CompareMode;
  readonly message: string;
}

export type Measured = { readonly warnings: MeasureWarning[] } & ({ readonly ok: true; readonly results: WorkloadResult[] } | { readonly ok: false; readonly failure: MeasureFailure });

/**
 * Measure every workload in every mode (the workloads in `dir` of `host`). A generator: it
 * yields where it is after each `slice` instructions of a run, so a web worker can look at its
 * messages (Stop) between; the numbers do not depend on the slice.
 */
export function* measuring(host: SourceHost, dir: string, cost: CostModel, slice = Infinity): Generator<Progress, Measured, void> {
  const results: WorkloadResult[] = [];
  const warnings: MeasureWarning[] = [];
  let done = 0;
  for (const w of WORKLOADS) {
    const modes = {} as WorkloadResult['modes'];
    for (const mode of COMPARE_MODES) {
      const file = `${dir}/${fileFor(w, mode)}`;
      const text = host.readFile(file);
      if (text === null) return { ok: false, failure: { kind: 'missing', file }, warnings };
      const asm = assemble(file, host);
      if (!asm.ok) return { ok: false, failure: { kind: 'assembly', file, result: asm }, warnings };
      const at = { done, total: RUNS, workload: w.name, mode };
      yield { ...at, instructions: 0 };
      const run = checkCase(file, asm.image, parseExpectations(text), parseModeSpec(mode), cost, slice);
      // Only the time spent running counts, not the time the caller spends between slices.
      let hostMs = 0;
      let r: CaseResult | undefined;
      while (r === undefined) {
        const t0 = performance.now();
        const s = run.next();
        hostMs += performance.now() - t0;
        if (s.done) r = s.value;
        else yield { ...at, instructions: s.value };
      }
      if (!r.stats) return { ok: false, failure: { kind: 'unrunnable', file, mode, message: r.failures[0]! }, warnings };
      const s: StatsJson = r.stats;
      modes[mode] = {
        cycles: s.cycles,
        guestCycles: s.guestCycles,
        hypervisorCycles: s.hypervisorCycles,
        instructions: s.instructions,
        exits: s.exits.total,
        topExits: Object.entries(s.exits.byCause).slice(0, 3),
        hypercalls: s.hypercalls.total,
        upcalls: s.upcalls,
        ...(s.mmu ? { mmu: s.mmu } : {}),
        hostMs,
        passed: r.passed,
      };
      if (!r.passed) warnings.push({ file, mode, message: r.failures[0]! });
      done++;
    }
    const base = modes.native.cycles;
    const score = Object.fromEntries(COMPARE_MODES.map((m) => [m, base / modes[m].cycles])) as Record<CompareMode, number>;
    results.push({ name: w.name, title: w.title, like: w.like, modes, score });
  }
  return { ok: true, results, warnings };
}

/** Every workload in every mode, in one go. */
export const measure = (host: SourceHost, dir: string, cost: CostModel): Measured => finish(measuring(host, dir, cost));
