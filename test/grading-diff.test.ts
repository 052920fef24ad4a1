// The diff `pvm test` shows when output differs, through the real bundle: generated kernels
// print random text against random expectations, and every diff must rebuild both sides
// exactly and be as short as a longest common subsequence allows. Then the shapes that need
// care: folded runs of equal lines, invisible characters, a missing final newline, outputs far
// too different to diff.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '@pvm/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { diffOf, printer, repeater } from './fixtures/grading/kit.ts';
import { pvm, tempDir } from './helpers.ts';

const dir = tempDir();
afterAll(() => dir.done());

interface Result {
  file: string;
  failures: string[];
  expected: { output: string };
}

/** Both sides as the diff shows them, with the drawn invisible characters put back. */
function rebuild(diff: string[]): { expected: string; actual: string } {
  expect(diff.slice(0, 2)).toEqual(['--- expected', '+++ actual']);
  let expected = '';
  let actual = '';
  const unshow = (s: string): string => s.replace(/·/g, ' ').replace(/␍/g, '\r').replace(/␉/g, '\t');
  for (const l of diff.slice(2)) {
    if (l.startsWith('(invisible characters drawn:')) continue;
    if (l.startsWith('\\ no newline at the end of the ')) {
      const side = l.slice('\\ no newline at the end of the '.length);
      if (side !== 'actual output') expected = expected.slice(0, -1);
      if (side !== 'expected output') actual = actual.slice(0, -1);
      continue;
    }
    const text = unshow(l.slice(2)) + '\n';
    if (l[0] === '-') expected += text;
    else if (l[0] === '+') actual += text;
    else if (l[0] === ' ') (expected += text), (actual += text);
    else throw new Error(`not a diff line: ${l}`);
  }
  return { expected, actual };
}

const lines = (s: string): string[] => s.match(/[^\n]*\n|[^\n]+$/g) ?? [];

function lcs(a: string[], b: string[]): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  return t[0]![0]!;
}

describe('the output diff', () => {
  it('rebuilds both sides exactly and is minimal, for 60 random pairs with invisible differences', () => {
    const r = rng(2024);
    const d = join(dir.path, 'random');
    mkdirSync(d);
    // Lines that differ only invisibly, so trailing spaces, \r and tabs must show.
    const words = ['alpha', 'beta', 'beta ', 'gamma\r', 'gamma', 'a\tb', 'a b', ''];
    const text = (): string => Array.from({ length: r.int(14) }, () => r.pick(words)).join('\n') + (r.chance(0.75) ? '\n' : '');
    const pairs = new Map<string, { expected: string[]; actual: string }>();
    for (let k = 0; k < 60; k++) {
      const expected = Array.from({ length: 1 + r.int(12) }, () => r.pick(words.filter((w) => !w.includes('\r'))));
      const actual = text() || 'x';
      const file = join(d, `p${k}.s`);
      pairs.set(file, { expected, actual });
      writeFileSync(file, printer(['; modes: native', ...expected.map((e) => `; expect: ${e}`)].join('\n'), actual));
    }
    const j = JSON.parse(pvm(['test', d, '--json']).stdout);
    expect(j.results).toHaveLength(60);
    for (const res of j.results as Result[]) {
      const p = pairs.get(res.file)!;
      const want = p.expected.join('\n') + '\n';
      expect(res.expected.output).toBe(want);
      if (want === p.actual) {
        expect(diffOf(res.failures)).toEqual([]);
        continue;
      }
      const diff = diffOf(res.failures);
      // Nothing folded at this size (folds keep 3 lines each side): the diff is the whole story.
      if (!diff.some((l) => / equal lines? \.\.\.$/.test(l))) expect(rebuild(diff)).toEqual({ expected: want, actual: p.actual });
      const changes = diff.slice(2).filter((l) => l[0] === '-' || l[0] === '+').length;
      const a = lines(want);
      const b = lines(p.actual);
      expect(changes, res.file).toBe(a.length + b.length - 2 * lcs(a, b));
    }
  });

  it('folds long runs of equal lines and says which side is which', () => {
    const expected = Array.from({ length: 300 }, (_, i) => (i === 150 ? 'B' : 'A'));
    const f = join(dir.path, 'fold.s');
    writeFileSync(f, repeater(['; modes: native', ...expected.map((e) => `; expect: ${e}`)].join('\n'), 'A', 300));
    const j = JSON.parse(pvm(['test', f, '--json']).stdout);
    expect(diffOf(j.results[0].failures)).toEqual(['--- expected', '+++ actual', '  ... 147 equal lines ...', '  A', '  A', '  A', '- B', '+ A', '  A', '  A', '  A', '  ... 146 equal lines ...']);
  });

  it('names the first difference of outputs too different to diff, in bounded time and memory', () => {
    // 200,000 lines against 200,000 other lines: no edit script of bounded size exists.
    const f = join(dir.path, 'huge.s');
    writeFileSync(f, repeater(['; modes: native', '; max-steps: 100000000', ...Array.from({ length: 200_000 }, () => '; expect: B')].join('\n'), 'A', 200_000));
    const j = JSON.parse(pvm(['test', f, '--json']).stdout);
    expect(diffOf(j.results[0].failures)).toEqual(['--- expected', '+++ actual', 'the outputs differ from line 1 on (expected 200,000 lines, actual 200,000 lines):', '- B', '+ A']);
    // The report keeps the start of the output, not all of it.
    expect(j.results[0].actual.outputBytes).toBe(400_000);
    expect(j.results[0].actual.output).toHaveLength(64 * 1024);
  });

  it('shows a missing final newline, a carriage return and a control character', () => {
    const f = join(dir.path, 'eol.s');
    writeFileSync(f, printer('; modes: native\n; expect: one\n; expect: two', 'one\r\ntw\x1bo'));
    const j = JSON.parse(pvm(['test', f, '--json']).stdout);
    expect(diffOf(j.results[0].failures)).toEqual([
      '--- expected',
      '+++ actual',
      '- one',
      '- two',
      '+ one␍',
      '+ tw␛o',
      '\\ no newline at the end of the actual output',
      '(invisible characters drawn: ␍ a carriage return (\\r), ␛ the control character \\x1b)',
    ]);
  });
});
