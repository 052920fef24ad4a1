// Where each way of moving stops, forward and back: step, next, stepi, finish, until, and the
// reverse searches. Over the engine only, with no printing: a front end (the REPL, later a web
// page) says what the returned Halt means.
//
// Going back never records the past per instruction: it replays the recorded segments between
// snapshots, latest first, keeping a few numbers per segment — memory stays constant however
// long ago the answer lies, and Ctrl-C stops the search between chunks.
import { REG_SP, decode, sizeOf } from '@pvm/isa';
import { HC_iret, OP_CALL_L, OP_CALL_R, OP_HCALL, OP_IRET, OP_RET, OP_SYSCALL } from '@pvm/isa/codes';
import type { Condition, Engine, Halt, StepEvent, Task } from './engine.ts';

/** The stop conditions of breakpoints, watchpoints and catchpoints, made fresh for each run. */
export type Stops = (opts?: { count?: boolean }) => { cond: Condition; before: (pc: number) => void };

/** Call-like instructions `next` steps over and `reverse-next` skips. */
export const isCall = (code: number): boolean => code === OP_CALL_L || code === OP_CALL_R || code === OP_SYSCALL;

/** A run of instants on one source line, from its first. */
interface Run {
  readonly start: number;
  readonly line: number;
}

/** The instruction at `prev` faulted: it did not complete, its handler was entered instead. */
const faulted = (events: readonly StepEvent[], prev: number): boolean => events.some((e) => e.kind === 'exception' && e.pc === prev);

export class Motion {
  constructor(
    private readonly engine: Engine,
    /** A number per source line (-1: none), for telling lines apart. */
    private readonly lineOf: (pc: number) => number,
    private readonly stops: Stops,
  ) {}

  private get cpu() {
    return this.engine.dom.cpu;
  }

  // ---- forward ----

  /** Run until `extra` says stop (step, next, ...) or a breakpoint, watchpoint or catchpoint does. */
  forward(extra: Condition | null): Task<Halt> {
    const { cond, before } = this.stops();
    const both: Condition = (ev, prev) => cond(ev, prev) ?? (extra ? extra(ev, prev) : null);
    return this.engine.run(both, before);
  }

  /** `stepi N`. */
  instructions(count: number): Task<Halt> {
    let n = 0;
    return this.forward(() => (++n >= count ? '' : null));
  }

  /**
   * `step`/`next` N times: until the source line changes. Interrupts are stepped over (they are
   * not the program's doing); `next` also steps over calls and syscalls: it runs until the
   * instruction after one comes up again on the same stack.
   */
  *lines(over: boolean, count: number): Task<Halt> {
    let h: Halt = { kind: 'condition', reason: '' };
    for (let i = 0; i < count; i++) {
      h = yield* this.forward(this.lineCondition(over));
      if (h.kind !== 'condition' || h.reason !== '') return h;
    }
    return h;
  }

  private lineCondition(over: boolean): Condition {
    const cpu = this.cpu;
    const startLine = this.lineOf(cpu.pc);
    let ret: { pc: number; sp: number } | null = null;
    let spBefore = cpu.regs[REG_SP]!;
    return (events, prev) => {
      const pc = cpu.pc >>> 0;
      const sp = cpu.regs[REG_SP]!;
      const before = spBefore;
      spBefore = sp;
      if (ret) {
        if (pc !== ret.pc || sp !== ret.sp) return null;
        ret = null;
      }
      const irq = events.find((e) => e.kind === 'interrupt' || e.kind === 'upcall');
      if (irq) {
        ret = { pc: irq.pc >>> 0, sp: before };
        return null;
      }
      if (over) {
        const ins = this.engine.prevPa < 0 ? null : decode(cpu.mem, this.engine.prevPa);
        const back = ins ? (prev + sizeOf(ins.op)) >>> 0 : -1;
        if (ins && isCall(ins.op.code) && pc !== back) {
          ret = { pc: back, sp: before };
          return null;
        }
      }
      const now = this.lineOf(pc);
      return now !== -1 && now !== startLine ? '' : null;
    };
  }

  /**
   * `finish`: until the current frame returns — a function by `ret`, a trap or interrupt
   * handler by `iret` (`hcall iret` in pv mode) — counting the frames entered meanwhile: calls,
   * and every exception, interrupt or upcall delivered.
   */
  finish(): Task<Halt> {
    const cpu = this.cpu;
    let level = 0;
    const FROM_HANDLER = 'Returned from the handler to the interrupted code.';
    return this.forward((events, prev) => {
      // Read where the step fetched it: a base load may have changed what `prev` maps to since.
      const code = this.engine.prevPa < 0 ? -1 : cpu.mem[this.engine.prevPa]!;
      let left: string | null = null;
      if (!faulted(events, prev)) {
        if (code === OP_CALL_L || code === OP_CALL_R) level++;
        else if (code === OP_RET) left = 'Returned to the caller.';
        else if (code === OP_IRET || (code === OP_HCALL && events.some((e) => e.kind === 'hcall' && e.nr === HC_iret))) left = FROM_HANDLER;
        if (left) level--;
      }
      for (const e of events) if (e.kind === 'exception' || e.kind === 'interrupt' || e.kind === 'upcall') level++;
      // An interrupt taken just as the frame returns is a frame of its own: its return is the stop.
      return level < 0 ? (left ?? FROM_HANDLER) : null;
    });
  }

  /** `until`: to `addr`, or without one to a later line of the same file (out of a loop). */
  until(addr: number | null, later: (pc: number) => boolean): Task<Halt> {
    if (addr !== null) return this.forward(() => (this.cpu.pc >>> 0 === addr ? '' : null));
    return this.forward(() => (later(this.cpu.pc) ? '' : null));
  }

  // ---- backward ----

  /** `reverse-stepi N`. */
  backInstructions(count: number): Halt {
    const target = this.engine.now - count;
    return target < this.engine.oldest ? this.historyStart() : this.arrive(target);
  }

  /**
   * `reverse-step` / `reverse-next`: to the start of the previous source line — the last earlier
   * instant on another line, then back over that line's run. `over` skips instants inside
   * calls that returned before now.
   */
  *backLine(over: boolean): Task<Halt> {
    const e = this.engine;
    const now = e.now;
    const cur = this.lineOf(this.cpu.pc);
    const segs = e.segmentsBefore(now);
    // Call depth relative to now, as a running sum: an instant i is "ok" (outside any call that
    // returned before now) when calls minus returns from i to now is at least zero.
    let after = 0;
    let found: Run | null = null;
    let k = 0;
    for (; k < segs.length && !found; k++) {
      const [s, end] = segs[k]!;
      const total = over ? yield* this.depthChange(s, end) : 0;
      if (total === null) return this.abandon(now);
      const limit = total + after;
      let depth = 0;
      let lastLine: number | undefined;
      let runStart = s;
      let pending: number | null = null;
      // Set inside the replay's callback, which the compiler cannot follow.
      let cand = null as Run | null;
      const done = yield* e.replay(s, end, {
        before: (pc) => {
          const i = e.now;
          const line = this.lineOf(pc);
          if (!over || depth <= limit) {
            // Instants skipped just before belong to this line's run, as going back absorbs them.
            if (line !== lastLine) {
              runStart = pending ?? i;
              lastLine = line;
            }
            pending = null;
            if (line !== cur && line !== -1) cand = { start: runStart, line };
          } else pending ??= i;
          if (over) depth += this.depthStep(pc);
        },
      });
      if (!done) return this.abandon(now);
      after += total;
      found = cand;
    }
    if (!found) return this.historyStart();
    // The run may have begun in earlier segments.
    const line = found.line;
    let start = found.start;
    for (; start === segs[k - 1]![0] && k < segs.length; k++) {
      const [s, end] = segs[k]!;
      const total = over ? yield* this.depthChange(s, end) : 0;
      if (total === null) return this.abandon(now);
      const limit = total + after;
      let depth = 0;
      let lastOther = null as number | null;
      const done = yield* e.replay(s, end, {
        before: (pc) => {
          if ((!over || depth <= limit) && this.lineOf(pc) !== line) lastOther = e.now;
          if (over) depth += this.depthStep(pc);
        },
      });
      if (!done) return this.abandon(now);
      after += total;
      start = lastOther === null ? s : lastOther + 1;
    }
    return this.arrive(start);
  }

  private depthStep(pc: number): number {
    const code = this.engine.memory.opcode(pc);
    return isCall(code) ? 1 : code === OP_RET ? -1 : 0;
  }

  /** Calls minus returns over [start, end): the first pass of a segment for reverse-next. */
  private *depthChange(start: number, end: number): Task<number | null> {
    let d = 0;
    const done = yield* this.engine.replay(start, end, { before: (pc) => void (d += this.depthStep(pc)) });
    return done ? d : null;
  }

  private arrive(target: number): Halt {
    this.engine.goto(target);
    return { kind: 'arrived' };
  }

  /** Nothing earlier to go to: the oldest instant kept, saying whether older ones were dropped. */
  private historyStart(): Halt {
    const e = this.engine;
    e.goto(e.oldest);
    return { kind: 'history-start', truncated: e.oldest > 0 };
  }

  /** An interrupted search goes back to where it started. */
  private abandon(now: number): Halt {
    this.engine.goto(now);
    return { kind: 'interrupted' };
  }

  /**
   * `reverse-continue`: the last earlier instant at which a breakpoint, watchpoint or catchpoint
   * stops a forward run, searched one segment at a time; then that step is run again with
   * counting on, so the reason reads as it does going forward.
   */
  *backToStop(): Task<Halt> {
    const e = this.engine;
    const now = e.now;
    let hit: number | null = null;
    for (const [s, end] of e.segmentsBefore(now)) {
      // Fresh conditions at the segment's start (a watchpoint's old value).
      const { cond, before } = this.stops({ count: false });
      let last = null as number | null;
      const done = yield* e.replay(s, end, {
        before,
        after: (ev, prev) => {
          if (cond(ev, prev) !== null && e.now < now) last = e.now;
        },
      });
      if (!done) return this.abandon(now);
      if (last !== null) {
        hit = last;
        break;
      }
    }
    if (hit === null) return this.historyStart();
    e.goto(hit - 1);
    const { cond, before } = this.stops();
    const prev = this.cpu.pc;
    before(prev);
    const why = cond(e.step(), prev);
    return { kind: 'condition', reason: why ?? '' };
  }
}
