// The fuzz targets. Each makes one input from a seeded generator, runs it through pvm, and
// checks the oracle: every outcome is a clean diagnostic, a guest fault, a halt or the step
// limit — never a host exception, never memory other than the configured guest size, never a
// hypervisor access outside guest memory. A violation throws; so does any host exception.
// Inputs serialize to bytes, so a failing one is kept in test/fuzz/corpus/<target>/ and
// replayed by the suite for ever after.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assemble, formatDiagnostic, memoryHost } from '@pvm/asm';
import { imageFits, stopReport } from '@pvm/cli';
import type { Cpu } from '@pvm/cpu';
import { BufferConsole, MemoryDisk } from '@pvm/devices';
import { createDomain, formatStats, statsJson, type Domain, type Mode, type Stop } from '@pvm/hypervisor';
import { checksum, disassembleImage, readImage, writeImage, type Image } from '@pvm/image';
import { HYPERCALLS as HC_TABLE, MNEMONICS, NUM_VECTORS, OPS, PV_AREA_SIZE, REG_SP } from '@pvm/isa';
import {
  BLKIF_RING, BLKIF_RING_SIZE, BLKIF_ENTRY, EVTCHNOP_bind_virq, EVTCHNOP_close, EVTCHNOP_send, EVTCHNOP_unmask, HC_event_channel_op,
  HC_sched_op, HC_set_trap_table, NR_EVENT_CHANNELS, SCHEDOP_shutdown, SH_EVTCHN_MASK, SH_EVTCHN_PENDING, SH_UPCALL_MASK,
  SH_UPCALL_PENDING, SHUTDOWN_crash, SHUTDOWN_poweroff, SHUTDOWN_reboot, SHUTDOWN_suspend, SHUTDOWN_watchdog, VIRQ_CONSOLE, VIRQ_TIMER,
  XENCONS_OUT_CONS, XENCONS_OUT_PROD, XENCONS_IN_CONS, XENCONS_IN_PROD,
} from '@pvm/isa/codes';
import { SMALL, hostile, randomProgram, type Layout, type Rng } from './gen.ts';
import { archState, boot, pagedGuest, randomGuest, type Booted, type Guest } from './machine.ts';
import { cliTarget } from './cli.ts';
import { debuggerTarget } from './debugger.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** An oracle violation: pvm did something it must never do. */
export class OracleError extends Error {}
const check = (ok: boolean, what: string): void => {
  if (!ok) throw new OracleError(what);
};

export interface Target<I> {
  readonly name: string;
  gen(r: Rng): I;
  /** Run one input; the outcome's class (for statistics), or a throw. */
  run(input: I): string;
  save(input: I): { ext: string; bytes: Uint8Array };
  load(bytes: Uint8Array): I;
}

// ---- the guest side: run a domain under the oracle ----

const STOPS = new Set(['poweroff', 'crash', 'step-limit', 'halted']);

/**
 * Run a domain to its end under the oracle: the hypervisor's own word accesses checked against
 * guest memory, the memory size unchanged, the stop and its report well formed.
 */
export function runGuarded(d: Domain, img: Image, memory: number, maxSteps: number): string {
  const cpu = d.cpu as Cpu & { read32(a: number): number; write32(a: number, v: number): void };
  const read32 = cpu.read32.bind(cpu);
  const write32 = cpu.write32.bind(cpu);
  const inside = (a: number): boolean => Number.isInteger(a) && a >= 0 && a + 4 <= memory;
  cpu.read32 = (a) => (check(inside(a), `hypervisor read32 outside guest memory at ${a}`), read32(a));
  cpu.write32 = (a, v) => (check(inside(a), `hypervisor write32 outside guest memory at ${a}`), write32(a, v));
  const stop: Stop | null = d.run();
  check(stop !== null && STOPS.has(stop.kind), `run ended without a stop: ${JSON.stringify(stop)}`);
  check(cpu.mem.length === memory && cpu.mem.buffer.byteLength === memory, `guest memory is ${cpu.mem.length} bytes, configured ${memory}`);
  check(cpu.instret <= maxSteps, `ran ${cpu.instret} instructions past --max-steps ${maxSteps}`);
  check(Number.isInteger(cpu.pc) && Number.isFinite(cpu.cycles), `pc ${cpu.pc} or cycles ${cpu.cycles} is not a number`);
  const report = stopReport(stop!, img);
  check(report === null || (report.length > 0 && !report.includes('\n') && !/undefined|NaN/.test(report)), `bad report: ${report}`);
  JSON.stringify(statsJson(d));
  formatStats(d);
  return stop!.kind === 'crash' ? `crash ${stop!.vector}` : stop!.kind;
}

// ---- images ----

/** Images to mutate: every example and workload, assembled once. */
let seeds: Uint8Array[] | null = null;
function seedImages(): Uint8Array[] {
  if (seeds) return seeds;
  seeds = [];
  for (const [path, text] of corpusSources()) {
    const r = assemble(path, sourceHost(path, text));
    if (r.ok) seeds.push(writeImage(r.image));
  }
  return seeds;
}

/** A structurally random image: random segments (maybe overlapping, huge, at 4 GiB), symbols, lines. */
function randomImage(r: Rng): Uint8Array {
  const segments = Array.from({ length: r.int(4) }, () => {
    const n = r.chance(0.8) ? r.int(64) * 4 : r.int(5000);
    const bytes = r.chance(0.5) ? randomProgram(r, SMALL, OPS, n / 4, 0.3) : new Uint8Array(n).map(() => r.u32() & 0xff);
    return { kind: r.pick(['text', 'data'] as const), addr: r.chance(0.7) ? 0x1000 + r.int(0x4000) : r.u32(), bytes };
  });
  const text = segments.find((s) => s.kind === 'text');
  const names = ['_start', 'a', '', 'é', 'x'.repeat(r.int(300)), '\u0000', 'loop'];
  const img: Image = {
    paravirt: r.chance(0.3),
    entry: text && r.chance(0.8) ? text.addr + 4 * r.int(Math.max(1, text.bytes.length / 4)) : r.u32(),
    segments,
    symbols: Array.from({ length: r.int(5) }, () => ({ name: r.pick(names), value: r.u32(), kind: r.pick(['text', 'data', 'const'] as const) })),
    files: Array.from({ length: r.int(3) }, () => r.pick(names)),
    lines: [],
  };
  const lines = Array.from({ length: r.int(6) }, () => ({ addr: r.u32() % 0x6000, file: r.int(img.files.length + 1), line: r.u32() }));
  lines.sort((a, b) => a.addr - b.addr);
  return writeImage({ ...img, lines });
}

const put32 = (b: Uint8Array, at: number, v: number): void => {
  if (at + 4 <= b.length) new DataView(b.buffer, b.byteOffset).setUint32(at, v >>> 0, true);
};

/** Mutate bytes: flips, overwrites, inserts, deletes, truncation, header and table fields. */
export function mutateBytes(r: Rng, src: Uint8Array, header = false): Uint8Array {
  let b: Uint8Array = src.slice();
  for (let k = 1 + r.int(4); k > 0; k--) {
    const at = r.int(Math.max(1, b.length));
    switch (r.int(header ? 8 : 6)) {
      case 0:
        if (b.length) b[at] ^= 1 << r.int(8);
        break;
      case 1:
        if (b.length) b[at] = r.pick([0, 0xff, 0x7f, 0x80, r.u32() & 0xff]);
        break;
      case 2: {
        const n = 1 + r.int(16);
        const ins = new Uint8Array(n).map(() => r.u32() & 0xff);
        b = concat(b.subarray(0, at), ins, b.subarray(at));
        break;
      }
      case 3:
        b = concat(b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + r.int(16))));
        break;
      case 4:
        b = b.slice(0, r.int(b.length + 1));
        break;
      case 5: {
        const from = r.int(Math.max(1, b.length));
        const piece = b.slice(from, from + 1 + r.int(64));
        b = concat(b.subarray(0, at), piece, b.subarray(at));
        break;
      }
      default:
        // A header or table word (the first 48 bytes, or the segment table after them).
        put32(b, 4 * r.int(header && r.chance(0.5) ? 12 : Math.max(1, b.length / 4)), r.chance(0.5) ? hostile(r, SMALL) : r.u32());
    }
  }
  return b;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Make the size and checksum fields agree with the bytes, so validation goes past them. */
function fixUp(r: Rng, b: Uint8Array): Uint8Array {
  if (b.length >= 48) {
    if (r.chance(0.8)) put32(b, 12, b.length);
    if (r.chance(0.9)) put32(b, 16, checksum(b));
  }
  return b;
}

export const imageTarget: Target<Uint8Array> = {
  name: 'image',
  gen(r) {
    const base = r.chance(0.3) ? randomImage(r) : r.pick(seedImages());
    return r.chance(0.1) ? base : fixUp(r, mutateBytes(r, base, true));
  },
  run(bytes) {
    const res = readImage(bytes);
    check(typeof res === 'object' && (res.ok || (typeof res.error === 'string' && res.error.length > 0 && !/[\x00-\x1f\x7f]/.test(res.error))), `readImage: neither an image nor one printable line of error: ${JSON.stringify(res)}`);
    if (!res.ok) return 'rejected';
    disassembleImage(res.image);
    let outcome = 'accepted';
    for (const mode of ['native', 'trap', 'pv'] as Mode[]) {
      for (const memory of [0x10000, 0x100000]) {
        if (imageFits(res.image, { mode, memory })) continue;
        const d = createDomain(res.image, { mode, memory, console: new BufferConsole('in'), disk: new MemoryDisk(2), maxSteps: 3000, outputLimit: 4096 });
        outcome = runGuarded(d, res.image, memory, 3000);
      }
    }
    return outcome;
  },
  save: (bytes) => ({ ext: 'pvx', bytes }),
  load: (bytes) => bytes,
};

// ---- assembly ----

/** Every kernel source in the repository, with the library files they include. */
let sources: [string, string][] | null = null;
export function corpusSources(): [string, string][] {
  if (sources) return sources;
  sources = [];
  for (const dir of ['examples', 'examples/pv', 'bench/workloads', 'test/attacks', 'test/fixtures'])
    for (const f of readdirSync(join(ROOT, dir)).sort())
      if (f.endsWith('.s')) sources.push([`${dir}/${f}`, readFileSync(join(ROOT, dir, f), 'utf8')]);
  return sources;
}

/** The library files the sources include, as `lib/NAME` beside the file being assembled. */
const LIBS = { 'lib/console.s': 'examples/lib/console.s', 'lib/io.s': 'test/attacks/lib/io.s', 'lib/pv.s': 'test/attacks/lib/pv.s' };
let libs: Record<string, string> | null = null;
function sourceHost(path: string, text: string): ReturnType<typeof memoryHost> {
  libs ??= Object.fromEntries(Object.entries(LIBS).map(([name, p]) => [name, readFileSync(join(ROOT, p), 'utf8')]));
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  const here = Object.fromEntries(Object.entries(libs).map(([name, t]) => [dir + name, t]));
  return memoryHost({ ...here, [path]: text, 'fuzz/self.s': text });
}

const DIRECTIVES = ['.text', '.data', '.byte', '.half', '.word', '.ascii', '.asciz', '.space', '.align', '.equ', '.include', '.macro', '.endm', '.paravirt', '.frob'];
const REGS = ['r0', 'r1', 'r7', 'r15', 'sp', 'fp', 'R3', 'r16', 'r99', 'rx'];
const SYMS = ['loop', '_start', 'msg', 'CONSOLE_DATA', 'VEC_TIMER', 'FLAG_IE', 'console_io', 'EFAULT', 'SI_MAGIC', 'undefined_thing', 'x'];

/** An expression, nested up to `depth`. */
function expr(r: Rng, depth: number): string {
  if (depth <= 0 || r.chance(0.4)) {
    switch (r.int(9)) {
      case 0:
        return String(r.u32() | 0);
      case 1:
        return '0x' + r.u32().toString(16);
      case 2:
        return '0b' + r.u32().toString(2);
      case 3:
        return r.pick(["'a'", "'\\n'", "'\\x41'", "'\\q'", "''", "'ab'"]);
      case 4:
        return r.pick(SYMS);
      case 5:
        return r.pick(['1b', '1f', '2b', '9f', '.']);
      case 6:
        return r.pick(['4294967296', '99999999999999999999', '-2147483649', '0x', '0b2', '1e5']);
      default:
        return String(r.int(300));
    }
  }
  if (r.chance(0.2)) return `(${expr(r, depth - 1)})`;
  if (r.chance(0.2)) return `${r.pick(['-', '~', '+'])}${expr(r, depth - 1)}`;
  return `${expr(r, depth - 1)} ${r.pick(['+', '-', '*', '/', '%', '<<', '>>', '&', '|', '^'])} ${expr(r, depth - 1)}`;
}

function operand(r: Rng): string {
  switch (r.int(6)) {
    case 0:
    case 1:
      return r.pick(REGS);
    case 2:
      return r.pick([`[${r.pick(REGS)}]`, `[${r.pick(REGS)} + ${expr(r, 2)}]`, `[${r.pick(REGS)} - ${expr(r, 1)}]`, `[${expr(r, 2)}]`, '[', '[r1 +]', '[r1 r2]']);
    case 3:
      return r.pick(['"hi\\n"', '"\\x4g"', '"unterminated', '"a\\"b"', '""', '"\\0"']);
    default:
      return expr(r, 3);
  }
}

/** One plausible line of assembly: mostly well formed, sometimes a near miss. */
export function asmLine(r: Rng): string {
  const label = r.chance(0.2) ? `${r.pick(['loop', 'x', '1', '_start', 'r1', 'CONSOLE_DATA', '9'])}: ` : '';
  let body: string;
  switch (r.int(10)) {
    case 0:
    case 1:
    case 2:
    case 3: {
      const m = r.pick(MNEMONICS);
      const name = r.chance(0.1) ? m.toUpperCase() : r.chance(0.05) ? m.slice(1) : m;
      body = `${name} ${Array.from({ length: r.int(4) }, () => operand(r)).join(r.chance(0.95) ? ', ' : ' ')}`;
      break;
    }
    case 4:
    case 5: {
      const d = r.pick(DIRECTIVES);
      body = d === '.include' ? `.include "${r.pick(['fuzz/self.s', 'lib/console.s', 'nope.s', '/etc/passwd', '', '../../x'])}"` : `${d} ${Array.from({ length: r.int(3) }, () => operand(r)).join(', ')}`;
      break;
    }
    case 6:
      body = `${r.pick(SYMS)} = ${expr(r, 3)}`;
      break;
    case 7:
      body = r.pick(['.macro m a, b', '.endm', 'm r1, 2', 'm \\a', '\\a \\b', '.macro m', 'm', '.macro q x\n q \\x\n.endm\n q 1']);
      break;
    case 8:
      body = `; ${expr(r, 1)}`;
      break;
    default:
      body = '';
  }
  return label + body + (r.chance(0.1) ? ` ; ${r.pick(['comment', 'ünïcödé', '\t'])}` : '');
}

/** Source that breaks things by size: long lines, deep nesting, many labels. */
function stressLine(r: Rng): string {
  const n = 1 + r.int(r.chance(0.5) ? 200 : 3000);
  switch (r.int(5)) {
    case 0:
      return `li r1, ${'('.repeat(n)}1${')'.repeat(n)}`;
    case 1:
      return `li r1, ${'-'.repeat(n)}1`;
    case 2:
      return `.byte ${Array.from({ length: n }, (_, i) => i & 0xff).join(', ')}`;
    case 3:
      return `${'x'.repeat(n)}: nop`;
    default:
      return `li r1, ${Array.from({ length: n }, () => '1').join(' + ')}`;
  }
}

function mutateText(r: Rng, src: string): string {
  let lines = src.split('\n');
  for (let k = 1 + r.int(4); k > 0; k--) {
    const at = r.int(lines.length + 1);
    switch (r.int(6)) {
      case 0:
        lines.splice(at, 0, asmLine(r));
        break;
      case 1:
        lines.splice(at, 1);
        break;
      case 2:
        lines.splice(at, 0, lines[r.int(lines.length)] ?? '');
        break;
      case 3:
        lines[at] = asmLine(r);
        break;
      case 4:
        if (r.chance(0.1)) lines.splice(at, 0, stressLine(r));
        break;
      default: {
        // Byte-level damage inside one line.
        const l = lines[at] ?? '';
        const i = r.int(l.length + 1);
        const junk = r.pick(['\0', '\u00ff', '\ud800', '\u202e', '\r', '\\', '"', "'", '[', ']', ',', ':', ';', '\u0085', String.fromCharCode(r.int(128))]);
        lines[at] = l.slice(0, i) + junk + l.slice(i + r.int(3));
      }
    }
  }
  if (r.chance(0.05)) lines = lines.reverse();
  return lines.join(r.chance(0.05) ? '\r\n' : '\n');
}

export const asmTarget: Target<string> = {
  name: 'asm',
  gen(r) {
    if (r.chance(0.3)) return Array.from({ length: 1 + r.int(30) }, () => asmLine(r)).join('\n');
    return mutateText(r, r.pick(corpusSources())[1]);
  },
  run(text) {
    const res = assemble('fuzz/self.s', sourceHost('fuzz/self.s', text));
    if (!res.ok) {
      check(res.diagnostics.length > 0 || res.missing !== undefined, 'assembly failed without a diagnostic');
      for (const d of res.diagnostics) {
        const f = formatDiagnostic(d);
        check(typeof f === 'string' && !/\bundefined\b(?! symbol)|\bNaN\b|\[object/.test(f.split('\n')[0]!), `bad diagnostic: ${f.split('\n')[0]}`);
        check(!/[\x00-\x08\x0b-\x1f\x7f]/.test(f), 'a diagnostic with control characters');
      }
      return 'diagnostics';
    }
    // An image the assembler made is a valid image: it reads back, disassembles, and runs.
    const bytes = writeImage(res.image);
    const back = readImage(bytes);
    check(back.ok, `the assembler wrote an image readImage refuses: ${back.ok ? '' : back.error}`);
    disassembleImage(res.image);
    const mode: Mode = res.image.paravirt ? 'pv' : 'native';
    if (imageFits(res.image, { mode, memory: 0x100000 })) return 'assembled';
    const d = createDomain(res.image, { mode, memory: 0x100000, console: new BufferConsole(''), disk: new MemoryDisk(4), maxSteps: 2000, outputLimit: 4096 });
    return runGuarded(d, res.image, 0x100000, 2000);
  },
  save: (text) => ({ ext: 's', bytes: new TextEncoder().encode(text) }),
  load: (bytes) => new TextDecoder().decode(bytes),
};

// ---- random instruction streams, in every mode ----

interface ExecInput {
  guest: Guest;
  mode: Mode;
}

const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
const unb64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));

function saveGuest(x: ExecInput): { ext: string; bytes: Uint8Array } {
  const g = x.guest;
  const json = { mode: x.mode, image: b64(writeImage(g.image)), regs: [...g.regs], flags: g.flags, vbase: g.vbase, ksp: g.ksp, timer: g.timer, irqs: g.irqs, input: b64(g.input), disk: b64(g.disk), layout: g.layout, maxSteps: g.maxSteps, ptb: g.ptb ?? 0 };
  return { ext: 'json', bytes: new TextEncoder().encode(JSON.stringify(json, null, 1)) };
}

function loadGuest(bytes: Uint8Array): ExecInput {
  const j = JSON.parse(new TextDecoder().decode(bytes));
  const img = readImage(unb64(j.image));
  if (!img.ok) throw new Error(`corpus entry with a bad image: ${img.error}`);
  const guest: Guest = { image: img.image, regs: Int32Array.from(j.regs), flags: j.flags, vbase: j.vbase, ksp: j.ksp, timer: j.timer, irqs: j.irqs, input: unb64(j.input), disk: unb64(j.disk), layout: j.layout as Layout, maxSteps: j.maxSteps, ptb: j.ptb ?? 0 };
  // Entries saved before hvm existed ran trap with pushf/popf exiting: hvm is their successor.
  return { guest, mode: j.popfTraps ? 'hvm' : j.mode };
}

const MODES: Mode[] = ['native', 'trap', 'hvm', 'pv'];

/**
 * The engine dimension: the same guest booted again with the compiling tier (compiling on
 * first sight, up to each limit) must end in the same state with the same stats.
 */
function sameUnderJit(interp: Booted, guest: Guest, mode: Mode, prepare?: (d: Domain) => void): void {
  const b = boot(guest, mode, 'jit');
  prepare?.(b.d);
  const stop = runGuardedStop(b.d, guest);
  const want = JSON.stringify({ state: archState(interp, interp.d.stopped), stats: statsJson(interp.d) });
  const got = JSON.stringify({ state: archState(b, stop), stats: statsJson(b.d) });
  check(got === want, `--engine jit differs from the interpreter: ${got.slice(0, 300)} vs ${want.slice(0, 300)}`);
}

function runGuardedStop(d: Domain, guest: Guest): Stop | null {
  runGuarded(d, guest.image, guest.layout.memory, guest.maxSteps);
  return d.stopped;
}

export const execTarget: Target<ExecInput> = {
  name: 'exec',
  gen(r) {
    const mode = r.pick(MODES);
    const guest = randomGuest(r, SMALL, OPS, 20 + r.int(100), 0.3, 500 + r.int(3000));
    // Half the unmodified kernels start with paging on, on hostile tables they may rewrite (a
    // pv kernel turns paging on only through the hypervisor, which the hypercall target covers).
    return { guest: mode !== 'pv' && r.chance(0.5) ? pagedGuest(r, guest) : guest, mode };
  },
  run(x) {
    const b = boot(x.guest, x.mode);
    const outcome = runGuarded(b.d, x.guest.image, x.guest.layout.memory, x.guest.maxSteps);
    sameUnderJit(b, x.guest, x.mode);
    return outcome;
  },
  save: saveGuest,
  load: loadGuest,
};

// ---- random arguments to every hypercall ----

/** Hypercall arguments that probe the checks: the PV pages and their edges, code, ports, wraps. */
function hcArg(r: Rng, l: Layout): number {
  const pvBase = l.memory - PV_AREA_SIZE;
  switch (r.int(8)) {
    case 0:
      return pvBase + r.pick([0, -1, -4, -8, 0x1000, 0x2000, 0x3000, PV_AREA_SIZE - 4, PV_AREA_SIZE]) + (r.chance(0.2) ? r.int(64) : 0);
    case 1:
      return r.int(NR_EVENT_CHANNELS + 3) - 1;
    case 2:
      return r.int(10);
    case 3:
      return l.text + 4 * r.int(64);
    case 4:
      return l.data + r.int(l.dataBytes);
    case 5:
      return r.pick([0x10000, 0x10001, 0xffff, 65536 * 2, 512, 0]);
    default:
      return hostile(r, l);
  }
}

const NUMBERS = HC_TABLE.map((h) => h.value);

/**
 * A pointer for a call that takes a struct: to words planted in the guest's data (a struct that
 * says something: a virq, a port, a shutdown reason, trap_info entries), or one that is out of
 * reach (the hypervisor's pages, the end of memory, wrapping, code).
 */
function structArg(r: Rng, l: Layout, data: Uint8Array, words: readonly number[]): number {
  if (r.chance(0.4)) return r.chance(0.5) ? hcArg(r, l) : hostile(r, l);
  const at = 4 * r.int((l.dataBytes - 4 * words.length) / 4);
  const view = new DataView(data.buffer, data.byteOffset);
  words.forEach((w, i) => view.setUint32(at + 4 * i, w >>> 0, true));
  return l.data + at + (r.chance(0.1) ? r.int(4) : 0); // structs need no alignment
}

/** r1..r3 for the struct calls, with their structs planted; null for the others. */
function structCall(r: Rng, l: Layout, data: Uint8Array, nr: number): number[] | null {
  const port = (): number => (r.chance(0.8) ? r.int(6) : r.pick([0, NR_EVENT_CHANNELS - 1, NR_EVENT_CHANNELS, -1, r.u32()]));
  if (nr === HC_event_channel_op) {
    const cmd = r.chance(0.85) ? r.pick([EVTCHNOP_bind_virq, EVTCHNOP_close, EVTCHNOP_send, EVTCHNOP_unmask]) : r.int(16);
    const words = cmd === EVTCHNOP_bind_virq ? [r.chance(0.7) ? r.pick([VIRQ_TIMER, VIRQ_CONSOLE]) : r.u32(), r.chance(0.8) ? 0 : r.u32(), r.u32()] : [port()];
    return [cmd, structArg(r, l, data, words), r.u32()];
  }
  if (nr === HC_sched_op) {
    const cmd = r.chance(0.7) ? SCHEDOP_shutdown : r.int(4);
    const reason = r.chance(0.8) ? r.pick([SHUTDOWN_poweroff, SHUTDOWN_reboot, SHUTDOWN_suspend, SHUTDOWN_crash, SHUTDOWN_watchdog, 5]) : r.u32();
    return [cmd, structArg(r, l, data, [reason]), r.int(256)];
  }
  if (nr === HC_set_trap_table) {
    if (r.chance(0.1)) return [0, 0, 0];
    // 0..3 trap_info entries (vector, flags, cs, address) and the terminator.
    const words: number[] = [];
    for (let i = r.int(4); i > 0; i--) {
      const vector = r.chance(0.8) ? r.int(NUM_VECTORS) : r.int(256);
      const flags = r.chance(0.8) ? r.int(8) : r.int(256);
      words.push(vector | (flags << 8), r.chance(0.8) ? l.text + 4 * r.int(l.textBytes / 4) : hostile(r, l));
    }
    words.push(0, 0);
    return [structArg(r, l, data, words), r.u32(), r.u32()];
  }
  return null;
}

export const hypercallTarget: Target<ExecInput> = {
  name: 'hypercall',
  gen(r) {
    const l = SMALL;
    const guest = randomGuest(r, l, OPS, 10 + r.int(40), 0.3, 500 + r.int(2000));
    // Interleave calls: li r1..r5 with probing values, then hcall with a known or wild number.
    const calls: number[] = [];
    const n = 4 + r.int(16);
    const code = new Uint8Array(n * (5 * 8 + 8));
    const view = new DataView(code.buffer);
    const dataSeg = guest.image.segments.find((s) => s.kind === 'data' && s.addr === l.data)!;
    const data = dataSeg.bytes.slice();
    let at = 0;
    for (let i = 0; i < n; i++) {
      const nr = r.chance(0.9) ? r.pick(NUMBERS) : r.chance(0.5) ? r.int(64) : r.u32();
      const args = (r.chance(0.8) ? structCall(r, l, data, nr) : null) ?? [];
      for (let reg = 1; reg <= 5; reg++) {
        view.setUint32(at, 0x03 | (reg << 8), true); // li rN, value
        view.setUint32(at + 4, (args[reg - 1] ?? hcArg(r, l)) >>> 0, true);
        at += 8;
      }
      calls.push(nr);
      view.setUint32(at, 0x60, true); // hcall nr
      view.setUint32(at + 4, nr >>> 0, true);
      at += 8;
    }
    const text = guest.image.segments.find((s) => s.kind === 'text')!;
    // The calls first, then the random program, which may jump back into them.
    const image: Image = {
      ...guest.image,
      segments: guest.image.segments.map((s) => (s === text ? { ...s, bytes: concat(code, s.bytes).subarray(0, l.textBytes) } : s === dataSeg ? { ...s, bytes: data } : s)),
    };
    const regs = guest.regs.slice();
    regs[REG_SP] = (l.memory - PV_AREA_SIZE - 4 * r.int(64)) | 0;
    return { guest: { ...guest, image, regs }, mode: 'pv' };
  },
  run(x) {
    const b = boot(x.guest, 'pv');
    // Hostile shared memory too: the guest owns it and may have written anything there.
    const hostileShared = (dom: Domain): void => {
      const d = dom as Domain & { pvBase: number };
      const r = { i: 0 };
      const scribble = (addr: number): void => {
        const v = x.guest.regs[r.i++ % 16]!;
        d.cpu.write32(addr, v);
      };
      const pv = d.pvBase;
      if (x.guest.irqs) {
        for (const off of [SH_UPCALL_PENDING, SH_EVTCHN_PENDING, SH_EVTCHN_MASK]) scribble(pv + 0x1000 + off);
        d.cpu.mem[pv + 0x1000 + SH_UPCALL_MASK] = x.guest.flags;
        for (const off of [XENCONS_OUT_CONS, XENCONS_OUT_PROD, XENCONS_IN_CONS, XENCONS_IN_PROD]) scribble(pv + 0x2000 + off);
        for (let i = 0; i < 16; i++) scribble(pv + 0x3000 + 4 * (i % 4));
        for (let e = 0; e < BLKIF_RING_SIZE; e++) for (let w = 0; w < 4; w++) scribble(pv + 0x3000 + BLKIF_RING + e * BLKIF_ENTRY + 4 * w);
      }
    };
    hostileShared(b.d);
    const outcome = runGuarded(b.d, x.guest.image, x.guest.layout.memory, x.guest.maxSteps);
    sameUnderJit(b, x.guest, 'pv', hostileShared);
    return outcome;
  },
  save: saveGuest,
  load: loadGuest,
};

export const TARGETS: readonly Target<never>[] = [imageTarget, asmTarget, execTarget, hypercallTarget, cliTarget(check), debuggerTarget] as unknown as Target<never>[];
