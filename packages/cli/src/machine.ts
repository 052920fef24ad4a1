// The options every command that runs a guest shares (run, test, debug, compare), parsed and
// checked in one place.
import { MODES, type DomainOptions, type Mode } from '@pvm/hypervisor';
import type { Image } from '@pvm/image';
import { DEFAULT_MEMORY, PV_AREA_SIZE } from '@pvm/isa';
import { usageError } from './args.ts';
import { EXIT, type Io } from './io.ts';

export const MACHINE_OPTIONS = {
  mode: { type: 'string', short: 'm' },
  'max-steps': { type: 'string' },
  mem: { type: 'string' },
  disk: { type: 'string' },
  'disk-readonly': { type: 'boolean' },
  'popf-traps': { type: 'boolean' },
  'cost-exit': { type: 'string' },
  'cost-hcall': { type: 'string' },
} as const;

export const MACHINE_HELP = `  -m, --mode MODE     native | trap | pv (default: pv for a .paravirt kernel, else native)
  --max-steps N       stop after N guest instructions (exit 70)
  --mem BYTES         guest memory, suffixes K and M allowed (default 1M, at most 64M);
                      an image larger than --mem is a usage error (64) naming the
                      --mem it needs, one larger than 64M a bad image (65)
  --disk FILE         disk-image file for the block device (a multiple of 512 bytes)
  --disk-readonly     never write the disk image (and take no lock on it; without
                      this flag one pvm at a time may use an image)
  --popf-traps        in trap mode, make pushf/popf exit (hardware-assisted virtualization)
  --cost-exit N       cycles charged per trap-and-emulate exit (default 1000)
  --cost-hcall N      cycles charged per hypercall (default 300)`;

export const MAX_MEMORY = 64 << 20;
/** Console output a guest may produce before it is stopped: a flood is contained. */
export const DEFAULT_OUTPUT_LIMIT = 16 << 20;

export interface MachineSettings {
  mode: Mode;
  memory: number;
  maxSteps: number;
  disk?: string;
  diskReadOnly: boolean;
  popfTraps: boolean;
  cost: { exit?: number; hypercall?: number };
  outputLimit: number;
}

/** `64K`, `1M`, `4096`: a byte count, or null. */
export function parseSize(s: string): number | null {
  const m = /^(\d+)([KkMm]?)$/.exec(s.trim());
  if (!m) return null;
  const n = Number(m[1]) * (m[2] ? (m[2].toLowerCase() === 'k' ? 1024 : 1 << 20) : 1);
  return Number.isSafeInteger(n) ? n : null;
}

const count = (s: string): number | null => (/^\d+$/.test(s) && Number.isSafeInteger(Number(s)) ? Number(s) : null);

/** Machine settings from parsed flags; a message on a bad value. `img` picks the default mode. */
export function machineSettings(values: Record<string, unknown>, img: Image | null): MachineSettings | string {
  const mode = (values.mode as string | undefined) ?? (img?.paravirt ? 'pv' : 'native');
  if (!MODES.includes(mode as Mode)) return `unknown mode '${mode}' (expected ${MODES.join(', ')})`;
  let memory = DEFAULT_MEMORY;
  if (values.mem !== undefined) {
    const m = parseSize(values.mem as string);
    if (m === null) return `--mem expects a size like 65536, 64K or 2M, not '${values.mem}'`;
    if (m < 64 * 1024 || m > MAX_MEMORY || m % 4) return `--mem must be a multiple of 4 between 64K and ${MAX_MEMORY >> 20}M`;
    memory = m;
  }
  let maxSteps = 0;
  if (values['max-steps'] !== undefined) {
    const n = count(values['max-steps'] as string);
    if (n === null || n === 0) return `--max-steps expects a positive whole number, not '${values['max-steps']}'`;
    maxSteps = n;
  }
  const cost: MachineSettings['cost'] = {};
  for (const [flag, key] of [['cost-exit', 'exit'], ['cost-hcall', 'hypercall']] as const) {
    if (values[flag] === undefined) continue;
    const n = count(values[flag] as string);
    if (n === null) return `--${flag} expects a whole number of cycles, not '${values[flag]}'`;
    cost[key] = n;
  }
  let outputLimit = DEFAULT_OUTPUT_LIMIT;
  if (values['output-limit'] !== undefined) {
    const n = parseSize(values['output-limit'] as string);
    if (n === null || n === 0) return `--output-limit expects a positive size like 4096, 64K or 2M, not '${values['output-limit']}'`;
    outputLimit = n;
  }
  if (values['popf-traps'] && mode !== 'trap') return '--popf-traps only applies to --mode trap';
  return {
    mode: mode as Mode,
    memory,
    maxSteps,
    ...(values.disk !== undefined ? { disk: values.disk as string } : {}),
    diskReadOnly: Boolean(values['disk-readonly']),
    popfTraps: Boolean(values['popf-traps']),
    cost,
    outputLimit,
  };
}

/** The guest memory an image needs in a mode: past its last segment (and the pv pages). */
export function memoryNeeded(img: Image, mode: Mode): number {
  const end = Math.max(0, ...img.segments.map((seg) => seg.addr + seg.bytes.length));
  return end + (mode === 'pv' ? PV_AREA_SIZE : 0);
}

/** A --mem of at least `bytes`, as a user would type it: whole 64K below 1M (`192K`), whole M above (`3M`). */
function memFlag(bytes: number): string {
  if (bytes > 1 << 20) return `${Math.ceil(bytes / (1 << 20))}M`;
  return `${Math.max(64, Math.ceil(bytes / (64 << 10)) * 64)}K`;
}

/** Why an image cannot run in this configuration, if it cannot. */
export function imageFits(img: Image, s: Pick<MachineSettings, 'mode' | 'memory'>): string | null {
  // A paravirtual guest shares the top of memory with the hypervisor's pages.
  const end = s.mode === 'pv' ? s.memory - PV_AREA_SIZE : s.memory;
  for (const seg of img.segments)
    if (seg.addr + seg.bytes.length > end) {
      const need = memoryNeeded(img, s.mode);
      const hint = need <= MAX_MEMORY ? `; it needs --mem ${memFlag(need)} or more` : `, and past the largest (--mem ${MAX_MEMORY >> 20}M)`;
      return `the image's ${seg.kind} segment ends at 0x${(seg.addr + seg.bytes.length).toString(16)}, past the end of guest memory${s.mode === 'pv' ? ' left below the hypervisor pages' : ''} (--mem ${s.memory})${hint}`;
    }
  if (img.paravirt && s.mode !== 'pv') return `this is a paravirtual kernel (.paravirt): run it with --mode pv`;
  return null;
}

/**
 * Whether an image can run here: null, or the exit status after one line on stderr. An image
 * no --mem can hold is a bad image (65, said as `FILE: error: ...`); one that a larger --mem
 * would hold, or a paravirtual kernel in another mode, is a usage error (64).
 */
export function checkFit(io: Io, command: string, file: string, img: Image, s: Pick<MachineSettings, 'mode' | 'memory'>): number | null {
  const misfit = imageFits(img, s);
  if (misfit === null) return null;
  if (memoryNeeded(img, s.mode) <= MAX_MEMORY) return usageError(io, command, misfit);
  io.err(`${file}: error: ${misfit}\n`);
  return EXIT.dataErr;
}

export function domainOptions(s: MachineSettings, rest: Pick<DomainOptions, 'console' | 'disk'>): DomainOptions {
  return { mode: s.mode, memory: s.memory, maxSteps: s.maxSteps, popfTraps: s.popfTraps, cost: s.cost, outputLimit: s.outputLimit, ...rest };
}
