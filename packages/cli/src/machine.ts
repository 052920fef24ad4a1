// The options every command that runs a guest shares (run, test, debug, compare), parsed and
// checked in one place.
import { didYouMean } from '@pvm/asm';
import { DEFAULT_CONTROLS, MODES, costModel, type CostModel, type DomainOptions, type Mode, type VmcsControls } from '@pvm/hypervisor';
import type { Image } from '@pvm/image';
import {
  COST_DOCS, COST_FLAGS, COST_NAMES, DEFAULT_MEMORY, DEFAULT_PRESET, PORT_SPACE, PORTS, PRESETS, VMCS_SWITCHES, presetByName,
  type CostName,
} from '@pvm/isa';
import { DEFAULT_OUTPUT_LIMIT, MAX_MEMORY, imageFits, memoryNeeded } from '@pvm/compare';
import { usageError } from './args.ts';
import { EXIT, type Io } from './io.ts';

const COST_OPTIONS = Object.fromEntries(COST_NAMES.map((k) => [`cost-${COST_FLAGS[k]}`, { type: 'string' }])) as Record<`cost-${string}`, { type: 'string' }>;

/** The CPU's engines (the type comes from @pvm/cpu through the domain's options, so a wrong name does not compile). */
type Engine = NonNullable<DomainOptions['engine']>;
const ENGINES: readonly Engine[] = ['jit', 'interp'];
/** The engine unless --engine says otherwise: docs/performance.md measures both. */
export const DEFAULT_ENGINE: Engine = 'jit';

export const MACHINE_OPTIONS = {
  mode: { type: 'string', short: 'm' },
  'max-steps': { type: 'string' },
  mem: { type: 'string' },
  disk: { type: 'string' },
  'disk-readonly': { type: 'boolean' },
  cpu: { type: 'string' },
  'cost-exit': { type: 'string' },
  ...COST_OPTIONS,
  vmcs: { type: 'string', multiple: true },
} as const;

/** `pvm run`'s choice of engine (the debugger steps with the interpreter whatever it is). */
export const ENGINE_OPTION = { engine: { type: 'string' } } as const;
export const ENGINE_HELP = `  --engine NAME       jit | interp (default ${DEFAULT_ENGINE}): compile hot guest code to
                      JavaScript, or interpret every instruction; the output, exit status
                      and --stats are the same (docs/performance.md)`;

const costLines = COST_NAMES.map((k) => `  --cost-${COST_FLAGS[k]} N`.padEnd(24) + COST_DOCS[k]).join('\n');

export const MACHINE_HELP = `  -m, --mode MODE     native | trap | hvm | pv (default: pv for a .paravirt kernel,
                      else native)
  --max-steps N       stop after N guest instructions (exit 70)
  --mem BYTES         guest memory, suffixes K and M allowed (default 1M, at most 64M);
                      an image larger than --mem is a usage error (64) naming the
                      --mem it needs, one larger than 64M a bad image (65)
  --disk FILE         disk-image file for the block device (a multiple of 512 bytes)
  --disk-readonly     never write the disk image (and take no lock on it; without
                      this flag one pvm at a time may use an image)
  --cpu NAME          the cost model's CPU: ${PRESETS.map((p) => p.name).join(', ')} (default ${DEFAULT_PRESET});
                      every number and its source: docs/machine.md
  --cost-exit N       cycles of one exit round trip, in every mode that has exits:
                      trap's trap, hvm's VM exit + VM entry (split as the preset splits it)
${costLines}
  --vmcs NAME=VALUE   an hvm VM-execution control (may be repeated, or comma-separated):
                      ${VMCS_SWITCHES.map((c) => c.name).join(', ')} = on | off;
                      io-bitmap = all | none | PORT,PORT... (which ports exit)`;

// The fit check is shared with the grader and `pvm compare` (in @pvm/compare).
export { imageFits };

export interface MachineSettings {
  mode: Mode;
  memory: number;
  maxSteps: number;
  disk?: string;
  diskReadOnly: boolean;
  /** The preset's name and the resolved costs. */
  cpu: string;
  cost: CostModel;
  /** hvm's VM-execution controls (undefined: the defaults). */
  controls?: VmcsControls;
  outputLimit: number;
  engine: Engine;
}

/** `64K`, `1M`, `4096`: a byte count, or null. */
export function parseSize(s: string): number | null {
  const m = /^(\d+)([KkMm]?)$/.exec(s.trim());
  if (!m) return null;
  const n = Number(m[1]) * (m[2] ? (m[2].toLowerCase() === 'k' ? 1024 : 1 << 20) : 1);
  return Number.isSafeInteger(n) ? n : null;
}

/** A count of cycles a person may type: a whole number below 2^32. */
const count = (s: string): number | null => (/^\d+$/.test(s) && Number(s) <= 0xffffffff ? Number(s) : null);

/** The costs of `--cpu` and `--cost-*`, or what is wrong with them. */
export function costSettings(values: Record<string, unknown>): { cpu: string; cost: CostModel } | string {
  const cpu = (values.cpu as string | undefined) ?? DEFAULT_PRESET;
  const preset = presetByName(cpu);
  if (!preset) {
    const near = didYouMean(cpu, PRESETS.map((p) => p.name));
    return `unknown CPU '${cpu}'${near ? `; did you mean '${near}'?` : ''} (expected ${PRESETS.map((p) => p.name).join(', ')})`;
  }
  const overrides: Partial<Record<CostName, number>> = {};
  const exit = values['cost-exit'];
  if (exit !== undefined) {
    const n = count(exit as string);
    if (n === null) return `--cost-exit expects a whole number of cycles, not '${exit}'`;
    // One knob for "an exit": trap's round trip, and hvm's exit + entry in the preset's proportion.
    const { vmExit, vmEntry } = preset.costs;
    overrides.trap = n;
    overrides.vmExit = Math.round((n * vmExit) / (vmExit + vmEntry));
    overrides.vmEntry = n - overrides.vmExit;
  }
  for (const k of COST_NAMES) {
    const flag = `cost-${COST_FLAGS[k]}`;
    if (values[flag] === undefined) continue;
    const n = count(values[flag] as string);
    if (n === null) return `--${flag} expects a whole number of cycles, not '${values[flag]}'`;
    overrides[k] = n;
  }
  return { cpu, cost: costModel(cpu, overrides)! };
}

const PORT_BY_NAME = new Map(PORTS.map((p) => [p.name, p.value]));

/** `--vmcs` words into controls, or what is wrong with them. */
export function vmcsSettings(words: readonly string[]): VmcsControls | string {
  let c: { -readonly [K in keyof VmcsControls]: VmcsControls[K] } = { ...DEFAULT_CONTROLS };
  const switches = VMCS_SWITCHES.map((x) => x.name);
  const keyOf: Record<string, 'hltExiting' | 'extIntExiting' | 'intWindowExiting' | 'vmcall'> = {
    'hlt-exiting': 'hltExiting',
    'ext-int-exiting': 'extIntExiting',
    'int-window-exiting': 'intWindowExiting',
    vmcall: 'vmcall',
  };
  for (const word of words.flatMap((w) => w.split(/,(?=[a-z-]+=)/))) {
    const eq = word.indexOf('=');
    const name = eq < 0 ? word : word.slice(0, eq);
    const value = eq < 0 ? '' : word.slice(eq + 1);
    if (name === 'io-bitmap') {
      if (value === 'all') c = { ...c, ioBitmap: DEFAULT_CONTROLS.ioBitmap };
      else if (value === 'none') c = { ...c, ioBitmap: new Set() };
      else {
        const ports = new Set<number>();
        for (const p of value.split(',')) {
          const n = PORT_BY_NAME.get(p) ?? (/^(0x[0-9a-f]+|\d+)$/i.test(p) ? Number(p) : NaN);
          if (!(n >= 0 && n < PORT_SPACE)) {
            const near = didYouMean(p, [...PORT_BY_NAME.keys()]);
            return `--vmcs io-bitmap: '${p}' is not a port${near ? `; did you mean '${near}'?` : ''} (a port name, a number below ${PORT_SPACE}, all or none)`;
          }
          ports.add(n);
        }
        c = { ...c, ioBitmap: ports };
      }
      continue;
    }
    const key = keyOf[name];
    if (!key) {
      const near = didYouMean(name, [...switches, 'io-bitmap']);
      return `--vmcs: unknown control '${name}'${near ? `; did you mean '${near}'?` : ''} (expected ${[...switches, 'io-bitmap'].join(', ')})`;
    }
    if (value !== 'on' && value !== 'off') return `--vmcs ${name} expects on or off, not '${value}'`;
    c = { ...c, [key]: value === 'on' };
  }
  return c;
}

/** Machine settings from parsed flags; a message on a bad value. `img` picks the default mode. */
export function machineSettings(values: Record<string, unknown>, img: Image | null): MachineSettings | string {
  const mode = (values.mode as string | undefined) ?? (img?.paravirt ? 'pv' : 'native');
  if (!MODES.includes(mode as Mode)) {
    const near = didYouMean(mode, [...MODES]);
    return `unknown mode '${mode}'${near ? `; did you mean '${near}'?` : ''} (expected ${MODES.join(', ')})`;
  }
  let memory = DEFAULT_MEMORY;
  if (values.mem !== undefined) {
    const m = parseSize(values.mem as string);
    if (m === null) return `--mem expects a size like 65536, 64K or 2M, not '${values.mem}'`;
    if (m < 64 * 1024 || m > MAX_MEMORY || m % 4) return `--mem must be a multiple of 4 between 64K and ${MAX_MEMORY >> 20}M`;
    memory = m;
  }
  let maxSteps = 0;
  if (values['max-steps'] !== undefined) {
    const v = values['max-steps'] as string;
    const n = /^\d+$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : null;
    if (n === null || n === 0) return `--max-steps expects a positive whole number, not '${v}'`;
    maxSteps = n;
  }
  const costs = costSettings(values);
  if (typeof costs === 'string') return costs;
  let controls: VmcsControls | undefined;
  if (values.vmcs !== undefined) {
    if (mode !== 'hvm') return `--vmcs sets hvm's VM-execution controls: it needs --mode hvm`;
    const c = vmcsSettings(values.vmcs as string[]);
    if (typeof c === 'string') return c;
    controls = c;
  }
  let outputLimit = DEFAULT_OUTPUT_LIMIT;
  if (values['output-limit'] !== undefined) {
    const n = parseSize(values['output-limit'] as string);
    if (n === null || n === 0) return `--output-limit expects a positive size like 4096, 64K or 2M, not '${values['output-limit']}'`;
    outputLimit = n;
  }
  const engine = (values.engine as string | undefined) ?? DEFAULT_ENGINE;
  if (!ENGINES.includes(engine as Engine)) {
    const near = didYouMean(engine, [...ENGINES]);
    return `unknown engine '${engine}'${near ? `; did you mean '${near}'?` : ''} (expected ${ENGINES.join(', ')})`;
  }
  return {
    engine: engine as Engine,
    mode: mode as Mode,
    memory,
    maxSteps,
    ...(values.disk !== undefined ? { disk: values.disk as string } : {}),
    diskReadOnly: Boolean(values['disk-readonly']),
    cpu: costs.cpu,
    cost: costs.cost,
    ...(controls ? { controls } : {}),
    outputLimit,
  };
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
  return { mode: s.mode, memory: s.memory, maxSteps: s.maxSteps, cost: s.cost, outputLimit: s.outputLimit, engine: s.engine, ...(s.controls ? { controls: s.controls } : {}), ...rest };
}
