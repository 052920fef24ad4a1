// `pvm compare`: the same workloads natively, under trap-and-emulate, with hardware assistance
// and paravirtualized, scored relative to native as the Xen paper's Fig. 3 does.
import { COST_FLAGS, COST_NAMES, PRESETS, type CostName } from '@pvm/isa';
import { costModel, type CostModel } from '@pvm/hypervisor';
import { parse, usageError } from '../args.ts';
import { assetPath } from '../assets.ts';
import { EXIT, type Io } from '../io.ts';
import { MACHINE_OPTIONS, costSettings } from '../machine.ts';
import { COMPARE_MODES, WORKLOADS, compareSvg } from '@pvm/compare';
import { measure } from '../compare/measure.ts';
import { formatCompare, formatSweep, type SweepPoint } from '../compare/table.ts';

export { formatCompare } from '../compare/table.ts';
export { measure } from '../compare/measure.ts';

export const help = `Usage: pvm compare [options]

Run the same workloads natively (native), under trap-and-emulate (trap), with hardware
assistance (hvm) and paravirtualized (pv), and print each one's relative score: native
cycles divided by the mode's cycles, 1.00 being bare metal and higher better, as Barham et
al., "Xen and the Art of Virtualization" (SOSP 2003) print their Fig. 3. Below the scores,
where each mode spent its cycles and on which exits.

Workloads (in DIR, default the bench/workloads that came with this pvm), each an unmodified
kernel (native, trap, hvm) with a paravirtual twin (pv) that does the same work:
${WORKLOADS.map((w) => `  ${w.name.padEnd(10)} ${w.title} (like ${w.like})`).join('\n')}

Options:
  --cpu NAME          the cost model's CPU: ${PRESETS.map((p) => p.name).join(', ')}
  --cost-exit N, --cost-NAME N
                      override costs as for pvm run (pvm run --help lists them)
  --sweep NAME=A..B   also show how the scores move as one cost goes from A to B cycles
                      (NAME: cost-exit or any cost-NAME; add /STEPS, default 5)
  --svg FILE          write the scores as a grouped bar chart (SVG)
  --json              print the results as JSON
  --dir DIR           where the workloads are
  -h, --help          show this help

Exit status: 0, or 70 when a workload did not do what it says in some mode (its score would
mean nothing), 64 usage, 65 a workload does not assemble, 66 a workload is missing, 73/74 the
SVG cannot be written.
`;

function defaultDir(): string {
  return assetPath('bench/workloads');
}

const COST_ONLY = Object.fromEntries(Object.entries(MACHINE_OPTIONS).filter(([k]) => k === 'cpu' || k.startsWith('cost-')));

/** `cost-exit=1000..5000/9`: the flag and its values, or what is wrong with it. */
function parseSweep(text: string): { flag: string; values: number[] } | string {
  const m = /^(cost-[a-z-]+)=(\d+)\.\.(\d+)(?:\/(\d+))?$/.exec(text);
  const names = ['cost-exit', ...COST_NAMES.map((k) => `cost-${COST_FLAGS[k as CostName]}`)];
  if (!m) return `--sweep expects NAME=A..B or NAME=A..B/STEPS (e.g. cost-exit=500..5000), not '${text}'`;
  const [, flag, a, b, steps] = m;
  if (!names.includes(flag!)) return `--sweep: unknown cost '${flag}' (expected ${names.join(', ')})`;
  const lo = Number(a);
  const hi = Number(b);
  const k = steps === undefined ? 5 : Number(steps);
  if (!(hi > lo) || hi > 0xffffffff) return `--sweep ${flag}: the range must go up, below 2^32 cycles, not ${a}..${b}`;
  if (!(k >= 2 && k <= 20)) return `--sweep: between 2 and 20 steps, not ${steps}`;
  return { flag: flag!, values: Array.from({ length: k }, (_, i) => Math.round(lo + ((hi - lo) * i) / (k - 1))) };
}

export function run(io: Io, argv: string[]): number {
  const a = parse(io, 'compare', argv, { ...COST_ONLY, json: { type: 'boolean' }, dir: { type: 'string' }, svg: { type: 'string' }, sweep: { type: 'string' } });
  if (typeof a === 'number') return a;
  if (a.values.help) return io.out(help), EXIT.ok;
  if (a.positionals.length) return usageError(io, 'compare', `unexpected argument '${a.positionals[0]}'`);
  const costs = costSettings(a.values);
  if (typeof costs === 'string') return usageError(io, 'compare', costs);
  const sweep = a.values.sweep === undefined ? null : parseSweep(a.values.sweep as string);
  if (typeof sweep === 'string') return usageError(io, 'compare', sweep);
  const dir = (a.values.dir as string | undefined) ?? defaultDir();
  const results = measure(io, dir, costs.cost, Boolean(a.values.json));
  if (typeof results === 'number') return results;

  let points: SweepPoint[] = [];
  if (sweep) {
    for (const value of sweep.values) {
      const cost = costSettings({ ...a.values, [sweep.flag]: String(value) }) as { cost: CostModel };
      const r = measure(io, dir, cost.cost, true);
      if (typeof r === 'number') return r;
      points.push({ value, results: r });
    }
  }
  if (a.values.svg !== undefined) {
    const err = io.writeFile(a.values.svg as string, compareSvg(results, costs.cost));
    if (err) {
      io.err(`pvm compare: cannot write '${a.values.svg}': ${err.message ?? err.code}\n`);
      return err.status ?? EXIT.cantCreate;
    }
  }
  if (a.values.json)
    io.out(JSON.stringify({ cpu: costs.cost.preset, costs: costOf(costs.cost), workloads: results, ...(sweep ? { sweep: { cost: sweep.flag, points } } : {}) }, null, 2) + '\n');
  else {
    io.out(formatCompare(results, costs.cost));
    if (sweep) io.out('\n' + formatSweep(sweep.flag, points));
  }
  points = [];
  return results.every((r) => COMPARE_MODES.every((m) => r.modes[m].passed)) ? EXIT.ok : EXIT.software;
}

/** The numbers in force, by name. */
const costOf = (c: CostModel): Record<string, number> => Object.fromEntries(COST_NAMES.map((k) => [k, c[k]]));

/** The costs of the default CPU (for the generated docs). */
export const defaultCost = (): CostModel => costModel()!;
