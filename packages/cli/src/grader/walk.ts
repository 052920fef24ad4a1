// Searching directories a student controls: symbolic links to directories are never followed
// (a link loop cannot send the walk round for ever), every entry is typed from the directory
// listing itself, an unreadable directory is one problem reported and skipped, and the walk
// stops at a fixed depth and entry count.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { LIMITS } from './limits.ts';

export interface Entry {
  /** Path relative to the walk's root, with `/`. */
  readonly rel: string;
  readonly path: string;
  /** `link`: a symbolic link (not followed); `other`: a FIFO, socket or device. */
  readonly kind: 'file' | 'link' | 'other';
  readonly depth: number;
}

export interface Walk {
  readonly entries: Entry[];
  readonly problems: string[];
}

const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'EIO';

/** Names no one means to submit or test: hidden files, macOS archive debris, dependencies. */
export const ignored = (name: string): boolean => name.startsWith('.') || name === '__MACOSX' || name === 'node_modules';

const join = (dir: string, name: string): string => `${dir.replace(/\/+$/, '')}/${name}`;

export function walk(root: string): Walk {
  const entries: Entry[] = [];
  const problems: string[] = [];
  const visit = (dir: string, rel: string, depth: number): void => {
    let list: Dirent[];
    try {
      list = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(`cannot read directory '${dir}': ${code(e)}`);
      return;
    }
    for (const d of list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (ignored(d.name)) continue;
      if (entries.length >= LIMITS.walkEntries) {
        problems.push(`'${root}' has more than ${LIMITS.walkEntries.toLocaleString('en-US')} entries: the rest were not searched`);
        return;
      }
      const path = join(dir, d.name);
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) {
        if (depth + 1 >= LIMITS.walkDepth) problems.push(`'${path}' is nested more than ${LIMITS.walkDepth} levels deep: not searched`);
        else visit(path, r, depth + 1);
      } else entries.push({ rel: r, path, kind: d.isFile() ? 'file' : d.isSymbolicLink() ? 'link' : 'other', depth });
    }
  };
  visit(root, '', 0);
  return { entries, problems };
}

/** What is at a path, following a final symbolic link once (the command line's own targets). */
export function kindOf(path: string): 'file' | 'dir' | 'other' | { code: string } {
  try {
    const s = statSync(path);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
  } catch (e) {
    return { code: code(e) };
  }
}

/** Whether `path`, links resolved, is `root` or lies under it. */
export function inside(root: string, path: string): boolean {
  try {
    const r = realpathSync(root);
    const p = realpathSync(path);
    return p === r || p.startsWith(r.endsWith('/') ? r : r + '/');
  } catch {
    return false;
  }
}

/** A `file:` pattern against a relative path: `*` and `?` within one name; a pattern without
 * `/` matches the name at any depth, one with `/` the whole path. */
export function matches(pattern: string, rel: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
  return re.test(pattern.includes('/') ? rel : rel.slice(rel.lastIndexOf('/') + 1));
}

export const DEFAULT_PATTERNS = ['*.s'];

/** The one file of a walked submission that patterns name (the shallowest), or why there is none. */
export function findKernel(w: Walk, patterns: readonly string[]): { path: string } | { message: string } {
  const pats = patterns.length ? patterns : DEFAULT_PATTERNS;
  const hits = w.entries.filter((e) => pats.some((p) => matches(p, e.rel)));
  const files = hits.filter((e) => e.kind === 'file');
  const named = pats.map((p) => `'${p}'`).join(' or ');
  if (!files.length) {
    const odd = hits[0];
    if (odd) return { message: `'${odd.rel}' is ${odd.kind === 'link' ? 'a symbolic link: links are not followed in a submission' : 'not a regular file'}` };
    const sources = w.entries.filter((e) => /\.(s|asm)$/i.test(e.rel)).map((e) => e.rel);
    const found = sources.length ? `; it has ${sources.slice(0, 5).join(', ')}${sources.length > 5 ? ', ...' : ''}` : '';
    const trouble = w.problems.length ? ` (${w.problems[0]})` : '';
    return { message: `no file matching ${named} in the submission${found}${trouble}` };
  }
  const top = Math.min(...files.map((f) => f.depth));
  const best = files.filter((f) => f.depth === top);
  if (best.length > 1) return { message: `${best.length} files match ${named}: ${best.slice(0, 4).map((f) => f.rel).join(', ')}${best.length > 4 ? ', ...' : ''}; the spec's 'file:' must name one` };
  return { path: best[0]!.path };
}
