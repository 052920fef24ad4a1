// `pvm test --spec`: the instructor's expectations, kept outside the submission. A submission
// cannot change what it is graded against, cannot read what it should not, and is searched for
// its kernel by the spec's `file:` patterns.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ECHO, HI, printer } from './fixtures/grading/kit.ts';
import { hasStackTrace, pvm, tempDir } from './helpers.ts';

const dir = tempDir();
afterAll(() => dir.done());
const at = (...p: string[]): string => join(dir.path, ...p);
function put(path: string, text: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const SPEC = put(at('spec.txt'), ['; The instructor\'s spec: echo.', ';', '; file: echo.s', '; modes: native trap', ';', '; case: abc', '; points: 2', '; input: abc\\n', '; expect: abc', ';', '; case: empty'].join('\n'));

interface Case {
  case: string;
  status: string;
  score: number;
  message: string | null;
}
const cases = (stdout: string): [string, string, number][] => (JSON.parse(stdout).cases as Case[]).map((c) => [c.case, c.status, c.score]);
const messages = (stdout: string): (string | null)[] => (JSON.parse(stdout).cases as Case[]).map((c) => c.message);

describe('--spec', () => {
  it("ignores the submission's own expectations: editing them changes nothing", () => {
    // This "echo" prints a fixed line, and its header claims exactly that: alone it passes.
    const cheat = put(at('cheat', 'echo.s'), printer('; expect: abc\n; exits(trap): total <= 1000', 'abc\n'));
    expect(pvm(['test', cheat]).status).toBe(0);
    const r = pvm(['test', '--spec', SPEC, at('cheat'), '--json']);
    expect(r.status).toBe(1);
    expect(cases(r.stdout)).toEqual([
      ['abc', 'passed', 2],
      ['empty', 'failed', 0],
    ]);
    // A header full of typos is not even read: it would be exit 65 on its own.
    const typos = put(at('typos', 'echo.s'), `; exitz: 3\n; expects: x\n${ECHO}`);
    expect(pvm(['test', typos]).status).toBe(65);
    const t = pvm(['test', '--spec', SPEC, at('typos'), '--json']);
    expect(t.stderr).toBe('');
    expect(cases(t.stdout)).toEqual([
      ['abc', 'passed', 2],
      ['empty', 'passed', 1],
    ]);
    expect(t.status).toBe(0);
  });

  it("finds the kernel by the spec's file: patterns, shallowest first, and says why when it cannot", () => {
    put(at('deep', 'lib', 'echo.s'), ECHO);
    put(at('deep', 'echo.s'), ECHO);
    put(at('nested', 'src', 'echo.s'), ECHO);
    put(at('wrongname', 'Echo.s'), ECHO);
    put(at('wrongname', 'notes.txt'), 'hello');
    put(at('two', 'a', 'echo.s'), ECHO);
    put(at('two', 'b', 'echo.s'), ECHO);
    put(at('linked', 'real.s'), ECHO);
    symlinkSync(SPEC, at('linked', 'echo.s'));
    mkdirSync(at('empty-dir'));
    const subs = ['deep', 'nested', 'wrongname', 'two', 'linked', 'empty-dir'].map((s) => at(s));
    const got = subs.map((s) => messages(pvm(['test', '--spec', SPEC, s, '--json']).stdout)[0]);
    expect(got).toEqual([
      null,
      null,
      "no file matching 'echo.s' in the submission; it has Echo.s",
      "2 files match 'echo.s': a/echo.s, b/echo.s; the spec's 'file:' must name one",
      "'echo.s' is a symbolic link: links are not followed in a submission",
      "no file matching 'echo.s' in the submission",
    ]);
    // A single file is the submission's kernel whatever its name; a pattern with / is a path.
    const single = put(at('single', 'whatever.s'), ECHO);
    expect(cases(pvm(['test', '--spec', SPEC, single, '--json']).stdout)).toEqual([
      ['abc', 'passed', 2],
      ['empty', 'passed', 1],
    ]);
    const pathSpec = put(at('path-spec.txt'), '; file: src/*.s\n; exit: 0');
    expect(messages(pvm(['test', '--spec', pathSpec, at('nested'), '--json']).stdout)).toEqual([null]);
    expect(messages(pvm(['test', '--spec', pathSpec, at('deep'), '--json']).stdout)).toEqual(["no file matching 'src/*.s' in the submission; it has echo.s, lib/echo.s"]);
  });

  it('lets each case name its own file (a homework with two kernels)', () => {
    put(at('hw', 'part1.s'), HI);
    put(at('hw', 'part2.s'), ECHO);
    const spec = put(at('hw-spec.txt'), ['; modes: native', ';', '; case: part 1', '; file: part1.s', '; expect: hi', ';', '; case: part 2', '; file: part2.s', '; input: x\\n', '; expect: x', ';', '; case: part 3', '; file: part3.s'].join('\n'));
    const r = pvm(['test', '--spec', spec, at('hw'), '--json']);
    expect(cases(r.stdout)).toEqual([
      ['part 1', 'passed', 1],
      ['part 2', 'passed', 1],
      ['part 3', 'error', 0],
    ]);
    expect(messages(r.stdout)[2]).toBe("no file matching 'part3.s' in the submission; it has part1.s, part2.s");
  });

  it("confines a submission's includes to its own files, so no error line shows the spec", () => {
    const secret = put(at('secret.txt'), '; expect: the hidden answer 42\n');
    put(at('inc', 'lib', 'ok.s'), 'helper:\n    ret\n');
    put(at('inc', 'echo.s'), `.include "lib/ok.s"\n.include "${secret}"\n.include "../secret.txt"\n${ECHO}`);
    const r = pvm(['test', '--spec', SPEC, at('inc'), '--json']);
    const j = JSON.parse(r.stdout);
    expect(j.cases[0].status).toBe('error');
    expect(j.cases[0].message).toMatch(/^does not assemble \(2 errors\): .*echo\.s:2:\d+: cannot read include file/);
    expect(j.cases[0].details.at(-1)).toMatch(/^note: a submission may include only its own files; refused: /);
    expect(r.stdout).not.toContain('hidden answer');
    // Without --spec, a student's own tree is theirs: the same includes are read.
    const own = pvm(['test', at('inc', 'echo.s')]);
    expect(own.stderr + own.stdout).not.toContain('cannot read include file');
  });

  it('refuses a spec that does not parse with its errors and grades nothing (65)', () => {
    put(at('ok', 'echo.s'), ECHO);
    const bad = put(at('bad-spec.txt'), ['; file: echo.s', '; case: a', '; expct: abc', '; case: a', '; output-limit: 1G', '; file: /etc/passwd'].join('\n'));
    const r = pvm(['test', '--spec', bad, at('ok')]);
    expect(r.status).toBe(65);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter((l) => / error: /.test(l)).map((l) => l.replace(bad, 'S'))).toEqual([
      "S:3:3: error: unknown key 'expct'; did you mean 'expect'?",
      "S:4:9: error: case 'a' is declared twice (first at line 2)",
      'S:5:17: error: output-limit is at most 16 MiB, not 1G',
      "S:6:9: error: file pattern '/etc/passwd' must be relative to the submission",
    ]);
    expect(r.stderr).toMatch(/\n4 errors in the spec: nothing was graded\.\n$/);
    // A spec without a `;` on its lines reads the same.
    const plain = put(at('plain-spec.txt'), 'file: echo.s\ninput: abc\\n\nexpect: abc\n');
    expect(cases(pvm(['test', '--spec', plain, at('ok'), '--json']).stdout)).toEqual([[at('ok', 'echo.s'), 'passed', 1]]);
  });

  it('answers every misuse with one usage line and its status, never a stack trace', () => {
    const runs: [string[], number, RegExp][] = [
      [['--spec', at('none.txt'), at('ok')], 66, /^pvm test: cannot open spec '.+none\.txt': no such file$/],
      [['--batch', dir.path], 64, /^pvm test: --batch needs --spec/],
      [['--spec', SPEC], 64, /^pvm test: name the submission to grade/],
      [['--spec', SPEC, '--batch', dir.path, at('ok')], 64, /^pvm test: with --batch, the submissions are the entries of/],
      [['--spec', SPEC, at('ok'), at('deep'), '--format', 'gradescope'], 64, /^pvm test: --format gradescope reports one submission; grade several with --batch DIR$/],
      [['--spec', SPEC, at('ok'), '--format', 'junt'], 64, /^pvm test: unknown format 'junt'; did you mean 'junit'\?$/],
      [['--spec', SPEC, at('ok'), '--json', '--format', 'junit'], 64, /^pvm test: --json and --format junit disagree$/],
      [['--spec', SPEC, at('ok'), '--jobs', '0'], 64, /^pvm test: --jobs expects a number of workers from 1 to 256, not '0'$/],
      [['--spec', SPEC, at('ok'), '--timeout', '1e9'], 64, /^pvm test: --timeout expects seconds, more than 0 and at most 600, not '1e9'$/],
      [['--spec', SPEC, '--batch', at('nowhere')], 66, /^pvm test: cannot open batch directory '.+nowhere': no such file or directory$/],
      [['--spec', SPEC, at('ok'), '-o', at('no', 'such', 'dir', 'r.json'), '--json'], 73, /^pvm test: cannot write '.+r\.json': no such file$/],
    ];
    for (const [args, status, first] of runs) {
      const r = pvm(['test', ...args]);
      expect(r.status, args.join(' ')).toBe(status);
      expect(r.stderr.split('\n')[0], args.join(' ')).toMatch(first);
      expect(hasStackTrace(r.stderr + r.stdout), args.join(' ')).toBe(false);
    }
  });
});
