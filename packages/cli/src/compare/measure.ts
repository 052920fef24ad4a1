// Running the workloads of `pvm compare`: each one in every mode, with the same cost model, and
// each run checked against what the workload says it does (a run that did other work would
// make its score meaningless).
import type { CostModel, StatsJson } from '@pvm/hypervisor';
import { EXIT, type Io } from '../io.ts';
import { assembleFile, reason } from '../load.ts';
import { gradeCase } from '../grader/grade.ts';
import { parseExpectations, parseModeSpec } from '../grader/expectations.ts';

export const COMPARE_MODES = ['native', 'trap', 'hvm', 'pv'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

export interface Workload {
  readonly name: string;
  readonly title: string;
  /** The benchmark of Barham et al. 2003, Fig. 3, this one stands for (in spirit, not in size). */
  readonly like: string;
  /** The unmodified kernel (native, trap, hvm) and its paravirtual twin (pv). */
  readonly file: string;
  readonly pvFile: string;
}

export const WORKLOADS: readonly Workload[] = [
  { name: 'cpu', title: 'CPU-bound: primes below 40,000', like: 'SPEC INT2000', file: 'cpu.s', pvFile: 'cpu.pv.s' },
  { name: 'syscall', title: 'build-like: compute, 300 system calls', like: 'Linux build time', file: 'syscall.s', pvFile: 'syscall.pv.s' },
  { name: 'block-pio', title: 'file I/O, 16+16 sectors, PIO (pv: ring)', like: 'dbench', file: 'block-pio.s', pvFile: 'block.pv.s' },
  { name: 'block-dma', title: 'file I/O, 16+16 sectors, DMA (pv: ring)', like: 'dbench', file: 'block-dma.s', pvFile: 'block.pv.s' },
  { name: 'irq', title: 'kernel work, 2 kHz tick, 2,000 cli/sti', like: 'OSDB-OLTP', file: 'irq.s', pvFile: 'irq.pv.s' },
  { name: 'console', title: 'console output, 4 KiB', like: '(none: a per-byte device)', file: 'console.s', pvFile: 'console.pv.s' },
];

export interface ModeResult {
  cycles: number;
  guestCycles: number;
  hypervisorCycles: number;
  instructions: number;
  exits: number;
  /** The most frequent exit causes, most frequent first (at most three). */
  topExits: [string, number][];
  hypercalls: number;
  upcalls: number;
  hostMs: number;
  passed: boolean;
}

export interface WorkloadResult {
  name: string;
  title: string;
  like: string;
  modes: Record<CompareMode, ModeResult>;
  /** Relative score as Barham et al. print it: native cycles / this mode's cycles (1.00 = native, higher is better). */
  score: Record<CompareMode, number>;
}

/** Run every workload in every mode; an exit status (after one line) if one cannot be read or assembled. */
export function measure(io: Io, dir: string, cost: CostModel, quietErrors = false): WorkloadResult[] | number {
  const quiet: Io = { ...io, err: () => {} };
  const results: WorkloadResult[] = [];
  const decoder = new TextDecoder();
  for (const w of WORKLOADS) {
    const modes = {} as WorkloadResult['modes'];
    for (const mode of COMPARE_MODES) {
      const file = `${dir}/${mode === 'pv' ? w.pvFile : w.file}`;
      const raw = io.readFile(file);
      if (!(raw instanceof Uint8Array)) {
        io.err(`pvm compare: cannot open workload '${file}': ${reason(raw.code)}\n`);
        return EXIT.noInput;
      }
      const asm = assembleFile(quietErrors ? quiet : io, 'compare', file);
      if (typeof asm === 'number') return asm;
      const ex = parseExpectations(decoder.decode(raw));
      const t0 = performance.now();
      const r = gradeCase(file, asm.image, ex, parseModeSpec(mode), cost);
      const hostMs = performance.now() - t0;
      // No stats: the workload could not even be started (it does not fit the machine).
      if (!r.stats) {
        io.err(`pvm compare: cannot run ${file} [${mode}]: ${r.failures[0]}\n`);
        return EXIT.dataErr;
      }
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
        hostMs,
        passed: r.passed,
      };
      if (!r.passed) io.err(`pvm compare: warning: ${file} [${mode}] did not do what it says: ${r.failures[0]}\n`);
    }
    const base = modes.native.cycles;
    const score = Object.fromEntries(COMPARE_MODES.map((m) => [m, base / modes[m].cycles])) as Record<CompareMode, number>;
    results.push({ name: w.name, title: w.title, like: w.like, modes, score });
  }
  return results;
}
