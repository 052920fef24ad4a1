// Run one case of one kernel in each of its modes, against what the case expects (each mode
// checked by @pvm/compare's gradeCase, which `pvm compare` uses too), and score it.
import { gradeCase, type Case, type ModeResult, type ModeSpec, type Visibility } from '@pvm/compare';
import type { Image } from '@pvm/image';

export type { ModeResult } from '@pvm/compare';

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
