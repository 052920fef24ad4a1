// Where the text of a source file named by an image comes from. The names are the image's,
// which may be hostile: they are opened only inside one directory (the image's, or the one
// the user names), never as absolute paths or climbing out with `..`, and only as regular
// files of bounded size — the host decides the last two, as only it can see the file system.
import { LIMITS } from './limits.ts';

/** The text of a source file by its name in the image, or why it cannot be shown. */
export interface SourceFiles {
  read(name: string): string | { readonly reason: string };
}

/** How a host reads `rel` (normalised, no `..`) inside `root`; a short reason when it will not. */
export type ReadInside = (root: string, rel: string, maxBytes: number) => string | { readonly reason: string };

/**
 * The paths inside a root that a name may stand for, best first: the name itself when it is
 * relative and stays inside, then its shorter tails — as gdb tries a file's base name in each
 * source directory — so `examples/lib/console.s` is found as `lib/console.s` beside an image in
 * `examples/`. A tail never climbs out either.
 */
export function candidates(name: string): string[] {
  if (name === '' || name.includes('\0')) return [];
  // An absolute name is never opened as it is: only its tails, inside the root.
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  const out: string[] = [];
  // The whole name, then the last few tails: a hostile name of a thousand parts costs a few tries.
  for (let k = 0; k < parts.length; k = k === 0 ? Math.max(1, parts.length - TAILS) : k + 1) {
    const rel = normalise(parts.slice(k));
    if (rel !== null && !out.includes(rel)) out.push(rel);
  }
  return out;
}

const TAILS = 8;

/** An absolute name, or one whose `..` climbs out of wherever it is looked for. */
const outside = (name: string): boolean => name.startsWith('/') || normalise(name.split('/').filter((p) => p !== '' && p !== '.')) === null;

/** `a/./b/../c` as `a/c`; null when `..` would climb out. */
function normalise(parts: string[]): string | null {
  const stack: string[] = [];
  for (const p of parts) {
    if (p === '..') {
      if (stack.length === 0) return null;
      stack.pop();
    } else stack.push(p);
  }
  return stack.length ? stack.join('/') : null;
}

/** Sources confined to `root`, read through the host. */
export function confinedSources(root: string, read: ReadInside): SourceFiles {
  const where = root === '' ? 'the current directory' : root;
  return {
    read(name) {
      let first: string | null = null;
      for (const rel of candidates(name)) {
        const r = read(root, rel, LIMITS.sourceBytes);
        if (typeof r === 'string') return r;
        first ??= r.reason;
      }
      if (outside(name)) return { reason: `an absolute name, or one climbing out with '..', is only looked for inside ${where}, and is not there` };
      return { reason: `${first ?? 'no such file'} (looked inside ${where})` };
    },
  };
}

/** Sources held in memory by name (the texts a `.s` file was just assembled from, or a test's). */
export function memorySources(files: ReadonlyMap<string, string> | Record<string, string>): SourceFiles {
  const m = files instanceof Map ? files : new Map(Object.entries(files));
  return { read: (name) => m.get(name) ?? { reason: 'not among the files the image was assembled from' } };
}

/** The directory part of a path, '' for a bare name. */
export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : i === 0 ? '/' : path.slice(0, i);
}
