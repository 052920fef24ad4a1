// The Gradescope autograder template, docs/grading/run_autograder, run as Gradescope would:
// in a tree shaped like /autograder (source/, submission/, results/), here a temporary one.
// Its results.json must satisfy the published format, for a good submission, a failing one,
// and when pvm cannot grade at all.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gradescopeProblems } from './fixtures/grading/gradescope.ts';
import { BUNDLE, ROOT, tempDir } from './helpers.ts';

const dir = tempDir();
afterAll(() => dir.done());
const EXAMPLE = join(ROOT, 'docs/grading/example');

/** A fresh /autograder tree with the example spec and one student's files; run the template. */
function autograde(name: string, student: string, spec = join(EXAMPLE, 'spec.txt')): { status: number; stdout: string; results: Record<string, unknown> } {
  const ag = join(dir.path, name);
  mkdirSync(join(ag, 'source'), { recursive: true });
  cpSync(spec, join(ag, 'source', 'spec.txt'));
  cpSync(join(EXAMPLE, 'submissions', student), join(ag, 'submission'), { recursive: true });
  const r = spawnSync(join(ROOT, 'docs/grading/run_autograder'), [], {
    cwd: ag,
    encoding: 'utf8',
    env: { ...process.env, AUTOGRADER: ag, PVM: `${process.execPath} ${BUNDLE}` },
    timeout: 60_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, results: JSON.parse(readFileSync(join(ag, 'results', 'results.json'), 'utf8')) };
}

describe('run_autograder', () => {
  it("grades a submission into a results.json of Gradescope's format", () => {
    const r = autograde('alice', 'alice');
    expect(r.status).toBe(0);
    expect(gradescopeProblems(r.results)).toEqual([]);
    expect(r.results).toMatchObject({ score: 6, stdout_visibility: 'hidden' });
    expect((r.results.tests as { name: string; score: number; max_score: number; status: string; visibility: string }[]).map((t) => [t.name, t.score, t.max_score, t.status, t.visibility])).toEqual([
      ['one line', 2, 2, 'passed', 'visible'],
      ['two lines', 2, 2, 'passed', 'visible'],
      ['no input', 1, 1, 'passed', 'visible'],
      ['cheap under trap-and-emulate', 1, 1, 'passed', 'after_due_date'],
    ]);
    // pvm's own report is the autograder output the instructor sees.
    expect(r.stdout).toContain('/submission: 6/6 points\n');
  });

  it('gives partial credit to a submission that fails a case, whatever its own comments claim', () => {
    const r = autograde('bob', 'bob');
    expect(r.status).toBe(0);
    expect(gradescopeProblems(r.results)).toEqual([]);
    expect(r.results.score).toBe(5);
    const failed = (r.results.tests as Record<string, unknown>[]).find((t) => t.status === 'failed');
    expect(failed).toEqual({ name: 'cheap under trap-and-emulate', score: 0, max_score: 1, status: 'failed', output: "[trap]\n  exits 'total': expected <= 14, got 20", visibility: 'after_due_date' });
  });

  it('still leaves a valid results.json, saying why, when the spec does not parse', () => {
    const bad = join(dir.path, 'bad-spec.txt');
    writeFileSync(bad, '; file: shout.s\n; expct: HELLO\n');
    const r = autograde('broken', 'alice', bad);
    expect(r.status).toBe(0);
    expect(gradescopeProblems(r.results)).toEqual([]);
    expect(r.results.score).toBe(0);
    expect(r.results.output).toMatch(/^The autograder could not grade this submission \(pvm test exit status 65\)\. Please tell your instructor\.\n\n.*spec\.txt:2:3: error: unknown key 'expct'; did you mean 'expect'\?/s);
    expect(r.stdout).toContain("unknown key 'expct'");
  });
});

describe('the results.json checker', () => {
  it('rejects what the format does not allow', () => {
    expect(gradescopeProblems({ score: '5' })).toEqual(['results.score must be a number, not "5"']);
    expect(gradescopeProblems({ score: 1, tests: [{ score: 1, status: 'ok' }] })).toEqual(['tests[0].status must be one of passed, failed, not "ok"']);
    expect(gradescopeProblems({ tests: [{ name: 'x' }] })).toEqual(['tests[0] needs a score when the results have none']);
    expect(gradescopeProblems({ score: 1, visibility: 'public', extra: 1 })).toEqual(['results.visibility must be one of hidden, after_due_date, after_published, visible, not "public"', "results: unknown key 'extra'"]);
    expect(gradescopeProblems({ score: 1, tests: [{ score: 1, max_score: 1, status: 'passed', name: 'a', output: 'b', visibility: 'hidden', tags: ['t'], number: '1.1' }] })).toEqual([]);
  });
});
