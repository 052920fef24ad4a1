// The report for people at a terminal. Kernels (`pvm test FILES`): one PASS/FAIL line per case
// and mode, the reasons indented under it. Submissions (`--spec`, `--batch`): a score line per
// submission, then its cases; `brief` keeps a failing case to one line (a class's batch).
import type { CaseOutcome } from '../grade.ts';
import { failureLines, maxScore, score, tally, type SubmissionResult } from './model.ts';

const stats = (o: CaseOutcome['modes'][number]): string =>
  o.stats ? `  (${o.stats.instructions.toLocaleString('en-US')} instructions, ${o.stats.exits.total} exits, ${o.stats.hypercalls.total} hypercalls)` : '';

/** Names and messages come from submissions (a directory named with an escape sequence): none
 * reaches the terminal as a control character. */
const printable = (lines: string[]): string =>
  lines
    .flatMap((l) => l.split('\n'))
    .map((l) => l.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '?'))
    .join('\n') + '\n';

const pts = (n: number): string => `${n} point${n === 1 ? '' : 's'}`;

/** `pvm test FILES`: stdout lines, and the diagnostics of cases that could not run for stderr. */
export function kernelsText(subs: readonly SubmissionResult[]): { out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const all = subs.flatMap((s) => s.outcomes);
  for (const o of all) {
    const label = o.named ? `${o.file ?? o.submission}::${o.case}` : (o.file ?? o.submission);
    if (!o.modes.length) {
      out.push(`FAIL  ${label} [${o.status === 'timeout' ? 'timeout' : 'error'}]`, `      ${o.message}`);
      err.push(...o.details);
      continue;
    }
    for (const m of o.modes) {
      out.push(`${m.passed ? 'PASS' : 'FAIL'}  ${label} [${m.mode}]${stats(m)}`);
      for (const f of m.failures) out.push(`      ${f}`);
    }
  }
  for (const s of subs) for (const n of s.notes) err.push(`pvm test: ${n}`);
  const t = tally(all);
  if (!all.length) out.push('no kernels with expectations found');
  else {
    if (all.some((o) => o.named)) out.push(`score: ${score(all)}/${maxScore(all)} points`);
    out.push(`${t.passed} passed, ${t.failed} failed`);
  }
  return { out: printable(out), err: err.length ? printable(err) : '' };
}

/** `--spec` and `--batch`: per submission, its score and cases. */
export function submissionsText(subs: readonly SubmissionResult[], brief: boolean): string {
  const out: string[] = [];
  for (const s of subs) {
    out.push(`${s.name}: ${score(s.outcomes)}/${maxScore(s.outcomes)} points`);
    for (const n of s.notes) out.push(`  note: ${n}`);
    for (const o of s.outcomes) {
      const head = `  ${o.status === 'passed' ? 'PASS' : 'FAIL'}  ${o.case} (${o.score}/${pts(o.maxScore)})`;
      if (o.status === 'passed') out.push(head);
      else if (brief) out.push(`${head}: ${o.message}`);
      else out.push(head, ...failureLines(o).map((l) => `        ${l}`));
    }
  }
  const all = subs.flatMap((s) => s.outcomes);
  const passed = all.filter((o) => o.status === 'passed').length;
  if (subs.length > 1) out.push(`${subs.length} submissions, ${score(all)}/${maxScore(all)} points in all`);
  out.push(`${passed} passed, ${all.length - passed} failed`);
  return printable(out);
}
