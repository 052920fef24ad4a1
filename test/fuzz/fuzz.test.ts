// The fuzzers at a small size, part of every test run (`pnpm fuzz` runs them long), and every
// input that ever broke pvm, replayed from test/fuzz/corpus/.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BufferConsole } from '@pvm/devices';
import { createDomain } from '@pvm/hypervisor';
import type { Image } from '@pvm/image';
import { tempDir } from '../helpers.ts';
import { fuzzRange, newTally } from './runner.ts';
import { OracleError, TARGETS, runGuarded, type Target } from './targets.ts';

const CORPUS = new URL('./corpus/', import.meta.url).pathname;
// Iterations per target in the suite: a few seconds in all. The seed is fixed: the same
// inputs every run; `pnpm fuzz` explores other seeds.
const SIZES: Record<string, number> = { image: 200, asm: 200, exec: 500, hypercall: 800, cli: 300, debugger: 40 };

describe('fuzzing, small and seeded', () => {
  for (const t of TARGETS) {
    it(`${t.name}: ${SIZES[t.name]} inputs, every outcome a diagnostic, a fault, a halt or the step limit`, () => {
      const tally = fuzzRange(t, 1, 0, SIZES[t.name]!, newTally(), { slowMs: 10_000 });
      expect(tally.failures).toEqual([]);
      expect(tally.execs).toBe(SIZES[t.name]);
      // The inputs reach past the front door: some are accepted and run, not all refused.
      const refused = (tally.outcomes['rejected'] ?? 0) + (tally.outcomes['diagnostics'] ?? 0);
      expect(refused).toBeLessThan(tally.execs);
    });
  }
});

describe('the corpus: every input that ever failed, replayed', () => {
  for (const t of TARGETS) {
    const dir = join(CORPUS, t.name);
    const files = existsSync(dir) ? readdirSync(dir).sort() : [];
    if (files.length === 0) continue;
    it.each(files)(`${t.name}: %s`, (f) => {
      const input = (t as Target<unknown>).load(readFileSync(join(dir, f)));
      expect(typeof (t as Target<unknown>).run(input)).toBe('string');
    });
  }
});

describe('the oracle itself', () => {
  it('catches a hypervisor word access outside guest memory', () => {
    const img: Image = { paravirt: false, entry: 0x1000, segments: [{ kind: 'text', addr: 0x1000, bytes: new Uint8Array([0x72, 0x01, 0, 0, 0x10, 0, 0, 0]) }], symbols: [], files: [], lines: [] };
    const console = new BufferConsole();
    const d = createDomain(img, { mode: 'native', memory: 0x10000, console, maxSteps: 10 });
    // A planted bug: the console device reads a word just past the end of guest memory.
    console.write = () => void d.cpu.read32(0x10000);
    expect(() => runGuarded(d, img, 0x10000, 10)).toThrow(OracleError);
  });

  it('records a failing input with where it came from, and saves it for replay', () => {
    const t = tempDir();
    try {
      const broken: Target<Uint8Array> = { name: 'planted', gen: (r) => new Uint8Array([r.int(4)]), run: (b) => (b[0] === 2 ? (() => { throw new TypeError('boom'); })() : 'ok'), save: (b) => ({ ext: 'bin', bytes: b }), load: (b) => b };
      const tally = fuzzRange(broken as Target<never>, 5, 0, 50, newTally(), { corpus: t.path });
      expect(tally.failures.length).toBeGreaterThan(0);
      const f = tally.failures[0]!;
      expect(f.message).toMatch(/^TypeError: boom/);
      expect(readFileSync(f.file!)).toEqual(Buffer.from([2]));
    } finally {
      t.done();
    }
  });
});
