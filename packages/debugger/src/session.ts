// A debugging session: the machine, the breakpoints, and the state between commands. The
// commands themselves live in commands.ts; this file is how they move the machine and how
// every stop is reported.
import type { SourceHost } from '@pvm/asm';
import { MemoryDisk } from '@pvm/devices';
import { createDomain, type CostModel, type Mode, type Stop, type VmcsControls } from '@pvm/hypervisor';
import type { Image } from '@pvm/image';
import { DEFAULT_MEMORY, HYPERCALL_NAME, VECTOR_NAME, decode, regName, REG_SP, type Instr } from '@pvm/isa';
import { VEC_BREAK, VEC_DIVIDE, VEC_ILLEGAL, VEC_MEMORY, VEC_PRIV } from '@pvm/isa/codes';
import { DebugConsole } from './console.ts';
import { Engine, type Condition, type Halt, type StepEvent } from './engine.ts';
import { evaluate, type ExprContext } from './expr.ts';
import { Where, hex } from './where.ts';

export interface SessionOptions {
  readonly image: Image;
  readonly mode: Mode;
  /** Console input for the guest. */
  readonly input?: Uint8Array;
  /** Sectors of the in-memory disk (a copy of --disk, or blank). */
  readonly disk?: MemoryDisk | null;
  readonly memory?: number;
  /** The cost model (a CPU preset with overrides) and, for hvm, the VM-execution controls. */
  readonly cost?: CostModel;
  readonly controls?: VmcsControls;
  /** Stop the guest after this many instructions (0: no limit). */
  readonly maxSteps?: number;
  /** Reads source files for `list` and stop locations. */
  readonly sources: SourceHost;
  /** Where everything goes: the debugger's messages and the guest's console output. */
  readonly out: (text: string) => void;
  /** Colours: a function that styles a piece of text, identity when output is not a terminal. */
  readonly style?: (kind: 'stop' | 'addr' | 'error' | 'changed', text: string) => string;
}

export type PointKind = 'breakpoint' | 'watchpoint' | 'read watchpoint' | 'catchpoint';

export interface Point {
  readonly id: number;
  readonly kind: PointKind;
  readonly temp: boolean;
  enabled: boolean;
  hits: number;
  /** What the user typed, for `info breakpoints`. */
  readonly what: string;
  /** Breakpoint: code address; watchpoints: the watched word. */
  readonly addr?: number;
  /** Catchpoint: what it catches. */
  readonly catches?: { kind: 'trap' | 'hcall' | 'interrupt'; filter: string | null };
}

/** Exceptions that stop the guest in the debugger, as signals do in gdb. */
const STOP_VECTORS = new Set([VEC_DIVIDE, VEC_ILLEGAL, VEC_PRIV, VEC_MEMORY, VEC_BREAK]);
const CHUNK = 20_000;

export class Session {
  readonly engine: Engine;
  readonly where: Where;
  readonly points: Point[] = [];
  private nextId = 1;
  /** Registers at the last stop, to mark what changed. */
  lastRegs: Int32Array;
  /** gdb's value history: $1, $2, ... */
  readonly values: number[] = [];
  /** Where `list` continues. */
  listAt: { file: string; line: number } | null = null;
  /** Lets a long run yield, so Ctrl-C can be noticed (the terminal front end sets it). */
  yieldFn: (() => Promise<void>) | null = null;
  readonly out: (text: string) => void;
  /** The guest's output so far does not end a line: the next message starts a new one. */
  private openLine = false;
  readonly style: NonNullable<SessionOptions['style']>;

  constructor(readonly opts: SessionOptions) {
    this.out = (text) => {
      if (this.openLine) opts.out('\n');
      this.openLine = false;
      opts.out(text);
    };
    this.style = opts.style ?? ((_, t) => t);
    const console = new DebugConsole(opts.input ?? new Uint8Array(0), (t) => {
      opts.out(t);
      this.openLine = !t.endsWith('\n');
    });
    const dom = createDomain(opts.image, {
      mode: opts.mode,
      memory: opts.memory ?? DEFAULT_MEMORY,
      console,
      disk: opts.disk ?? null,
      ...(opts.cost ? { cost: opts.cost } : {}),
      ...(opts.controls ? { controls: opts.controls } : {}),
      maxSteps: opts.maxSteps ?? 0,
    });
    this.engine = new Engine(dom, console);
    this.where = new Where(opts.image, opts.sources);
    this.lastRegs = dom.cpu.regs.slice();
  }

  get cpu() {
    return this.engine.dom.cpu;
  }

  get dom() {
    return this.engine.dom;
  }

  say(text: string): void {
    this.out(text.endsWith('\n') ? text : text + '\n');
  }

  error(text: string): void {
    this.say(this.style('error', text));
  }

  // ---- expressions ----

  readonly ctx: ExprContext = {
    reg: (name) => {
      if (name === 'pc') return this.cpu.pc;
      if (name === 'flags') return this.cpu.flags;
      const n = name === 'sp' ? REG_SP : name === 'fp' ? 14 : Number(name.slice(1));
      return this.cpu.regs[n];
    },
    symbol: (name) => this.where.symbolValue(name),
    load: (addr) => (this.cpu.inRange(addr, 4) ? this.cpu.read32(addr) : undefined),
  };

  eval(src: string): number | undefined {
    const r = evaluate(src, this.ctx);
    if (!r.ok) return void this.error(r.error);
    return r.value;
  }

  /** A code location: `label`, `file:line`, `*expr`, or a line number in the current file. */
  locate(spec: string): number | undefined {
    const s = spec.trim();
    if (s.startsWith('*')) {
      const v = this.eval(s.slice(1));
      return v === undefined ? undefined : v >>> 0;
    }
    const fl = /^(.+):(\d+)$/.exec(s);
    if (fl || /^\d+$/.test(s)) {
      const file = fl ? fl[1]! : this.where.source(this.cpu.pc)?.file;
      const line = Number(fl ? fl[2] : s);
      const a = file !== undefined ? this.where.addressOfLine(file, line) : undefined;
      if (a === undefined) this.error(`no code at ${file ?? '?'}:${line}`);
      return a;
    }
    const a = this.where.labelAddress(s);
    if (a === undefined) this.error(`function "${s}" not defined`);
    return a;
  }

  // ---- breakpoints, watchpoints, catchpoints ----

  addPoint(p: Omit<Point, 'id' | 'hits' | 'enabled'>): Point {
    const point: Point = { ...p, id: this.nextId++, hits: 0, enabled: true };
    this.points.push(point);
    return point;
  }

  private watchedWord(addr: number): number | undefined {
    return this.cpu.inRange(addr, 4) ? this.cpu.read32(addr) : undefined;
  }

  /** Addresses the instruction at `pc` reads, for read watchpoints. */
  private reads(pc: number): { addr: number; size: number }[] {
    const ins = decode(this.cpu.mem, pc);
    if (!ins) return [];
    const regs = this.cpu.regs;
    const m = ins.op.mnemonic;
    const sp = regs[REG_SP]! >>> 0;
    if (m === 'ld' || m === 'ldb' || m === 'ldh') {
      const base = ins.regs[1]! === 16 ? 0 : regs[ins.regs[1]!]!;
      return [{ addr: (base + ins.words[0]!) >>> 0, size: m === 'ld' ? 4 : m === 'ldh' ? 2 : 1 }];
    }
    if (m === 'pop' || m === 'ret' || m === 'popf') return [{ addr: sp, size: 4 }];
    if (m === 'iret') return [{ addr: sp, size: 12 }];
    return [];
  }

  /**
   * The stop condition every forward movement checks: enabled breakpoints, watchpoints,
   * catchpoints, and the exceptions that stop like signals. Made fresh for each run, because a
   * watchpoint remembers the value it last saw.
   */
  stopCondition(opts: { count?: boolean } = {}): { cond: Condition; before: (pc: number) => void } {
    const count = opts.count ?? true;
    const watched = new Map<Point, number | undefined>();
    for (const p of this.points) if (p.kind === 'watchpoint' && p.enabled) watched.set(p, this.watchedWord(p.addr!));
    let readHit: Point | null = null;
    const rwatch = this.points.filter((p) => p.kind === 'read watchpoint' && p.enabled);
    const before = (pc: number): void => {
      readHit = null;
      if (!rwatch.length) return;
      for (const r of this.reads(pc)) for (const p of rwatch) if (r.addr < p.addr! + 4 && p.addr! < r.addr + r.size) readHit = p;
    };
    const hit = (p: Point, text: string): string => {
      if (count) {
        p.hits++;
        if (p.temp) this.points.splice(this.points.indexOf(p), 1);
      }
      return text;
    };
    const cond: Condition = (events) => {
      const pc = this.cpu.pc >>> 0;
      for (const p of this.points)
        if (p.kind === 'breakpoint' && p.enabled && p.addr === pc) return hit(p, `${p.temp ? 'Temporary breakpoint' : 'Breakpoint'} ${p.id}, ${this.where.describe(pc)}`);
      for (const [p, old] of watched) {
        const now = this.watchedWord(p.addr!);
        if (now !== old) {
          watched.set(p, now);
          return hit(p, `Hardware watchpoint ${p.id}: ${p.what}\n\nOld value = ${old ?? '<unreadable>'}\nNew value = ${now ?? '<unreadable>'}`);
        }
      }
      if (readHit) return hit(readHit, `Hardware read watchpoint ${readHit.id}: ${readHit.what}\n\nValue = ${this.watchedWord(readHit.addr!)}`);
      for (const e of events) {
        for (const p of this.points) {
          if (p.kind !== 'catchpoint' || !p.enabled) continue;
          const why = catchMatch(p, e);
          if (why) return hit(p, `Catchpoint ${p.id} (${why})`);
        }
        if (e.kind === 'exception' && STOP_VECTORS.has(e.vector))
          return `Program received exception ${VECTOR_NAME.get(e.vector) ?? e.vector} at ${this.where.describe(e.pc)}`;
      }
      return null;
    };
    return { cond, before };
  }

  // ---- moving the machine ----

  /**
   * Run forward until `extra` says stop (step, next, ...) or a stop condition holds; report
   * the stop. Runs in chunks so the terminal can deliver Ctrl-C.
   */
  async go(extra: Condition | null, plain: string | null): Promise<void> {
    if (this.dom.stopped) return this.error('The program is not being run.');
    const { cond, before } = this.stopCondition();
    const both: Condition = (ev, prev) => cond(ev, prev) ?? (extra ? extra(ev, prev) : null);
    let h: Halt;
    for (;;) {
      h = this.engine.runUntil(both, CHUNK, before);
      if (h.kind !== 'budget') break;
      if (this.yieldFn) await this.yieldFn();
    }
    this.report(h, plain);
  }

  /** Print why the machine stopped and where it is now. */
  report(h: Halt, plain: string | null): void {
    if (h.kind === 'ended') return this.ended(h.stop);
    if (h.kind === 'interrupted') this.say(this.style('stop', 'Program stopped (interrupted).'));
    else if (h.kind === 'history-start') this.say(this.style('stop', 'No more reverse-execution history.'));
    else if (h.kind === 'condition') this.say(this.style('stop', h.reason === '' && plain ? plain : h.reason));
    else if (plain) this.say(plain);
    this.showLocation();
  }

  ended(stop: Stop): void {
    const msg =
      stop.kind === 'poweroff' ? `[guest powered off with exit code ${stop.code}]`
      : stop.kind === 'crash' ? `[guest crashed: ${stop.reason} (vector ${stop.vector}, ${VECTOR_NAME.get(stop.vector) ?? '?'}) at ${this.where.describe(stop.pc)}]`
      : stop.kind === 'step-limit' ? `[guest stopped: step limit after ${stop.steps} instructions]`
      : `[guest stopped: ${stop.reason}]`;
    this.say(this.style('stop', msg));
  }

  showLocation(): void {
    this.say(this.where.location(this.cpu.mem, this.cpu.pc));
    const s = this.where.source(this.cpu.pc);
    if (s) this.listAt = { file: s.file, line: Math.max(1, s.line - 4) };
  }

  /** The instruction at pc, decoded (for next/finish decisions). */
  current(): Instr | null {
    return decode(this.cpu.mem, this.cpu.pc);
  }

  /** Go to an earlier instant and report it. */
  arrive(target: number, reason: string | null): void {
    this.engine.goto(target);
    if (target === 0) this.say(this.style('stop', 'No more reverse-execution history.'));
    else this.say(this.style('stop', reason ?? `Reverse-stepped to ${this.where.describe(this.cpu.pc)}.`));
    this.showLocation();
  }

  lineKey(pc: number): string | null {
    const s = this.where.source(pc);
    return s ? `${s.file}:${s.line}` : null;
  }
}

/** Why a catchpoint matches an event, or null. */
function catchMatch(p: Point, e: StepEvent): string | null {
  const c = p.catches!;
  const f = c.filter;
  if (c.kind === 'trap' && e.kind === 'exit') {
    if (f && !e.cause.toLowerCase().startsWith(f.toLowerCase())) return null;
    return `exit: \`${e.cause}\` emulated by the hypervisor`;
  }
  if (c.kind === 'hcall' && e.kind === 'hcall') {
    const name = HYPERCALL_NAME.get(e.nr) ?? `#${e.nr}`;
    if (f && f !== name && f !== String(e.nr)) return null;
    return `hypercall ${name}(${e.args.map((a, i) => `r${i + 1}=${a < 0 || a > 4096 ? hex(a) : a}`).join(', ')})`;
  }
  if (c.kind === 'interrupt' && e.kind === 'interrupt') {
    const name = VECTOR_NAME.get(e.vector) ?? String(e.vector);
    if (f && f !== name && f !== String(e.vector)) return null;
    return `interrupt ${name} delivered, interrupted ${hex(e.pc)}`;
  }
  if (c.kind === 'interrupt' && e.kind === 'upcall') {
    if (f && f !== 'upcall' && f !== 'event') return null;
    return `event upcall, interrupted ${hex(e.pc)}`;
  }
  return null;
}

export { regName };
