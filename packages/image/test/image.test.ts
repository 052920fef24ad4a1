import { describe, expect, it } from 'vitest';
import { TEXT_BASE, readWord } from '@pvm/isa';
import {
  FLAG_PARAVIRT, HEADER_SIZE, MAGIC, VERSION, checksum, crc32, readImage, sourceOf, writeImage, type Image,
} from '../src/index.ts';
import { PROGRAM, build, tables } from './helpers.ts';

const bytesOf = (...xs: number[]): Uint8Array => new Uint8Array(xs);

/** An image written by hand: every field set to something a mix-up between fields would show. */
const HAND: Image = {
  paravirt: true,
  entry: 0x1008,
  segments: [
    { kind: 'text', addr: 0x1000, bytes: bytesOf(0x01, 0, 0, 0, 0x01, 0, 0, 0, 0x54, 0, 0, 0) },
    { kind: 'data', addr: 0x1010, bytes: bytesOf(0xde, 0xad, 0xbe, 0xef, 0, 0x7f, 0x80, 0xff, 0x0a) },
  ],
  symbols: [
    { name: '_start', value: 0x1008, kind: 'text' },
    { name: 'loop', value: 0x1004, kind: 'text' },
    { name: 'msg', value: 0x1010, kind: 'data' },
    { name: 'LIMIT', value: 0xffffffff, kind: 'const' },
    { name: 'ZERO', value: 0, kind: 'const' },
    { name: 'café', value: 0x1011, kind: 'data' },
    { name: 'ラベル', value: 0x1000, kind: 'text' },
    { name: '🚀launch', value: 42, kind: 'const' },
  ],
  files: ['boot.s', 'lib/ünïcode.s', 'main.s'],
  lines: [
    { addr: 0x1000, file: 0, line: 1 },
    { addr: 0x1004, file: 1, line: 20 },
    { addr: 0x1008, file: 2, line: 0xffffffff },
    { addr: 0x1010, file: 2, line: 7 },
  ],
};

function accepted(bytes: Uint8Array): Image {
  const r = readImage(bytes);
  if (!r.ok) return expect.fail(`rejected: ${r.error}`);
  return r.image;
}

describe('writeImage and readImage', () => {
  it('round-trip a hand-made image field for field, non-ASCII names included', () => {
    const img = accepted(writeImage(HAND));
    expect(img).toEqual(HAND);
    expect(img.symbols.map((s) => s.name)).toContain('🚀launch');
    expect(img.files[1]).toBe('lib/ünïcode.s');
  });

  it('lay the header out as format.ts documents it', () => {
    const b = writeImage(HAND);
    expect([...b.subarray(0, 4)]).toEqual([...MAGIC]);
    expect(b[4]! | (b[5]! << 8)).toBe(VERSION);
    expect(b[6]! | (b[7]! << 8)).toBe(FLAG_PARAVIRT);
    expect(readWord(b, 8)).toBe(0x1008);
    expect(readWord(b, 12)).toBe(b.length);
    expect(readWord(b, 16)).toBe(checksum(b));
    const t = tables(b);
    expect([t.nseg, t.nsym, t.nfile, t.nline]).toEqual([2, 8, 3, 4]);
    expect([...b.subarray(40, HEADER_SIZE)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    // Segment 0: kind text (0), its address and size, its contents right after the string area.
    expect([0, 4, 8, 12].map((o) => readWord(b, t.segs + o))).toEqual([0, 0x1000, 12, t.strings + t.strSize]);
    expect([0, 4, 8, 12].map((o) => readWord(b, t.segs + 16 + o))).toEqual([1, 0x1010, 9, t.strings + t.strSize + 12]);
    expect(t.strings + t.strSize + 12 + 9).toBe(b.length);
    // The const symbol LIMIT (entry 3): its value and kind 2.
    expect(readWord(b, t.syms + 3 * 12 + 4)).toBe(0xffffffff);
    expect(readWord(b, t.syms + 3 * 12 + 8)).toBe(2);
    // Names are NUL-terminated UTF-8 in the string area.
    const name = (off: number) => new TextDecoder().decode(b.subarray(t.strings + off, b.indexOf(0, t.strings + off)));
    expect(name(readWord(b, t.syms + 5 * 12))).toBe('café');
    expect(name(readWord(b, t.files + 4))).toBe('lib/ünïcode.s');
  });

  it('keeps the paravirt flag either way, and only there', () => {
    for (const paravirt of [false, true]) {
      const b = writeImage({ ...HAND, paravirt });
      expect(b[6]).toBe(paravirt ? 1 : 0);
      expect(b[7]).toBe(0);
      expect(accepted(b).paravirt).toBe(paravirt);
    }
  });

  it('stores a name used twice once', () => {
    const img: Image = { ...HAND, symbols: [{ name: 'main.s', value: 1, kind: 'const' }], files: ['main.s', 'main.s'], lines: [] };
    const b = writeImage(img);
    expect(tables(b).strSize).toBe('main.s\0'.length);
    expect(accepted(b)).toEqual(img);
  });

  it('writes the same bytes every time, and again after reading them back', () => {
    const b = writeImage(HAND);
    expect(writeImage(HAND)).toEqual(b);
    expect(writeImage(accepted(b))).toEqual(b);
  });

  it('round-trips an image with nothing but code', () => {
    const img: Image = { paravirt: false, entry: 0x1000, segments: [HAND.segments[0]!], symbols: [], files: [], lines: [] };
    const b = writeImage(img);
    expect(b.length).toBe(HEADER_SIZE + 16 + 12);
    expect(accepted(b)).toEqual(img);
  });

  it('round-trips values at the ends of the 32-bit range', () => {
    const img: Image = {
      paravirt: false,
      entry: 0xfffffffc,
      segments: [
        { kind: 'data', addr: 0, bytes: bytesOf(9) },
        { kind: 'text', addr: 0xfffffff0, bytes: new Uint8Array(16).fill(1) },
      ],
      symbols: [{ name: 'top', value: 0xffffffff, kind: 'text' }],
      files: ['f'],
      lines: [
        { addr: 0, file: 0, line: 0 },
        { addr: 0xffffffff, file: 0, line: 0xffffffff },
      ],
    };
    expect(accepted(writeImage(img))).toEqual(img);
  });

  it('round-trips a real two-file program with its debug tables', () => {
    const img = build(PROGRAM);
    const back = accepted(writeImage(img));
    expect(back).toEqual(img);
    expect(back.paravirt).toBe(false);
    expect([...back.files].sort()).toEqual(['kern/lib.s', 'kern/main.s']);
    expect(back.segments.map((s) => [s.kind, s.addr])).toEqual([
      ['text', TEXT_BASE],
      ['data', (TEXT_BASE + back.segments[0]!.bytes.length + 15) & ~15],
    ]);
    const byName = new Map(back.symbols.map((s) => [s.name, s]));
    expect(byName.get('_start')).toMatchObject({ kind: 'text', value: back.entry });
    expect(byName.get('putmsg')).toMatchObject({ kind: 'text', value: TEXT_BASE });
    expect(byName.get('msg')).toMatchObject({ kind: 'data', value: back.segments[1]!.addr });
    expect(byName.get('COUNT')).toEqual({ name: 'COUNT', value: 3, kind: 'const' });
    expect(byName.get('MASK')).toEqual({ name: 'MASK', value: 0xff00ff00, kind: 'const' });
    expect(byName.get('end_of_text')).toMatchObject({ kind: 'text', value: TEXT_BASE + back.segments[0]!.bytes.length });
    // Numeric local labels are not symbols.
    expect([...byName.keys()].filter((n) => /^\d|:/.test(n))).toEqual([]);
    const lines = back.lines.map((l) => l.addr);
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
  });

  it('reads the .paravirt directive into the flag', () => {
    const img = build('.paravirt\n_start: hcall sched_op\n');
    expect(img.paravirt).toBe(true);
    expect(writeImage(img)[6]).toBe(FLAG_PARAVIRT);
    expect(accepted(writeImage(img)).paravirt).toBe(true);
  });

  it('keeps non-ASCII text in data segments byte for byte', () => {
    const img = accepted(writeImage(build('_start: nop\n.data\ns: .asciz "ü→🚀"\n')));
    expect([...img.segments[1]!.bytes]).toEqual([...new TextEncoder().encode('ü→🚀\0')]);
  });
});

describe('sourceOf', () => {
  const img = build(PROGRAM);
  const lineOf = (file: string, text: string): number => PROGRAM[file as keyof typeof PROGRAM].split('\n').findIndex((l) => l.includes(text)) + 1;

  it('maps instructions to the file and line they came from, across an include', () => {
    const start = img.symbols.find((s) => s.name === '_start')!.value;
    expect(sourceOf(img, start)).toEqual({ file: 'kern/main.s', line: lineOf('kern/main.s', 'li   r1, COUNT') });
    expect(sourceOf(img, TEXT_BASE)).toEqual({ file: 'kern/lib.s', line: 2 });
    expect(sourceOf(img, TEXT_BASE + 4)).toEqual({ file: 'kern/lib.s', line: 3 });
    // The middle of an 8-byte `li` belongs to the `li`.
    expect(sourceOf(img, TEXT_BASE + 4 + 7)).toEqual({ file: 'kern/lib.s', line: 3 });
    const data = img.segments[1]!.addr;
    expect(sourceOf(img, data)).toEqual({ file: 'kern/main.s', line: lineOf('kern/main.s', 'msg:') });
  });

  it('answers nothing before the first row, and the last row after it', () => {
    expect(sourceOf(img, 0)).toBeUndefined();
    expect(sourceOf(img, TEXT_BASE - 1)).toBeUndefined();
    expect(sourceOf(img, 0xffffffff)).toEqual({ file: 'kern/main.s', line: lineOf('kern/main.s', 'buf:') });
  });

  it('agrees with a linear search at every address of the image', () => {
    const slow = (a: number) => {
      let best: (typeof img.lines)[number] | undefined;
      for (const l of img.lines) if (l.addr <= a) best = l;
      return best && { file: img.files[best.file]!, line: best.line };
    };
    const end = img.segments[1]!.addr + img.segments[1]!.bytes.length;
    for (let a = TEXT_BASE - 8; a < end + 8; a++) expect(sourceOf(img, a), `at 0x${a.toString(16)}`).toEqual(slow(a));
  });

  it('picks the last of several rows at one address, and handles an empty table', () => {
    const rows: Image = { ...HAND, lines: [{ addr: 0x10, file: 0, line: 1 }, { addr: 0x10, file: 1, line: 2 }, { addr: 0x20, file: 2, line: 3 }] };
    expect(sourceOf(rows, 0x10)).toEqual({ file: 'lib/ünïcode.s', line: 2 });
    expect(sourceOf(rows, 0x1f)).toEqual({ file: 'lib/ünïcode.s', line: 2 });
    expect(sourceOf(rows, 0x20)).toEqual({ file: 'main.s', line: 3 });
    expect(sourceOf({ ...HAND, lines: [] }, 0x1000)).toBeUndefined();
  });
});

describe('crc32 and checksum', () => {
  it('is the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(bytesOf(0))).toBe(0xd202ef8d);
  });

  it('covers every byte of the file but the checksum field', () => {
    const b = writeImage(HAND);
    const sum = checksum(b);
    const c = b.slice();
    c.fill(0x55, 16, 20);
    expect(checksum(c)).toBe(sum);
    expect(sum).toBe(crc32(new Uint8Array([...b.subarray(0, 16), ...b.subarray(20)])));
    for (const at of [0, 15, 20, b.length - 1]) {
      c.set(b);
      c[at]! ^= 1;
      expect(checksum(c), `byte ${at}`).not.toBe(sum);
    }
  });
});
