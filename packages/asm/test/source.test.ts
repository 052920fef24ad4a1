// What the bytes of a source file mean: it is UTF-8. A byte that is not part of a valid UTF-8
// sequence is an error at its line and column (never silently U+FFFD); other bytes get into a
// string with \xNN. Control characters are shown, never sent to the terminal.
import { describe, expect, it } from 'vitest';
import { assemble, formatDiagnostic, memoryHost } from '../src/index.ts';
import { firstInvalid } from '../src/source.ts';
import { errors } from './helpers.ts';

const enc = new TextEncoder();
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...enc.encode(p)] : p)));

/** Assemble a.s given as bytes (with other files as text); its diagnostics as `line:col: message`. */
function fromBytes(src: Uint8Array, files: Record<string, string | Uint8Array> = {}): { ok: boolean; messages: string[]; data?: number[] } {
  const r = assemble('a.s', memoryHost({ 'a.s': src, ...files }));
  if (r.ok) return { ok: true, messages: [], data: [...(r.image.segments.find((s) => s.kind === 'data')?.bytes ?? [])] };
  return { ok: false, messages: r.diagnostics.map((d) => `${d.origin.file}:${d.origin.line}:${d.col}: ${d.message}`) };
}

const BAD = (b: string): string => `invalid UTF-8 byte 0x${b}: source files must be UTF-8 (write other bytes as \\x${b} in a string)`;

describe('source files are UTF-8', () => {
  it('a raw 0xff byte in .ascii is an error at its column, not U+FFFD', () => {
    const r = fromBytes(bytes('_start: nop\n.data\n.ascii "a', [0xff], 'b"\n'));
    expect(r.messages).toEqual([`a.s:3:10: ${BAD('ff')}`]);
  });

  it('the same byte written as \\xff is that byte', () => {
    expect(fromBytes(bytes('_start: nop\n.data\n.ascii "a\\xffb"\n')).data).toEqual([0x61, 0xff, 0x62]);
  });

  it('valid UTF-8 is accepted, and a string holds its bytes', () => {
    const r = fromBytes(bytes('_start: nop ; commentaire en français\n.data\n.ascii "é€😀"\n'));
    expect(r.data).toEqual([0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
  });

  it.each([
    ['a lone continuation byte', [0x80], '80'],
    ['an overlong encoding of NUL', [0xc0, 0x80], 'c0'],
    ['an overlong three-byte form', [0xe0, 0x80, 0x80], 'e0'],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 'ed'],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 'f4'],
    ['a byte that never starts a sequence', [0xf8], 'f8'],
    ['a sequence cut short', [0xe2, 0x82], 'e2'],
    ['Latin-1 é', [0xe9], 'e9'],
  ])('%s is an error at its byte', (_, bad, hex) => {
    const r = fromBytes(bytes('_start: nop\n ; x', bad, 'y\n'));
    expect(r.messages).toEqual([`a.s:2:5: ${BAD(hex)}`]);
  });

  it('the column counts characters, as every other column does', () => {
    // 'é' is two bytes but one column; '😀' is two UTF-16 units, as moo counts it.
    const r = fromBytes(bytes('_start: nop ; é😀', [0xff], '\n'));
    expect(r.messages).toEqual([`a.s:1:18: ${BAD('ff')}`]);
  });

  it('each line with a bad byte is reported, once, and the other lines are still assembled', () => {
    const r = fromBytes(bytes('_start: nop\n', [0xff, 0xfe], '\n frob\n nop ; ', [0x80], '\n'));
    expect(r.messages).toEqual([`a.s:2:1: ${BAD('ff')}`, "a.s:3:2: unknown instruction 'frob'", `a.s:4:8: ${BAD('80')}`]);
  });

  it('a cut-short sequence at the very end of the file, and CRLF line ends', () => {
    expect(fromBytes(bytes('_start: nop\r\n ;', [0xf0, 0x9f])).messages).toEqual([`a.s:2:3: ${BAD('f0')}`]);
    expect(fromBytes(bytes('_start: nop\r\n ;', [0xf0, 0x9f], '\r\n nop\r\n')).messages).toEqual([`a.s:2:3: ${BAD('f0')}`]);
  });

  it('a byte-order mark is allowed and not counted', () => {
    expect(fromBytes(bytes([0xef, 0xbb, 0xbf], '_start: nop\n')).ok).toBe(true);
    expect(fromBytes(bytes([0xef, 0xbb, 0xbf], '_start: nop ', [0xff], '\n')).messages).toEqual([`a.s:1:13: ${BAD('ff')}`]);
  });

  it('in an included file, the error names that file', () => {
    const r = fromBytes(bytes('_start: nop\n.include "inc.s"\n'), { 'inc.s': bytes(' nop\n.ascii "', [0xff], '"\n') });
    expect(r.messages).toEqual([`inc.s:2:9: ${BAD('ff')}`]);
  });

  it('firstInvalid agrees with the platform decoder on every two-byte sequence', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    for (let a = 0x80; a < 0x100; a++)
      for (let b = 0; b < 0x100; b += 7) {
        const s = new Uint8Array([a, b, 0x80, 0x80]);
        let valid = true;
        try {
          fatal.decode(s);
        } catch {
          valid = false;
        }
        expect(firstInvalid(s, 0, s.length) < 0, `${a.toString(16)} ${b.toString(16)} 80 80`).toBe(valid);
      }
  });
});

describe('control characters', () => {
  it('are shown in a diagnostic, never sent to the terminal', () => {
    const e = errors('_start: nop\n\x00\x1b[31m nop\n');
    expect(e).toContain("error: unexpected character '\\x00'");
    expect(e).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    // One replacement character per control character: the caret still lines up.
    expect(e.split('\n').slice(1, 3)).toEqual(['  \ufffd\ufffd[31m nop', '  ^']);
  });

  it('a diagnostic about a bad byte is one line plus the source and caret', () => {
    const r = assemble('a.s', memoryHost({ 'a.s': bytes('_start: nop ', [0xff], '\n') }));
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : r.diagnostics.map(formatDiagnostic).join('\n');
    expect(text.split('\n')).toEqual([`a.s:1:13: error: ${BAD('ff')}`, '  _start: nop \ufffd', '              ^']);
  });
});
