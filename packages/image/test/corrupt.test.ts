// Every way a .pvx file can be wrong is rejected with one line of text, never an exception.
import { describe, expect, it } from 'vitest';
import { readWord, writeWord } from '@pvm/isa';
import { checksum, disassembleImage, readImage, writeImage, type Image, type Segment } from '../src/index.ts';
import { PROGRAM, build, errorOf, resealed, rng, tables } from './helpers.ts';

const REAL = writeImage(build(PROGRAM));
const SIZE = REAL.length;
const T = tables(REAL);
const TEXT = readWord(REAL, T.segs + 12); // file offset of the text contents

/** Every message readImage may give, by its first words. */
const ANY_ERROR = /^(not a pvm image \(|truncated image: |corrupted image: |unsupported image version |inconsistent image: )/;

const code = (bytes: number[]): Segment => ({ kind: 'text', addr: 0x1000, bytes: new Uint8Array(bytes) });
/** A small image to edit by hand: one symbol, one file, so every name's place is known. */
const SMALL: Image = {
  paravirt: false,
  entry: 0x1000,
  segments: [code([0x01, 0, 0, 0])],
  symbols: [{ name: 'abc', value: 0x1000, kind: 'text' }],
  files: ['f.s'],
  lines: [{ addr: 0x1000, file: 0, line: 1 }],
};
const SMALL_BYTES = writeImage(SMALL);
const ST = tables(SMALL_BYTES);

describe('a real image', () => {
  it('is accepted as written (the baseline every test below breaks)', () => {
    expect(readImage(REAL).ok).toBe(true);
    expect(readImage(SMALL_BYTES).ok).toBe(true);
    expect(readImage(resealed(REAL, () => {})).ok).toBe(true);
    expect(T.nseg).toBe(2);
    expect(T.nline).toBeGreaterThan(4);
    expect(REAL[TEXT]).toBe(0x55); // putmsg starts with `push`
  });
});

describe('the header', () => {
  it('rejects an empty file', () => {
    expect(errorOf(new Uint8Array(0))).toBe('not a pvm image (the file is empty)');
  });

  it('rejects other files by their magic number', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const foreign = [
      new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(56).fill(0)]), // ELF
      enc('_start: nop\n'),
      enc('PVX\n' + ' '.repeat(60)),
      new Uint8Array([0x50, 0x56, 0x58, 0x1b, ...REAL.subarray(4)]),
      new Uint8Array([0x1a, 0x58, 0x56, 0x50, ...REAL.subarray(4)]),
      enc('Q'),
      enc('PVY'),
    ];
    for (const b of foreign) expect(errorOf(b)).toBe('not a pvm image (bad magic number)');
  });

  it('rejects every other version, whatever the checksum says', () => {
    for (const v of [0, 2, 0x100, 0xffff]) {
      const edit = (b: Uint8Array) => {
        b[4] = v & 0xff;
        b[5] = v >> 8;
      };
      const want = `unsupported image version ${v} (this pvm reads version 1)`;
      expect(errorOf(resealed(REAL, edit))).toBe(want);
      const stale = REAL.slice();
      edit(stale);
      expect(errorOf(stale)).toBe(want);
    }
  });

  it('rejects the image cut at every length', () => {
    for (let n = 0; n < SIZE; n++) {
      const want =
        n === 0
          ? 'not a pvm image (the file is empty)'
          : n < 48
            ? `truncated image: ${n} bytes, shorter than the 48-byte header`
            : `truncated image: header says ${SIZE} bytes, file has ${n}`;
      expect(errorOf(REAL.subarray(0, n)), `cut to ${n} bytes`).toBe(want);
    }
  });

  it('rejects trailing garbage', () => {
    for (const extra of [[0], [1, 2, 3], new Array(1000).fill(0xaa)]) {
      const b = new Uint8Array([...REAL, ...extra]);
      expect(errorOf(b)).toBe(`corrupted image: ${extra.length} bytes of trailing garbage after the declared ${SIZE}`);
    }
  });

  it('rejects every single-byte change anywhere in the file', () => {
    let rejected = 0;
    for (let at = 0; at < SIZE; at++)
      for (const mask of [0x01, 0x80, 0xff, 0x5a]) {
        const b = REAL.slice();
        b[at]! ^= mask;
        const error = errorOf(b);
        const where = `byte ${at} ^ 0x${mask.toString(16)}: ${error}`;
        if (at < 4) expect(error, where).toBe('not a pvm image (bad magic number)');
        else if (at < 6) expect(error, where).toMatch(/^unsupported image version \d+ \(this pvm reads version 1\)$/);
        else if (at >= 12 && at < 16) {
          const size = readWord(b, 12);
          expect(error, where).toBe(
            size > SIZE
              ? `truncated image: header says ${size} bytes, file has ${SIZE}`
              : `corrupted image: ${SIZE - size} bytes of trailing garbage after the declared ${size}`,
          );
        } else expect(error, where).toBe('corrupted image: checksum mismatch');
        rejected++;
      }
    expect(rejected).toBe(SIZE * 4);
  });

  it('rejects unknown flags', () => {
    for (const flags of [2, 4, 0x100, 0x8000, 0x8001, 0xffff]) {
      const b = resealed(REAL, (x) => {
        x[6] = flags & 0xff;
        x[7] = flags >> 8;
      });
      expect(errorOf(b)).toBe(`inconsistent image: unknown flags 0x${flags.toString(16)}`);
    }
  });

  it('rejects a non-zero reserved byte', () => {
    for (let at = 40; at < 48; at++) {
      const b = resealed(REAL, (x) => void (x[at] = 1));
      expect(errorOf(b), `byte ${at}`).toBe('inconsistent image: reserved header bytes are not zero');
    }
  });

  it('rejects absurd counts without allocating or looping over them', () => {
    for (const field of [20, 24, 28, 32, 36]) {
      for (const n of [0xffffffff, 0x80000000, 0x10000000]) {
        const b = resealed(REAL, (x) => writeWord(x, field, n));
        expect(errorOf(b), `field ${field} = ${n}`).toBe('inconsistent image: tables run past the end of the file');
      }
    }
    const all = resealed(REAL, (x) => {
      for (let f = 20; f <= 36; f += 4) writeWord(x, f, 0xffffffff);
    });
    expect(errorOf(all)).toBe('inconsistent image: tables run past the end of the file');
  });

  it('rejects tables one entry too long for the file', () => {
    // One more line entry: the string area would end 12 bytes later, inside the segment contents.
    const b = resealed(SMALL_BYTES, (x) => writeWord(x, 32, ST.nline + 1));
    expect(errorOf(b)).toBe('inconsistent image: tables run past the end of the file');
    const strings = resealed(SMALL_BYTES, (x) => writeWord(x, 36, SMALL_BYTES.length));
    expect(errorOf(strings)).toBe('inconsistent image: tables run past the end of the file');
  });
});

describe('segments', () => {
  const seg = (i: number, field: number) => T.segs + 16 * i + 4 * field;

  it('rejects contents past the end of the file', () => {
    const edits: [string, (b: Uint8Array) => void][] = [
      ['one byte too long', (b) => writeWord(b, seg(1, 2), readWord(b, seg(1, 2)) + 1)],
      ['size 0xffffffff', (b) => writeWord(b, seg(1, 2), 0xffffffff)],
      ['offset at the end', (b) => writeWord(b, seg(1, 3), SIZE)],
      ['offset 0xffffffff', (b) => writeWord(b, seg(1, 3), 0xffffffff)],
    ];
    for (const [what, edit] of edits) expect(errorOf(resealed(REAL, edit)), what).toBe('inconsistent image: segment 1 (data) lies outside the file');
  });

  it('rejects contents inside the tables or the string area', () => {
    for (const off of [0, 48, T.strings, T.strings + T.strSize - 1]) {
      const b = resealed(REAL, (x) => writeWord(x, seg(0, 3), off));
      expect(errorOf(b), `offset ${off}`).toBe('inconsistent image: segment 0 (text) lies outside the file');
    }
  });

  it('rejects two segments sharing file bytes', () => {
    const b = resealed(REAL, (x) => writeWord(x, seg(1, 3), readWord(x, seg(0, 3))));
    expect(errorOf(b)).toBe('inconsistent image: segment 1 (data) shares file bytes with the segment before it');
    const back = resealed(REAL, (x) => writeWord(x, seg(1, 3), readWord(x, seg(1, 3)) - 1));
    expect(errorOf(back)).toBe('inconsistent image: segment 1 (data) shares file bytes with the segment before it');
  });

  it('rejects an unknown kind', () => {
    for (const kind of [2, 3, 0xffffffff]) {
      const b = resealed(REAL, (x) => writeWord(x, seg(1, 0), kind));
      expect(errorOf(b)).toBe(`inconsistent image: segment 1 has unknown kind ${kind}`);
    }
  });

  it('rejects overlapping addresses, but not segments that merely touch', () => {
    const text = readWord(REAL, seg(0, 1));
    const textEnd = text + readWord(REAL, seg(0, 2));
    for (const addr of [text, text + 4, textEnd - 1, text - 1]) {
      const b = resealed(REAL, (x) => writeWord(x, seg(1, 1), addr));
      expect(errorOf(b)).toBe(`inconsistent image: segment 1 (data at 0x${addr.toString(16)}) overlaps the text segment at 0x1000`);
    }
    for (const addr of [textEnd, text - readWord(REAL, seg(1, 2))]) expect(readImage(resealed(REAL, (x) => writeWord(x, seg(1, 1), addr))).ok).toBe(true);
  });

  it('finds an overlap whatever the order of the table', () => {
    const d = (addr: number, n: number): Segment => ({ kind: 'data', addr, bytes: new Uint8Array(n) });
    const cases: [Segment[], string][] = [
      [[code(new Array(0x100).fill(1)), d(0x2000, 16), d(0x10f0, 0x20)], 'segment 2 (data at 0x10f0) overlaps the text segment at 0x1000'],
      [[code(new Array(16).fill(1)), d(0, 0x10000)], 'segment 1 (data at 0x0) overlaps the text segment at 0x1000'],
      [[code(new Array(0x100).fill(1)), d(0x1050, 0), d(0x1080, 0x10)], 'segment 2 (data at 0x1080) overlaps the text segment at 0x1000'],
      [[d(0x3000, 4), d(0x2000, 0x1001), code([1, 0, 0, 0])], 'segment 1 (data at 0x2000) overlaps the data segment at 0x3000'],
    ];
    for (const [segments, want] of cases) expect(errorOf(writeImage({ ...SMALL, segments }))).toBe(`inconsistent image: ${want}`);
  });

  it('lets an empty segment sit anywhere', () => {
    const img: Image = { ...SMALL, segments: [code([1, 0, 0, 0, 1, 0, 0, 0]), { kind: 'data', addr: 0x1004, bytes: new Uint8Array(0) }] };
    const r = readImage(writeImage(img));
    expect(r.ok && r.image).toEqual(img);
  });

  it('rejects a segment running past the 4 GiB address space', () => {
    const b = writeImage({ ...SMALL, entry: 0xfffffff0, segments: [{ kind: 'text', addr: 0xfffffff0, bytes: new Uint8Array(17) }] });
    expect(errorOf(b)).toBe('inconsistent image: segment 0 (text) runs past the 4 GiB address space');
  });

  it('reads many segments in linear time', () => {
    const segments = [code([1, 0, 0, 0]), ...Array.from({ length: 100_000 }, (_, i) => ({ kind: 'data' as const, addr: 0x10000 + i, bytes: new Uint8Array([i & 0xff]) }))];
    const r = readImage(writeImage({ ...SMALL, segments }));
    expect(r.ok && r.image.segments.length).toBe(100_001);
  });
});

describe('the entry point', () => {
  const at = (entry: number) => resealed(REAL, (x) => writeWord(x, 8, entry));

  it('must be in the code', () => {
    const data = readWord(REAL, T.segs + 16 + 4);
    const textEnd = 0x1000 + readWord(REAL, T.segs + 8);
    for (const entry of [0, 0xffc, textEnd, data, 0xfffffffc]) expect(errorOf(at(entry))).toBe(`inconsistent image: entry point 0x${entry.toString(16)} is outside the code`);
    expect(errorOf(writeImage({ ...SMALL, segments: [] }))).toBe('inconsistent image: entry point 0x1000 is outside the code');
    expect(errorOf(writeImage({ ...SMALL, segments: [{ ...code([1, 0, 0, 0]), kind: 'data' }] }))).toBe('inconsistent image: entry point 0x1000 is outside the code');
  });

  it('must be 4-byte aligned', () => {
    for (const entry of [0x1001, 0x1002, 0x1003]) expect(errorOf(at(entry))).toBe(`inconsistent image: entry point 0x${entry.toString(16)} is not 4-byte aligned`);
    expect(readImage(at(0x1004)).ok).toBe(true);
  });
});

describe('names', () => {
  const nameOff = (i: number) => ST.syms + 12 * i;
  const strings = ST.strings; // 'abc\0f.s\0'

  it('rejects a name offset outside the string area', () => {
    for (const off of [ST.strSize, ST.strSize + 1, 0xffffffff]) {
      expect(errorOf(resealed(SMALL_BYTES, (x) => writeWord(x, nameOff(0), off)))).toBe(`inconsistent image: symbol 0 name offset ${off} is outside the string area`);
      expect(errorOf(resealed(SMALL_BYTES, (x) => writeWord(x, ST.files, off)))).toBe(`inconsistent image: file 0 name offset ${off} is outside the string area`);
    }
  });

  it('rejects a name offset into the middle of a name', () => {
    expect(errorOf(resealed(SMALL_BYTES, (x) => writeWord(x, nameOff(0), 1)))).toBe('inconsistent image: symbol 0 name offset 1 is not the start of a name');
    expect(errorOf(resealed(SMALL_BYTES, (x) => writeWord(x, ST.files, 5)))).toBe('inconsistent image: file 0 name offset 5 is not the start of a name');
    // The start of the next name is fine: the symbol may share the file's name.
    const shared = resealed(SMALL_BYTES, (x) => writeWord(x, nameOff(0), 4));
    const r = readImage(shared);
    expect(r.ok && r.image.symbols[0]!.name).toBe('f.s');
  });

  it('rejects a name without its NUL', () => {
    expect(SMALL_BYTES[strings + ST.strSize - 1]).toBe(0);
    const b = resealed(SMALL_BYTES, (x) => void (x[strings + ST.strSize - 1] = 0x41));
    expect(errorOf(b)).toBe('inconsistent image: file 0 name is not terminated');
    // A NUL further on, in the segment contents, does not count.
    expect(b.indexOf(0, strings + ST.strSize)).toBeGreaterThan(0);
    const sym = writeImage({ ...SMALL, files: [], lines: [] });
    const st = tables(sym);
    expect(errorOf(resealed(sym, (x) => void (x[st.strings + 3] = 0x64)))).toBe('inconsistent image: symbol 0 name is not terminated');
  });

  it('rejects names that are not UTF-8', () => {
    const bad = [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]];
    for (const seq of bad) {
      const name = 'x'.repeat(seq.length);
      const img = writeImage({ ...SMALL, symbols: [{ name, value: 0, kind: 'const' }], files: ['y'.repeat(seq.length)] });
      const t = tables(img);
      expect(errorOf(resealed(img, (x) => x.set(seq, t.strings))), `${seq}`).toBe('inconsistent image: symbol 0 name is not valid UTF-8');
      expect(errorOf(resealed(img, (x) => x.set(seq, t.strings + seq.length + 1))), `${seq}`).toBe('inconsistent image: file 0 name is not valid UTF-8');
    }
  });

  it('rejects an unknown symbol kind', () => {
    for (const kind of [3, 0xffffffff]) {
      expect(errorOf(resealed(SMALL_BYTES, (x) => writeWord(x, nameOff(0) + 8, kind)))).toBe(`inconsistent image: symbol 'abc' has unknown kind ${kind}`);
    }
  });

  it('decodes a name shared by many symbols once', () => {
    const name = 'n'.repeat(300_000);
    const symbols = Array.from({ length: 30_000 }, (_, i) => ({ name, value: i, kind: 'const' as const }));
    const r = readImage(writeImage({ ...SMALL, symbols }));
    if (!r.ok) return expect.fail(r.error);
    expect(r.image.symbols.length).toBe(30_000);
    expect(r.image.symbols.every((s) => s.name === name)).toBe(true);
  });
});

describe('the line table', () => {
  const line = (i: number, field: number) => T.lines + 12 * i + 4 * field;

  it('rejects an entry naming a file that is not there', () => {
    for (const f of [T.nfile, T.nfile + 1, 0xffffffff]) {
      const b = resealed(REAL, (x) => writeWord(x, line(2, 1), f));
      expect(errorOf(b)).toBe(`inconsistent image: line entry 2 names file ${f} of ${T.nfile}`);
    }
    const none = writeImage({ ...SMALL, files: [] });
    expect(errorOf(none)).toBe('inconsistent image: line entry 0 names file 0 of 0');
  });

  it('rejects a table out of address order', () => {
    const b = resealed(REAL, (x) => {
      const a = readWord(x, line(3, 0));
      writeWord(x, line(3, 0), readWord(x, line(4, 0)));
      writeWord(x, line(4, 0), a);
    });
    expect(errorOf(b)).toBe('inconsistent image: line table is not sorted at entry 4');
    const last = resealed(REAL, (x) => writeWord(x, line(T.nline - 1, 0), 0));
    expect(errorOf(last)).toBe(`inconsistent image: line table is not sorted at entry ${T.nline - 1}`);
  });

  it('accepts equal addresses in a row', () => {
    const b = resealed(REAL, (x) => writeWord(x, line(4, 0), readWord(x, line(3, 0))));
    expect(readImage(b).ok).toBe(true);
  });
});

describe('random damage', () => {
  it('never throws, and whatever it accepts it can write and disassemble again', () => {
    const r = rng(0x5eed);
    const tableEnd = T.strings + T.strSize;
    let accepted = 0;
    let rejected = 0;
    for (let n = 0; n < 3000; n++) {
      const b = resealed(REAL, (x) => {
        const count = 1 + r.int(4);
        for (let k = 0; k < count; k++) {
          // Mostly the header and tables, where damage means something; sometimes anywhere.
          const at = r.float() < 0.8 ? 6 + r.int(tableEnd - 6) : r.int(SIZE);
          x[at] = r.float() < 0.5 ? r.int(256) : x[at]! ^ (1 << r.int(8));
        }
      });
      const res = readImage(b);
      if (res.ok) {
        accepted++;
        const again = readImage(writeImage(res.image));
        expect(again.ok && again.image).toEqual(res.image);
        expect(typeof disassembleImage(res.image)).toBe('string');
      } else {
        rejected++;
        expect(res.error).toMatch(ANY_ERROR);
        expect(res.error).not.toContain('\n');
      }
    }
    expect(accepted).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(100);
  });

  it('never throws on random bytes, even with a plausible header', () => {
    const r = rng(42);
    for (let n = 0; n < 2000; n++) {
      const len = r.int(160);
      const b = new Uint8Array(len).map(() => r.int(256));
      if (len >= 48 && r.float() < 0.7) {
        b.set([0x50, 0x56, 0x58, 0x1a, 1, 0, r.int(2), 0], 0);
        writeWord(b, 12, len);
        for (let f = 20; f < 40; f += 4) writeWord(b, f, r.int(4));
        b.fill(0, 40, 48);
        writeWord(b, 16, checksum(b));
      }
      const res = readImage(b);
      if (!res.ok) expect(res.error).toMatch(ANY_ERROR);
    }
  });
});
