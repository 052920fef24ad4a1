// The whole state of a domain at one instant, and putting it back: what the debugger's
// reverse execution is built on. Replaying from a snapshot with the same inputs reproduces
// the run exactly, because nothing in a domain depends on the wall clock.
import { isSnapshottable } from '@pvm/devices';
import type { Domain, Stop } from './domain.ts';

export interface Snapshot {
  /** Instructions retired when it was taken: where in the run it is. */
  readonly instret: number;
  readonly cpu: { regs: Int32Array; pc: number; flags: number; vbase: number; ksp: number; cycles: number; instret: number };
  readonly mem: Uint8Array;
  readonly devices: Record<'console' | 'timer' | 'block' | 'power', unknown>;
  /** In-memory backends (the debugger's console and disk), when they can be saved. */
  readonly backends: { console?: unknown; disk?: unknown };
  readonly stats: { exits: [number, number][]; exitTotal: number; hypercalls: [number, number][]; hypercallTotal: number; interrupts: [number, number][]; interruptTotal: number; upcalls: number; hypervisorCycles: number };
  readonly halted: boolean;
  readonly stopped: Stop | null;
  /** A paravirtual domain's own state. */
  readonly extra: unknown;
}

export function takeSnapshot(d: Domain): Snapshot {
  const c = d.cpu;
  const s = d.stats;
  const disk = d.block.backend;
  return {
    instret: c.instret,
    cpu: { regs: c.regs.slice(), pc: c.pc, flags: c.flags, vbase: c.vbase, ksp: c.ksp, cycles: c.cycles, instret: c.instret },
    mem: c.mem.slice(),
    devices: { console: d.console.save(), timer: d.timer.save(), block: d.block.save(), power: d.power.save() },
    backends: {
      ...(isSnapshottable(d.console.backend) ? { console: d.console.backend.save() } : {}),
      ...(isSnapshottable(disk) ? { disk: disk.save() } : {}),
    },
    stats: {
      exits: [...s.exits],
      exitTotal: s.exitTotal,
      hypercalls: [...s.hypercalls],
      hypercallTotal: s.hypercallTotal,
      interrupts: [...s.interrupts],
      interruptTotal: s.interruptTotal,
      upcalls: s.upcalls,
      hypervisorCycles: s.hypervisorCycles,
    },
    halted: d.halted,
    stopped: d.stopped,
    extra: d.saveExtra(),
  };
}

export function restoreSnapshot(d: Domain, snap: Snapshot): void {
  const c = d.cpu;
  c.regs.set(snap.cpu.regs);
  c.pc = snap.cpu.pc;
  c.flags = snap.cpu.flags;
  c.vbase = snap.cpu.vbase;
  c.ksp = snap.cpu.ksp;
  c.cycles = snap.cpu.cycles;
  c.instret = snap.cpu.instret;
  c.mem.set(snap.mem);
  // Memory changed under the pre-decoded code.
  c.flushDecoded();
  d.console.load(snap.devices.console);
  d.timer.load(snap.devices.timer);
  d.block.load(snap.devices.block);
  d.power.load(snap.devices.power);
  if (snap.backends.console !== undefined && isSnapshottable(d.console.backend)) d.console.backend.load(snap.backends.console);
  if (snap.backends.disk !== undefined && isSnapshottable(d.block.backend)) d.block.backend.load(snap.backends.disk);
  const s = d.stats;
  const refill = (m: Map<number, number>, rows: [number, number][]): void => {
    m.clear();
    for (const [k, v] of rows) m.set(k, v);
  };
  refill(s.exits, snap.stats.exits);
  refill(s.hypercalls, snap.stats.hypercalls);
  refill(s.interrupts, snap.stats.interrupts);
  s.exitTotal = snap.stats.exitTotal;
  s.hypercallTotal = snap.stats.hypercallTotal;
  s.interruptTotal = snap.stats.interruptTotal;
  s.upcalls = snap.stats.upcalls;
  s.hypervisorCycles = snap.stats.hypervisorCycles;
  d.halted = snap.halted;
  d.stopped = snap.stopped;
  d.loadExtra(snap.extra);
}
