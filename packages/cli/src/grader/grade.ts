// Run one case of one kernel in each of its modes, against what the case expects.
import { MemoryDisk } from '@pvm/devices';
import { DEFAULT_CONTROLS, createDomain, statsJson, type CostModel, type Mode, type StatsJson, type VmcsControls } from '@pvm/hypervisor';
import type { Image } from '@pvm/image';
import { DEFAULT_MEMORY } from '@pvm/isa';
import { imageFits } from '../machine.ts';
import { exitStatus, stopReport } from '../stop.ts';
import { GradeConsole } from './console.ts';
import { diffText } from './diff.ts';
import { forMode, modeProblem, type Case, type CountCheck, type ModeSpec, type Visibility } from './expectations.ts';
import { LIMITS } from './limits.ts';

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
  /** `output` is cut at LIMITS.reportOutput; `outputBytes` is how much the guest wrote. */
  readonly actual: { output: string; exit: number; report: string | null; outputBytes: number };
  readonly stats: StatsJson | null;
}

/** The name `pvm compare` knows this by. */
export type CaseResult = ModeResult;

export type CaseStatus = 'passed' | 'failed' | 'error' | 'timeout';

/** One case of one submission, over all its modes: what a grade is made of. */
export interface CaseOutcome {
  /** The submission as named on the command line or in the batch directory. */
  readonly submission: string;
  /** The kernel that ran, or null when none could be found. */
  readonly file: string | null;
  /** The case's name, or the kernel's file name in the single-case form. */
  readonly case: string;
  readonly named: boolean;
  readonly score: number;
  readonly maxScore: number;
  readonly status: CaseStatus;
  /** One line: why the case did not pass (null when it did). */
  readonly message: string | null;
  /** Lines that explain a case that could not run (assembler errors, an unreadable file). */
  readonly details: string[];
  readonly modes: ModeResult[];
  /** Wall time, milliseconds. */
  readonly ms: number;
  readonly visibility: Visibility;
}

export function defaultModes(img: Image): ModeSpec[] {
  return img.paravirt ? [{ name: 'pv', mode: 'pv', flags: [] }] : ['native', 'trap', 'hvm'].map((m) => ({ name: m, mode: m, flags: [] }));
}

const OPS: Record<CountCheck['op'], (got: number, n: number) => boolean> = {
  '=': (g, n) => g === n,
  '<=': (g, n) => g <= n,
  '>=': (g, n) => g >= n,
  '<': (g, n) => g < n,
  '>': (g, n) => g > n,
};

const cut = (s: string): string => (s.length > LIMITS.reportOutput ? s.slice(0, LIMITS.reportOutput) : s);

export function gradeCase(file: string, img: Image, ex: Case, spec: ModeSpec, cost?: CostModel): ModeResult {
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
  const stop = dom.run()!;
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

/** The display name of a case: its own, or the kernel's file name in the single-case form. */
export const caseName = (c: Case, file: string | null, submission: string): string => c.name ?? file ?? submission;

/** A case that could not run at all: scored 0 with one line of why, and the lines behind it. */
export function unrunnable(submission: string, file: string | null, c: Case, status: 'error' | 'timeout', message: string, details: string[] = [], ms = 0): CaseOutcome {
  return { submission, file, case: caseName(c, file, submission), named: c.name !== null, score: 0, maxScore: c.points, status, message, details, modes: [], ms, visibility: c.visibility };
}

/** Every mode of one case; the case passes (and earns its points) when every mode passes. */
export function runCase(submission: string, file: string, img: Image, c: Case): CaseOutcome {
  const t0 = performance.now();
  const modes = (c.modes ?? defaultModes(img)).map((m) => gradeCase(file, img, c, m));
  const failed = modes.find((m) => !m.passed);
  return {
    submission,
    file,
    case: caseName(c, file, submission),
    named: c.name !== null,
    score: failed ? 0 : c.points,
    maxScore: c.points,
    status: failed ? 'failed' : 'passed',
    message: failed ? `[${failed.mode}] ${failed.failures[0]!.replace(/:$/, '')}` : null,
    details: [],
    modes,
    ms: performance.now() - t0,
    visibility: c.visibility,
  };
}
