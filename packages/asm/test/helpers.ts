// Shared by the assembler tests: assemble in-memory sources and look at the bytes they became.
import { expect } from 'vitest';
import type { Image } from '@pvm/image';
import { assemble, formatDiagnostic, memoryHost, type AsmResult } from '../src/index.ts';

/** Assemble `src` as a.s, with any other files (paths relative to a.s's directory). */
export const asm = (src: string, files: Record<string, string> = {}): AsmResult => assemble('a.s', memoryHost({ 'a.s': src, ...files }));

/** The image of a source that must assemble; fails the test with the diagnostics otherwise. */
export function image(src: string, files: Record<string, string> = {}): Image {
  const r = asm(src, files);
  if (!r.ok) expect.fail(`expected no errors, got:\n${r.diagnostics.map(formatDiagnostic).join('\n')}`);
  return r.image;
}

/** The formatted diagnostics of a source that must fail. */
export function errors(src: string, files: Record<string, string> = {}): string {
  const r = asm(src, files);
  if (r.ok) expect.fail('expected errors, but the source assembled');
  return r.diagnostics.map(formatDiagnostic).join('\n');
}

/** The messages alone, one per diagnostic, as `line:col: message`. */
export function messages(src: string, files: Record<string, string> = {}): string[] {
  const r = asm(src, files);
  if (r.ok) expect.fail('expected errors, but the source assembled');
  return r.diagnostics.map((d) => `${d.origin.line}:${d.col}: ${d.message}`);
}

/** Bytes as `01 02 ff`, the way the expectations below are written. */
export const hex = (b: Uint8Array | readonly number[]): string => [...b].map((x) => x.toString(16).padStart(2, '0')).join(' ');

/** The address and bytes (as hex) of one segment; address -1 and '' when there is none. */
export function segment(img: Image, kind: 'text' | 'data'): { addr: number; bytes: string } {
  const s = img.segments.find((x) => x.kind === kind);
  return s ? { addr: s.addr, bytes: hex(s.bytes) } : { addr: -1, bytes: '' };
}

export const textOf = (src: string, files: Record<string, string> = {}): string => segment(image(src, files), 'text').bytes;
export const dataOf = (src: string, files: Record<string, string> = {}): string => segment(image(src, files), 'data').bytes;

/** The value of a symbol in the image's symbol table. */
export function sym(img: Image, name: string): number {
  const s = img.symbols.find((x) => x.name === name);
  if (!s) expect.fail(`no symbol '${name}' in the image`);
  return s.value;
}

/** The value `li r1, <expr>` loads: the word after the head, as a signed 32-bit number. */
export function value(expr: string, prelude = ''): number {
  const img = image(`${prelude}\n_start: li r1, ${expr}\n`);
  const text = img.segments.find((s) => s.kind === 'text')!.bytes;
  const at = sym(img, '_start') - 0x1000;
  return new DataView(text.buffer, text.byteOffset).getInt32(at + 4, true);
}

/** The 32-bit little-endian encoding of a value, as hex. */
export const word = (v: number): string => hex([v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff]);
