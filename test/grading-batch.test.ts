// A class's batch: 30 generated submissions — most pass, some fail, and one each hangs,
// floods, is binary garbage, is a symbolic link loop, is a FIFO, does not assemble — graded
// across worker threads into Gradescope results, JUnit XML and JSON. Nothing one submission
// does stops the batch, and every report is valid. The wall time with --jobs 1 and with all
// cores is measured and printed (never asserted: the machine is shared).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { rng } from '@pvm/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOOD, SPIN, printer } from './fixtures/grading/kit.ts';
import { gradescopeProblems } from './fixtures/grading/gradescope.ts';
import { parseXml, type Element } from './fixtures/grading/xml.ts';
import { BUNDLE, ROOT, hasStackTrace, pvm, tempDir } from './helpers.ts';

const dir = tempDir();
afterAll(() => dir.done());
const at = (...p: string[]): string => join(dir.path, ...p);
const SUBS = at('class');
const SPEC = at('spec.txt');

/** What each submission must score (of 3), and a word its failing report must contain. */
const WANT = new Map<string, { score: number; says?: string }>();

function submission(name: string, files: Record<string, string | Uint8Array>, score: number, says?: string): void {
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(SUBS, name, f, '..'), { recursive: true });
    writeFileSync(join(SUBS, name, f), text);
  }
  WANT.set(name, { score, ...(says ? { says } : {}) });
}

beforeAll(() => {
  writeFileSync(
    SPEC,
    [
      '; The spec of the batch: print "hi", cheaply.',
      ';',
      '; file: kernel.s',
      '; modes: native trap',
      '; max-steps: 1000000000',
      '; output-limit: 64K',
      '; timeout: 2',
      ';',
      '; case: prints hi',
      '; points: 2',
      '; expect: hi',
      ';',
      '; case: cheap',
      '; expect: hi',
      '; exits(trap): total <= 4',
    ].join('\n'),
  );
  const r = rng(30);
  // 20 that pass: plain, with the kernel deeper than a decoy, with an include.
  for (let i = 0; i < 20; i++) {
    const name = `pass-${String(i).padStart(2, '0')}`;
    if (i % 5 === 3) submission(name, { 'kernel.s': '.include "lib/hi.s"\n', 'lib/hi.s': printer('', 'hi\n') }, 3);
    else if (i % 5 === 4) submission(name, { 'kernel.s': printer('', 'hi\n'), 'old/kernel.s': printer('', 'bye\n') }, 3);
    else submission(name, { 'kernel.s': printer(`; student ${i}`, 'hi\n') }, 3);
  }
  // One .s file directly in the batch directory is a submission of its own.
  writeFileSync(join(SUBS, 'single.s'), printer('', 'hi\n'));
  WANT.set('single.s', { score: 3 });
  submission('wrong-text', { 'kernel.s': printer('', 'ho\n') }, 0, 'output differs');
  submission('wrong-exit', { 'kernel.s': printer('', 'hi\n', 3) }, 0, 'exit status: expected 0, got 3');
  // Right output, but a byte at a time with a status poll: too many exits for "cheap".
  submission('costly', { 'kernel.s': printer('', 'hi\n').replace('    out  CONSOLE_DATA, r1', '    in   r4, CONSOLE_STATUS\n    out  CONSOLE_DATA, r1') }, 2, "exits 'total': expected <= 4, got 7");
  submission('hang', { 'kernel.s': SPIN }, 0, 'timed out after 2 s of wall time');
  submission('flood', { 'kernel.s': FLOOD }, 0, 'console output reached its limit of 64 KiB');
  submission('binary', { 'kernel.s': Uint8Array.from({ length: 4096 }, () => r.int(256)) }, 0, 'is not a text file');
  submission('broken', { 'kernel.s': '_start: ad r1, r1, 1\n' }, 0, "unknown instruction 'ad'");
  symlinkSync('loop', join(SUBS, 'loop'));
  WANT.set('loop', { score: 0, says: 'a loop of symbolic links' });
  mkdirSync(join(SUBS, 'fifo'));
  expect(spawnSync('mkfifo', [join(SUBS, 'fifo', 'kernel.s')]).status).toBe(0);
  WANT.set('fifo', { score: 0, says: "'kernel.s' is not a regular file" });
  // Not a submission: files beside them that are not kernels.
  writeFileSync(join(SUBS, 'submission_metadata.yml'), 'ignored: true\n');
  expect(WANT.size).toBe(30);
});

interface Results {
  score: number;
  tests: { name: string; score: number; max_score: number; output: string; status: string }[];
}

function gradescopeRun(jobs: number, out: string): { ms: number; status: number; stdout: string; stderr: string } {
  const t0 = performance.now();
  const r = pvm(['test', '--spec', SPEC, '--batch', SUBS, '--format', 'gradescope', '-o', out, '--jobs', String(jobs)]);
  return { ms: performance.now() - t0, ...r };
}

describe('a batch of 30 submissions', () => {
  it('grades every one into a valid results.json, whatever the others do, with 1 worker and with all', () => {
    const all = availableParallelism();
    const one = gradescopeRun(1, at('out-1'));
    const many = gradescopeRun(all, at('out-n'));
    console.log(`batch of 30 submissions x 2 cases x 2 modes: --jobs 1 ${(one.ms / 1000).toFixed(2)} s, --jobs ${all} ${(many.ms / 1000).toFixed(2)} s`);
    for (const run of [one, many]) {
      expect(run.status).toBe(1);
      // Not a terminal: no progress line; nothing else on stderr either.
      expect(run.stderr).toBe('');
      expect(hasStackTrace(run.stdout)).toBe(false);
    }
    const read = (out: string, name: string): Results => JSON.parse(readFileSync(join(out, name, 'results.json'), 'utf8'));
    expect(readdirSync(at('out-1')).sort()).toEqual([...WANT.keys(), 'scores.csv'].sort());
    for (const [name, want] of WANT) {
      const r = read(at('out-1'), name);
      expect(gradescopeProblems(r), name).toEqual([]);
      expect(r.score, name).toBe(want.score);
      expect(r.tests.map((t) => t.name)).toEqual(['prints hi', 'cheap']);
      expect(r.score).toBe(r.tests.reduce((s, t) => s + t.score, 0));
      if (want.says) expect(r.tests.map((t) => t.output).join('\n'), name).toContain(want.says);
      // The same grades with one worker as with many (execution_time aside).
      const other = read(at('out-n'), name);
      expect({ ...other, execution_time: 0 }, name).toEqual({ ...r, execution_time: 0 } as unknown);
    }
    const csv = readFileSync(join(at('out-1'), 'scores.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('submission,score,max_score');
    expect(new Map(csv.slice(1).map((l) => [l.split(',')[0]!, Number(l.split(',')[1])]))).toEqual(new Map([...WANT].map(([n, w]) => [n, w.score])));
    // The text summary names each failure's reason in one line.
    expect(one.stdout).toMatch(/^hang: 0\/3 points\n {2}FAIL {2}prints hi \(0\/2 points\): timed out after 2 s of wall time\n/m);
    expect(one.stdout).toMatch(/\n30 submissions, 65\/90 points in all\n43 passed, 17 failed\n$/);
  }, 120_000);

  it('writes JUnit XML that parses, with hostile names and outputs escaped', () => {
    const hostile = join(SUBS, '..', 'hostile');
    mkdirSync(hostile);
    const name = `a&b<c>"d'\x07e ]]>`;
    mkdirSync(join(hostile, name));
    writeFileSync(join(hostile, name, 'kernel.s'), printer('', 'h<i>&"\'\x01]]>\n'));
    symlinkSync('loop', join(hostile, 'loop'));
    const r = pvm(['test', '--spec', SPEC, '--batch', hostile, '--format', 'junit']);
    const root = parseXml(r.stdout);
    expect(root.name).toBe('testsuites');
    expect(root.attrs).toMatchObject({ tests: '4', failures: '2', errors: '2' });
    const suites = root.children.filter((c) => c.name === 'testsuite');
    expect(suites.map((s) => s.attrs.name)).toEqual([name.replace('\x07', '\\x07'), 'loop']);
    const cases = suites.flatMap((s) => s.children.filter((c) => c.name === 'testcase'));
    expect(cases.map((c) => [c.attrs.classname, c.attrs.name, c.children.map((x: Element) => x.name)])).toEqual([
      [suites[0]!.attrs.name, 'prints hi', ['failure']],
      [suites[0]!.attrs.name, 'cheap', ['failure']],
      ['loop', 'prints hi', ['error']],
      ['loop', 'cheap', ['error']],
    ]);
    const failure = cases[0]!.children[0]!;
    expect(failure.attrs.message).toBe('[native] output differs');
    // The diff, drawn: the control character as its picture, markup as text.
    expect(failure.text).toContain('+ h<i>&"\'␁]]>');
    expect(cases[2]!.children[0]!.attrs).toMatchObject({ type: 'error', message: expect.stringContaining('a loop of symbolic links') });
    // The text report keeps the bell out of the terminal.
    expect(pvm(['test', '--spec', SPEC, '--batch', hostile]).stdout).toContain(`a&b<c>"d'?e ]]>: 0/3 points`);
  });

  it('writes one JSON report over the batch, with the old per-mode results and the cases', () => {
    const r = pvm(['test', '--spec', SPEC, '--batch', SUBS, '--json', '--jobs', '2']);
    const j = JSON.parse(r.stdout);
    expect(j.submissions).toHaveLength(30);
    expect([j.score, j.maxScore]).toEqual([65, 90]);
    expect(j.cases).toHaveLength(60);
    const hang = j.cases.filter((c: { submission: string }) => c.submission === 'hang');
    expect(hang.map((c: { status: string }) => c.status)).toEqual(['timeout', 'timeout']);
    expect(j.results.find((m: { file: string; case: string; mode: string }) => m.file.endsWith('flood/kernel.s') && m.mode === 'trap' && m.case === 'prints hi').actual).toMatchObject({ exit: 70, outputBytes: 65536 });
  });

  it('runs its workers from a copy of the bundle installed elsewhere, and says so when the worker is missing', () => {
    // An installed package ships dist/ only: the two files, anywhere.
    const bin = at('installed', 'lib', 'node_modules', 'pvm', 'dist');
    mkdirSync(bin, { recursive: true });
    for (const f of ['pvm.js', 'pvm-worker.js']) copyFileSync(join(BUNDLE, '..', f), join(bin, f));
    const run = (): ReturnType<typeof spawnSync> => spawnSync(process.execPath, [join(bin, 'pvm.js'), 'test', '--spec', SPEC, '--batch', SUBS, '--json'], { cwd: dir.path, encoding: 'utf8', timeout: 60_000 });
    const r = run();
    const j = JSON.parse(r.stdout as string);
    expect([j.score, j.maxScore]).toEqual([65, 90]);
    rmSync(join(bin, 'pvm-worker.js'));
    const gone = run();
    expect(gone.status).toBe(70);
    expect(gone.stderr).toBe(`pvm test: the grading worker '${join(bin, 'pvm-worker.js')}' is missing beside pvm's bundle: reinstall pvm\n`);
  });

  it('shows a progress line on a terminal, and leaves no trace of it', async () => {
    expect(spawnSync('tmux', ['-V']).status, 'tmux is not installed').toBe(0);
    const session = `pvm-grade-${process.pid}`;
    const screen = (): string => execFileSync('tmux', ['capture-pane', '-p', '-t', session], { encoding: 'utf8' });
    async function waitFor(re: RegExp): Promise<string> {
      const end = Date.now() + 60_000;
      for (;;) {
        const s = screen();
        if (re.test(s)) return s;
        if (Date.now() > end) throw new Error(`timed out waiting for ${re}; the screen shows:\n${s}`);
        await new Promise((res) => setTimeout(res, 50));
      }
    }
    const cmd = `'${process.execPath}' '${BUNDLE}' test --spec '${SPEC}' --batch '${SUBS}' --jobs 1 > '${at('tty-out.txt')}'; echo "DONE $?"; sleep 60`;
    execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', '120', '-y', '20', '-c', ROOT, cmd]);
    try {
      await waitFor(/^grading: \d+\/56 cases/m);
      const end = await waitFor(/^DONE 1$/m);
      expect(end).not.toContain('grading:');
    } finally {
      spawnSync('tmux', ['kill-session', '-t', session]);
    }
    expect(readFileSync(at('tty-out.txt'), 'utf8')).toMatch(/\n43 passed, 17 failed\n$/);
  }, 120_000);
});
