// What every report format is made from: the outcomes of each submission's cases.
import type { CaseOutcome } from '../grade.ts';

export interface SubmissionResult {
  /** A kernel's path (`pvm test FILES`), or a submission's name (`--spec`, `--batch`). */
  readonly name: string;
  readonly outcomes: CaseOutcome[];
  /** Things about the submission as a whole (an unreadable directory in it, a cut-off search). */
  readonly notes: string[];
}

export const score = (outcomes: readonly CaseOutcome[]): number => round(outcomes.reduce((s, o) => s + o.score, 0));
export const maxScore = (outcomes: readonly CaseOutcome[]): number => round(outcomes.reduce((s, o) => s + o.maxScore, 0));

/** Points are decimals like 0.1: sums are shown to the hundredth, not as 0.30000000000000004. */
export const round = (n: number): number => Math.round(n * 100) / 100;

/** Checks passed and failed: each mode a case ran in, and each case that could not run. */
export function tally(outcomes: readonly CaseOutcome[]): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  for (const o of outcomes) {
    if (!o.modes.length) failed++;
    for (const m of o.modes) m.passed ? passed++ : failed++;
  }
  return { passed, failed };
}

/** The lines that say why a case did not pass: per mode, or the reason it could not run. */
export function failureLines(o: CaseOutcome): string[] {
  if (!o.modes.length) return o.message ? [o.message, ...o.details] : o.details;
  return o.modes.filter((m) => !m.passed).flatMap((m) => (o.modes.length > 1 || o.named ? [`[${m.mode}]`, ...m.failures.map((f) => '  ' + f)] : m.failures));
}

/** A one-line account of a passed case's runs. */
export function passLine(o: CaseOutcome): string {
  return o.modes.map((m) => `${m.mode}: ${m.stats ? `${m.stats.instructions.toLocaleString('en-US')} instructions, ${m.stats.exits.total} exits, ${m.stats.hypercalls.total} hypercalls` : 'passed'}`).join('; ');
}
