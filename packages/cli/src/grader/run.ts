// What `pvm test` grades and how: the kernels of FILES|DIRS against their own headers, or
// submissions against a spec; each case in a worker thread under its time limit (or, for a
// student's own kernels, in this process). Bad input becomes the outcome of the cases it
// touches; only a spec that does not parse or a missing input stops the run (a status).
import { formatDiagnostic } from '@pvm/asm';
import { EXIT, type Io } from '../io.ts';
import { parseSpec, type Problem, type Spec } from '@pvm/compare';
import { unrunnable, type CaseOutcome } from './grade.ts';
import { LIMITS } from './limits.ts';
import { runPool, workerFile } from './pool.ts';
import type { SubmissionResult } from './report/model.ts';
import { kernelsIn, plan, why, type Submission } from './submissions.ts';
import { Loader, runTask, type Task } from './task.ts';
import { inside, kindOf } from './walk.ts';

export interface RunSettings {
  /** Run cases in worker threads (with time limits) rather than in this process. */
  readonly pool: boolean;
  readonly jobs: number;
  /** Seconds, when given on the command line. */
  readonly timeout: number | null;
  /** Keep each run's console output in the outcomes (only the JSON report shows it). */
  readonly keepOutput: boolean;
}

/** The one case of a file that states nothing: what a kernel that cannot even be read is graded on. */
const NOTHING = parseSpec('').cases[0]!;

/** A file's problems as the assembler's diagnostics look: `file:line:col: error: ...` and a caret. */
const diagnostics = (file: string, problems: readonly Problem[]): string[] =>
  problems.map((p) => formatDiagnostic({ origin: { file, line: p.line, text: p.text }, col: p.col, message: p.message }));

/** Run the tasks: in worker threads with time limits, or in this process; a status when the
 * worker that should be beside the bundle is not. */
async function execute(io: Io, s: RunSettings, tasks: Task[]): Promise<CaseOutcome[] | number> {
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
    return runPool(file.path, tasks, { jobs: s.jobs, timeoutMs: (t) => (t.case.timeout ?? s.timeout ?? LIMITS.defaultTimeout) * 1000, ...(tty ? { progress } : {}), ...(s.keepOutput ? {} : { keep }) });
  }
  // Unbundled (pvm's own sources run directly): no worker file, so no wall-time limit.
  const loader = new Loader(io.readFile, inside);
  return tasks.map((t) => runTask(loader, t));
}

/** `pvm test FILES|DIRS`: each kernel against its own header. */
export async function gradeKernels(io: Io, s: RunSettings, targets: string[]): Promise<{ subs: SubmissionResult[]; status: number } | number> {
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
        subs.push({ name: file, outcomes: [unrunnable(file, file, NOTHING, 'error', problem)], notes: [] });
        continue;
      }
      const raw = io.readFile(file);
      const spec: Spec = raw instanceof Uint8Array ? parseSpec(decoder.decode(raw)) : { cases: [], problems: [], any: true };
      if (!spec.any && !explicit.has(file)) continue;
      const outcomes: CaseOutcome[] = [];
      subs.push({ name: file, outcomes, notes: [] });
      if (!(raw instanceof Uint8Array)) {
        outcomes.push(unrunnable(file, file, NOTHING, 'error', `cannot open '${file}': ${why(raw.code)}`));
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
export async function gradeSubmissions(io: Io, s: RunSettings, specPath: string, subs: Submission[]): Promise<SubmissionResult[] | number> {
  // A FIFO would block the read for ever: only a regular file is a spec.
  const raw = kindOf(specPath) === 'other' ? { code: 'not a regular file' } : io.readFile(specPath);
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
