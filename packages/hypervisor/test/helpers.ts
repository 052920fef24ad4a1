// Shared by the hypervisor tests: assemble a kernel from source, boot it in a mode, run it, and
// look at everything a run leaves behind.
import { expect } from 'vitest';
import { assemble, formatDiagnostic, memoryHost } from '@pvm/asm';
import { BufferConsole, type BlockBackend } from '@pvm/devices';
import type { Image } from '@pvm/image';
import { fnv1a, rng as seeded } from '@pvm/testkit';
import { costModel, createDomain, Domain, statsJson, type Mode, type Stop } from '../src/index.ts';
import type { Costs } from '@pvm/isa';

/** The modes an unmodified kernel runs in. */
export type Variant = 'native' | 'trap' | 'hvm';
export const VARIANTS: readonly Variant[] = ['native', 'trap', 'hvm'];

export function image(src: string): Image {
  const r = assemble('k.s', memoryHost({ 'k.s': src }));
  if (!r.ok) expect.fail(`kernel did not assemble:\n${r.diagnostics.map(formatDiagnostic).join('\n')}`);
  return r.image;
}

/** The address of a label (or the value of a constant) in the image. */
export function sym(img: Image, name: string): number {
  const s = img.symbols.find((x) => x.name === name);
  if (!s) expect.fail(`no symbol '${name}'`);
  return s.value;
}

export interface BootOptions {
  input?: string | Uint8Array;
  disk?: BlockBackend | null;
  maxSteps?: number;
  memory?: number;
  cost?: Partial<Costs>;
}

export interface Run {
  readonly d: Domain;
  readonly img: Image;
  readonly con: BufferConsole;
  readonly stop: Stop | null;
  /** The console output as text. */
  readonly out: string;
  /** A word of guest memory at a label (+ offset), as a signed number. */
  word(label: string, offset?: number): number;
}

export function boot(src: string | Image, variant: Variant, opts: BootOptions = {}): Domain {
  const img = typeof src === 'string' ? image(src) : src;
  const mode: Mode = variant;
  return createDomain(img, {
    mode,
    console: new BufferConsole(opts.input ?? ''),
    disk: opts.disk ?? null,
    maxSteps: opts.maxSteps ?? 1_000_000,
    ...(opts.memory !== undefined ? { memory: opts.memory } : {}),
    ...(opts.cost ? { cost: costModel(undefined, opts.cost)! } : {}),
  });
}

/** Boot and run to the end. */
export function run(src: string | Image, variant: Variant, opts: BootOptions = {}): Run {
  const img = typeof src === 'string' ? image(src) : src;
  const d = boot(img, variant, opts);
  const stop = d.run();
  const con = d.console.backend as BufferConsole;
  return { d, img, con, stop, out: con.text(), word: (label, offset = 0) => d.cpu.read32(sym(img, label) + offset) };
}

/** Exits by cause, as the JSON report gives them. */
export const exits = (d: Domain): Record<string, number> => statsJson(d).exits.byCause;

/** Everything that must match between native and trap for a kernel that does not use popf. */
export function machineState(r: Run): object {
  const c = r.d.cpu;
  return {
    stop: r.stop,
    out: r.out,
    regs: [...c.regs],
    pc: c.pc,
    flags: c.flags,
    vbase: c.vbase,
    ksp: c.ksp,
    cycles: c.cycles,
    instret: c.instret,
    memoryHash: hash(c.mem),
  };
}

/** FNV-1a over guest memory: a cheap fingerprint for comparing whole memories. */
export const hash = fnv1a;

/** The one seeded generator, as a function giving 32-bit values. */
export const rng = (seed: number): (() => number) => seeded(seed).u32;

/** The vector table as a .data line: handlers by vector name, 0 elsewhere. */
export function vectorTable(label: string, handlers: Partial<Record<'divide' | 'illegal' | 'priv' | 'memory' | 'syscall' | 'break' | 'timer' | 'console' | 'block', string>>): string {
  const order = ['divide', 'illegal', 'priv', 'memory', 'syscall', 'break', 'timer', 'console', 'block'] as const;
  return `${label}: .word ${order.map((v) => handlers[v] ?? '0').join(', ')}`;
}
