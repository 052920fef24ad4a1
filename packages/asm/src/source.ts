// Where source text comes from. The assembler reads files only through this interface, so the
// core needs no `node:` module; the CLI supplies the file system, tests supply a Map.

export interface SourceHost {
  /** The text of a file, or null when it cannot be read. */
  readFile(path: string): string | null;
}

/** A host over an in-memory set of files (tests, the browser). */
export const memoryHost = (files: Record<string, string>): SourceHost => ({
  readFile: (p) => files[normalize(p)] ?? files[p] ?? null,
});

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i);
}

/** `a/./b/../c` → `a/c`, keeping leading `..` of relative paths. */
export function normalize(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else if (part !== '..' || !abs) out.push(part);
  }
  const s = out.join('/');
  return abs ? '/' + s : s || '.';
}

/** An included path, relative to the directory of the file that includes it. */
export const resolveInclude = (from: string, rel: string): string =>
  rel.startsWith('/') ? normalize(rel) : normalize(`${dirname(from)}/${rel}`);
