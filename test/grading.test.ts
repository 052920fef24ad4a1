// `pvm test` on kernels that state their own expectations: what counts as the expectation
// block, typos and bounds as errors at their place, cases with points and bounds, directories
// that hold link loops. Everything through the real bundle.
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ECHO, HI } from './fixtures/grading/kit.ts';
import { hasStackTrace, pvm, tempDir } from './helpers.ts';

const dir = tempDir();
afterAll(() => dir.done());
let n = 0;
/** A kernel file with this header above the HI kernel (or another body). */
function kernel(header: string, body = HI): string {
  const f = join(dir.path, `k${++n}.s`);
  writeFileSync(f, `${header}\n${body}`);
  return f;
}
const heads = (stderr: string): string[] => stderr.split('\n').filter((l) => /^\S+:\d+:\d+: error: /.test(l)).map((l) => l.replace(/^.*?\.s:/, ''));

describe('the expectation block', () => {
  it('reports every unknown or malformed key with line, column and a suggestion, runs nothing, and exits 65', () => {
    const f = kernel(['; k.s: prints hi.', ';', '; expect: hi', '; exitz: 0', '; exit 0', '; expects: hi', '; Expect: hi', '; exits(trpa): total = 0', '; this line is prose inside the block'].join('\n'));
    const r = pvm(['test', f]);
    expect(r.status).toBe(65);
    expect(heads(r.stderr)).toEqual([
      "4:3: error: unknown key 'exitz'; did you mean 'exit'?",
      "5:7: error: missing ':' after 'exit'",
      "6:3: error: unknown key 'expects'; did you mean 'expect'?",
      "7:3: error: unknown key 'Expect'; did you mean 'expect'?",
      "8:9: error: unknown mode 'trpa'; did you mean 'trap'?",
      "9:3: error: not an expectation: every line of a paragraph with expectations must be 'key: value' (put prose in its own paragraph, after an empty ';' line)",
    ]);
    // Each error shows its line and a caret under the column.
    expect(r.stderr).toContain('  ; exitz: 0\n    ^\n');
    expect(r.stdout).not.toMatch(/^PASS/m);
    expect(r.stdout).toMatch(/^FAIL {2}\S+ \[error\]\n {6}the expectations do not parse \(6 errors\): /);
    expect(hasStackTrace(r.stderr + r.stdout)).toBe(false);
  });

  it('catches a typo alone in a paragraph of its own, but never prose', () => {
    const typos = [
      ['; exitz: 3', "3:3: error: unknown key 'exitz'; did you mean 'exit'?"],
      ['; exit 0', "3:7: error: missing ':' after 'exit'"],
      ['; expects: hi', "3:3: error: unknown key 'expects'; did you mean 'expect'?"],
      ['; max-step: 100', "3:3: error: unknown key 'max-step'; did you mean 'max-steps'?"],
      ['; output-limit 4K', "3:15: error: missing ':' after 'output-limit'"],
    ] as const;
    const r = pvm(['test', ...typos.map(([line]) => kernel(`; k.s: a kernel.\n;\n${line}`))]);
    expect(r.status).toBe(65);
    expect(heads(r.stderr)).toEqual(typos.map(([, head]) => head));
    // Prose of every shape that is not a key line: the file states nothing and is just run.
    const prose = [
      '; this kernel prints x',
      '; Task: print hi',
      '; block.s: the programmed-I/O block device.',
      '; examples/pv/echo.s: the paravirtual twin',
      '; exit 70.',
      '; exit codes are described in docs/machine.md',
      '; input is read with `in CONSOLE_DATA`: one byte at a time',
      '; Note: TIMER_PERIOD = 1000',
      ';   lvt (vector table)        -> set_trap_table: the hypervisor copies it',
      '; Memory is 1 MiB: the last byte is 0xfffff.',
    ].join('\n');
    const quiet = pvm(['test', kernel(`${prose}\n;\n; expect: hi`)]);
    expect(quiet.stderr).toBe('');
    expect(quiet.status).toBe(0);
    const none = pvm(['test', kernel(prose)]);
    expect(none.stderr).toBe('');
    // No expectations: the kernel must print nothing; it prints hi, so the diff says so.
    expect(none.stdout).toContain('+ hi');
  });

  it('bounds every value a kernel may ask for, naming the bound, and accepts the bound itself', () => {
    const cases: [string, string | null][] = [
      ['; output-limit: 16M', null],
      ['; output-limit: 16777217', 'output-limit is at most 16 MiB, not 16777217'],
      ['; output-limit: 100G', 'output-limit is at most 16 MiB, not 100G'],
      ['; output-limit: lots', "output-limit expects a size like 4096, 64K or 2M, not 'lots'"],
      ['; disk: 32768', null],
      ['; disk: 32769', 'disk is at most 32,768 sectors (16 MiB), not 32769'],
      ['; disk: 99999999999', 'disk is at most 32,768 sectors (16 MiB), not 99999999999'],
      ['; max-steps: 1000000000', null],
      ['; max-steps: 1000000001', 'max-steps is at most 1,000,000,000, not 1000000001'],
      ['; max-steps: 0', "max-steps expects a positive whole number, not '0'"],
      ['; points: 1000', null],
      ['; points: 1000.5', 'points is at most 1,000, not 1000.5'],
      ['; timeout: 600', null],
      ['; timeout: 600.5', 'timeout is at most 600 seconds, not 600.5'],
      ['; exit: 256', "exit status must be 0..255, not '256'"],
      ['; visibility: secret', 'visibility is one of visible, hidden, after_due_date, after_published, not \'secret\''],
    ];
    const files = cases.map(([line]) => kernel(`; k.s\n;\n; expect: hi\n${line}`));
    const good = files.filter((_, i) => cases[i]![1] === null);
    const ok = pvm(['test', ...good]);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toMatch(new RegExp(`\n${good.length * 3} passed, 0 failed\n$`));
    const bad = pvm(['test', ...files.filter((_, i) => cases[i]![1] !== null)]);
    expect(bad.status).toBe(65);
    expect(heads(bad.stderr)).toEqual(cases.filter(([, e]) => e !== null).map(([line, e]) => `4:${line.indexOf(':') + 3}: error: ${e}`));
  });

  it('names a misspelt exit cause or hypercall, so a `<=` bound cannot pass on a zero', () => {
    const r = pvm(['test', kernel('; expect: hi\n; exits(trap): out CONSOL_DATA <= 3\n; hypercalls(pv): consol_io = 1\n; exits(trap): total => 3\n; expect(pv): hi\n; modes: native trap')]);
    expect(r.status).toBe(65);
    expect(heads(r.stderr)).toEqual([
      "2:16: error: unknown exit cause 'out CONSOL_DATA'; did you mean 'out CONSOLE_DATA'?",
      "3:14: error: 'hypercalls(pv)' names a mode this case never runs (modes: native trap)",
      "3:19: error: unknown hypercall 'consol_io'; did you mean 'console_io'?",
      "4:16: error: exits expects 'name = count' (or <=, >=, <, >), not 'total => 3'",
      "5:10: error: 'expect(pv)' names a mode this case never runs (modes: native trap)",
    ]);
  });

  it('keeps the old single-case form and its reports', () => {
    const f = kernel('; expect: hi\n; exits(trap): out CONSOLE_DATA = 3\n; exits(native): total = 0');
    const r = pvm(['test', f]);
    expect(r.stdout).toBe(
      `PASS  ${f} [native]  (20 instructions, 0 exits, 0 hypercalls)\nPASS  ${f} [trap]  (20 instructions, 4 exits, 0 hypercalls)\nPASS  ${f} [hvm]  (20 instructions, 4 exits, 0 hypercalls)\n3 passed, 0 failed\n`,
    );
    expect(r.status).toBe(0);
  });
});

describe('cases and points', () => {
  it('runs each case on its own, inherits the defaults, and scores the passed ones', () => {
    const f = kernel(
      [
        '; echo.s: copies its input.',
        ';',
        '; modes: native trap',
        '; input: default\\n',
        '; expect: default',
        ';',
        '; case: inherits everything',
        ';',
        '; case: own input and output',
        '; points: 2',
        '; input: abc\\n',
        '; expect: abc',
        ';',
        '; case: wrong on purpose',
        '; points: 0.5',
        '; input: abc\\n',
        '; expect: abd',
        ';',
        '; case: trap only',
        '; modes: trap',
        '; input: x\\ty\\x41\\n',
        '; expect: x\tyA',
      ].join('\n'),
      ECHO,
    );
    const r = pvm(['test', f]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => /^(PASS|FAIL) /.test(l)).map((l) => l.replace(/ {2}\(.*$/, ''))).toEqual([
      `PASS  ${f}::inherits everything [native]`,
      `PASS  ${f}::inherits everything [trap]`,
      `PASS  ${f}::own input and output [native]`,
      `PASS  ${f}::own input and output [trap]`,
      `FAIL  ${f}::wrong on purpose [native]`,
      `FAIL  ${f}::wrong on purpose [trap]`,
      `PASS  ${f}::trap only [trap]`,
    ]);
    expect(r.stdout).toMatch(/score: 4\/4\.5 points\n5 passed, 2 failed\n$/);
    const j = JSON.parse(pvm(['test', f, '--json']).stdout);
    expect([j.passed, j.failed, j.score, j.maxScore]).toEqual([5, 2, 4, 4.5]);
    expect(j.cases.map((c: { case: string; status: string; score: number; maxScore: number }) => [c.case, c.status, c.score, c.maxScore])).toEqual([
      ['inherits everything', 'passed', 1, 1],
      ['own input and output', 'passed', 2, 2],
      ['wrong on purpose', 'failed', 0, 0.5],
      ['trap only', 'passed', 1, 1],
    ]);
    // The flat per-mode results keep their fields, now with the case's name.
    expect(j.results[2]).toMatchObject({ file: f, case: 'own input and output', mode: 'native', passed: true, actual: { output: 'abc\n', exit: 0 } });
  });

  it('holds exits and hypercalls to =, <=, >=, < and > bounds', () => {
    // The echo kernel reads "abc\n" with 5 `in CONSOLE_DATA` exits under trap (4 bytes, then -1).
    const ops = ['=', '<=', '>=', '<', '>'] as const;
    const holds = { '=': (a: number, b: number) => a === b, '<=': (a: number, b: number) => a <= b, '>=': (a: number, b: number) => a >= b, '<': (a: number, b: number) => a < b, '>': (a: number, b: number) => a > b };
    const want: [string, boolean][] = [];
    const header = ['; modes: trap', '; input: abc\\n', '; expect: abc'];
    for (const op of ops)
      for (const v of [4, 5, 6]) {
        const name = `in ${op} ${v}`;
        header.push(';', `; case: ${name}`, `; exits(trap): in CONSOLE_DATA ${op} ${v}`);
        want.push([name, holds[op](5, v)]);
      }
    header.push(';', '; case: total', '; exits: total >= 9', '; hypercalls: total = 0');
    want.push(['total', true]);
    const j = JSON.parse(pvm(['test', kernel(header.join('\n'), ECHO), '--json']).stdout);
    expect(j.cases.map((c: { case: string; status: string }) => [c.case, c.status === 'passed'])).toEqual(want);
    const failed = j.results.find((m: { case: string }) => m.case === 'in <= 4');
    expect(failed.failures).toEqual(["exits 'in CONSOLE_DATA': expected <= 4, got 5"]);
  });

  it('refuses a case twice declared, a nameless case and a key given twice', () => {
    const r = pvm(['test', kernel('; case: a\n; expect: hi\n; case: a\n; case:\n; exit: 0\n; exit: 1')]);
    expect(r.status).toBe(65);
    expect(heads(r.stderr)).toEqual(["3:9: error: case 'a' is declared twice (first at line 1)", '4:8: error: a case needs a name: `case: echo-abc`', "6:3: error: 'exit' is given twice in this case (first at line 5)"]);
  });
});

describe('directories', () => {
  it('walks past link loops and unreadable entries, reporting each once, and grades the rest', () => {
    const d = join(dir.path, 'tree');
    mkdirSync(join(d, 'sub'), { recursive: true });
    writeFileSync(join(d, 'hello.s'), `; expect: hi\n${HI}`);
    writeFileSync(join(d, 'sub', 'deep.s'), `; expect: hi\n${HI}`);
    symlinkSync('.', join(d, 'loop'));
    symlinkSync('..', join(d, 'sub', 'up'));
    symlinkSync('self.s', join(d, 'self.s'));
    symlinkSync('hello.s', join(d, 'alias.s'));
    expect(spawnSync('mkfifo', [join(d, 'fifo.s')]).status).toBe(0);
    const r = pvm(['test', d]);
    expect(r.status).toBe(1);
    expect(hasStackTrace(r.stderr + r.stdout)).toBe(false);
    expect(r.stdout.split('\n').filter((l) => /^(PASS|FAIL)/.test(l)).map((l) => l.replace(/ {2}\(.*$/, '').replace(d, 'D'))).toEqual([
      'PASS  D/alias.s [native]',
      'PASS  D/alias.s [trap]',
      'PASS  D/alias.s [hvm]',
      'FAIL  D/fifo.s [error]',
      'PASS  D/hello.s [native]',
      'PASS  D/hello.s [trap]',
      'PASS  D/hello.s [hvm]',
      'FAIL  D/self.s [error]',
      'PASS  D/sub/deep.s [native]',
      'PASS  D/sub/deep.s [trap]',
      'PASS  D/sub/deep.s [hvm]',
    ]);
    expect(r.stdout).toContain(`cannot open '${d}/self.s': a loop of symbolic links`);
    expect(r.stdout).toContain(`'${d}/fifo.s' is not a regular file`);
    expect(r.stderr.split('\n').filter(Boolean).sort()).toEqual([`pvm test: '${d}/loop' is a symbolic link to a directory: not followed`, `pvm test: '${d}/sub/up' is a symbolic link to a directory: not followed`]);
  });
});
