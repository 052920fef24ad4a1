// The whole state of a domain at one instant, and putting it back: what the debugger's
// reverse execution is built on. Replaying from a snapshot with the same inputs reproduces
// the run exactly, because nothing in a domain depends on the wall clock. Each part saves and
// loads itself; this file only gathers them.
import type { CpuState } from '@pvm/cpu';
import { isSnapshottable } from '@pvm/devices';
import type { Domain, Stop } from './domain.ts';
import type { StatsState } from './stats.ts';

export interface Snapshot {
  /** Instructions retired when it was taken: where in the run it is. */
  readonly instret: number;
  readonly cpu: CpuState;
  readonly mem: Uint8Array;
  readonly devices: Record<'console' | 'timer' | 'block' | 'power', unknown>;
  /** In-memory backends (the debugger's console and disk), when they can be saved. */
  readonly backends: { console?: unknown; disk?: unknown };
  readonly stats: StatsState;
  readonly halted: boolean;
  readonly shadow: boolean;
  readonly stopped: Stop | null;
  /** A mode's own state (a paravirtual domain's event channels and rings, ...). */
  readonly extra: unknown;
}

export function takeSnapshot(d: Domain): Snapshot {
  const c = d.cpu;
  const disk = d.block.backend;
  return {
    instret: c.instret,
    cpu: c.save(),
    mem: c.mem.slice(),
    devices: { console: d.console.save(), timer: d.timer.save(), block: d.block.save(), power: d.power.save() },
    backends: {
      ...(isSnapshottable(d.console.backend) ? { console: d.console.backend.save() } : {}),
      ...(isSnapshottable(disk) ? { disk: disk.save() } : {}),
    },
    stats: d.stats.save(),
    halted: d.halted,
    shadow: d.shadow,
    stopped: d.stopped,
    extra: d.saveExtra(),
  };
}

export function restoreSnapshot(d: Domain, snap: Snapshot): void {
  d.cpu.load(snap.cpu, snap.mem);
  d.console.load(snap.devices.console);
  d.timer.load(snap.devices.timer);
  d.block.load(snap.devices.block);
  d.power.load(snap.devices.power);
  if (snap.backends.console !== undefined && isSnapshottable(d.console.backend)) d.console.backend.load(snap.backends.console);
  if (snap.backends.disk !== undefined && isSnapshottable(d.block.backend)) d.block.backend.load(snap.backends.disk);
  d.stats.load(snap.stats);
  d.halted = snap.halted;
  d.shadow = snap.shadow;
  d.stopped = snap.stopped;
  d.loadExtra(snap.extra);
}
