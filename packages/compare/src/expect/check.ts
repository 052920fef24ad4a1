// Run one case of a kernel in one mode and check it against what the case expects: the grader's
// verdict on a submission, and `pvm compare`'s proof that a workload did the work it says.
import { MemoryDisk } from '@pvm/devices';
import { DEFAULT_CONTROLS, createDomain, statsJson, type CostModel, type Mode, type StatsJson, type VmcsControls } from '@pvm/hypervisor';
import type { Image } from '@pvm/image';
import { DEFAULT_MEMORY } from '@pvm/isa';
import { GradeConsole } from './console.ts';
import { diffText } from './diff.ts';
import { forMode, modeProblem, type Case, type CountCheck, type ModeSpec } from './expectations.ts';
import { imageFits } from './fit.ts';
import { EXPECTATION_LIMITS } from './limits.ts';
import { exitStatus, stopReport } from './stop.ts';

/** hvm's controls with the ones a mode's flags turn off (`hvm+no-hlt-exiting`, `hvm+io-bitmap-none`). */
function controlsOf(flags: readonly string[]): VmcsControls {
  const off = (name: string): boolean => !flags.includes(`no-${name}`);
  return {
    hltExiting: off('hlt-exiting'),
    extIntExiting: off('ext-int-exiting'),
    intWindowExiting: off('int-window-exiting'),
    vmcall: off('vmcall'),
    ioBitmap: flags.includes('io-bitmap-none') ? new Set() : DEFAULT_CONTROLS.ioBitmap,
  };
}

/** One case in one mode. */
export interface ModeResult {
  readonly file: string;
  /** The case's name; null for the single-case form. */
  readonly case: string | null;
  readonly mode: string;
  readonly passed: boolean;
  readonly failures: string[];
  readonly expected: { output: string; exit: number };
  /** `output` is cut at EXPECTATION_LIMITS.reportOutput; `outputBytes` is how much the guest wrote. */
  readonly actual: { output: string; exit: number; report: string | null; outputBytes: number };
  readonly stats: StatsJson | null;
}

/** The name `pvm compare` knows this by. */
export type CaseResult = ModeResult;

const OPS: Record<CountCheck['op'], (got: number, n: number) => boolean> = {
  '=': (g, n) => g === n,
  '<=': (g, n) => g <= n,
  '>=': (g, n) => g >= n,
  '<': (g, n) => g < n,
  '>': (g, n) => g > n,
};

const cut = (s: string): string => (s.length > EXPECTATION_LIMITS.reportOutput ? s.slice(0, EXPECTATION_LIMITS.reportOutput) : s);

/**
 * One case in one mode, run `slice` instructions at a time: after each slice it yields the
 * instructions run so far, so a caller that must stay responsive (a web worker) can look at
 * its messages in between. Virtual time never depends on how the run is cut: the result is
 * the same for every slice size.
 */
export function* checkCase(file: string, img: Image, ex: Case, spec: ModeSpec, cost?: CostModel, slice = Infinity): Generator<number, ModeResult, void> {
  const expectedLines = forMode(ex.output, spec);
  const expected = { output: expectedLines ? expectedLines.join('\n') + '\n' : '', exit: forMode(ex.exit, spec) ?? 0 };
  const failures: string[] = [];
  const fail = (message: string): ModeResult => {
    failures.push(message);
    return { file, case: ex.name, mode: spec.name, passed: false, failures, expected, actual: { output: '', exit: -1, report: null, outputBytes: 0 }, stats: null };
  };
  const bad = modeProblem(spec.name);
  if (bad) return fail(bad);
  // As `pvm run` does: an image that does not fit the machine is refused, not loaded.
  const misfit = imageFits(img, { mode: spec.mode as Mode, memory: DEFAULT_MEMORY });
  if (misfit) return fail(misfit);
  const console = new GradeConsole(forMode(ex.input, spec) ?? '');
  const dom = createDomain(img, {
    mode: spec.mode as Mode,
    memory: DEFAULT_MEMORY,
    console,
    disk: ex.disk ? new MemoryDisk(ex.disk) : null,
    maxSteps: ex.maxSteps,
    outputLimit: ex.outputLimit,
    ...(cost ? { cost } : {}),
    ...(spec.flags.length ? { controls: controlsOf(spec.flags) } : {}),
  });
  let stop = dom.run(slice);
  while (stop === null) {
    yield dom.cpu.instret;
    stop = dom.run(slice);
  }
  const output = console.text();
  const exit = exitStatus(stop);
  const report = stopReport(stop, img);
  const stats = statsJson(dom);
  if (output !== expected.output) failures.push('output differs:', ...diffText(expected.output, output).map((l) => '  ' + l));
  if (exit !== expected.exit) failures.push(`exit status: expected ${expected.exit}, got ${exit}${report ? ` (${report})` : ''}`);
  for (const c of ex.counts) {
    if (c.mode !== null && c.mode !== spec.name) continue;
    const table = c.what === 'exits' ? stats.exits : stats.hypercalls;
    const got = c.key === 'total' ? table.total : ((c.what === 'exits' ? stats.exits.byCause : stats.hypercalls.byName)[c.key] ?? 0);
    if (!OPS[c.op](got, c.count)) failures.push(`${c.what} '${c.key}': expected ${c.op === '=' ? '' : c.op + ' '}${c.count}, got ${got}`);
  }
  return { file, case: ex.name, mode: spec.name, passed: failures.length === 0, failures, expected, actual: { output: cut(output), exit, report, outputBytes: console.bytesOut }, stats };
}

/** The value a generator returns, run to its end. */
export function finish<T>(g: Generator<unknown, T, void>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}

/** One case in one mode, in one go. */
export const gradeCase = (file: string, img: Image, ex: Case, spec: ModeSpec, cost?: CostModel): ModeResult => finish(checkCase(file, img, ex, spec, cost));
