import { Repl, Session } from '@pvm/debugger';
import { MemoryDisk } from '@pvm/devices';
import { parse, usageError } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { loadImage, readInput, reason, sourceHost } from '../load.ts';
import { MACHINE_HELP, MACHINE_OPTIONS, imageFits, machineSettings } from '../machine.ts';

export const help = `Usage: pvm debug FILE [options]

Single-step a guest kernel in a gdb-like debugger: breakpoints on labels and lines,
watchpoints, catchpoints on VM exits, hypercalls and interrupts, and exact reverse
execution (reverse-stepi, reverse-step, reverse-next, reverse-continue). Type 'help' at the
prompt for the commands. In a terminal: tab completion, history, Ctrl-C stops a running guest.

Options:
${MACHINE_HELP}
  --script FILE       read commands from FILE instead of the terminal (each is echoed)
  --input FILE        the guest's console input (the terminal is the debugger's)
  -h, --help          show this help

The guest works on a copy of --disk in memory: the file is never written, so reverse
execution can put the disk back exactly. Exit status: 0 after quit or end of input.
`;

/** What the front end needs from its host: lines in, a way to yield, signals. */
export interface DebugHost {
  /** Run the interactive terminal (readline) until quit; returns the exit status. */
  terminal?(repl: Repl, session: Session): Promise<number>;
  /** Commands from a non-terminal stdin, or null when stdin is a terminal. */
  stdinLines?(): string[] | null;
  /** Let pending events (Ctrl-C) through during long runs. */
  yieldNow?(): Promise<void>;
  style?(kind: 'stop' | 'addr' | 'error' | 'changed', text: string): string;
}

export async function run(io: Io, argv: string[], host: DebugHost = {}): Promise<number> {
  const a = parse(io, 'debug', argv, { ...MACHINE_OPTIONS, script: { type: 'string' }, input: { type: 'string' } });
  if (typeof a === 'number') return a;
  if (a.values.help) return io.out(help), EXIT.ok;
  if (a.positionals.length !== 1) return usageError(io, 'debug', a.positionals.length ? 'expected one kernel file' : 'missing kernel file');
  const img = loadImage(io, 'debug', a.positionals[0]!);
  if (typeof img === 'number') return img;
  const settings = machineSettings(a.values, img);
  if (typeof settings === 'string') return usageError(io, 'debug', settings);
  const misfit = imageFits(img, settings);
  if (misfit) return usageError(io, 'debug', misfit);
  let input: Uint8Array = new Uint8Array(0);
  if (a.values.input !== undefined) {
    const r = readInput(io, 'debug', a.values.input as string);
    if (typeof r === 'number') return r;
    input = r;
  }
  let disk: MemoryDisk | null = null;
  if (settings.disk !== undefined) {
    const bytes = io.readFile(settings.disk);
    if (!(bytes instanceof Uint8Array)) {
      io.err(`pvm debug: cannot use disk '${settings.disk}': ${reason(bytes.code)}\n`);
      return EXIT.noInput;
    }
    if (bytes.length === 0 || bytes.length % 512) {
      io.err(`pvm debug: cannot use disk '${settings.disk}': disk image size ${bytes.length} is not a positive multiple of 512 bytes\n`);
      return EXIT.dataErr;
    }
    disk = new MemoryDisk(bytes.length / 512, settings.diskReadOnly);
    disk.data.set(bytes);
  }
  let script: string[] | null = null;
  if (a.values.script !== undefined) {
    const r = readInput(io, 'debug', a.values.script as string);
    if (typeof r === 'number') return r;
    script = new TextDecoder().decode(r).split(/\r?\n/);
    if (script[script.length - 1] === '') script.pop();
  }
  const session = new Session({
    image: img,
    mode: settings.mode,
    input,
    disk,
    memory: settings.memory,
    cost: settings.cost,
    ...(settings.controls ? { controls: settings.controls } : {}),
    maxSteps: settings.maxSteps,
    sources: sourceHost(io),
    out: (t) => io.out(t),
    ...(host.style ? { style: host.style } : {}),
  });
  session.yieldFn = host.yieldNow ?? null;
  const repl = new Repl(session);
  io.out(`pvm debugger: ${a.positionals[0]} in ${settings.mode} mode. Type 'help' for commands.\n`);
  session.showLocation();
  if (script === null) {
    const lines = host.stdinLines?.() ?? null;
    if (lines === null && host.terminal) return host.terminal(repl, session);
    script = lines ?? [];
    if (script[script.length - 1] === '') script.pop();
  }
  for (const line of script) {
    io.out(`(pvm) ${line}\n`);
    if ((await repl.execute(line)) === 'quit') return EXIT.ok;
  }
  return EXIT.ok;
}
