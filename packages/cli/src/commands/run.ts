import { createDomain, formatStats, statsJson } from '@pvm/hypervisor';
import { disassembleAt, type SymbolLookup } from '@pvm/isa';
import { printable, sourceOf, type Image } from '@pvm/image';
import { parse, usageError } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { loadImage, reason } from '../load.ts';
import { MACHINE_HELP, MACHINE_OPTIONS, domainOptions, imageFits, machineSettings } from '../machine.ts';
import { exitStatus, stopReport } from '../stop.ts';

export const help = `Usage: pvm run FILE [options]

Run a guest kernel: a .pvx image, or a .s source file assembled on the fly. The guest console
is this process's stdin and stdout; pvm's own messages go to stderr.

Options:
${MACHINE_HELP}
  --output-limit BYTES  stop the guest once its console output passes BYTES (K and M
                      allowed; default 16M): a flood is contained, with one line on stderr
  --stats             print the exit-accounting table to stderr when the guest stops
  --stats=json        print it as one JSON line to stderr
  --trace             print each instruction to stderr before it runs
  -h, --help          show this help

Exit status: the guest's power-off code; 64 usage, 65 bad source or image (or a disk image
whose size is not a multiple of 512), 66 FILE or the disk cannot be opened (missing, no
write permission without --disk-readonly, or in use by another pvm), 70 the guest crashed,
hit --max-steps or passed --output-limit.
`;

/** Symbol names by address, for the tracer. */
export function symbolLookup(img: Image): SymbolLookup {
  const m = new Map<number, string>();
  for (const s of img.symbols) if (s.kind !== 'const' && !m.has(s.value)) m.set(s.value, s.name);
  return (a) => m.get(a);
}

export function run(io: Io, argv: string[]): number {
  // `--stats=json` is one flag to users; parseArgs wants a boolean or a valued option.
  const args = argv.map((a) => (a === '--stats=json' ? '--stats-json' : a === '--stats=text' ? '--stats' : a));
  const a = parse(io, 'run', args, { ...MACHINE_OPTIONS, 'output-limit': { type: 'string' }, stats: { type: 'boolean' }, 'stats-json': { type: 'boolean' }, trace: { type: 'boolean' } });
  if (typeof a === 'number') return a;
  if (a.values.help) return io.out(help), EXIT.ok;
  if (a.positionals.length !== 1) return usageError(io, 'run', a.positionals.length ? 'expected one kernel file' : 'missing kernel file');
  const pre = machineSettings(a.values, null);
  if (typeof pre === 'string') return usageError(io, 'run', pre);
  const img = loadImage(io, 'run', a.positionals[0]!);
  if (typeof img === 'number') return img;
  const settings = machineSettings(a.values, img);
  if (typeof settings === 'string') return usageError(io, 'run', settings);
  const misfit = imageFits(img, settings);
  if (misfit) return usageError(io, 'run', misfit);

  let disk = null;
  if (settings.disk !== undefined) {
    const d = io.openDisk(settings.disk, settings.diskReadOnly);
    if ('code' in d) {
      io.err(`pvm run: cannot use disk '${settings.disk}': ${d.message ?? reason(d.code)}\n`);
      // EINVAL: the file is there but is no disk image; anything else: it cannot be had.
      return d.code === 'EINVAL' ? EXIT.dataErr : EXIT.noInput;
    }
    disk = d;
  }
  const console = io.guestConsole();
  const dom = createDomain(img, domainOptions(settings, { console, disk }));
  if (a.values.trace) {
    const sym = symbolLookup(img);
    dom.trace = (pc) => {
      const src = sourceOf(img, pc);
      const at = src ? `${src.file}:${src.line}` : '';
      io.err(printable(`  ${('0x' + pc.toString(16).padStart(4, '0')).padEnd(8)} ${at.padEnd(14)} ${disassembleAt(dom.cpu.mem, pc, sym)}`) + '\n');
    };
  }
  const t0 = performance.now();
  const stop = dom.run()!;
  const ms = performance.now() - t0;
  console.flush();
  disk?.close();
  const line = stopReport(stop, img);
  if (line) io.err(`pvm: ${line}${dom.console.overflowed ? ' (--output-limit)' : ''}\n`);
  if (a.values['stats-json']) io.err(JSON.stringify(statsJson(dom)) + '\n');
  else if (a.values.stats) io.err(formatStats(dom, ms));
  return exitStatus(stop);
}
