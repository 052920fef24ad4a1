import { LIMITS, LineSplitter, Repl, Session, confinedSources, dirOf, memorySources, type Line, type ReadInside, type SourceFiles } from '@pvm/debugger';
import { MemoryDisk } from '@pvm/devices';
import { SECTOR_SIZE } from '@pvm/isa';
import { parse, usageError } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { isSource, loadImage, readInput, reason } from '../load.ts';
import { MACHINE_HELP, MACHINE_OPTIONS, imageFits, machineSettings } from '../machine.ts';

/** The machine options, with what --max-steps means here: the guest stops, the debugger stays. */
const DEBUG_MACHINE_HELP = MACHINE_HELP.split('\n')
  .map((l) => (l.trimStart().startsWith('--max-steps') ? '  --max-steps N       stop the guest after N instructions (reported; the debugger stays)' : l))
  .join('\n');

export const help = `Usage: pvm debug FILE [options]

Single-step a guest kernel in a gdb-like debugger: breakpoints on labels and lines,
watchpoints, catchpoints on VM exits, hypercalls and interrupts, and exact reverse
execution (reverse-stepi, reverse-step, reverse-next, reverse-continue). Type 'help' at the
prompt for the commands. In a terminal: tab completion, history, Ctrl-C stops a running guest
or a long command.

Options:
${DEBUG_MACHINE_HELP}
  --script FILE       read commands from FILE instead of the terminal (each is echoed)
  --input FILE        the guest's console input (the terminal is the debugger's)
  --source-dir DIR    where an image's source files are (default: the image's directory);
                      a .s FILE shows the text it was just assembled from
  -h, --help          show this help

The guest works on a copy of --disk in memory: the file is never written, so reverse
execution can put the disk back exactly. Exit status: 0 after quit or end of input, also
when the guest crashed or reached --max-steps (the debugger reports it and carries on);
64 usage, 65 bad source or image, 66 FILE, --input, --script or --disk cannot be opened.
`;

/** What the front end needs from its host: lines in, a way to yield, signals, files. */
export interface DebugHost {
  /** Run the interactive terminal (readline) until quit; returns the exit status. */
  terminal?(repl: Repl, session: Session): Promise<number>;
  /** A non-terminal stdin's bytes as they arrive, or null when stdin is a terminal. */
  stdinChunks?(): AsyncIterable<Uint8Array> | null;
  /** Let pending events (Ctrl-C) through during long runs. */
  yieldNow?(): Promise<void>;
  style?(kind: 'stop' | 'addr' | 'error' | 'changed', text: string): string;
  /** A source file inside a directory: a regular file only, opened without blocking, bounded. */
  readSource?: ReadInside;
}

/** Sources read through the Io, when the host has no reader of its own (tests). */
const ioReadInside =
  (io: Io): ReadInside =>
  (root, rel, max) => {
    const r = io.readFile(root ? `${root.replace(/\/$/, '')}/${rel}` : rel);
    if (!(r instanceof Uint8Array)) return { reason: reason(r.code) };
    return r.length > max ? { reason: `larger than ${max >> 20} MiB` } : new TextDecoder().decode(r);
  };

/** Commands from a byte stream, one bounded line at a time, each echoed after the prompt. */
async function runLines(repl: Repl, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<number> {
  const s = repl.session;
  const split = new LineSplitter();
  const one = async (l: Line): Promise<boolean> => {
    if ('tooLong' in l) {
      s.error(`line ${l.n}: command too long (${l.tooLong} bytes; at most ${LIMITS.lineBytes}); ignored`);
      return false;
    }
    s.say(`(pvm) ${l.text}`);
    return (await repl.execute(l.text)) === 'quit';
  };
  for await (const chunk of chunks) for (const l of split.push(chunk)) if (await one(l)) return EXIT.ok;
  for (const l of split.end()) if (await one(l)) return EXIT.ok;
  return EXIT.ok;
}

export async function run(io: Io, argv: string[], host: DebugHost = {}): Promise<number> {
  const a = parse(io, 'debug', argv, { ...MACHINE_OPTIONS, script: { type: 'string' }, input: { type: 'string' }, 'source-dir': { type: 'string' } });
  if (typeof a === 'number') return a;
  if (a.values.help) return io.out(help), EXIT.ok;
  if (a.positionals.length !== 1) return usageError(io, 'debug', a.positionals.length ? 'expected one kernel file' : 'missing kernel file');
  const path = a.positionals[0]!;
  // A source file is shown as the assembler read it: the debugger opens nothing more.
  const texts = new Map<string, string>();
  const decoder = new TextDecoder();
  const loadIo: Io = isSource(path)
    ? Object.create(io, {
        readFile: {
          value: (p: string) => {
            const r = io.readFile(p);
            if (r instanceof Uint8Array) texts.set(p, decoder.decode(r));
            return r;
          },
        },
      })
    : io;
  const img = loadImage(loadIo, 'debug', path);
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
    if (bytes.length === 0 || bytes.length % SECTOR_SIZE) {
      io.err(`pvm debug: cannot use disk '${settings.disk}': disk image size ${bytes.length} is not a positive multiple of ${SECTOR_SIZE} bytes\n`);
      return EXIT.dataErr;
    }
    disk = new MemoryDisk(bytes.length / SECTOR_SIZE, settings.diskReadOnly);
    disk.data.set(bytes);
  }
  let script: Uint8Array | null = null;
  if (a.values.script !== undefined) {
    const r = readInput(io, 'debug', a.values.script as string);
    if (typeof r === 'number') return r;
    script = r;
  }
  const dir = a.values['source-dir'] as string | undefined;
  if (dir !== undefined) {
    const d = io.listDir(dir);
    if (d === null || 'code' in d) {
      io.err(`pvm debug: cannot use source directory '${dir}': ${d === null ? 'not a directory' : reason(d.code)}\n`);
      return EXIT.noInput;
    }
  }
  const read = host.readSource ?? ioReadInside(io);
  const sources: SourceFiles = dir !== undefined ? confinedSources(dir, read) : isSource(path) ? memorySources(texts) : confinedSources(dirOf(path), read);
  const session = new Session({
    image: img,
    mode: settings.mode,
    input,
    disk,
    memory: settings.memory,
    cost: settings.cost,
    ...(settings.controls ? { controls: settings.controls } : {}),
    maxSteps: settings.maxSteps,
    outputLimit: settings.outputLimit,
    sources,
    out: (t) => io.out(t),
    ...(host.style ? { style: host.style } : {}),
  });
  session.yieldFn = host.yieldNow ?? null;
  const repl = new Repl(session);
  session.say(`pvm debugger: ${path} in ${settings.mode} mode. Type 'help' for commands.`);
  session.showLocation();
  if (script !== null) return runLines(repl, [script]);
  const stdin = host.stdinChunks?.() ?? null;
  if (stdin === null && host.terminal) return host.terminal(repl, session);
  return runLines(repl, stdin ?? []);
}
