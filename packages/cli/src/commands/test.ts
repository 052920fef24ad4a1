import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { formatDiagnostic, didYouMean } from '@pvm/asm';
import { parse, usageError } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { parseSpec, type Problem, type Spec } from '../grader/expectations.ts';
import { unrunnable, type CaseOutcome } from '../grader/grade.ts';
import { LIMITS, parseCount, parseDecimal } from '../grader/limits.ts';
import { runPool, workerFile } from '../grader/pool.ts';
import { batchSubmissions, kernelsIn, plan, submissionAt, why, type Submission } from '../grader/submissions.ts';
import { Loader, runTask, type Task } from '../grader/task.ts';
import { inside } from '../grader/walk.ts';
import { gradescopeJson } from '../grader/report/gradescope.ts';
import { jsonReport } from '../grader/report/json.ts';
import { junitXml } from '../grader/report/junit.ts';
import { maxScore, score, type SubmissionResult } from '../grader/report/model.ts';
import { kernelsText, submissionsText } from '../grader/report/text.ts';

export const help = `Usage: pvm test [FILES|DIRS...] [options]          kernels against their own comments
       pvm test --spec SPEC SUBMISSION... [options]   submissions against an instructor's spec
       pvm test --spec SPEC --batch DIR [options]     a class: every submission in DIR

The autograder. Runs each kernel in every mode it names and checks it against the
expectations in the comment block at the top of its file (or, with --spec, in SPEC only:
a submission's own comments are then ignored):

  ; expect: Hello, world!        a line of console output (in order); expect(trap): for one mode
  ; input: abc\\n                 console input, with string escapes
  ; exit: 0                      expected exit status (default 0)
  ; modes: native trap           modes to run (default: native trap; pv for a .paravirt kernel);
                                 a mode may carry flags: trap+popf-traps
  ; exits(trap): out CONSOLE_DATA = 14     a bound on exits by cause (or total): = <= >= < >
  ; hypercalls(pv): console_io <= 3        a bound on hypercalls by name (or total)
  ; disk: 16                     a scratch in-memory disk of that many sectors (at most 32,768)
  ; max-steps: 100000            step limit (default 10,000,000; at most 1,000,000,000)
  ; output-limit: 4K             console output limit (default and at most 16M)
  ; case: echo-abc               starts a case; keys before the first case apply to every case
  ; points: 2                    what a case is worth (default 1)
  ; timeout: 5                   wall-time limit of a case in seconds (default 10)
  ; visibility: hidden           Gradescope visibility: visible, hidden, after_due_date, after_published
  ; file: kernel.s               (spec only) the submission's file the cases run (default *.s)

Expectations are the paragraphs of the header that hold a known key; every line of such a
paragraph must be a key line, and a near-miss key anywhere in the header is an error (65).
Directories are searched for .s files that state expectations (not through symbolic links).
docs/grading.md has the details.

Options:
  --spec FILE          grade against FILE, ignoring the submissions' own comments
  --batch DIR          grade every subdirectory or .s file of DIR as one submission
  -f, --format FMT     text (default), json, gradescope or junit
  --json               the same as --format json
  -o, --output PATH    where the report goes (default: stdout; gradescope: results.json,
                       or the directory results/ with --batch); '-' is stdout
  -j, --jobs N         cases run at once, in worker threads (default: the number of CPUs)
  --timeout SECONDS    wall-time limit of a case in a worker (default 10)
  -h, --help           show this help

With --spec or --batch, or --jobs or --timeout, each case runs in a worker thread that is
stopped at its time limit. A progress line goes to stderr when it is a terminal.

Exit status: 0 when every case passes, 1 when one fails (or none is found), 65 when a spec
or a kernel's expectations do not parse, 64 usage, 66 a FILE or the spec is missing,
70 the grading worker is missing beside pvm, 73 a report cannot be created, 74 it cannot
be written.
`;

const FORMATS = ['text', 'json', 'gradescope', 'junit'] as const;
type Format = (typeof FORMATS)[number];

/** sysexits' EX_CANTCREAT and EX_IOERR: a report that cannot be created or written. */
const CANT_CREATE = 73;
const IO_ERROR = 74;

const OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  spec: { type: 'string' },
  batch: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  timeout: { type: 'string' },
} as const;

interface Settings {
  format: Format;
  output: string | null;
  jobs: number;
  /** Seconds, when given on the command line. */
  timeout: number | null;
  pool: boolean;
}

function settings(io: Io, v: Record<string, string | boolean | undefined>): Settings | number {
  const f = (v.format as string | undefined) ?? (v.json ? 'json' : 'text');
  if (!(FORMATS as readonly string[]).includes(f)) {
    const hint = didYouMean(f, FORMATS);
    return usageError(io, 'test', `unknown format '${f}'${hint ? `; did you mean '${hint}'?` : ` (formats: ${FORMATS.join(', ')})`}`);
  }
  if (v.json && f !== 'json') return usageError(io, 'test', `--json and --format ${f} disagree`);
  let jobs = availableParallelism();
  if (v.jobs !== undefined) {
    const n = parseCount(v.jobs as string);
    if (n === null || n === 0 || n > 256) return usageError(io, 'test', `--jobs expects a number of workers from 1 to 256, not '${v.jobs}'`);
    jobs = n;
  }
  let timeout: number | null = null;
  if (v.timeout !== undefined) {
    const n = parseDecimal(v.timeout as string);
    if (n === null || n === 0 || n > LIMITS.timeout) return usageError(io, 'test', `--timeout expects seconds, more than 0 and at most ${LIMITS.timeout}, not '${v.timeout}'`);
    timeout = n;
  }
  const pool = v.spec !== undefined || v.batch !== undefined || v.jobs !== undefined || v.timeout !== undefined;
  return { format: f as Format, output: (v.output as string | undefined) ?? null, jobs, timeout, pool };
}

/** A file's problems as the assembler's diagnostics look: `file:line:col: error: ...` and a caret. */
const diagnostics = (file: string, problems: readonly Problem[]): string[] =>
  problems.map((p) => formatDiagnostic({ origin: { file, line: p.line, text: p.text }, col: p.col, message: p.message }));

/** Run the tasks: in worker threads with time limits, or in this process; a status when the
 * worker that should be beside the bundle is not. */
async function execute(io: Io, s: Settings, tasks: Task[]): Promise<CaseOutcome[] | number> {
  const file = s.pool ? workerFile() : null;
  if (file && 'missing' in file) {
    io.err(`pvm test: the grading worker '${file.missing}' is missing beside pvm's bundle: reinstall pvm\n`);
    return EXIT.software;
  }
  if (file) {
    const tty = Boolean(process.stderr.isTTY);
    let shown = 0;
    const progress = (done: number, total: number): void => {
      const now = performance.now();
      if (done < total && now - shown < 100) return;
      shown = now;
      io.err(done < total ? `\rgrading: ${done}/${total} cases` : '\r\x1b[K');
    };
    // Only the JSON report shows the outputs themselves; the others show the diffs.
    const keep = (o: CaseOutcome): CaseOutcome => ({ ...o, modes: o.modes.map((m) => ({ ...m, expected: { ...m.expected, output: '' }, actual: { ...m.actual, output: '' } })) });
    return runPool(file.path, tasks, { jobs: s.jobs, timeoutMs: (t) => (t.case.timeout ?? s.timeout ?? LIMITS.defaultTimeout) * 1000, ...(tty ? { progress } : {}), ...(s.format === 'json' ? {} : { keep }) });
  }
  // Unbundled (pvm's own sources run directly): no worker file, so no wall-time limit.
  const loader = new Loader(io.readFile, inside);
  return tasks.map((t) => runTask(loader, t));
}

/** `pvm test FILES|DIRS`: each kernel against its own header. */
async function kernels(io: Io, s: Settings, targets: string[]): Promise<{ subs: SubmissionResult[]; status: number } | number> {
  const explicit = new Set(targets);
  const decoder = new TextDecoder();
  const subs: SubmissionResult[] = [];
  const tasks: Task[] = [];
  const slots: { sub: number; at: number }[] = [];
  let malformed = false;
  for (const t of targets) {
    const found = kernelsIn(t);
    if ('code' in found) {
      io.err(`pvm test: cannot open '${t}': ${found.code === 'ENOENT' ? 'no such file or directory' : why(found.code)}\n`);
      return EXIT.noInput;
    }
    for (const { path: file, problem } of found.files) {
      if (problem) {
        subs.push({ name: file, outcomes: [unrunnable(file, file, parseSpec('').cases[0]!, 'error', problem)], notes: [] });
        continue;
      }
      const raw = io.readFile(file);
      const spec: Spec = raw instanceof Uint8Array ? parseSpec(decoder.decode(raw)) : { cases: [], problems: [], any: true };
      if (!spec.any && !explicit.has(file)) continue;
      const outcomes: CaseOutcome[] = [];
      subs.push({ name: file, outcomes, notes: [] });
      if (!(raw instanceof Uint8Array)) {
        outcomes.push(unrunnable(file, file, parseSpec('').cases[0]!, 'error', `cannot open '${file}': ${why(raw.code)}`));
        continue;
      }
      if (spec.problems.length) {
        malformed = true;
        const n = spec.problems.length;
        outcomes.push(unrunnable(file, file, spec.cases[0]!, 'error', `the expectations do not parse (${n} error${n === 1 ? '' : 's'}): ${file}:${spec.problems[0]!.line}:${spec.problems[0]!.col}: ${spec.problems[0]!.message}`, diagnostics(file, spec.problems)));
        continue;
      }
      for (const c of spec.cases) {
        slots.push({ sub: subs.length - 1, at: outcomes.length });
        outcomes.push(null as unknown as CaseOutcome);
        tasks.push({ submission: file, file, root: null, case: c });
      }
    }
    if (found.notes.length) subs.push({ name: t, outcomes: [], notes: found.notes });
  }
  const done = await execute(io, s, tasks);
  if (typeof done === 'number') return done;
  done.forEach((o, i) => (subs[slots[i]!.sub]!.outcomes[slots[i]!.at] = o));
  const all = subs.flatMap((x) => x.outcomes);
  return { subs, status: malformed ? EXIT.dataErr : all.length === 0 || all.some((o) => o.status !== 'passed') ? 1 : EXIT.ok };
}

/** `--spec`, with submissions on the command line or a --batch directory. */
async function graded(io: Io, s: Settings, specPath: string, subs: Submission[]): Promise<SubmissionResult[] | number> {
  const raw = io.readFile(specPath);
  if (!(raw instanceof Uint8Array)) {
    io.err(`pvm test: cannot open spec '${specPath}': ${why(raw.code)}\n`);
    return EXIT.noInput;
  }
  const spec = parseSpec(new TextDecoder().decode(raw), 'spec');
  if (spec.problems.length) {
    const n = spec.problems.length;
    io.err(diagnostics(specPath, spec.problems).join('\n') + `\n${n} error${n === 1 ? '' : 's'} in the spec: nothing was graded.\n`);
    return EXIT.dataErr;
  }
  const plans = subs.map((sub) => plan(sub, spec));
  const tasks = plans.flatMap((p) => p.tasks.map((t) => t.task));
  const done = await execute(io, s, tasks);
  if (typeof done === 'number') return done;
  let k = 0;
  return subs.map((sub, i) => {
    const p = plans[i]!;
    const outcomes = [...p.settled];
    for (const t of p.tasks) outcomes[t.index] = done[k++]!;
    return { name: sub.name, outcomes: outcomes as CaseOutcome[], notes: p.notes };
  });
}

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

export async function run(io: Io, argv: string[]): Promise<number> {
  const a = parse(io, 'test', argv, OPTIONS);
  if (typeof a === 'number') return a;
  if (a.values.help) return io.out(help), EXIT.ok;
  const s = settings(io, a.values);
  if (typeof s === 'number') return s;
  const spec = a.values.spec as string | undefined;
  const batch = a.values.batch as string | undefined;

  if (spec === undefined) {
    if (batch !== undefined) return usageError(io, 'test', '--batch needs --spec: the expectations come from the instructor, not from the submissions');
    const r = await kernels(io, s, a.positionals.length ? a.positionals : ['examples']);
    if (typeof r === 'number') return r;
    return report(io, s, r.subs, 'kernels', r.status);
  }

  let subs: Submission[];
  if (batch !== undefined) {
    if (a.positionals.length) return usageError(io, 'test', `with --batch, the submissions are the entries of '${batch}': unexpected '${a.positionals[0]}'`);
    const list = batchSubmissions(batch);
    if ('code' in list) {
      io.err(`pvm test: cannot open batch directory '${batch}': ${list.code === 'ENOENT' ? 'no such file or directory' : why(list.code)}\n`);
      return EXIT.noInput;
    }
    subs = list;
  } else {
    if (!a.positionals.length) return usageError(io, 'test', 'name the submission to grade against the spec (a .s file or a directory)');
    if (s.format === 'gradescope' && a.positionals.length > 1) return usageError(io, 'test', '--format gradescope reports one submission; grade several with --batch DIR');
    subs = a.positionals.map(submissionAt);
  }
  const results = await graded(io, s, spec, subs);
  if (typeof results === 'number') return results;
  const failed = results.some((r) => r.outcomes.some((o) => o.status !== 'passed'));
  return report(io, s, results, batch !== undefined ? 'batch' : 'spec', failed || results.length === 0 ? 1 : EXIT.ok);
}

/** Write the chosen report; the human summary goes to stdout unless the report itself does. */
function report(io: Io, s: Settings, subs: SubmissionResult[], kind: 'kernels' | 'spec' | 'batch', status: number): number {
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
