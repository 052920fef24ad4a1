// What comes into the debugger from outside: command bytes split into bounded lines however
// they are chunked, source names from a hostile image confined to one directory, and names
// escaped before they reach a terminal.
import { describe, expect, it } from 'vitest';
import { printable } from '@pvm/image';
import { rng } from '@pvm/testkit';
import { LIMITS, LineSplitter, candidates, confinedSources, type Line } from '../src/index.ts';

const enc = new TextEncoder();

function splitAll(bytes: Uint8Array, cut: (n: number) => number[], max?: number): Line[] {
  const s = new LineSplitter(max);
  const out: Line[] = [];
  let at = 0;
  for (const n of cut(bytes.length)) {
    out.push(...s.push(bytes.subarray(at, at + n)));
    at += n;
  }
  out.push(...s.push(bytes.subarray(at)), ...s.end());
  return out;
}

describe('LineSplitter', () => {
  it('gives the same lines however the bytes are chunked, with long ones dropped as they arrive', () => {
    const r = rng(7);
    for (let trial = 0; trial < 200; trial++) {
      const lines = Array.from({ length: r.int(20) }, () => (r.chance(0.1) ? 'x'.repeat(60 + r.int(200)) : r.chance(0.1) ? 'é€'.repeat(r.int(20)) : `p ${r.int(1000)}${r.chance(0.2) ? '\r' : ''}`));
      const text = lines.join('\n') + (r.chance(0.5) ? '\n' : '');
      const bytes = enc.encode(text);
      // A last newline ends the last line; it does not start another.
      const segs = text.split('\n');
      if (segs[segs.length - 1] === '') segs.pop();
      const want = segs.map((l, i) => {
        const n = enc.encode(l).length;
        return n > 64 ? { n: i + 1, tooLong: n } : { n: i + 1, text: l.replace(/\r$/, '') };
      });
      const cuts = (len: number): number[] => Array.from({ length: r.int(10) }, () => r.int(Math.max(1, len / 3)));
      expect(splitAll(bytes, cuts, 64)).toEqual(want);
      expect(splitAll(bytes, (len) => Array.from({ length: len }, () => 1), 64)).toEqual(want);
    }
  });

  it('holds at most one line of the limit, whatever arrives', () => {
    const s = new LineSplitter();
    const big = new Uint8Array(1 << 20).fill(0x41);
    for (let i = 0; i < 64; i++) expect(s.push(big)).toEqual([]);
    expect(s.push(enc.encode('\np 1\n'))).toEqual([{ n: 1, tooLong: 64 << 20 }, { n: 2, text: 'p 1' }]);
    expect(LIMITS.lineBytes).toBe(4096);
  });
});

describe('source names from an image', () => {
  const hostile = ['/etc/passwd', '../../etc/passwd', 'a/../../b.s', '/dev/stdin', '..', '.', '', 'a/./../..', '\0x.s', '/', '../x/../../y.s', 'a/'.repeat(500) + 'k.s'];
  it('never name a path outside the directory they are looked for in', () => {
    const r = rng(3);
    const parts = ['..', '.', '', 'a', 'lib', 'k.s', '/', 'etc', '~', '\\', 'C:'];
    const random = Array.from({ length: 500 }, () => Array.from({ length: 1 + r.int(8) }, () => r.pick(parts)).join(r.chance(0.8) ? '/' : ''));
    for (const name of [...hostile, ...random]) {
      const c = candidates(name);
      expect(c.length, name).toBeLessThanOrEqual(9);
      for (const rel of c) {
        expect(rel.startsWith('/'), `${name} -> ${rel}`).toBe(false);
        expect(rel.split('/').includes('..'), `${name} -> ${rel}`).toBe(false);
        expect(rel.split('/').includes('.'), `${name} -> ${rel}`).toBe(false);
        expect(rel.split('/').includes(''), `${name} -> ${rel}`).toBe(false);
      }
    }
    expect(candidates('examples/lib/console.s')).toEqual(['examples/lib/console.s', 'lib/console.s', 'console.s']);
    expect(candidates('/etc/passwd')).toEqual(['etc/passwd', 'passwd']);
    expect(candidates('../../etc/passwd')).toEqual(['etc/passwd', 'passwd']);
  });

  it('are read only through the host, inside the root, and say why not', () => {
    const asked: string[] = [];
    const files = confinedSources('img', (root, rel) => {
      asked.push(`${root}|${rel}`);
      return rel === 'lib/console.s' ? 'text' : { reason: 'no such file' };
    });
    expect(files.read('examples/lib/console.s')).toBe('text');
    expect(files.read('/etc/passwd')).toEqual({ reason: expect.stringMatching(/only looked for inside img/) });
    expect(files.read('k.s')).toEqual({ reason: 'no such file (looked inside img)' });
    expect(asked.every((a) => a.startsWith('img|'))).toBe(true);
  });
});

describe('printable', () => {
  it('escapes every character that can steer a terminal, and only those', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const steering = c < 0x20 || (c >= 0x7f && c < 0xa0) || [0x61c, 0x200e, 0x200f, 0x2028, 0x2029].includes(c) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
      const p = printable(`a${ch}b`);
      if (!steering) expect(p).toBe(`a${ch}b`);
      else {
        expect(p).toMatch(/^a\\(x[0-9a-f]{2}|u[0-9a-f]{4}|[ntr])b$/);
        expect(printable(ch, ch)).toBe(ch);
      }
    }
  });
});
