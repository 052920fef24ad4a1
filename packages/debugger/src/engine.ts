// The debugger's engine: one instruction at a time through the hypervisor's public API, stop
// conditions checked after each, and a timeline of snapshots so that any earlier instant can be
// reached exactly by restoring the nearest snapshot and replaying forward. The guest cannot
// tell: every input (console, timer, disk) is part of the snapshot or replayed identically.
import { causeName, restoreSnapshot, takeSnapshot, type Domain, type Snapshot, type Stop } from '@pvm/hypervisor';
import { OP_BY_CODE } from '@pvm/isa';
import { DebugConsole } from './console.ts';

/** Something that happened during one step, as the observer saw it. */
export type StepEvent =
  | { kind: 'exit'; cause: string; pc: number }
  | { kind: 'hcall'; nr: number; args: readonly number[]; pc: number }
  | { kind: 'interrupt'; vector: number; pc: number }
  | { kind: 'upcall'; pc: number }
  | { kind: 'exception'; vector: number; pc: number };

/** Why a run stopped, decided by the caller's predicate or by the guest ending. */
export type Halt = { kind: 'condition'; reason: string } | { kind: 'ended'; stop: Stop } | { kind: 'interrupted' } | { kind: 'budget' } | { kind: 'history-start' };

/** Checked after every instruction; a reason string stops the run. */
export type Condition = (events: readonly StepEvent[], prevPc: number) => string | null;

const SNAPSHOT_EVERY = 5000;
const MAX_SNAPSHOTS = 48;

export class Engine {
  private readonly snapshots: Snapshot[] = [];
  private events: StepEvent[] = [];
  /** Set from outside (Ctrl-C) to stop a running guest at the next instruction boundary. */
  interrupt = false;

  constructor(
    readonly dom: Domain,
    readonly console: DebugConsole,
  ) {
    dom.observer = {
      exit: (cause, pc) => void this.events.push({ kind: 'exit', cause: causeName(cause), pc }),
      hypercall: (nr, args, pc) => void this.events.push({ kind: 'hcall', nr, args, pc }),
      interrupt: (vector, pc) => void this.events.push({ kind: 'interrupt', vector, pc }),
      upcall: (pc) => void this.events.push({ kind: 'upcall', pc }),
      exception: (vector, pc) => void this.events.push({ kind: 'exception', vector, pc }),
    };
    this.snapshots.push(takeSnapshot(dom));
  }

  get instret(): number {
    return this.dom.cpu.instret;
  }

  get ended(): Stop | null {
    return this.dom.stopped;
  }

  /** Execute one instruction (and whatever exits and interrupts come with it). */
  step(): StepEvent[] {
    this.events = [];
    this.maybeSnapshot();
    this.dom.run(1);
    return this.events;
  }

  private maybeSnapshot(): void {
    const last = this.snapshots[this.snapshots.length - 1]!;
    if (this.instret < last.instret + this.interval()) return;
    this.snapshots.push(takeSnapshot(this.dom));
    if (this.snapshots.length > MAX_SNAPSHOTS) {
      // Thin the older half: replay stays bounded, memory stays bounded.
      const keep = this.snapshots.filter((_, i) => i === 0 || i >= MAX_SNAPSHOTS / 2 || i % 2 === 0);
      this.snapshots.length = 0;
      this.snapshots.push(...keep);
    }
  }

  private interval(): number {
    return SNAPSHOT_EVERY * Math.max(1, Math.floor(this.instret / (SNAPSHOT_EVERY * MAX_SNAPSHOTS)));
  }

  /**
   * Run forward until a condition holds, the guest ends, `max` instructions have run, or the
   * user interrupts. Checks the condition after every instruction.
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

  /** Go to the instant when exactly `target` instructions had retired (target <= now or replayable). */
  goto(target: number): void {
    let snap = this.snapshots[0]!;
    for (const s of this.snapshots) if (s.instret <= target) snap = s;
    // Forward from here when the target lies ahead; otherwise from the nearest snapshot before it.
    if (this.instret > target || (this.dom.stopped && this.instret !== target)) restoreSnapshot(this.dom, snap);
    while (this.instret < target && !this.dom.stopped) this.step();
  }

  /** Drop the future after the current instant (the user changed the machine). */
  forkHere(): void {
    const now = this.instret;
    while (this.snapshots.length > 1 && this.snapshots[this.snapshots.length - 1]!.instret >= now) this.snapshots.pop();
    this.snapshots.push(takeSnapshot(this.dom));
  }

  /** Back to the very beginning. */
  restart(): void {
    restoreSnapshot(this.dom, this.snapshots[0]!);
    this.snapshots.length = 1;
    this.console.forget();
  }

  /**
   * The pcs of the instructions that retired in [from, to), and what each was, by replaying.
   * Leaves the machine at `to`.
   */
  history(from: number, to: number): { pc: number; code: number }[] {
    this.goto(from);
    const out: { pc: number; code: number }[] = [];
    while (this.instret < to && !this.dom.stopped) {
      const pc = this.dom.cpu.pc;
      out.push({ pc, code: this.dom.cpu.mem[pc] ?? 0 });
      this.step();
    }
    return out;
  }

  /**
   * The last instant before `before` at which `cond` stops a forward run, searching back one
   * snapshot interval at a time; null when nothing in the recorded past matches.
   */
  lastHit(before: number, make: () => { cond: Condition; before?: (pc: number) => void }): number | null {
    let end = before;
    for (let k = this.snapshots.length - 1; k >= 0; k--) {
      const start = this.snapshots[k]!.instret;
      if (start >= end) continue;
      this.goto(start);
      // Fresh state for the conditions (a watchpoint's old value) at the segment's start.
      const { cond, before: pre } = make();
      let hit: number | null = null;
      while (this.instret < end && !this.dom.stopped) {
        const prev = this.dom.cpu.pc;
        pre?.(prev);
        const ev = this.step();
        if (cond(ev, prev) !== null && this.instret < before) hit = this.instret;
      }
      if (hit !== null) return hit;
      end = start;
    }
    return null;
  }
}

/** True for call-like instructions `next` steps over. */
export const isCall = (code: number): boolean => {
  const m = OP_BY_CODE[code]?.mnemonic;
  return m === 'call' || m === 'syscall';
};
export const isRet = (code: number): boolean => OP_BY_CODE[code]?.mnemonic === 'ret';
