// Where a report goes: stdout, a file written whole or not at all, or for a Gradescope batch a
// directory of results.json files with a scores.csv; the human summary goes to stdout unless
// the report itself does.
import { mkdirSync } from 'node:fs';
import type { Io } from '../../io.ts';
import { why } from '../submissions.ts';
import { gradescopeJson } from './gradescope.ts';
import { jsonReport } from './json.ts';
import { junitXml } from './junit.ts';
import { maxScore, score, type SubmissionResult } from './model.ts';
import { kernelsText, submissionsText } from './text.ts';

export const FORMATS = ['text', 'json', 'gradescope', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

/** sysexits' EX_CANTCREAT and EX_IOERR: a report that cannot be created or written. */
const CANT_CREATE = 73;
const IO_ERROR = 74;

/** Write a report to a file (whole or not at all) or to stdout; a status when it cannot be. */
function emit(io: Io, dest: string | null, text: string): number | null {
  if (dest === null || dest === '-') return io.out(text), null;
  const r = io.writeFile(dest, text);
  if (!r) return null;
  io.err(`pvm test: cannot write '${dest}': ${why(r.code)}\n`);
  return ['ENOSPC', 'EIO', 'EDQUOT', 'EFBIG'].includes(r.code) ? IO_ERROR : CANT_CREATE;
}

const csvField = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A batch's Gradescope reports: DIR/<submission>/results.json for each, and DIR/scores.csv. */
function gradescopeBatch(io: Io, dir: string, results: SubmissionResult[]): number | null {
  const mkdir = (p: string): string | null => {
    try {
      mkdirSync(p, { recursive: true });
      return null;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code ?? 'EIO';
    }
  };
  const bad = mkdir(dir);
  if (bad) return io.err(`pvm test: cannot create directory '${dir}': ${why(bad)}\n`), CANT_CREATE;
  for (const r of results) {
    const sub = `${dir.replace(/\/+$/, '')}/${r.name}`;
    const e = mkdir(sub);
    if (e) return io.err(`pvm test: cannot create directory '${sub}': ${why(e)}\n`), CANT_CREATE;
    const st = emit(io, `${sub}/results.json`, gradescopeJson(r));
    if (st !== null) return st;
  }
  const csv = ['submission,score,max_score', ...results.map((r) => `${csvField(r.name)},${score(r.outcomes)},${maxScore(r.outcomes)}`)].join('\n') + '\n';
  return emit(io, `${dir.replace(/\/+$/, '')}/scores.csv`, csv);
}

/** Write the chosen report; the human summary goes to stdout unless the report itself does. */
export function writeReport(io: Io, s: { format: Format; output: string | null }, subs: SubmissionResult[], kind: 'kernels' | 'spec' | 'batch', status: number): number {
  const batch = kind === 'batch';
  // The summary, and (for kernels) the diagnostics of those that could not run, for stderr.
  const human = kind === 'kernels' ? kernelsText(subs) : { out: submissionsText(subs, batch), err: '' };
  let summary = s.output !== null && s.output !== '-';
  let st: number | null = null;
  switch (s.format) {
    case 'text':
      st = emit(io, s.output, human.out);
      summary = false;
      break;
    case 'json':
      st = emit(io, s.output, jsonReport(subs));
      break;
    case 'junit':
      st = emit(io, s.output, junitXml(subs));
      break;
    case 'gradescope':
      // One results.json: a student's kernels together, or the one submission graded.
      if (batch) st = gradescopeBatch(io, s.output ?? 'results', subs);
      else st = emit(io, s.output ?? 'results.json', gradescopeJson(kind === 'kernels' ? { name: 'pvm test', outcomes: subs.flatMap((x) => x.outcomes), notes: subs.flatMap((x) => x.notes) } : subs[0]!));
      summary = s.output !== '-';
      break;
  }
  if (summary) io.out(human.out);
  if (human.err && (s.format === 'text' || summary)) io.err(human.err);
  return st ?? status;
}
