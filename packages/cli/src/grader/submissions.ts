// From command-line targets to grading tasks: the kernels of `pvm test FILES|DIRS`, the
// submissions of `--spec` and `--batch`, and for each case the file it runs. Whatever cannot be
// found or read becomes that case's outcome here, so the rest goes on.
import { readdirSync } from 'node:fs';
import { reason } from '../load.ts';
import type { Case, Spec } from '@pvm/compare';
import { unrunnable, type CaseOutcome } from './grade.ts';
import type { Task } from './task.ts';
import { findKernel, ignored, kindOf, walk, type Walk } from './walk.ts';

/** Why a path cannot be used, in words. */
export const why = (code: string): string => ({ ELOOP: 'a loop of symbolic links', ENAMETOOLONG: 'name too long', EEXIST: 'a file is in the way', ENOSPC: 'no space left on the device' })[code] ?? reason(code);

export const isSource = (name: string): boolean => /\.(s|asm)$/i.test(name);

/** A kernel found for `pvm test FILES|DIRS`, or a source file that cannot be read (and why). */
export interface Found {
  readonly path: string;
  readonly problem: string | null;
}

/** A target of `pvm test FILES|DIRS`: the kernels in it, or why it cannot be opened. */
export function kernelsIn(target: string): { files: Found[]; notes: string[] } | { code: string } {
  const k = kindOf(target);
  if (typeof k === 'object') return k;
  if (k === 'other') return { files: [{ path: target, problem: `'${target}' is not a regular file` }], notes: [] };
  if (k === 'file') return { files: [{ path: target, problem: null }], notes: [] };
  const w = walk(target);
  const files: Found[] = [];
  const notes = [...w.problems];
  for (const e of w.entries) {
    // The student's own tree: a link to a file is followed (it is read, never walked).
    const kind = e.kind === 'link' ? kindOf(e.path) : e.kind;
    if (kind === 'dir') notes.push(`'${e.path}' is a symbolic link to a directory: not followed`);
    else if (!isSource(e.rel)) continue;
    else if (kind === 'file') files.push({ path: e.path, problem: null });
    else files.push({ path: e.path, problem: typeof kind === 'object' ? `cannot open '${e.path}': ${why(kind.code)}` : `'${e.path}' is not a regular file` });
  }
  return { files, notes };
}

export interface Submission {
  readonly name: string;
  readonly path: string;
  /** What the path is: its own kernel, a directory to search, or why it cannot be opened. */
  readonly kind: 'file' | 'dir' | { readonly message: string };
}

/** A class's directory: one submission per subdirectory or per .s file, in name order. */
export function batchSubmissions(dir: string): Submission[] | { code: string } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => !ignored(n)).sort();
  } catch (e) {
    return { code: (e as NodeJS.ErrnoException).code ?? 'EIO' };
  }
  const subs: Submission[] = [];
  for (const name of names) {
    const path = `${dir.replace(/\/+$/, '')}/${name}`;
    const k = kindOf(path);
    if (k === 'dir') subs.push({ name, path, kind: 'dir' });
    else if (typeof k === 'object') subs.push({ name, path, kind: { message: `cannot open '${path}': ${why(k.code)}` } });
    else if (isSource(name)) subs.push({ name, path, kind: k === 'file' ? 'file' : { message: `'${path}' is not a regular file` } });
    // Anything else beside the submissions (a README, Gradescope's submission_metadata.yml) is not one.
  }
  return subs;
}

/** One submission named on the command line. */
export function submissionAt(path: string): Submission {
  const k = kindOf(path);
  if (typeof k === 'object') return { name: path, path, kind: { message: `cannot open '${path}': ${why(k.code)}` } };
  return { name: path, path, kind: k === 'dir' ? 'dir' : k === 'file' ? 'file' : { message: `'${path}' is not a regular file` } };
}

export interface Planned {
  /** Outcomes known without running anything, by case index (missing file, unreadable...). */
  readonly settled: (CaseOutcome | null)[];
  readonly tasks: { index: number; task: Task }[];
  readonly notes: string[];
}

/** Each case of the spec against one submission: a task, or the reason it cannot run. */
export function plan(sub: Submission, spec: Spec): Planned {
  const settled: (CaseOutcome | null)[] = spec.cases.map(() => null);
  const tasks: Planned['tasks'] = [];
  let w: Walk | null = null;
  const notes: string[] = [];
  spec.cases.forEach((c: Case, index) => {
    if (typeof sub.kind === 'object') {
      settled[index] = unrunnable(sub.name, null, c, 'error', sub.kind.message);
      return;
    }
    if (sub.kind === 'file') {
      tasks.push({ index, task: { submission: sub.name, file: sub.path, root: sub.path, case: c } });
      return;
    }
    if (!w) {
      w = walk(sub.path);
      notes.push(...w.problems);
    }
    const k = findKernel(w, c.files);
    if ('message' in k) settled[index] = unrunnable(sub.name, null, c, 'error', k.message);
    else tasks.push({ index, task: { submission: sub.name, file: k.path, root: sub.path, case: c } });
  });
  return { settled, tasks, notes };
}
