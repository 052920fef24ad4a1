// `--format gradescope`: the results.json a Gradescope autograder leaves in
// /autograder/results, as its specification describes it
// (https://gradescope-autograders.readthedocs.io/en/latest/specs/): a top-level score and one
// test per case, each with its score, max_score, status, output and visibility.
import type { Visibility } from '@pvm/compare';
import { failureLines, maxScore, passLine, score, type SubmissionResult } from './model.ts';

export interface GradescopeTest {
  name: string;
  score: number;
  max_score: number;
  status: 'passed' | 'failed';
  output: string;
  visibility: Visibility;
}

export interface GradescopeResults {
  score: number;
  /** Seconds. */
  execution_time: number;
  output: string;
  /** The autograder's own stdout is for the instructor. */
  stdout_visibility: 'hidden';
  tests: GradescopeTest[];
}

export function gradescopeResults(sub: SubmissionResult): GradescopeResults {
  const o = sub.outcomes;
  const passed = o.filter((c) => c.status === 'passed').length;
  const summary = `pvm test: ${passed} of ${o.length} case${o.length === 1 ? '' : 's'} passed, ${score(o)}/${maxScore(o)} points.`;
  return {
    score: score(o),
    execution_time: Math.ceil(o.reduce((s, c) => s + c.ms, 0) / 1000),
    output: [summary, ...sub.notes.map((n) => `note: ${n}`)].join('\n'),
    stdout_visibility: 'hidden',
    tests: o.map((c) => ({
      name: c.case,
      score: c.score,
      max_score: c.maxScore,
      status: c.status === 'passed' ? 'passed' : 'failed',
      output: c.status === 'passed' ? `passed (${passLine(c)})` : failureLines(c).join('\n'),
      visibility: c.visibility,
    })),
  };
}

export const gradescopeJson = (sub: SubmissionResult): string => JSON.stringify(gradescopeResults(sub), null, 2) + '\n';
