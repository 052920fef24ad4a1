// `--json`: everything, for programs. `passed`, `failed` and `results` (one entry per case and
// mode, as before cases existed) keep their meaning; `score`, `maxScore`, `cases` and
// `submissions` add the cases and points.
import type { ModeResult } from '../grade.ts';
import { maxScore, round, score, tally, type SubmissionResult } from './model.ts';

export function jsonReport(subs: readonly SubmissionResult[]): string {
  const all = subs.flatMap((s) => s.outcomes);
  const results: ModeResult[] = all.flatMap((o) =>
    o.modes.length
      ? o.modes
      : [{ file: o.file ?? o.submission, case: o.named ? o.case : null, mode: o.status === 'timeout' ? 'timeout' : 'error', passed: false, failures: [o.message ?? '', ...o.details], expected: { output: '', exit: 0 }, actual: { output: '', exit: -1, report: null, outputBytes: 0 }, stats: null }],
  );
  const cases = all.map((o) => ({
    submission: o.submission,
    file: o.file,
    case: o.case,
    status: o.status,
    score: o.score,
    maxScore: o.maxScore,
    message: o.message,
    details: o.details,
    visibility: o.visibility,
    ms: round(o.ms),
    modes: o.modes.map((m) => ({ mode: m.mode, passed: m.passed })),
  }));
  const submissions = subs.map((s) => ({ name: s.name, score: score(s.outcomes), maxScore: maxScore(s.outcomes), notes: s.notes }));
  return JSON.stringify({ ...tally(all), score: score(all), maxScore: maxScore(all), results, cases, submissions }, null, 2) + '\n';
}
