// Where pvm's output goes, and what happens when it cannot go there: a closed pipe ends pvm
// quietly (141), a write error is one line (74); `asm -o` writes only a regular file, whole,
// never through a link; Ctrl-C stops a guest with a report (130); pvm's messages start on a
// line of their own after guest output cut mid-line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readImage } from '@pvm/image';
import { BUNDLE, ROOT, hasStackTrace, pvm, tempDir } from './helpers.ts';
import { closedPipe, fullDevice, pvmTo, readOnlyFd } from './stdio.ts';

const dir = tempDir();
afterAll(() => dir.done());
const at = (f: string): string => join(dir.path, f);
const write = (f: string, s: string): string => (writeFileSync(at(f), s), at(f));

/** A guest that prints `A` (no newline) and then faults. */
const CUT = '_start: li r1, 65\n    out CONSOLE_DATA, r1\n    li r1, 0x7ffffff0\n    ld r2, [r1]\n';

describe("pvm's own output failing", () => {
  const commands = (): string[][] => [
    ['asm', 'examples/hello.s', '-o', at('listed.pvx'), '--listing'],
    ['disasm', 'examples/hello.s'],
    ['run', 'examples/hello.s'],
    ['run', 'examples/hello.s', '--mode', 'trap'],
    ['test', 'examples/hello.s'],
    ['debug', 'examples/hello.s'],
    ['compare'],
    ['--help'],
    ['help', 'run'],
    ['--version'],
  ];

  it('a closed pipe on stdout ends every command quietly, exit 141', () => {
    for (const args of commands()) {
      const r = pvmTo(args, { stdout: closedPipe(dir.path) });
      expect({ args, status: r.status, stderr: r.stderr }).toEqual({ args, status: 141, stderr: '' });
    }
  });

  it('a full disk (or any write error) on stdout is one line and exit 74', () => {
    for (const [fd, reason] of [[fullDevice, 'no space left on device'], [readOnlyFd, 'bad file descriptor']] as const)
      for (const args of commands()) {
        const r = pvmTo(args, { stdout: fd() });
        expect({ args, status: r.status, stderr: r.stderr }).toEqual({ args, status: 74, stderr: `pvm: cannot write standard output: ${reason}\n` });
      }
  });

  it('the debugger on a terminal (readline writing the prompt) ends the same ways', async () => {
    // stdin a terminal (tmux), stdout a pipe `head` closes after one line, or /dev/full.
    const session = `pvm-output-${process.pid}`;
    const status = at('debug-status');
    const cmd = `"${process.execPath}" "${BUNDLE}" debug examples/hello.s`;
    // The first status of each, written when both have ended: the test waits for the file, not for a time.
    const line = `bash -c '${cmd} | head -1 >/dev/null; a=\${PIPESTATUS[0]}; ${cmd} >/dev/full 2>${at('debug-err')}; echo $a $? >${status}'`;
    spawnSync('tmux', ['new-session', '-d', '-s', session, '-x', '120', '-y', '20', '-c', ROOT, line]);
    try {
      const end = Date.now() + 30_000;
      for (let i = 1; !existsSync(status) || !readFileSync(status, 'utf8').endsWith('\n'); i++) {
        if (Date.now() > end) throw new Error(`no status; the screen shows:\n${spawnSync('tmux', ['capture-pane', '-p', '-t', session], { encoding: 'utf8' }).stdout}`);
        // A program learns of a closed pipe only when it writes: if the prompt got into the pipe
        // before `head` went away, an empty line makes the debugger write it again.
        if (i % 20 === 0) spawnSync('tmux', ['send-keys', '-t', session, 'Enter']);
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      spawnSync('tmux', ['kill-session', '-t', session]);
    }
    expect(readFileSync(status, 'utf8')).toBe('141 74\n');
    expect(readFileSync(at('debug-err'), 'utf8')).toBe('pvm: cannot write standard output: no space left on device\n');
  });

  it('a guest flooding a closed pipe is stopped, not run on to its output limit', () => {
    const flood = write('flood.s', '_start: li r1, 65\n1:  out CONSOLE_DATA, r1\n    jmp 1b\n');
    // Run to the end, it would stop at the 16 MiB output limit with exit 70 and a message.
    const r = pvmTo(['run', flood, '--stats'], { stdout: closedPipe(dir.path) });
    expect(r).toEqual({ status: 141, stdout: '', stderr: '' });
  });

  it("pvm's messages on a failing stderr: 141 for a closed pipe, 74 for an error, the guest's output intact", () => {
    const cut = write('cut.s', CUT);
    expect(pvmTo(['run', cut], { stderr: closedPipe(dir.path) })).toEqual({ status: 141, stdout: 'A', stderr: '' });
    expect(pvmTo(['run', cut], { stderr: fullDevice() })).toEqual({ status: 74, stdout: 'A', stderr: '' });
    expect(pvmTo(['run', 'examples/hello.s', '--stats'], { stderr: fullDevice() })).toEqual({ status: 74, stdout: 'Hello, world!\n', stderr: '' });
    expect(pvmTo(['asm', 'test/fixtures/five-errors.s'], { stderr: closedPipe(dir.path) }).status).toBe(141);
    expect(pvmTo(['run', cut, '--frobnicate'], { stderr: fullDevice() }).status).toBe(74);
  });
});

describe('pvm asm -o writes only a regular file, whole, never through a link', () => {
  const refused = (out: string, what: string): void => {
    const r = pvm(['asm', 'examples/hello.s', '-o', out]);
    expect(r.status, out).toBe(73);
    expect(r.stderr).toBe(`pvm asm: cannot write '${out}': it is ${what}; pvm replaces only regular files\n`);
    expect(r.stdout).toBe('');
  };
  const noTemporaries = (d: string): void => expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);

  it('refuses a symbolic link (to a file, or dangling), leaving the link and its target alone', () => {
    const d = at('links');
    mkdirSync(d);
    writeFileSync(join(d, 'victim'), 'precious\n');
    symlinkSync(join(d, 'victim'), join(d, 'out.pvx'));
    symlinkSync(join(d, 'nowhere'), join(d, 'dangling.pvx'));
    refused(join(d, 'out.pvx'), 'a symbolic link');
    refused(join(d, 'dangling.pvx'), 'a symbolic link');
    expect(readFileSync(join(d, 'victim'), 'utf8')).toBe('precious\n');
    expect(lstatSync(join(d, 'out.pvx')).isSymbolicLink()).toBe(true);
    expect(readdirSync(d).sort()).toEqual(['dangling.pvx', 'out.pvx', 'victim']);
  });

  it('refuses a named pipe (without waiting on it), a directory and a device', () => {
    const d = at('special');
    mkdirSync(d);
    expect(spawnSync('mkfifo', [join(d, 'fifo')]).status).toBe(0);
    mkdirSync(join(d, 'sub'));
    refused(join(d, 'fifo'), 'a named pipe');
    refused(join(d, 'sub'), 'a directory');
    // A device node of our own where the system allows one; else the system's, never written.
    const dev = spawnSync('mknod', [join(d, 'null'), 'c', '1', '3']).status === 0 ? join(d, 'null') : '/dev/null';
    refused(dev, 'a device');
    expect(statSync(dev).isCharacterDevice()).toBe(true);
    expect(lstatSync(join(d, 'fifo')).isFIFO()).toBe(true);
    noTemporaries(d);
  });

  it('replaces a regular file by a new one (rename), mode 0666 less the umask, leaving no temporary', () => {
    const d = at('regular');
    mkdirSync(d);
    const out = join(d, 'k.pvx');
    writeFileSync(out, 'old');
    // A second name keeps the old file alive, so its inode cannot be reused by the new one.
    const kept = join(d, 'old');
    linkSync(out, kept);
    const before = statSync(out).ino;
    for (const [umask, mode] of [['022', 0o644], ['077', 0o600]] as const) {
      const r = spawnSync('sh', ['-c', `umask ${umask} && exec "${process.execPath}" "${BUNDLE}" asm examples/hello.s -o "${out}"`], { cwd: ROOT, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(statSync(out).mode & 0o777).toBe(mode);
    }
    expect(statSync(out).ino).not.toBe(before);
    expect(readFileSync(kept, 'utf8')).toBe('old'); // replaced by a rename, never written in place
    expect(readImage(readFileSync(out)).ok).toBe(true);
    expect(readdirSync(d).sort()).toEqual(['k.pvx', 'old']);
  });

  it('a write that fails midway is 74, one line, with the old file intact and no temporary left', () => {
    const d = at('limited');
    mkdirSync(d);
    const out = join(d, 'k.pvx');
    writeFileSync(out, 'old');
    // A file size limit of 0 blocks: the write fails with EFBIG (SIGXFSZ ignored, as a shell can).
    const r = spawnSync('sh', ['-c', `trap '' XFSZ; ulimit -f 0; exec "${process.execPath}" "${BUNDLE}" asm examples/hello.s -o "${out}"`], { cwd: ROOT, encoding: 'utf8' });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 74, stderr: `pvm asm: cannot write '${out}': file too large\n` });
    expect(readFileSync(out, 'utf8')).toBe('old');
    noTemporaries(d);
  });

  it('cannot create in a missing directory: 73, one line', () => {
    const out = at('missing/k.pvx');
    const r = pvm(['asm', 'examples/hello.s', '-o', out]);
    expect(r).toEqual({ status: 73, stdout: '', stderr: `pvm asm: cannot write '${out}': no such file or directory\n` });
  });

  it('refuses to write over its own source under another name', () => {
    const src = write('self.s', readFileSync(join(ROOT, 'examples/hello.s'), 'utf8'));
    symlinkSync(src, at('alias.s'));
    for (const out of [src, `${dir.path}/./self.s`, at('alias.s')]) {
      const r = pvm(['asm', src, '-o', out]);
      expect(r.status, out).toBe(64);
      expect(r.stderr.split('\n')[0]).toBe(`pvm asm: refusing to overwrite the source file '${src}'`);
    }
    expect(readFileSync(src, 'utf8')).toBe(readFileSync(join(ROOT, 'examples/hello.s'), 'utf8'));
  });
});

/** Start `pvm run`, send SIGINT once the guest's first output has arrived, collect the end. */
function interruptAfterOutput(args: string[]): Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, 'run', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      if (stdout === '') child.kill('SIGINT');
      stdout += d;
    });
    child.stderr.on('data', (d: string) => void (stderr += d));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

describe('Ctrl-C on pvm run', () => {
  // Prints a line, then spins for ever on one instruction (line 3).
  const SPIN = '_start: li r1, 65\n    out CONSOLE_DATA, r1\n1:  jmp 1b\n';

  it.each(['native', 'trap'])('stops the guest between instructions, says where, exit 130 (%s)', async (mode) => {
    const spin = write(`spin-${mode}.s`, SPIN);
    const r = await interruptAfterOutput([spin, '--mode', mode]);
    expect(r.status).toBe(130);
    expect(r.stdout).toBe('A');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr).toMatch(new RegExp(`^pvm: interrupted \\(Ctrl-C\\) at pc 0x1010 \\(${spin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3\\) after \\d{1,3}(,\\d{3})* instructions\\n$`));
  });

  it('prints --stats=json after the report, its count the same', async () => {
    const spin = write('spin-stats.s', SPIN);
    const r = await interruptAfterOutput([spin, '--stats=json']);
    expect(r.status).toBe(130);
    const [line, json, rest] = r.stderr.split('\n');
    expect(rest).toBe('');
    const count = Number(/after ([\d,]+) instructions$/.exec(line!)![1]!.replace(/,/g, ''));
    expect(JSON.parse(json!).instructions).toBe(count);
  });
});

describe("pvm's messages after guest output cut mid-line", () => {
  it('start on a fresh line when stdout and stderr are the same file', () => {
    const cut = write('cut2.s', CUT);
    const both = openSync(at('both.txt'), 'w');
    const r = pvmTo(['run', cut], { stdout: both, stderr: both });
    expect(r.status).toBe(70);
    const text = readFileSync(at('both.txt'), 'utf8');
    expect(text).toMatch(/^A\npvm: guest crashed: memory fault: .+\n$/);
  });

  it('and the same pipe (2>&1), for the report and for --stats', () => {
    const cut = write('cut3.s', CUT);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BUNDLE}" run "${cut}" 2>&1`], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/^A\npvm: guest crashed: memory fault: .+\n$/);
    const partial = write('partial.s', '_start: li r1, 65\n    out CONSOLE_DATA, r1\n    li r1, 0\n    out POWER_OFF, r1\n');
    const s = spawnSync('sh', ['-c', `"${process.execPath}" "${BUNDLE}" run "${partial}" --stats=json 2>&1`], { encoding: 'utf8' });
    expect(s.stdout).toMatch(/^A\n\{"mode":"native",.+\}\n$/);
  });

  it('add nothing when the output ended its line, or when the streams go to different places', () => {
    const lf = write('lf.s', '_start: li r1, 10\n    out CONSOLE_DATA, r1\n    li r1, 0x7ffffff0\n    ld r2, [r1]\n');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BUNDLE}" run "${lf}" 2>&1`], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/^\npvm: guest crashed: /);
    const apart = pvm(['run', write('cut4.s', CUT)]);
    expect(apart.stdout).toBe('A');
    expect(apart.stderr).toMatch(/^pvm: guest crashed: /);
  });
});
