// Every error path of every command: the documented exit status, a message of at most the
// expected number of lines, and never a stack trace. Missing file 66, bad flag 64, bad source
// or image 65, guest crash 70 with a one-line report, an output file it cannot create 73.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeImage } from '@pvm/image';
import { BUNDLE, hasStackTrace, pvm, tempDir } from './helpers.ts';

interface Case {
  args: string[];
  status: number;
  /** At most this many lines on stderr (and on stdout, `out`, default 0). */
  err: number;
  out?: number;
  /** The first stderr line must match. */
  first?: RegExp;
}

const dir = tempDir();
const at = (f: string): string => join(dir.path, f);

beforeAll(() => {
  const w = (f: string, s: string | Uint8Array): void => writeFileSync(at(f), s);
  w('ok.s', '; expect: hi\n_start: li r1, 104\n    out CONSOLE_DATA, r1\n    li r1, 105\n    out CONSOLE_DATA, r1\n    li r1, 10\n    out CONSOLE_DATA, r1\n    li r1, 0\n    out POWER_OFF, r1\n');
  w('bad.s', '_start: ad r1, r1, 1\n    li r2, nowhere\n');
  w('junk.s', '\x00\x01\x1b[31mred\n');
  w('empty.s', '');
  w('inc.s', '.include "missing.s"\n');
  w('load.s', '_start: li r1, 0x7ffffff0\n    ld r2, [r1]\n');
  w('store.s', '_start: li r1, -1\n    st r1, [r1]\n');
  w('fetch.s', '_start: jmp 0x7ffffff0\n');
  w('misaligned.s', '_start: li r1, 0x1002\n    jmp r1\n');
  w('illegal.s', '_start: .word 0\n');
  w('zero.s', '_start: li r1, 0\n    div r2, r1, r1\n');
  w('user.s', '_start: li r1, FLAG_U\n    push r1\n    popf\n    cli\n');
  w('syscall.s', '_start: syscall\n');
  w('brk.s', '_start: brk\n');
  w('hcall.s', '_start: hcall xen_version\n');
  w('double.s', '_start: li sp, 2\n    li r1, table\n    lvt r1\n    syscall\n.data\ntable: .word 0, 0, 0, 0, 0x1000\n');
  w('hlt.s', '_start: hlt\n');
  w('spin.s', '_start: jmp _start\n');
  w('flood.s', '_start: li r1, 65\n1:  out CONSOLE_DATA, r1\n    jmp 1b\n');
  w('pvflood.s', '.paravirt\n_start: li r1, CONSOLEIO_write\n    li r2, 65536\n    li r3, 0\n    hcall console_io\n    jmp _start\n');
  w('pvout.s', '.paravirt\n_start: li r1, 65\n    out CONSOLE_DATA, r1\n');
  w('pvblock.s', '.paravirt\n_start: li r1, SCHEDOP_block\n    hcall sched_op\n');
  w('big.s', '_start: nop\n.data\n.space 0x20000\n');
  w('huge.s', '; expect: nothing\n_start: nop\n.data\n.space 0x200000\n');
  const img = pvm(['asm', at('ok.s'), '-o', at('ok.pvx')]);
  expect(img.status).toBe(0);
  const bytes = readFileSync(at('ok.pvx'));
  w('empty.pvx', '');
  w('magic.pvx', 'PVX');
  w('short.pvx', bytes.subarray(0, 20));
  w('trunc.pvx', bytes.subarray(0, bytes.length - 3));
  w('long.pvx', Buffer.concat([bytes, Buffer.from([0])]));
  const flip = Buffer.from(bytes);
  flip[bytes.length - 1]! ^= 1;
  w('sum.pvx', flip);
  const ver = Buffer.from(bytes);
  ver[4] = 7;
  w('version.pvx', ver);
  w('text.pvx', 'this is not an image\n');
  const seg = { kind: 'text' as const, addr: 0x1000, bytes: new Uint8Array([0x72, 0x01, 0, 0, 0x10, 0, 0, 0]) };
  w('toolarge.pvx', writeImage({ paravirt: false, entry: 0x1000, segments: [seg, { kind: 'data', addr: 0x4000000, bytes: new Uint8Array(4) }], symbols: [], files: [], lines: [] }));
  w('victim.txt', 'never written through a link\n');
  symlinkSync(at('victim.txt'), at('link.pvx'));
  expect(spawnSync('mkfifo', [at('fifo')]).status).toBe(0);
  w('odd.img', Buffer.alloc(1000));
  w('disk.img', Buffer.alloc(16 * 512));
  mkdirSync(at('dir'));
  mkdirSync(at('broken'));
  for (const f of ['cpu', 'cpu.pv', 'syscall', 'syscall.pv', 'block-pio', 'block-dma', 'block.pv', 'irq', 'irq.pv', 'console', 'console.pv']) w(`broken/${f}.s`, '_start: frob\n');
  mkdirSync(at('huge'));
  for (const f of ['cpu', 'cpu.pv', 'syscall', 'syscall.pv', 'block-pio', 'block-dma', 'block.pv', 'irq', 'irq.pv', 'console', 'console.pv']) w(`huge/${f}.s`, '_start: nop\n.data\n.space 0x200000\n');
});
afterAll(() => dir.done());

const USAGE = /^pvm( \w+)?: /;
const CRASH = /^pvm: guest (crashed|stopped): .+ at pc 0x[0-9a-f]{4,}( \(.+:\d+\))?|^pvm: guest stopped: step limit/;
const IMAGE = /^\S+\.pvx: error: (not a pvm image|truncated image|corrupted image|unsupported image version|inconsistent image)/;
const SOURCE = /^\S+:\d+:\d+: error: /;

const usage = (args: string[]): Case => ({ args, status: 64, err: 2, first: USAGE });
const missing = (args: string[]): Case => ({ args, status: 66, err: 1, first: /^pvm \w+: cannot (open|use disk) '.+': (no such file|is a directory)/ });
const image = (args: string[]): Case => ({ args, status: 65, err: 1, first: IMAGE });
// A source error: the error line, the source line, the caret, per error; then the count.
const source = (args: string[], errors = 1): Case => ({ args, status: 65, err: 3 * errors + 1, first: SOURCE });
const crash = (file: string, ...flags: string[]): Case => ({ args: ['run', at(file), ...flags], status: 70, err: 1, first: CRASH });

function cases(): Case[] {
  const images = ['empty.pvx', 'magic.pvx', 'short.pvx', 'trunc.pvx', 'long.pvx', 'sum.pvx', 'version.pvx', 'text.pvx'];
  return [
    // the command line itself: with no command at all, the overview (as --help prints it) goes to stderr
    { args: [], status: 64, err: pvm(['--help']).stdout.trimEnd().split('\n').length, first: /^pvm \d/ },
    usage(['frobnicate']),
    usage(['--frobnicate']),
    usage(['help', 'frobnicate']),
    // asm
    usage(['asm']),
    usage(['asm', at('ok.s'), at('bad.s')]),
    usage(['asm', '--frobnicate', at('ok.s')]),
    usage(['asm', at('ok.s'), '-o']),
    usage(['asm', at('ok.s'), '-o', at('ok.s')]),
    missing(['asm', at('none.s')]),
    missing(['asm', at('dir')]),
    // asm -o: a file it cannot create (73), never anything but a regular file
    { args: ['asm', at('ok.s'), '-o', at('none/x.pvx')], status: 73, err: 1, first: /^pvm asm: cannot write '.+': no such file or directory\n$/ },
    { args: ['asm', at('ok.s'), '-o', at('link.pvx')], status: 73, err: 1, first: /^pvm asm: cannot write '.+': it is a symbolic link; pvm replaces only regular files\n$/ },
    { args: ['asm', at('ok.s'), '-o', at('fifo')], status: 73, err: 1, first: /^pvm asm: cannot write '.+': it is a named pipe; pvm replaces only regular files\n$/ },
    { args: ['asm', at('ok.s'), '-o', at('dir')], status: 73, err: 1, first: /^pvm asm: cannot write '.+': it is a directory; pvm replaces only regular files\n$/ },
    usage(['asm', at('ok.s'), '-o', at('a.pvx'), '--output', at('b.pvx')]),
    usage(['asm', at('ok.s'), '--lisitng']),
    source(['asm', at('bad.s')], 2),
    source(['asm', at('junk.s')]),
    source(['asm', at('empty.s')]),
    source(['asm', at('inc.s')]),
    source(['asm', at('text.pvx')]),
    { args: ['asm', '/dev/zero'], status: 66, err: 1, first: /file too large/ },
    // disasm
    usage(['disasm']),
    usage(['disasm', at('ok.pvx'), at('ok.pvx')]),
    usage(['disasm', '--listing', at('ok.pvx')]),
    missing(['disasm', at('none.pvx')]),
    missing(['disasm', at('dir')]),
    ...images.map((f) => image(['disasm', at(f)])),
    source(['disasm', at('bad.s')], 2),
    { args: ['disasm', '/dev/zero'], status: 66, err: 1, first: /file too large/ },
    // run: the command line, the files, the disk
    usage(['run']),
    usage(['run', at('ok.s'), at('ok.s')]),
    usage(['run', at('ok.s'), '--frobnicate']),
    ...[['--mode', 'fast'], ['--mode'], ['--mem', 'lots'], ['--mem', '1'], ['--mem', '1G'], ['--max-steps', '0'], ['--max-steps', '-1'], ['--max-steps', '1.5'],
      ['--cost-exit', 'x'], ['--cost-hcall', '-1'], ['--output-limit', '0'], ['--output-limit', 'x'], ['--popf-traps'], ['--cpu', 'pentium'], ['--cost-trap', 'x'], ['--vmcs', 'hlt-exiting=on'], ['--mode', 'hvm', '--vmcs', 'hlt=off'], ['--mode', 'hvm', '--vmcs', 'io-bitmap=NOPE'], ['--stats=xml'], ['--trace=1'], ['--disk']].map((f) => usage(['run', at('ok.s'), ...f])),
    ...[['--disk', at('a.img'), '--disk', at('b.img')], ['-m', 'trap', '--mode', 'pv'], ['--stat'], ['--stats', '--stats=json'], ['--mem='], ['--max-steps', '-3'], ['--disk-readonly=1']].map((f) =>
      usage(['run', at('ok.s'), ...f]),
    ),
    usage(['run', at('pvout.s'), '--mode', 'trap']),
    usage(['run', at('big.s'), '--mem', '64K']),
    usage(['run', at('huge.s')]),
    { args: ['run', at('toolarge.pvx')], status: 65, err: 1, first: /^\S+toolarge\.pvx: error: the image's data segment ends at 0x4000004, past the end of guest memory \(--mem 1048576\), and past the largest \(--mem 64M\)\n$/ },
    { args: ['run', at('toolarge.pvx'), '--mem', '64M'], status: 65, err: 1, first: /past the largest \(--mem 64M\)\n$/ },
    missing(['run', at('none.s')]),
    missing(['run', at('none.pvx')]),
    missing(['run', at('dir')]),
    missing(['run', at('ok.s'), '--disk', at('none.img')]),
    missing(['run', at('ok.s'), '--disk', at('dir')]),
    { args: ['run', at('ok.s'), '--disk', at('odd.img')], status: 65, err: 1, first: /^pvm run: cannot use disk '.+': disk image size 1000 / },
    ...images.map((f) => image(['run', at(f)])),
    source(['run', at('bad.s')], 2),
    // run: guests that crash or stop, in every mode that applies: one line each, exit 70
    ...['native', 'trap', 'hvm'].flatMap((m) =>
      // Under hvm, hcall is vmcall and reaches the hypervisor: it does not crash.
      ['load.s', 'store.s', 'fetch.s', 'misaligned.s', 'illegal.s', 'zero.s', 'user.s', 'syscall.s', 'brk.s', ...(m === 'hvm' ? [] : ['hcall.s']), 'double.s', 'hlt.s'].map((f) =>
        crash(f, '--mode', m),
      ),
    ),
    ...['load.s', 'store.s', 'fetch.s', 'illegal.s', 'zero.s', 'syscall.s', 'brk.s', 'pvout.s', 'pvblock.s'].map((f) => crash(f, '--mode', 'pv')),
    crash('spin.s', '--max-steps', '1000'),
    { ...crash('flood.s', '--output-limit', '1K', '--mode', 'trap'), out: 1 },
    { ...crash('pvflood.s', '--output-limit', '100K'), out: 1 },
    // test
    usage(['test', '--frobnicate']),
    { args: ['test', at('none.s')], status: 66, err: 1, first: /^pvm test: cannot open '.+': no such file/ },
    { args: ['test', at('bad.s')], status: 1, err: 7, out: 3 },
    { args: ['test', at('load.s')], status: 1, err: 0, out: 7 },
    { args: ['test', at('dir')], status: 1, err: 0, out: 1 },
    { args: ['test', at('huge.s')], status: 1, err: 0, out: 7 },
    // compare
    usage(['compare', 'extra']),
    usage(['compare', '--frobnicate']),
    usage(['compare', '--dir']),
    { args: ['compare', '--dir', at('none')], status: 66, err: 1, first: /^pvm compare: cannot open workload / },
    { args: ['compare', '--dir', at('broken')], status: 65, err: 4, first: SOURCE },
    { args: ['compare', '--dir', at('huge')], status: 65, err: 1, first: /^pvm compare: cannot run .+cpu\.s \[native\]: the image's data segment ends at 0x201010, past the end of guest memory/ },
    // debug (its errors before the prompt; the prompt reads an empty stdin and ends)
    usage(['debug']),
    usage(['debug', '--frobnicate', at('ok.s')]),
    usage(['debug', at('ok.s'), '--mode', 'fast']),
    missing(['debug', at('none.s')]),
    missing(['debug', at('ok.s'), '--disk', at('none.img')]),
    image(['debug', at('sum.pvx')]),
    source(['debug', at('bad.s')], 2),
    // help
    usage(['help', 'nope']),
  ];
}

describe('every CLI error path', () => {
  it('has its exit status, a message of the expected length, and no stack trace', () => {
    const failures: string[] = [];
    const all = cases();
    for (const c of all) {
      const r = pvm(c.args, { cwd: dir.path });
      const name = `pvm ${c.args.map((a) => a.replace(dir.path + '/', '')).join(' ')}`;
      const lines = (s: string): number => (s === '' ? 0 : s.replace(/\n$/, '').split('\n').length);
      if (r.status !== c.status) failures.push(`${name}: exit ${r.status}, expected ${c.status}: ${r.stderr.split('\n')[0]}`);
      if (hasStackTrace(r.stderr) || hasStackTrace(r.stdout)) failures.push(`${name}: a stack trace:\n${r.stderr}`);
      if (/internal error/.test(r.stderr)) failures.push(`${name}: an internal error: ${r.stderr}`);
      if (lines(r.stderr) > c.err) failures.push(`${name}: ${lines(r.stderr)} lines on stderr, expected at most ${c.err}:\n${r.stderr}`);
      if (c.err > 0 && lines(r.stderr) === 0) failures.push(`${name}: nothing on stderr`);
      if (lines(r.stdout) > (c.out ?? 0)) failures.push(`${name}: ${lines(r.stdout)} lines on stdout, expected at most ${c.out ?? 0}`);
      if (c.first && !c.first.test(r.stderr)) failures.push(`${name}: stderr does not match ${c.first}:\n${r.stderr}`);
    }
    expect(failures).toEqual([]);
    expect(all.length).toBeGreaterThan(100);
    // Some 170 processes: generous, for a loaded machine.
  }, 240_000);

  it('covers every command the overview lists', () => {
    const listed = [...pvm(['--help']).stdout.matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]);
    const swept = new Set(cases().map((c) => c.args[0]));
    for (const c of listed) if (!swept.has(c!)) expect.soft(c, 'no error case for this command').toBe('swept');
  });

  it('a flood stops at the limit with exactly that much output and one clear line', () => {
    const r = pvm(['run', at('flood.s'), '--output-limit', '1000']);
    expect(r.stdout).toBe('A'.repeat(1000));
    expect(r.status).toBe(70);
    expect(r.stderr).toBe(`pvm: guest stopped: console output reached its limit of 1,000 bytes; the rest was dropped, at pc 0x1008 (${at('flood.s')}:2) (--output-limit)\n`);
    // The default is 16 MiB, for every way out: ports here, console_io in pvflood.s.
    const big = spawnSync(process.execPath, [BUNDLE, 'run', at('pvflood.s')], { encoding: 'latin1', maxBuffer: 64 << 20 });
    expect(big.status).toBe(70);
    expect(big.stdout.length).toBe(16 << 20);
    expect(big.stderr).toMatch(/^pvm: guest stopped: console output reached its limit of 16 MiB; the rest was dropped, at pc 0x1018 /);
  });
});
