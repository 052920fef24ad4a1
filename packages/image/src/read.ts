// Parse and validate .pvx bytes. Every way a file can be wrong becomes one line of text, never
// an exception: the CLI prints it and exits 65.
import { hex, readWord } from '@pvm/isa';
import {
  FILE_ENTRY, FLAG_PARAVIRT, HEADER_SIZE, LINE_ENTRY, MAGIC, SEGMENT_ENTRY, SEGMENT_KINDS, SYMBOL_ENTRY,
  SYMBOL_KINDS, VERSION, type Image, type ImageSymbol, type LineEntry, type Segment,
} from './format.ts';
import { printable } from './printable.ts';
import { checksum } from './write.ts';

export type ReadResult = { ok: true; image: Image } | { ok: false; error: string };

const fail = (error: string): ReadResult => ({ ok: false, error });
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readImage(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return fail('not a pvm image (the file is empty)');
  // A file cut inside the magic number is still recognisably a truncated image.
  if (MAGIC.some((b, i) => i < bytes.length && bytes[i] !== b)) return fail('not a pvm image (bad magic number)');
  if (bytes.length < HEADER_SIZE) return fail(`truncated image: ${bytes.length} bytes, shorter than the ${HEADER_SIZE}-byte header`);
  const version = bytes[4]! | (bytes[5]! << 8);
  if (version !== VERSION) return fail(`unsupported image version ${version} (this pvm reads version ${VERSION})`);
  const size = readWord(bytes, 12);
  if (bytes.length < size) return fail(`truncated image: header says ${size} bytes, file has ${bytes.length}`);
  if (bytes.length > size) return fail(`corrupted image: ${bytes.length - size} bytes of trailing garbage after the declared ${size}`);
  if (checksum(bytes) !== readWord(bytes, 16)) return fail('corrupted image: checksum mismatch');

  const flags = bytes[6]! | (bytes[7]! << 8);
  if (flags & ~FLAG_PARAVIRT) return fail(`inconsistent image: unknown flags ${hex(flags)}`);
  for (let i = 40; i < HEADER_SIZE; i++) if (bytes[i] !== 0) return fail('inconsistent image: reserved header bytes are not zero');
  const entry = readWord(bytes, 8);
  const nseg = readWord(bytes, 20);
  const nsym = readWord(bytes, 24);
  const nfile = readWord(bytes, 28);
  const nline = readWord(bytes, 32);
  const strSize = readWord(bytes, 36);
  // Computed in doubles: the counts come from the file and may be absurd, but cannot overflow here.
  const tablesEnd = HEADER_SIZE + nseg * SEGMENT_ENTRY + nsym * SYMBOL_ENTRY + nfile * FILE_ENTRY + nline * LINE_ENTRY;
  const strStart = tablesEnd;
  if (strStart + strSize > size) return fail('inconsistent image: tables run past the end of the file');

  // Each name is decoded once, and only from its first byte: thousands of table entries naming
  // one long string, or every suffix of it, must not cost memory or time per entry.
  const names = new Map<number, string>();
  const str = (off: number, what: string): string | { error: string } => {
    if (off >= strSize) return { error: `inconsistent image: ${what} name offset ${off} is outside the string area` };
    const known = names.get(off);
    if (known !== undefined) return known;
    const start = strStart + off;
    if (off > 0 && bytes[start - 1] !== 0) return { error: `inconsistent image: ${what} name offset ${off} is not the start of a name` };
    const end = bytes.indexOf(0, start);
    if (end < 0 || end >= strStart + strSize) return { error: `inconsistent image: ${what} name is not terminated` };
    try {
      const name = utf8.decode(bytes.subarray(start, end));
      names.set(off, name);
      return name;
    } catch {
      return { error: `inconsistent image: ${what} name is not valid UTF-8` };
    }
  };

  let at = HEADER_SIZE;
  const segments: Segment[] = [];
  // Contents follow one another in table order, so copying them costs no more than the file.
  let contentsEnd = strStart + strSize;
  for (let i = 0; i < nseg; i++, at += SEGMENT_ENTRY) {
    const kind = SEGMENT_KINDS[readWord(bytes, at)];
    const addr = readWord(bytes, at + 4);
    const len = readWord(bytes, at + 8);
    const off = readWord(bytes, at + 12);
    if (!kind) return fail(`inconsistent image: segment ${i} has unknown kind ${readWord(bytes, at)}`);
    if (off < strStart + strSize || off + len > size) return fail(`inconsistent image: segment ${i} (${kind}) lies outside the file`);
    if (off < contentsEnd) return fail(`inconsistent image: segment ${i} (${kind}) shares file bytes with the segment before it`);
    if (addr + len > 0x1_0000_0000) return fail(`inconsistent image: segment ${i} (${kind}) runs past the 4 GiB address space`);
    contentsEnd = off + len;
    segments.push({ kind, addr, bytes: bytes.slice(off, off + len) });
  }
  // Sorted by address, any overlap shows between neighbours: n log n, where pairs would be n².
  const byAddr = segments.map((s, i) => ({ s, i })).filter((x) => x.s.bytes.length > 0).sort((x, y) => x.s.addr - y.s.addr || x.i - y.i);
  for (let k = 1; k < byAddr.length; k++) {
    const [p, c] = [byAddr[k - 1]!, byAddr[k]!];
    if (c.s.addr >= p.s.addr + p.s.bytes.length) continue;
    const [a, b] = p.i > c.i ? [p, c] : [c, p];
    return fail(`inconsistent image: segment ${a.i} (${a.s.kind} at ${hex(a.s.addr)}) overlaps the ${b.s.kind} segment at ${hex(b.s.addr)}`);
  }
  const inText = (a: number): boolean => segments.some((s) => s.kind === 'text' && a >= s.addr && a < s.addr + s.bytes.length);
  if (!inText(entry)) return fail(`inconsistent image: entry point ${hex(entry)} is outside the code`);
  if (entry % 4) return fail(`inconsistent image: entry point ${hex(entry)} is not 4-byte aligned`);

  const symbols: ImageSymbol[] = [];
  for (let i = 0; i < nsym; i++, at += SYMBOL_ENTRY) {
    const name = str(readWord(bytes, at), `symbol ${i}`);
    if (typeof name !== 'string') return fail(name.error);
    const kind = SYMBOL_KINDS[readWord(bytes, at + 8)];
    // The name comes from the file: its control characters must not reach a terminal.
    if (!kind) return fail(`inconsistent image: symbol '${printable(name)}' has unknown kind ${readWord(bytes, at + 8)}`);
    symbols.push({ name, value: readWord(bytes, at + 4), kind });
  }
  const files: string[] = [];
  for (let i = 0; i < nfile; i++, at += FILE_ENTRY) {
    const name = str(readWord(bytes, at), `file ${i}`);
    if (typeof name !== 'string') return fail(name.error);
    files.push(name);
  }
  const lines: LineEntry[] = [];
  for (let i = 0; i < nline; i++, at += LINE_ENTRY) {
    const e = { addr: readWord(bytes, at), file: readWord(bytes, at + 4), line: readWord(bytes, at + 8) };
    if (e.file >= nfile) return fail(`inconsistent image: line entry ${i} names file ${e.file} of ${nfile}`);
    if (i > 0 && e.addr < lines[i - 1]!.addr) return fail(`inconsistent image: line table is not sorted at entry ${i}`);
    lines.push(e);
  }
  return { ok: true, image: { paravirt: (flags & FLAG_PARAVIRT) !== 0, entry, segments, symbols, files, lines } };
}

/** The index of the last of `n` ascending values at or before `v`, or -1: a binary search. */
export function lastAtOrBefore(n: number, valueAt: (i: number) => number, v: number): number {
  let lo = 0;
  let hi = n - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(mid) <= v) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The line-table row of an address: the last at or before it, or -1. */
export const lineRow = (img: Image, addr: number): number => lastAtOrBefore(img.lines.length, (i) => img.lines[i]!.addr, addr);

/** The source location of an address: the last line-table row at or before it, if any. */
export function sourceOf(img: Image, addr: number): { file: string; line: number } | undefined {
  const best = lineRow(img, addr);
  if (best < 0) return undefined;
  const e = img.lines[best]!;
  return { file: img.files[e.file]!, line: e.line };
}
