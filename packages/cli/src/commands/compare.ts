import type { StatsJson } from '@pvm/hypervisor';
import { parse, usageError } from '../args.ts';
import { assetPath } from '../assets.ts';
import { EXIT, type Io } from '../io.ts';
import { assembleFile, reason } from '../load.ts';
import { gradeCase } from '../grader/grade.ts';
import { parseExpectations, parseModeSpec } from '../grader/expectations.ts';

export const help = `Usage: pvm compare [--json] [--dir DIR]

Run the same workloads natively, under trap-and-emulate and paravirtualized, and print a
table in the shape of the Xen paper's relative-performance figure (Barham et al., "Xen and
the Art of Virtualization", SOSP 2003, Fig. 3): virtual cycles relative to native, VM exits
and hypercalls per workload, and host time.

Workloads (in DIR, default bench/workloads of this pvm): a CPU-bound loop, console output,
an interrupt-heavy kernel that masks and unmasks often, and block I/O. Each has an
unmodified kernel (NAME.s, run native and trap) and a paravirtual one (NAME.pv.s).

Options:
  --json       print the results as JSON
  --dir DIR    where the workloads are
  -h, --help   show this help
`;

export const WORKLOADS = [
  { name: 'cpu', title: 'CPU-bound loop (primes)' },
  { name: 'console', title: 'console output, 4 KiB' },
  { name: 'irq', title: 'interrupts, 2,000 mask/unmask' },
  { name: 'block', title: 'block I/O, 16+16 sectors' },
] as const;

const MODES = ['native', 'trap', 'pv'] as const;

export interface ModeResult {
  cycles: number;
  guestCycles: number;
  instructions: number;
  exits: number;
  hypercalls: number;
  upcalls: number;
  hostMs: number;
  passed: boolean;
}

export interface WorkloadResult {
  name: string;
  title: string;
  modes: Record<(typeof MODES)[number], ModeResult>;
  /** Cycles relative to native. */
  relative: Record<(typeof MODES)[number], number>;
}

function defaultDir(): string {
  return assetPath('bench/workloads');
}

export function run(io: Io, argv: string[]): number {
  const a = parse(io, 'compare', argv, { json: { type: 'boolean' }, dir: { type: 'string' } });
  if (typeof a === 'number') return a;
  if (a.values.help) return io.out(help), EXIT.ok;
  if (a.positionals.length) return usageError(io, 'compare', `unexpected argument '${a.positionals[0]}'`);
  const results = measure(io, (a.values.dir as string | undefined) ?? defaultDir(), Boolean(a.values.json));
  if (typeof results === 'number') return results;
  if (a.values.json) io.out(JSON.stringify({ workloads: results }, null, 2) + '\n');
  else io.out(formatCompare(results));
  return results.every((r) => MODES.every((m) => r.modes[m].passed)) ? EXIT.ok : EXIT.software;
}

/** Run every workload in every mode; an exit status if one cannot be read or assembled. */
export function measure(io: Io, dir: string, quietErrors = false): WorkloadResult[] | number {
  const quiet: Io = { ...io, err: () => {} };
  const results: WorkloadResult[] = [];
  for (const w of WORKLOADS) {
    const modes = {} as WorkloadResult['modes'];
    for (const mode of MODES) {
      const file = `${dir}/${w.name}${mode === 'pv' ? '.pv' : ''}.s`;
      const raw = io.readFile(file);
      if (!(raw instanceof Uint8Array)) {
        io.err(`pvm compare: cannot open workload '${file}': ${reason(raw.code)}\n`);
        return EXIT.noInput;
      }
      const asm = assembleFile(quietErrors ? quiet : io, 'compare', file);
      if (typeof asm === 'number') return asm;
      const ex = parseExpectations(new TextDecoder().decode(raw));
      const t0 = performance.now();
      const r = gradeCase(file, asm.image, ex, parseModeSpec(mode));
      const hostMs = performance.now() - t0;
      // No stats: the workload could not even be started (it does not fit the machine).
      if (!r.stats) {
        io.err(`pvm compare: cannot run ${file} [${mode}]: ${r.failures[0]}\n`);
        return EXIT.dataErr;
      }
      const s: StatsJson = r.stats;
      modes[mode] = { cycles: s.cycles, guestCycles: s.guestCycles, instructions: s.instructions, exits: s.exits.total, hypercalls: s.hypercalls.total, upcalls: s.upcalls, hostMs, passed: r.passed };
      if (!r.passed) io.err(`pvm compare: warning: ${file} [${mode}] did not do what it says: ${r.failures[0]}\n`);
    }
    const base = modes.native.cycles;
    results.push({ name: w.name, title: w.title, modes, relative: { native: 1, trap: modes.trap.cycles / base, pv: modes.pv.cycles / base } });
  }
  return results;
}

const n = (v: number): string => v.toLocaleString('en-US');

export function formatCompare(results: WorkloadResult[], opts: { hostTime?: boolean } = {}): string {
  const host = opts.hostTime ?? true;
  const out: string[] = [];
  const w = Math.max(...results.map((r) => r.title.length), 8);
  out.push('Virtual cycles relative to native (1.00 = bare metal; higher is slower).');
  out.push('The shape of Barham et al., "Xen and the Art of Virtualization", SOSP 2003, Fig. 3.');
  out.push('');
  out.push(`${'workload'.padEnd(w)}  ${'native'.padStart(7)}  ${'trap'.padStart(7)}  ${'pv'.padStart(7)}   ${'exits (trap)'.padStart(12)}  ${'hypercalls (pv)'.padStart(15)}`);
  for (const r of results) {
    const bar = (x: number): string => x.toFixed(2).padStart(7);
    out.push(`${r.title.padEnd(w)}  ${bar(r.relative.native)}  ${bar(r.relative.trap)}  ${bar(r.relative.pv)}   ${n(r.modes.trap.exits).padStart(12)}  ${n(r.modes.pv.hypercalls).padStart(15)}`);
  }
  out.push('');
  out.push(`${'details'.padEnd(w)}  ${'mode'.padEnd(6)}  ${'cycles'.padStart(11)}  ${'guest'.padStart(9)}  ${'exits'.padStart(6)}  ${'hcalls'.padStart(6)}  ${'upcalls'.padStart(7)}${host ? `  ${'host ms'.padStart(8)}` : ''}`);
  for (const r of results)
    for (const m of MODES) {
      const x = r.modes[m];
      out.push(
        `${(m === 'native' ? r.title : '').padEnd(w)}  ${m.padEnd(6)}  ${n(x.cycles).padStart(11)}  ${n(x.guestCycles).padStart(9)}  ${n(x.exits).padStart(6)}  ${n(x.hypercalls).padStart(6)}  ${n(x.upcalls).padStart(7)}${host ? `  ${x.hostMs.toFixed(1).padStart(8)}` : ''}`,
      );
    }
  out.push('');
  out.push('Costs: guest instructions as in docs/ISA.md; a VM exit 1,000 cycles, a hypercall or upcall 300 (docs/machine.md).');
  return out.join('\n') + '\n';
}
