// `pvm test`: the command line of the autograder. What it grades is grader/run.ts; where the
// report goes, grader/report/write.ts.
import { availableParallelism } from 'node:os';
import { didYouMean } from '@pvm/asm';
import { parse, usageError } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { LIMITS, parseCount, parseDecimal } from '../grader/limits.ts';
import { gradeKernels, gradeSubmissions, type RunSettings } from '../grader/run.ts';
import { batchSubmissions, submissionAt, why, type Submission } from '../grader/submissions.ts';
import { FORMATS, writeReport, type Format } from '../grader/report/write.ts';

export const help = `Usage: pvm test [FILES|DIRS...] [options]          kernels against their own comments
       pvm test --spec SPEC SUBMISSION... [options]   submissions against an instructor's spec
       pvm test --spec SPEC --batch DIR [options]     a class: every submission in DIR

The autograder. Runs each kernel in every mode it names and checks it against the
expectations in the comment block at the top of its file (or, with --spec, in SPEC only:
a submission's own comments are then ignored):

  ; expect: Hello, world!        a line of console output (in order); expect(trap): for one mode
  ; input: abc\\n                 console input, with string escapes
  ; exit: 0                      expected exit status (default 0)
  ; modes: native trap hvm       modes to run (default: native trap hvm; pv for a .paravirt kernel)
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

const OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  spec: { type: 'string' },
  batch: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  timeout: { type: 'string' },
} as const;

interface Settings extends RunSettings {
  readonly format: Format;
  readonly output: string | null;
}

function settings(io: Io, v: Record<string, unknown>): Settings | number {
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
  return { format: f as Format, output: (v.output as string | undefined) ?? null, jobs, timeout, pool, keepOutput: f === 'json' };
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
    const r = await gradeKernels(io, s, a.positionals.length ? a.positionals : ['examples']);
    if (typeof r === 'number') return r;
    return writeReport(io, s, r.subs, 'kernels', r.status);
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
  const results = await gradeSubmissions(io, s, spec, subs);
  if (typeof results === 'number') return results;
  const failed = results.some((r) => r.outcomes.some((o) => o.status !== 'passed'));
  return writeReport(io, s, results, batch !== undefined ? 'batch' : 'spec', failed || results.length === 0 ? 1 : EXIT.ok);
}
