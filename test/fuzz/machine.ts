// Random guests with random machine state, booted the same way in any mode, and the
// architectural state a run leaves behind: what the differential test compares and what the
// execution fuzzer checks its oracle against.
import type { Engine } from '@pvm/cpu';
import { BufferConsole, MemoryDisk } from '@pvm/devices';
import { Domain, createDomain, type Mode, type Stop } from '@pvm/hypervisor';
import type { Image } from '@pvm/image';
import { NUM_VECTORS, REG_SP, type OpSpec } from '@pvm/isa';
import { FLAG_IE, FLAG_U, PTE_P, PTE_U, PTE_W, TIMER_PERIOD, VEC_BLOCK, VEC_TIMER } from '@pvm/isa/codes';
import { hashBytes, hostile, randomProgram, type Layout, type Rng } from './gen.ts';

/** Everything about one random guest, so that it can be booted identically more than once. */
export interface Guest {
  readonly image: Image;
  readonly regs: Int32Array;
  readonly flags: number;
  readonly vbase: number;
  readonly ksp: number;
  /** Timer period programmed at boot (0: off), and device interrupts enabled at boot. */
  readonly timer: number;
  readonly irqs: boolean;
  readonly input: Uint8Array;
  readonly disk: Uint8Array;
  readonly layout: Layout;
  readonly maxSteps: number;
  /** CR_PTB at boot (0: paging off); the tables are among the image's segments. */
  readonly ptb?: number;
}

function bytes(r: Rng, n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = r.u32() & 0xff;
  return b;
}

/**
 * A random guest: `count` instructions of `forms`, a vector table at 0 whose handlers are
 * instruction starts (or 0), random data, registers, FLAGS, console input and disk.
 */
export function randomGuest(r: Rng, l: Layout, forms: readonly OpSpec[], count: number, wild: number, maxSteps: number): Guest {
  const text = randomProgram(r, l, forms, count, wild);
  const table = new Uint8Array(NUM_VECTORS * 4);
  const view = new DataView(table.buffer);
  for (let v = 0; v < NUM_VECTORS; v++) view.setUint32(4 * v, r.chance(0.7) ? (l.text + 4 * r.int(text.length / 4)) >>> 0 : 0, true);
  const image: Image = {
    paravirt: false,
    entry: l.text,
    segments: [
      { kind: 'data', addr: 0, bytes: table },
      { kind: 'text', addr: l.text, bytes: text },
      { kind: 'data', addr: l.data, bytes: bytes(r, l.dataBytes) },
    ],
    symbols: [],
    files: [],
    lines: [],
  };
  const regs = new Int32Array(16);
  for (let i = 0; i < 16; i++) regs[i] = r.chance(0.5) ? l.data + 4 * r.int(l.dataBytes / 4) : hostile(r, l);
  // A usable stack most of the time, so calls, pushes and exception frames get somewhere.
  regs[REG_SP] = r.chance(0.8) ? (l.memory - 4 * r.int(64)) | 0 : hostile(r, l);
  const irqs = r.chance(0.3);
  let flags = r.pick([0, 0, FLAG_IE, FLAG_IE, FLAG_U, FLAG_IE | FLAG_U]);
  // A device interrupt that is already deliverable at boot is delivered at the loop's first
  // look, which in each mode is a different instruction. No real boot is like that (FLAGS
  // starts at 0, and IE only comes on through sti, iret or popf, which the loop sees), so
  // neither is a generated one: device interrupts start enabled only with IE off.
  if (irqs) flags &= ~FLAG_IE;
  return {
    image,
    regs,
    flags,
    vbase: r.chance(0.9) ? 0 : hostile(r, l) >>> 0,
    ksp: r.chance(0.8) ? (l.memory - 0x100) >>> 0 : hostile(r, l) >>> 0,
    timer: r.chance(0.6) ? 10 + r.int(300) : 0,
    irqs,
    input: bytes(r, r.int(8)),
    disk: bytes(r, 4 * 512),
    layout: l,
    maxSteps,
  };
}

export interface Booted {
  readonly d: Domain;
  readonly console: BufferConsole;
  readonly disk: MemoryDisk;
}

/** Boot a guest in a mode, with its registers, FLAGS and devices as generated. */
export function boot(g: Guest, mode: Mode, engine: Engine = 'interp'): Booted {
  const console = new BufferConsole(g.input);
  const disk = new MemoryDisk(g.disk.length / 512);
  disk.data.set(g.disk);
  const d = createDomain(g.image, { mode, memory: g.layout.memory, console, disk, maxSteps: g.maxSteps, outputLimit: 4096, engine });
  // Compile on first sight, and run compiled code up to the limit: as much of it as can be.
  if (d.cpu.jit) d.cpu.jit.hot = d.cpu.jit.near = 1;
  const cpu = d.cpu;
  // A paravirtual domain hands r1 (start_info) and sp to its guest: keep those.
  for (let i = 0; i < 16; i++) if (mode !== 'pv' || (i !== 1 && i !== REG_SP)) cpu.regs[i] = g.regs[i]!;
  cpu.flags = mode === 'pv' ? cpu.flags | (g.flags & FLAG_U) : g.flags;
  cpu.vbase = g.vbase;
  cpu.ksp = g.ksp;
  if (g.ptb) cpu.setPtb(g.ptb);
  // A paravirtual guest has only the one-shot set_timer_op: no periodic timer for it.
  if (g.timer) {
    if (mode === 'pv') d.timer.setAbsolute(g.timer);
    else d.timer.write(TIMER_PERIOD, g.timer);
  }
  d.console.irqEnabled = g.irqs;
  d.block.irqEnabled = g.irqs;
  return { d, console, disk };
}

/** The architectural state after a run: what a guest can observe, and nothing about cost. */
export function archState(b: Booted, stop: Stop | null): Record<string, unknown> {
  const { d } = b;
  const cpu = d.cpu;
  return {
    stop,
    pc: cpu.pc >>> 0,
    regs: [...cpu.regs.subarray(0, 16)],
    flags: cpu.flags,
    vbase: cpu.vbase >>> 0,
    ksp: cpu.ksp >>> 0,
    instret: cpu.instret,
    guestCycles: cpu.cycles,
    halted: d.halted,
    memory: hashBytes(cpu.mem),
    console: { out: hashBytes(b.console.output()), consumed: b.console.consumed, irq: d.console.irqEnabled, written: d.console.written },
    // Not the timer's fired count: how often expirations are coalesced depends on where the exits fall.
    timer: { period: d.timer.period, deadline: d.timer.deadline, pending: d.interruptPending(VEC_TIMER) },
    block: { sector: d.block.sector, status: d.block.status, irq: d.block.irqEnabled, pending: d.interruptPending(VEC_BLOCK), reads: d.block.reads, writes: d.block.writes, flushes: d.block.flushes },
    disk: hashBytes(b.disk.data),
    power: d.power.code,
    mmu: { ptb: cpu.ptb, faultVa: cpu.faultVa, faultCode: cpu.faultCode },
  };
}

/** Where pagedGuest puts its page directory and its one page table. */
export const PAGE_DIRECTORY = 0x8000;
export const PAGE_TABLE = 0x9000;

/**
 * A random guest booted with paging on: the first 64 KiB mapped mostly onto themselves, for
 * user and kernel, with some pages absent, read-only, supervisor-only or mapped elsewhere; the
 * tables themselves mapped writable (so programs rewrite them: shadow paging's hard case);
 * sometimes a page past the end of memory, sometimes a directory that maps itself.
 */
export function pagedGuest(r: Rng, g: Guest): Guest {
  const table = new Uint8Array(4096);
  const tv = new DataView(table.buffer);
  const pages = g.layout.memory / 4096;
  for (let i = 0; i < pages; i++) {
    let frame = i;
    let bits = PTE_P | PTE_W | PTE_U;
    const roll = r.int(20);
    if (roll === 0) bits = 0;
    else if (roll === 1) bits = PTE_P | PTE_U;
    else if (roll === 2) bits = PTE_P | PTE_W;
    else if (roll === 3) frame = r.int(pages);
    tv.setUint32(4 * i, ((frame << 12) | bits) >>> 0, true);
  }
  if (r.chance(0.3)) tv.setUint32(4 * pages, ((pages + 16) << 12) | PTE_P | PTE_W | PTE_U, true);
  const directory = new Uint8Array(4096);
  const dv = new DataView(directory.buffer);
  dv.setUint32(0, PAGE_TABLE | PTE_P | PTE_W | PTE_U, true);
  if (r.chance(0.2)) dv.setUint32(4, PAGE_DIRECTORY | PTE_P | PTE_W | PTE_U, true);
  const segments = [...g.image.segments, { kind: 'data' as const, addr: PAGE_DIRECTORY, bytes: directory }, { kind: 'data' as const, addr: PAGE_TABLE, bytes: table }];
  return { ...g, image: { ...g.image, segments }, ptb: PAGE_DIRECTORY };
}
