// What reaches `pvm debug` from outside, through the real bundle: commands piped in late or in
// bulk, lines too long or nested too deep, and an image whose source names are hostile — a
// FIFO, /dev/stdin, /etc/passwd, a link out, `..`, escape sequences — which must neither hang
// it, nor eat its commands, nor show what is outside, nor steer the terminal.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assemble, memoryHost } from '@pvm/asm';
import { writeImage } from '@pvm/image';
import { BUNDLE, ROOT, hasStackTrace, pvm, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.done());

const ESC = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** Run the bundle with stdin written piece by piece, each when the output so far matches. */
function converse(args: string[], steps: [RegExp, string][], end = true): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BUNDLE, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    const next = (): void => {
      while (steps.length && steps[0]![0].test(stdout)) p.stdin.write(steps.shift()![1]);
      if (!steps.length && end) p.stdin.end();
    };
    p.stdout.on('data', (c) => ((stdout += c), next()));
    p.stderr.on('data', (c) => (stderr += c));
    p.on('close', (status) => resolve({ status: status ?? -1, stdout, stderr }));
  });
}

describe('commands on a pipe', () => {
  it('are read when they come, however late (no EAGAIN)', async () => {
    // Nothing is written until the debugger has started and is waiting.
    const r = await converse(['debug', 'examples/hello.s'], [[/Type 'help' for commands\.\n[\s\S]*=> 0x1000/, 'stepi\n'], [/Stepped one instruction/, 'info registers r2\n']]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('(pvm) stepi\nStepped one instruction.');
    expect(r.stdout).toMatch(/\(pvm\) info registers r2\nr2\* +0x1050 +4176\n$/);
    expect(r.status).toBe(0);
  });

  it('an over-long line is one error, in bulk input the session goes on, and deep nesting is an ordinary error', () => {
    const huge = 'p ' + '1+'.repeat(4 << 20) + '1\n';
    const deep = `p ${'('.repeat(2000)}1${')'.repeat(2000)}\n`;
    const r = pvm(['debug', 'examples/hello.s'], { input: huge + deep + 'p 6*7\n' + 'stepi\n'.repeat(20000) + 'quit\n' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(hasStackTrace(r.stdout)).toBe(false);
    expect(r.stdout).toContain('line 1: command too long (8388611 bytes; at most 4096); ignored\n');
    expect(r.stdout).toContain('expression nested too deeply (more than 256 levels)\n');
    expect(r.stdout).toContain('(pvm) p 6*7\n$1 = 42\n');
    expect(r.stdout).toContain('(pvm) quit\n');
  });

  it('--help tells the truth about --max-steps, and the debugger carries on past it', () => {
    const h = pvm(['debug', '--help']);
    expect(h.stdout).not.toMatch(/exit 70/);
    expect(h.stdout).toMatch(/--max-steps N +stop the guest after N instructions \(reported; the debugger stays\)/);
    const r = pvm(['debug', 'examples/hello.s', '--max-steps', '5'], { input: 'continue\nreverse-stepi\np 1\n' });
    expect(r.stdout).toContain('[guest stopped: step limit after 5 instructions]');
    expect(r.stdout).toContain('$1 = 1');
    expect(r.status).toBe(0);
  });
});

describe('an image whose source names are hostile', () => {
  const dir = join(tmp.path, 'img');
  mkdirSync(dir);
  mkdirSync(join(dir, 'adir.s'));
  writeFileSync(join(tmp.path, 'secret.s'), 'SECRET OUTSIDE\n');
  writeFileSync(join(dir, 'good.s'), 'line one of good\n');
  writeFileSync(join(dir, 'big.s'), 'x'.repeat(5 << 20));
  symlinkSync('/etc/passwd', join(dir, 'link.s'));
  symlinkSync(join(tmp.path, 'secret.s'), join(dir, 'link2.s'));
  const fifo = join(dir, 'fifo.s');
  const hasFifo = spawnSync('mkfifo', [fifo]).status === 0;
  const names = [fifo, '/dev/stdin', '/etc/passwd', '../secret.s', 'link.s', 'link2.s', 'adir.s', 'big.s', 'esc\x1b[2J\x1b]0;owned\x07.s', 'bidi\u202etxt.s', 'good.s', '/dev/zero', '/dev/tty'];
  const src = `_start:\n${names.map((_, i) => `    li r1, ${i}\n`).join('')}    div r3, r1, r0\n`;
  const a = assemble('k.s', memoryHost({ 'k.s': src }));
  if (!a.ok) throw new Error('fixture does not assemble');
  // Every instruction's line names one of the hostile files; the last (the crash) the escapes.
  const lines = a.image.lines.map((l, i) => ({ ...l, file: i < names.length ? i : 8, line: 1 }));
  const image = join(dir, 'hostile.pvx');
  writeFileSync(image, writeImage({ ...a.image, files: names, lines }));

  it('neither hangs, nor eats the commands, nor shows what is outside, nor steers the terminal', () => {
    expect(hasFifo).toBe(true);
    const cmds = [...names.map(() => 'stepi'), 'bt', 'break hostile.pvx:1', `list ${names[0]}:1`, 'list link.s:1', 'list ../secret.s:1', 'list big.s:1', 'list adir.s:1', `list ${names[9]}:1`, 'info registers pc', 'p 6*7', 'quit'];
    const r = pvm(['debug', image], { input: cmds.join('\n') + '\n' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(hasStackTrace(r.stdout)).toBe(false);
    // Every command was read from the pipe and run: none was swallowed by /dev/stdin.
    for (const c of cmds) expect(r.stdout).toContain(`(pvm) ${c.replace(/[\x00-\x1f]/g, '')}`.slice(0, 12));
    expect(r.stdout).toContain('$1 = 42');
    expect(r.stdout).toContain('(pvm) quit');
    expect(r.stdout).not.toMatch(/root:|SECRET OUTSIDE/);
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stdout).toContain('esc\\x1b[2J\\x1b]0;owned\\x07.s');
    expect(r.stdout).toContain('bidi\\u202etxt.s');
    // The one legitimate file beside the image is shown.
    expect(r.stdout).toContain('1\tline one of good');
    expect(r.stdout).toMatch(/cannot show source ".*link\.s": a link leading outside the source directory/);
    expect(r.stdout).toMatch(/cannot show source "adir\.s": is a directory/);
    expect(r.stdout).toMatch(/cannot show source "big\.s": larger than 4 MiB/);
  });

  it('--trace and the crash report show the names escaped', () => {
    const r = pvm(['run', image, '--trace']);
    expect(r.status).toBe(70);
    expect(r.stderr).not.toMatch(ESC);
    expect(r.stderr).toContain('esc\\x1b[2J\\x1b]0;owned\\x07.s:1');
    expect(r.stderr).toMatch(/^pvm: guest crashed: divide error: division by zero: vector 0 \(VEC_DIVIDE\) at pc 0x[0-9a-f]+ \(esc\\x1b\[2J\\x1b\]0;owned\\x07\.s:1\)$/m);
  });

  it('a relative name is found beside the image or in --source-dir, and only there', () => {
    const out = join(tmp.path, 'elsewhere');
    mkdirSync(out);
    expect(pvm(['asm', 'examples/hello.s', '-o', join(out, 'hello.pvx')]).status).toBe(0);
    // The image says examples/hello.s; beside it there is no such file.
    const beside = pvm(['debug', join(out, 'hello.pvx')], { input: 'list 8\n' });
    expect(beside.stdout).toMatch(/^=> 0x1000 <_start>:/m);
    expect(beside.stdout).toMatch(/cannot show source "examples\/hello\.s": no such file \(looked inside .*elsewhere\)/);
    const there = pvm(['debug', join(out, 'hello.pvx'), '--source-dir', 'examples'], { input: 'list 8\n' });
    expect(there.stdout).toMatch(/^8\t    li   r2, msg/m);
    const missing = pvm(['debug', join(out, 'hello.pvx'), '--source-dir', join(out, 'nope')]);
    expect(missing.status).toBe(66);
    expect(missing.stderr).toMatch(/^pvm debug: cannot use source directory '.*nope': no such file\n$/);
  });
});
