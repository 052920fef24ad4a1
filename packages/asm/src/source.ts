// Where source text comes from. The assembler reads files only through this interface, so the
// core needs no `node:` module; the CLI supplies the file system, tests supply a Map.
// Source files are UTF-8: a byte that is not part of a valid UTF-8 sequence is an error at its
// line and column, never silently turned into U+FFFD.

export interface SourceHost {
  /** The text of a file, or null when it cannot be read. */
  readFile(path: string): string | null;
  /** The bytes of a file, when the host has them: then invalid UTF-8 is reported where it is. */
  readBytes?(path: string): Uint8Array | null;
}

/** A host over an in-memory set of files (tests, the browser); a file may be given as bytes. */
export const memoryHost = (files: Record<string, string | Uint8Array>): SourceHost => {
  const find = (p: string): string | Uint8Array | null => files[normalize(p)] ?? files[p] ?? null;
  return {
    readFile: (p) => {
      const f = find(p);
      return typeof f === 'string' || f === null ? f : new TextDecoder().decode(f);
    },
    readBytes: (p) => {
      const f = find(p);
      return f instanceof Uint8Array ? f : null;
    },
  };
};

/** A source file as lines, and the first byte of each line that is not UTF-8. */
export interface SourceText {
  readonly lines: string[];
  /** By 1-based line number: the bad byte and its 1-based column in the decoded line. */
  readonly invalid: ReadonlyMap<number, { byte: number; col: number }>;
}

const NO_INVALID: ReadonlyMap<number, { byte: number; col: number }> = new Map();

/** Split text into lines (LF or CRLF); a final newline ends the last line, it does not start one. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Read a file through the host: its lines, or null when it cannot be read. */
export function readSource(host: SourceHost, path: string): SourceText | null {
  const bytes = host.readBytes?.(path) ?? null;
  if (bytes === null) {
    const text = host.readFile(path);
    return text === null ? null : { lines: splitLines(text), invalid: NO_INVALID };
  }
  try {
    return { lines: splitLines(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), invalid: NO_INVALID };
  } catch {
    return decodeLossy(bytes);
  }
}

/** The slow path, only for a file that is not valid UTF-8: find each line's first bad byte. */
function decodeLossy(bytes: Uint8Array): SourceText {
  const decoder = new TextDecoder();
  const invalid = new Map<number, { byte: number; col: number }>();
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let line = 1; start < bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const bad = firstInvalid(bytes, start, end);
    if (bad >= 0) invalid.set(line, { byte: bytes[bad]!, col: decoder.decode(bytes.subarray(start, bad)).length + 1 });
    start = end + 1;
  }
  return { lines: splitLines(decoder.decode(bytes)), invalid };
}

/** Offset of the first byte in [from, to) that does not belong to a valid UTF-8 sequence, or -1. */
export function firstInvalid(b: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    // The lead byte fixes the length and the range of the first continuation byte (RFC 3629 §4):
    // that excludes overlong forms, surrogates and code points past U+10FFFF.
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + n >= to) return i;
    const c1 = b[i + 1]!;
    if (c1 < lo || c1 > hi) return i;
    for (let k = 2; k <= n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

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
