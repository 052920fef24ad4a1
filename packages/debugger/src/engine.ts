// The debugger's engine: one step at a time through the hypervisor's public API, stop
// conditions checked after each, and a timeline of snapshots so that any recorded instant can
// be reached exactly by restoring the nearest snapshot before it and replaying forward. The
// guest cannot tell: every input (console, timer, disk) is part of the snapshot or replayed
// identically.
//
// An instant is a step count, not an instruction count: a fault the kernel handles retires no
// instruction, yet the moment its handler is entered is an instant of its own.
import { causeName, exitCauseNames, restoreSnapshot, takeSnapshot, type Domain, type Snapshot, type Stop } from '@pvm/hypervisor';
import { isSnapshottable } from '@pvm/devices';
import { SECTOR_SIZE } from '@pvm/isa';
import { VEC_PAGE } from '@pvm/isa/codes';
import type { DebugConsole } from './console.ts';
import { LIMITS } from './limits.ts';
import { GuestMemory } from './memory.ts';

/** Something that happened during one step, as the observer saw it. */
export type StepEvent =
  | { kind: 'exit'; cause: string; pc: number }
  | { kind: 'hcall'; nr: number; args: readonly number[]; pc: number }
  | { kind: 'interrupt'; vector: number; pc: number }
  | { kind: 'upcall'; pc: number }
  | { kind: 'exception'; vector: number; pc: number }
  /** A page fault: `hidden` when the hypervisor took it for its shadow tables (trap mode) and the kernel never saw it. */
  | { kind: 'pagefault'; va: number; code: number; hidden: boolean; pc: number };

/** Why a movement stopped. */
export type Halt =
  | { kind: 'condition'; reason: string }
  | { kind: 'ended'; stop: Stop }
  | { kind: 'interrupted' }
  | { kind: 'budget' }
  /** Going back reached the oldest recorded instant; `truncated` when older history was dropped. */
  | { kind: 'history-start'; truncated: boolean }
  /** Going back arrived where it was asked to. */
  | { kind: 'arrived' };

/** Checked after every step; a reason string stops the run ('' for the movement's own stop). */
export type Condition = (events: readonly StepEvent[], prevPc: number) => string | null;

/** Called around each step of a replay. */
export interface StepHooks {
  before?(pc: number): void;
  after?(events: readonly StepEvent[], prevPc: number): void;
}

/** The exit shadow paging counts for a walk the kernel's own tables answer (stats.ts). */
const HIDDEN_FAULT = exitCauseNames().find((c) => c.startsWith('hidden page fault'));

/** Steps between the first snapshots; the spacing doubles as the run grows. */
const SNAPSHOT_EVERY = 5000;
/** Snapshots kept at most; fewer when each is large (LIMITS.snapshotBytes). */
const MAX_MARKS = 64;
/** Steps between yields to the host in long operations, so Ctrl-C is seen. */
export const CHUNK = 20_000;

/**
 * A long operation in chunks: it yields between them and returns its result. A driver decides
 * what a yield means — the terminal lets pending events in (Ctrl-C), a fuzzer counts them, a test
 * may run them all at once (`complete`).
 */
export type Task<T> = Generator<void, T, void>;

/** Run a task to its end without stopping between chunks. */
export function complete<T>(t: Task<T>): T {
  for (;;) {
    const r = t.next();
    if (r.done) return r.value;
  }
}

/** How much reverse execution may keep (LIMITS by default; smaller in tests). */
export interface Recording {
  readonly snapshotBytes: number;
  readonly replaySpan: number;
  /** Steps between the first snapshots. */
  readonly snapshotEvery?: number;
}

interface Mark {
  readonly tick: number;
  readonly snap: Snapshot;
}

export class Engine {
  /** The start, kept for `run` even when reverse history no longer reaches it. */
  private readonly initial: Mark;
  private marks: Mark[];
  private tick = 0;
  private spacing: number;
  private readonly maxMarks: number;
  private events: StepEvent[] = [];
  /** Steps replayed by searches, for yielding every CHUNK of them. */
  private replayed = 0;
  /** Set from outside (Ctrl-C) to stop a running operation at the next step or chunk. */
  interrupt = false;
  /** Guest memory at the guest's addresses (virtual once paging is on). */
  readonly memory: GuestMemory;
  /** The physical address of the instruction the last step started at (-1: unmapped). */
  prevPa = -1;
  /** The virtual address the last walk was for: the one a hidden page fault filled. */
  private walkVa = 0;

  constructor(
    readonly dom: Domain,
    readonly console: DebugConsole,
    private readonly recording: Recording = LIMITS,
  ) {
    dom.observer = {
      exit: (cause, pc) => {
        const name = causeName(cause);
        this.events.push({ kind: 'exit', cause: name, pc });
        if (name === HIDDEN_FAULT) this.events.push({ kind: 'pagefault', va: this.walkVa, code: 0, hidden: true, pc });
      },
      hypercall: (nr, args, pc) => void this.events.push({ kind: 'hcall', nr, args, pc }),
      interrupt: (vector, pc) => void this.events.push({ kind: 'interrupt', vector, pc }),
      upcall: (pc) => void this.events.push({ kind: 'upcall', pc }),
      exception: (vector, pc) => {
        this.events.push({ kind: 'exception', vector, pc });
        if (vector === VEC_PAGE) this.events.push({ kind: 'pagefault', va: dom.cpu.faultVa, code: dom.cpu.faultCode, hidden: false, pc });
        // The step ends at the handler's entry, before its first instruction runs.
        dom.pauseRequested = true;
      },
    };
    // A mode that watches walks (shadow paging counts its fills there) is watched in turn, for the address.
    const inner = dom.cpu.mmuObserver;
    if (inner)
      dom.cpu.mmuObserver = {
        walked: (va, w) => {
          this.walkVa = va >>> 0;
          inner.walked(va, w);
        },
        outside: (pa) => inner.outside(pa),
      };
    this.memory = new GuestMemory(dom.cpu);
    this.spacing = recording.snapshotEvery ?? SNAPSHOT_EVERY;
    this.initial = { tick: 0, snap: takeSnapshot(dom) };
    this.marks = [this.initial];
    const disk = isSnapshottable(dom.block.backend) ? dom.block.sectors * SECTOR_SIZE : 0;
    // The start is kept besides the marks: it counts against the budget too.
    this.maxMarks = Math.max(2, Math.min(MAX_MARKS, Math.floor(recording.snapshotBytes / (dom.cpu.memSize + disk)) - 1));
  }

  /** The current instant: steps since the start. */
  get now(): number {
    return this.tick;
  }

  get instret(): number {
    return this.dom.cpu.instret;
  }

  get ended(): Stop | null {
    return this.dom.stopped;
  }

  /** Snapshots kept for going back (the start, kept for `run`, besides them). */
  get snapshots(): number {
    return this.marks.length;
  }

  /** The earliest instant going back can reach. */
  get oldest(): number {
    return this.marks[0]!.tick;
  }

  /** Execute one instruction, or enter one fault handler (and whatever exits and interrupts come with it). */
  step(): StepEvent[] {
    this.events = [];
    if (this.dom.stopped) return this.events;
    this.maybeMark();
    this.prevPa = this.memory.physical(this.dom.cpu.pc);
    this.dom.run(1);
    this.tick++;
    return this.events;
  }

  private maybeMark(): void {
    const last = this.marks[this.marks.length - 1]!;
    if (this.tick < last.tick + this.spacing) return;
    this.marks.push({ tick: this.tick, snap: takeSnapshot(this.dom) });
    if (this.marks.length <= this.maxMarks) return;
    if (this.spacing * 2 <= this.recording.replaySpan) {
      // Thin: every other snapshot goes and the spacing doubles; all of the past stays reachable.
      this.spacing *= 2;
      const n = this.marks.length;
      this.marks = this.marks.filter((_, i) => i % 2 === 0 || i === n - 1);
    } else {
      // Truncate: a step back never replays more than the replay span, so the oldest goes.
      this.marks.shift();
    }
  }

  /**
   * Run forward until a condition holds, the guest ends, `max` steps have run, or the user
   * interrupts. Checks the condition after every step.
   */
  runUntil(cond: Condition, max = Infinity, before?: (pc: number) => void): Halt {
    for (let n = 0; n < max; n++) {
      if (this.dom.stopped) return { kind: 'ended', stop: this.dom.stopped };
      if (this.interrupt) {
        this.interrupt = false;
        return { kind: 'interrupted' };
      }
      const prev = this.dom.cpu.pc;
      before?.(prev);
      const ev = this.step();
      if (this.dom.stopped) return { kind: 'ended', stop: this.dom.stopped };
      const why = cond(ev, prev);
      if (why !== null) return { kind: 'condition', reason: why };
    }
    return { kind: 'budget' };
  }

  /** runUntil without a step budget, in chunks. */
  *run(cond: Condition, before?: (pc: number) => void): Task<Halt> {
    for (;;) {
      const h = this.runUntil(cond, CHUNK, before);
      if (h.kind !== 'budget') return h;
      if (!(yield* this.breathe())) return { kind: 'interrupted' };
    }
  }

  /** A chunk boundary; false when the user interrupted meanwhile (the request is consumed). */
  *breathe(): Task<boolean> {
    yield;
    if (!this.interrupt) return true;
    this.interrupt = false;
    return false;
  }

  private markAtOrBefore(t: number): Mark {
    let m = this.marks[0]!;
    for (const x of this.marks) if (x.tick <= t) m = x;
    return m;
  }

  /** Go to instant `target` (no earlier than `oldest`; later ones are run to). */
  goto(target: number): void {
    const t = Math.max(target, this.oldest);
    const mark = this.markAtOrBefore(t);
    if (this.tick > t || mark.tick > this.tick || (this.dom.stopped && this.tick !== t)) {
      restoreSnapshot(this.dom, mark.snap);
      this.tick = mark.tick;
    }
    while (this.tick < t && !this.dom.stopped) this.step();
  }

  /** Drop the future after the current instant (the user changed the machine). */
  forkHere(): void {
    const now = this.tick;
    this.marks = this.marks.filter((m) => m.tick < now);
    this.marks.push({ tick: now, snap: takeSnapshot(this.dom) });
  }

  /** Back to the very beginning. */
  restart(): void {
    restoreSnapshot(this.dom, this.initial.snap);
    this.tick = 0;
    this.marks = [this.initial];
    this.spacing = this.recording.snapshotEvery ?? SNAPSHOT_EVERY;
    this.console.forget();
  }

  /** The recorded past before `end` cut at snapshots, latest first: [start, end) pairs. */
  segmentsBefore(end: number): [number, number][] {
    const out: [number, number][] = [];
    let e = end;
    for (let k = this.marks.length - 1; k >= 0; k--) {
      const s = this.marks[k]!.tick;
      if (s >= e) continue;
      out.push([s, e]);
      e = s;
    }
    return out;
  }

  /**
   * Replay [start, end) step by step with hooks around each step, in chunks.
   * False when interrupted (the machine is then somewhere inside the segment).
   */
  *replay(start: number, end: number, hooks: StepHooks): Task<boolean> {
    this.goto(start);
    while (this.tick < end && !this.dom.stopped) {
      // Counted across replays: a search over many short segments yields as often as one long one.
      if (++this.replayed % CHUNK === 0 && !(yield* this.breathe())) return false;
      const prev = this.dom.cpu.pc;
      hooks.before?.(prev);
      const ev = this.step();
      hooks.after?.(ev, prev);
    }
    return true;
  }
}
