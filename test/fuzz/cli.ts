// The CLI fuzz target: random command lines (valid and invalid commands and flags, files that
// are missing, directories, named pipes, links) run in-process through `main` with node's
// own Io, its standard output and error working, closed (EPIPE) or full (ENOSPC) through the
// same writer the real process uses. The oracle: no stack trace, an exit status from the
// documented set, at most one message line of pvm's own, the write-failure line exactly when
// due, and no file written through a link or over anything but a regular file.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, nodeIo, type Io } from '@pvm/cli';
import { writeImage } from '@pvm/image';
import { hasStackTrace } from '../helpers.ts';
import type { Rng } from './gen.ts';
import type { Target } from './targets.ts';

type Stream = 'ok' | 'closed' | 'full';

export interface CliInput {
  /** Words of the command line; `@name` is a file of the fixture directory. */
  argv: string[];
  stdout: Stream;
  stderr: Stream;
}

/** The statuses pvm documents (its guests here power off with 0). */
const STATUSES = new Set([0, 1, 64, 65, 66, 70, 73, 74, 141]);

const VICTIM = 'victim, never to be written through a link\n';

const KERNELS: Record<string, string> = {
  'ok.s': '; expect: hi\n_start: li r1, 104\n    out CONSOLE_DATA, r1\n    li r1, 105\n    out CONSOLE_DATA, r1\n    li r1, 10\n    out CONSOLE_DATA, r1\n    li r1, 0\n    out POWER_OFF, r1\n',
  'cut.s': '_start: li r1, 65\n    out CONSOLE_DATA, r1\n    li r1, 0x7ffffff0\n    ld r2, [r1]\n',
  'spin.s': '_start: li r1, 20000\n1:  sub r1, r1, 1\n    bne r1, 0, 1b\n    out POWER_OFF, r1\n',
  'flood.s': '_start: li r2, 20000\n    li r1, 65\n1:  out CONSOLE_DATA, r1\n    sub r2, r2, 1\n    bne r2, 0, 1b\n    out POWER_OFF, r2\n',
  'bad.s': '_start: ad r1, r1, 1\n    li r2, nowhere\n',
  'big.s': '_start: li r1, 0\n    out POWER_OFF, r1\n.data\n.space 0x200000\n',
  'pv.s': '.paravirt\n_start: li r1, 0\n    li r2, 0\n    hcall sched_op\n',
};

let fixtures: string | null = null;

/** The fixture directory, made once per process. */
function fixtureDir(): string {
  if (fixtures) return fixtures;
  const d = mkdtempSync(join(tmpdir(), 'pvm-cli-fuzz-'));
  for (const [name, text] of Object.entries(KERNELS)) writeFileSync(join(d, name), text);
  const img = { paravirt: false, entry: 0x1000, segments: [{ kind: 'text' as const, addr: 0x1000, bytes: new Uint8Array([0x72, 0x01, 0, 0, 0x10, 0, 0, 0]) }], symbols: [], files: [], lines: [] };
  const ok = writeImage(img);
  writeFileSync(join(d, 'ok.pvx'), ok);
  writeFileSync(join(d, 'corrupt.pvx'), ok.subarray(0, ok.length - 3));
  writeFileSync(join(d, 'huge.pvx'), writeImage({ ...img, segments: [...img.segments, { kind: 'data', addr: 0x7000000, bytes: new Uint8Array(4) }] }));
  writeFileSync(join(d, 'disk.img'), new Uint8Array(16 * 512));
  writeFileSync(join(d, 'victim'), VICTIM);
  for (const sub of ['dir', 'out', 'out/dir']) mkdirSync(join(d, sub));
  symlinkSync(join(d, 'ok.s'), join(d, 'link-ok.s'));
  symlinkSync(join(d, 'nowhere'), join(d, 'dangling'));
  symlinkSync(join(d, 'victim'), join(d, 'out/link.pvx'));
  symlinkSync('/dev/null', join(d, 'out/devlink'));
  for (const f of ['fifo', 'out/fifo']) if (spawnSync('mkfifo', [join(d, f)]).status !== 0) throw new Error('mkfifo failed');
  process.on('exit', () => rmSync(d, { recursive: true, force: true }));
  fixtures = d;
  return d;
}

const INPUTS = ['@ok.s', '@ok.s', '@cut.s', '@spin.s', '@flood.s', '@bad.s', '@big.s', '@pv.s', '@ok.pvx', '@corrupt.pvx', '@huge.pvx', '@missing.s', '@dir', '@fifo', '@link-ok.s', '@dangling', '/dev/null', ''];
const OUTPUTS = ['@out/a.pvx', '@out/b.pvx', '@out/link.pvx', '@out/devlink', '@out/fifo', '@out/dir', '@nodir/x.pvx', '@link-ok.s'];
// `test` and `debug` are asynchronous (worker threads, a prompt): test/output.test.ts and the
// grading tests drive them through their output paths; this in-process oracle needs sync commands.
const COMMANDS = ['asm', 'asm', 'disasm', 'run', 'run', 'run', 'compare', 'help', '--help', '--version', '-V', 'rn', 'disasm2', '--verison', ''];

/** Flags, each with the words that may follow it. */
const FLAGS: [string, string[]][] = [
  ['--help', []], ['-h', []], ['--frobnicate', []], ['-x', []], ['--', []],
  ['--mode', ['native', 'trap', 'pv', 'fast', '--stats']], ['-m', ['trap', 'pv']], ['--mode=trap', []], ['--mode=', []],
  ['--max-steps', ['1000', '0', '-3', '1.5']], ['--max-steps=-3', []],
  ['--mem', ['64K', '3M', '1G', 'lots']], ['--mem=2M', []], ['--mem=', []],
  ['--disk', ['@disk.img', '@missing.img', '@dir', '@fifo', '@link-ok.s']], ['--disk-readonly', []], ['--disk-readonly=yes', []],
  ['--output-limit', ['1K', '0', 'x']], ['--stats', []], ['--stat', []], ['--stats=json', []], ['--stats=xml', []], ['--trace', []], ['--trace=1', []],
  ['-o', OUTPUTS], ['--output', OUTPUTS], ['--output=@out/c.pvx', []], ['--listing', []], ['-l', []], ['-lo', OUTPUTS],
  ['--json', []], ['--dir', ['@dir', '@missing', '@ok.s']], ['--popf-traps', []], ['--cost-exit', ['5', 'x']], ['--cpu', ['p4', 'core2', 'recent', 'pentium']], ['--cost-port-io', ['0', 'x']],
  ['--vmcs', ['hlt-exiting=off', 'io-bitmap=none', 'io-bitmap=CONSOLE_DATA,0x30', 'bogus=on', 'vmcall=maybe']],
];

/** Flags each command takes, with good values: command lines that get past the parser. */
const VALID: Record<string, [string, string[]][]> = {
  asm: [['-o', OUTPUTS], ['--listing', []]],
  disasm: [],
  run: [['--mode', ['native', 'trap', 'pv']], ['--max-steps', ['1000', '100000']], ['--stats', []], ['--stats=json', []], ['--mem', ['64K', '3M']], ['--disk', ['@disk.img']], ['--disk-readonly', []], ['--output-limit', ['1K']], ['--trace', []]],
};

function addFlag(r: Rng, argv: string[], [flag, next]: [string, string[]]): void {
  argv.push(flag);
  if (next.length && r.chance(0.9)) argv.push(r.pick(next));
  // The same flag again, with the same or another value.
  if (r.chance(0.1)) argv.push(flag, ...(next.length ? [r.pick(next)] : []));
}

export function genCli(r: Rng): CliInput {
  const argv: string[] = [];
  if (r.chance(0.5)) {
    // Plausible: a command, its file(s), its own flags, sometimes one stray flag.
    const cmd = r.pick(Object.keys(VALID));
    argv.push(cmd);
    argv.push(r.pick(INPUTS));
    for (let n = VALID[cmd]!.length ? r.int(4) : 0; n > 0; n--) addFlag(r, argv, r.pick(VALID[cmd]!));
    if (r.chance(0.2)) addFlag(r, argv, r.pick(FLAGS));
  } else {
    const cmd = r.pick(COMMANDS);
    if (cmd !== '') argv.push(cmd);
    if (cmd === 'help' && r.chance(0.5)) argv.push(r.pick(['run', 'asm', 'nope']));
    for (let n = r.int(6); n > 0; n--) {
      if (r.chance(0.4)) argv.push(r.pick(INPUTS));
      else addFlag(r, argv, r.pick(FLAGS));
    }
  }
  // Mostly working streams, so the commands get far; the rest closed or full.
  const stream = (): Stream => (r.chance(0.6) ? 'ok' : r.chance(0.5) ? 'closed' : 'full');
  return { argv, stdout: stream(), stderr: stream() };
}

const errnoError = (code: string, text: string): Error => Object.assign(new Error(`${code}: ${text}, write`), { code });

/** Run one command line in-process; the outcome class, or a throw (an oracle violation). */
export function runCli(x: CliInput, check: (ok: boolean, what: string) => void): string {
  const d = fixtureDir();
  const argv = x.argv.map((a) => a.replace(/^@/, d + '/').replace(/=@/, '=' + d + '/'));
  const captured = { 1: '', 2: '' } as Record<number, string>;
  const mode = { 1: x.stdout, 2: x.stderr } as Record<number, Stream>;
  const write = (fd: number, bytes: Uint8Array, off: number, len: number): number => {
    const m = mode[fd] ?? 'ok';
    if (m === 'closed') throw errnoError('EPIPE', 'broken pipe');
    if (m === 'full') throw errnoError('ENOSPC', 'no space left on device');
    // Keep the start of a flood only: the oracle reads lines, not megabytes.
    if (captured[fd]!.length < 1 << 16) captured[fd] += Buffer.from(bytes.subarray(off, off + len)).toString('latin1');
    return len;
  };
  const devNull = openSync('/dev/null', 'r');
  let status: number;
  try {
    // No Ctrl-C watch: without it every command but debug runs synchronously, as the oracle needs.
    const io: Io = { ...nodeIo({ write, inFd: devNull }), watchInterrupt: undefined, sharedOutput: () => x.stdout === 'ok' && x.stderr === 'ok' };
    const r = main(argv, io);
    check(typeof r === 'number', `main returned a promise for ${argv.join(' ')}`);
    status = r as number;
  } finally {
    closeSync(devNull);
  }
  const what = `pvm ${x.argv.join(' ')} (stdout ${x.stdout}, stderr ${x.stderr})`;
  const out = captured[1]!;
  const err = captured[2]!;
  check(STATUSES.has(status), `${what}: exit status ${status}`);
  check(!hasStackTrace(out) && !hasStackTrace(err), `${what}: a stack trace:\n${err}`);
  check(!/internal error/.test(err), `${what}: an internal error: ${err}`);
  const heads = err.split('\n').filter((l) => /^pvm[ :]/.test(l) && !l.includes(': warning: '));
  check(heads.length <= 1, `${what}: ${heads.length} message lines:\n${err}`);
  const failLine = 'pvm: cannot write standard output: no space left on device';
  if (status === 74 && x.stdout === 'full' && x.stderr === 'ok') check(err.endsWith(failLine + '\n'), `${what}: exit 74 without the line '${failLine}':\n${err}`);
  else check(!err.includes('cannot write standard output'), `${what}: a write failure reported with exit ${status}:\n${err}`);
  // A closed pipe is no I/O error: 74 only when the other stream is full.
  if ((x.stdout === 'closed' && x.stderr === 'ok') || (x.stderr === 'closed' && x.stdout === 'ok')) check(status !== 74, `${what}: a closed pipe gave 74`);
  // Nothing written through a link, over a pipe, a device or a directory; no temporary left.
  check(readFileSync(join(d, 'victim'), 'utf8') === VICTIM, `${what}: the file behind a link was written`);
  check(lstatSync(join(d, 'out/link.pvx')).isSymbolicLink() && lstatSync(join(d, 'out/devlink')).isSymbolicLink(), `${what}: a link was replaced`);
  check(lstatSync(join(d, 'out/fifo')).isFIFO() && lstatSync(join(d, 'out/dir')).isDirectory(), `${what}: a pipe or directory was replaced`);
  check(existsSync(join(d, 'ok.s')) && readFileSync(join(d, 'ok.s'), 'utf8') === KERNELS['ok.s'], `${what}: a source file was overwritten`);
  const left = [...readdirSync(d), ...readdirSync(join(d, 'out'))].filter((f) => f.endsWith('.tmp'));
  check(left.length === 0, `${what}: temporary files left: ${left.join(', ')}`);
  return `exit ${status}`;
}

export const cliTarget = (check: (ok: boolean, what: string) => void): Target<CliInput> => ({
  name: 'cli',
  gen: genCli,
  run: (x) => runCli(x, check),
  save: (x) => ({ ext: 'json', bytes: new TextEncoder().encode(JSON.stringify(x, null, 1)) }),
  load: (bytes) => JSON.parse(new TextDecoder().decode(bytes)) as CliInput,
});
