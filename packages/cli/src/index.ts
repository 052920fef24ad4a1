// @pvm/cli: the `pvm` command. `main` maps a command line to an exit status; all I/O goes
// through `Io`, so tests run it in-process and the real process supplies node's.
import { didYouMean } from '@pvm/asm';
import * as asm from './commands/asm.ts';
import * as disasm from './commands/disasm.ts';
import * as runCmd from './commands/run.ts';
import * as testCmd from './commands/test.ts';
import * as compareCmd from './commands/compare.ts';
import * as debugCmd from './commands/debug.ts';
import { EXIT, EXIT_HELP, OutputError, outputFailed, type Io, type Status } from './io.ts';

export type { GuestConsole, Interrupt, Io, WriteFailure } from './io.ts';
export { EXIT, OutputError } from './io.ts';

interface Command {
  readonly summary: string;
  readonly help: string;
  run(io: Io, argv: string[]): number | Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  asm: { summary: 'assemble a source file into a .pvx image', ...asm },
  run: { summary: 'run a kernel in native, trap, hvm or pv mode', ...runCmd },
  test: { summary: 'run kernels against the expectations in their comments (the autograder)', ...testCmd },
  debug: { summary: 'single-step a kernel: breakpoints, catchpoints on exits, reverse execution', help: debugCmd.help, run: (io, argv) => debugCmd.run(io, argv, io.debugHost?.() ?? {}) },
  compare: { summary: 'the same workloads native, trap, hvm and pv, side by side (Xen paper, Fig. 3)', ...compareCmd },
  disasm: { summary: 'disassemble an image into source whose code and data re-assemble identically', ...disasm },
};

export const VERSION = '0.1.0';

function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `pvm ${VERSION}: a toolchain and hypervisor for learning virtualization by doing it

Usage: pvm <command> [options] [FILE]

Commands:
${rows.join('\n')}
  ${'help'.padEnd(width)}  show help for a command

Run 'pvm <command> --help' for a command's options.
${EXIT_HELP}
`;
}

/**
 * Run one command line; its exit status. Synchronous unless the command waits on something
 * (the debugger's terminal, Ctrl-C during a run). Output that cannot be written ends the
 * command here: quietly for a closed pipe, with one line for an I/O error.
 */
export function main(argv: string[], io: Io): Status | Promise<Status> {
  const failed = (e: unknown): Status => {
    if (e instanceof OutputError) return outputFailed(io, e);
    throw e;
  };
  try {
    const r = dispatch(argv, io);
    return typeof r === 'number' ? r : r.catch(failed);
  } catch (e) {
    return failed(e);
  }
}

function dispatch(argv: string[], io: Io): Status | Promise<Status> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === '--help' || cmd === '-h') {
    (cmd === undefined ? io.err : io.out)(overview());
    return cmd === undefined ? EXIT.usage : EXIT.ok;
  }
  if (cmd === '--version' || cmd === '-V') return io.out(`pvm ${VERSION}\n`), EXIT.ok;
  if (cmd === 'help') {
    const topic = rest[0];
    if (topic === undefined) return io.out(overview()), EXIT.ok;
    const c = COMMANDS[topic];
    if (c) return io.out(c.help), EXIT.ok;
    return unknown(io, topic);
  }
  const c = COMMANDS[cmd];
  if (!c) return unknown(io, cmd);
  return c.run(io, rest);
}

function unknown(io: Io, cmd: string): number {
  const option = cmd.startsWith('-');
  const s = option ? didYouMean(cmd.replace(/=.*$/, ''), ['--help', '--version']) : didYouMean(cmd, Object.keys(COMMANDS));
  io.err(`pvm: unknown ${option ? 'option' : 'command'} '${cmd}'${s ? `; did you mean '${s}'?` : ''}\nTry 'pvm --help'.\n`);
  return EXIT.usage;
}

// For the repository's own scripts and tests (generated docs, fuzzers, durability tests).
export { nodeIo } from './node.ts';
export { writeFileSafely } from './host/file.ts';
export { fileLock } from './host/lock.ts';
export { imageFits } from './machine.ts';
export { stopReport } from './stop.ts';
export { formatCompare, measure } from './commands/compare.ts';
export { formatSweep } from './compare/table.ts';
export { compareSvg } from '@pvm/compare';
