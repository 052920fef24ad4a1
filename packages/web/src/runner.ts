// A guest run in slices: the worker runs one slice, looks at its messages (Stop, input), runs
// the next. A slice that starves for console input is undone and run again when input comes.
import { createDomain, costModel, restoreSnapshot, statsJson, takeSnapshot, type Domain, type Mode, type StatsJson, type Stop } from '@pvm/hypervisor';
import { MemoryDisk } from '@pvm/devices';
import type { Image } from '@pvm/image';
import { DEFAULT_MEMORY } from '@pvm/isa';
import { GuestConsole } from './guest-console.ts';
import { MAX_DISK_SECTORS, SLICE } from './limits.ts';

export { MAX_DISK_SECTORS, SLICE };

export interface RunSettings {
  readonly mode: Mode;
  /** A CPU preset's name (`--cpu`). */
  readonly cpu: string;
  /** The step budget: the guest is stopped after this many instructions. */
  readonly maxSteps: number;
  /** Console output past this many bytes stops the guest (a flood is cut off). */
  readonly outputLimit: number;
  /** Sectors of a blank scratch disk held in memory (0: no disk). */
  readonly diskSectors: number;
}

export const scratchDisk = (sectors: number): MemoryDisk | null => (sectors > 0 ? new MemoryDisk(Math.min(sectors, MAX_DISK_SECTORS)) : null);

export type SliceResult = { kind: 'running' } | { kind: 'starved' } | { kind: 'stopped'; stop: Stop };

export class Runner {
  readonly dom: Domain;
  readonly console: GuestConsole;

  constructor(
    readonly image: Image,
    settings: RunSettings,
    show: (text: string) => void,
  ) {
    const cost = costModel(settings.cpu, {});
    if (!cost) throw new Error(`unknown CPU preset '${settings.cpu}'`);
    this.console = new GuestConsole(show, () => {
      this.dom.pauseRequested = true;
    });
    this.dom = createDomain(image, { mode: settings.mode, memory: DEFAULT_MEMORY, console: this.console, disk: scratchDisk(settings.diskSectors), cost, maxSteps: settings.maxSteps, outputLimit: settings.outputLimit });
  }

  /** Run one slice. */
  slice(budget = SLICE): SliceResult {
    const d = this.dom;
    if (d.stopped) return { kind: 'stopped', stop: d.stopped };
    const start = takeSnapshot(d);
    const stop = d.run(budget);
    if (this.console.starved) {
      restoreSnapshot(d, start);
      this.console.starved = false;
      return { kind: 'starved' };
    }
    return stop ? { kind: 'stopped', stop } : { kind: 'running' };
  }

  feed(bytes: Uint8Array): void {
    this.console.feed(bytes);
  }

  endInput(): void {
    this.console.end();
  }

  stats(): StatsJson {
    return statsJson(this.dom);
  }
}
