import { createDomain, formatStats, statsJson, type Stop } from '@pvm/hypervisor';
import { GuestMemory } from '@pvm/debugger';
import type { SymbolLookup } from '@pvm/isa';
import { printable, sourceOf, type Image } from '@pvm/image';
import { parse, usageError } from '../args.ts';
import { EXIT, type Interrupt, type Io, type Status } from '../io.ts';
import { loadImage, reason } from '../load.ts';
import { ENGINE_HELP, ENGINE_OPTION, MACHINE_HELP, MACHINE_OPTIONS, checkFit, domainOptions, machineSettings } from '../machine.ts';
import { exitStatus, interruptReport, stopReport } from '../stop.ts';

export const help = `Usage: pvm run FILE [options]

Run a guest kernel: a .pvx image, or a .s source file assembled on the fly. The guest console
is this process's stdin and stdout; pvm's own messages go to stderr.

Options:
${MACHINE_HELP}
${ENGINE_HELP}
  --output-limit BYTES  stop the guest once its console output passes BYTES (K and M
                      allowed; default 16M): a flood is contained, with one line on stderr
  --stats             print the exit-accounting table to stderr when the guest stops
  --stats=json        print it as one JSON line to stderr
  --trace             print each instruction to stderr before it runs
  -h, --help          show this help

Ctrl-C stops the guest between two instructions and reports where it was (pc, source
line, instructions run), with --stats if asked, exit 130; while the guest waits for console
input, Ctrl-C ends pvm at once, without the report. If the reader of the guest's output
goes away (\`| head\`), pvm stops the guest and ends quietly, exit 141.

Exit status: the guest's power-off code; 64 usage, 65 bad source or image (or a disk image
whose size is not a multiple of 512), 66 FILE or the disk cannot be opened (missing, no
write permission without --disk-readonly, or in use by another pvm), 70 the guest crashed,
hit --max-steps or passed --output-limit, 74 output cannot be written, 130 Ctrl-C.
`;

/** Symbol names by address, for the tracer. */
export function symbolLookup(img: Image): SymbolLookup {
  const m = new Map<number, string>();
  for (const s of img.symbols) if (s.kind !== 'const' && !m.has(s.value)) m.set(s.value, s.name);
  return (a) => m.get(a);
}

/** Guest instructions between looks around (Ctrl-C, a broken stdout, the console flushed). */
const SLICE = 1 << 20;

export function run(io: Io, argv: string[]): Status | Promise<Status> {
  const a = parse(io, 'run', argv, { ...MACHINE_OPTIONS, ...ENGINE_OPTION, 'output-limit': { type: 'string' }, stats: { type: 'boolean', values: ['json'] }, trace: { type: 'boolean' } });
  if (typeof a === 'number') return a;
  if (a.values.help) return io.out(help), EXIT.ok;
  if (a.positionals.length !== 1) return usageError(io, 'run', a.positionals.length ? 'expected one kernel file' : 'missing kernel file');
  const file = a.positionals[0]!;
  const pre = machineSettings(a.values, null);
  if (typeof pre === 'string') return usageError(io, 'run', pre);
  const img = loadImage(io, 'run', file);
  if (typeof img === 'number') return img;
  const settings = machineSettings(a.values, img);
  if (typeof settings === 'string') return usageError(io, 'run', settings);
  const misfit = checkFit(io, 'run', file, img, settings);
  if (misfit !== null) return misfit;

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
    // The pc is virtual once the guest turns paging on: read the instruction where it maps.
    const mem = new GuestMemory(dom.cpu);
    dom.trace = (pc) => {
      const src = sourceOf(img, pc);
      const at = src ? `${src.file}:${src.line}` : '';
      io.err(printable(`  ${('0x' + pc.toString(16).padStart(4, '0')).padEnd(8)} ${at.padEnd(14)} ${mem.disassemble(pc, sym)}`) + '\n');
    };
  }
  const watch = io.watchInterrupt?.() ?? null;
  const t0 = performance.now();

  /** The end: the report, the stats, the status. `stop` is null when Ctrl-C stopped the guest. */
  const finish = (stop: Stop | null): Status => {
    const ms = performance.now() - t0;
    const report = stop ? stopReport(stop, img) : interruptReport(img, dom.cpu.pc, dom.cpu.instret);
    let text = report ? `pvm: ${report}${dom.console.overflowed ? ' (--output-limit)' : ''}\n` : '';
    if (a.values.stats === 'json') text += JSON.stringify(statsJson(dom)) + '\n';
    else if (a.values.stats) text += formatStats(dom, ms);
    // Guest output cut mid-line, on the same terminal or file: pvm's words start a line of their own.
    const cut = console.lastByte !== -1 && console.lastByte !== 0x0a && io.sharedOutput?.();
    if (text) io.err((cut ? '\n' : '') + text);
    return stop ? exitStatus(stop) : EXIT.interrupted;
  };
  const step = (): Status | null => {
    const stop = dom.run(SLICE);
    console.flush();
    // Nowhere for the guest's output to go: end as for any failed write of pvm's own.
    if (console.failure) throw console.failure;
    if (stop) return finish(stop);
    return watch?.requested ? finish(null) : null;
  };
  return drive(step, watch, () => {
    watch?.close();
    disk?.close();
  });
}

/**
 * Call `step` until it gives a status, letting the event loop run between calls when there is
 * an interrupt to watch (synchronous otherwise); `done` runs however it ends.
 */
function drive(step: () => Status | null, watch: Interrupt | null, done: () => void): Status | Promise<Status> {
  const loop = (): Status | Promise<Status> => {
    for (;;) {
      const r = step();
      if (r !== null) return r;
      if (watch) return watch.pause().then(loop);
    }
  };
  let r: Status | Promise<Status>;
  try {
    r = loop();
  } catch (e) {
    done();
    throw e;
  }
  if (typeof r !== 'number') return r.finally(done);
  done();
  return r;
}
