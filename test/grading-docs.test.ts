// docs/grading.md tells the truth: its console examples are run and must print what the page
// shows, its worked example is the files in docs/grading/example, and the bounds in its table
// of limits are the ones `pvm test` enforces (the most is accepted, one more is refused).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HI } from './fixtures/grading/kit.ts';
import { ROOT, pvm, tempDir } from './helpers.ts';

const PAGE = readFileSync(join(ROOT, 'docs/grading.md'), 'utf8');
const dir = tempDir();
afterAll(() => dir.done());

const blocks = (lang: string): string[] => [...PAGE.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

describe('docs/grading.md', () => {
  const examples = blocks('console').map((b) => {
    const [cmd, ...out] = b.split('\n');
    return { command: cmd!.replace(/^\$ /, ''), output: out.filter((l) => l !== '').join('\n') + '\n' };
  });

  it('has console examples', () => expect(examples.length).toBeGreaterThanOrEqual(4));

  it.each(examples.map((e) => [e.command, e] as const))('$ %s', (_, e) => {
    const [tool, ...args] = e.command.split(/\s+/);
    expect(tool).toBe('pvm');
    const r = pvm(args);
    expect((r.stdout + r.stderr).split('\n').filter((l) => l !== '').join('\n') + '\n').toBe(e.output);
  });

  it("shows the worked example's spec as it is in docs/grading/example/spec.txt", () => {
    const spec = readFileSync(join(ROOT, 'docs/grading/example/spec.txt'), 'utf8');
    const shown = blocks('text').find((b) => b.includes('cheap under trap-and-emulate'))!;
    expect(spec.endsWith(shown)).toBe(true);
  });

  it("shows Bob's failed case as the gradescope report has it", () => {
    const out = mkdtempSync(join(dir.path, 'gs-'));
    pvm(['test', '--spec', 'docs/grading/example/spec.txt', '--batch', 'docs/grading/example/submissions', '--format', 'gradescope', '-o', out]);
    const bob = JSON.parse(readFileSync(join(out, 'bob', 'results.json'), 'utf8'));
    const shown = JSON.parse(blocks('json')[0]!);
    expect(bob.tests.find((t: { name: string }) => t.name === shown.name)).toEqual(shown);
  });

  it('states the limits pvm test enforces', () => {
    const row = (what: string): string => PAGE.split('\n').find((l) => l.startsWith(`| ${what}`))!;
    const most = (what: string): string => row(what).split('|')[3]!.trim();
    const table: [string, string, (n: number) => string][] = [
      ['guest instructions', most('guest instructions').replace(/,/g, ''), (n) => `max-steps: ${n}`],
      ['console output', most('console output'), (n) => `output-limit: ${n}`],
      ['scratch disk', most('scratch disk').replace(/ sectors.*/, '').replace(/,/g, ''), (n) => `disk: ${n}`],
      ['wall time', most('wall time').replace(/ s$/, ''), (n) => `timeout: ${n}`],
      ['points', most('points').replace(/,/g, ''), (n) => `points: ${n}`],
    ];
    let k = 0;
    for (const [what, text, key] of table) {
      const max = text === '16 MiB' ? 16 << 20 : Number(text);
      expect(Number.isInteger(max), `${what}: '${text}'`).toBe(true);
      const at = (n: number): string => {
        const f = join(dir.path, `limit${k++}.s`);
        writeFileSync(f, `; expect: hi\n; ${key(n)}\n${HI}`);
        return f;
      };
      expect(pvm(['test', at(max)]).status, `${what} ${max}`).toBe(0);
      const over = pvm(['test', at(max + 1)]);
      expect(over.status, `${what} ${max + 1}`).toBe(65);
      expect(over.stderr, what).toMatch(/ error: \S+ is at most /);
    }
    // Cases in one file: the 256th is accepted, the 257th refused.
    const cases = (n: number): string => Array.from({ length: n }, (_, i) => `; case: c${i}`).join('\n');
    expect(row('cases in one file')).toContain('| 256 |');
    const f = join(dir.path, 'cases.s');
    writeFileSync(f, `${cases(257)}\n${HI}`);
    const r = pvm(['test', f]);
    expect(r.status).toBe(65);
    expect(r.stderr).toMatch(/^\S+:257:9: error: at most 256 cases$/m);
  });
});
