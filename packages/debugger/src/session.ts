// A debugging session: the machine, the points, and the state between commands. The commands
// live in cmd-*.ts, where the machine stops in motion.ts; this file is how a movement is
// started and how every stop is reported.
import { MemoryDisk } from '@pvm/devices';
import { createDomain, type CostModel, type Mode, type Stop, type VmcsControls } from '@pvm/hypervisor';
import { printable, type Image } from '@pvm/image';
import { DEFAULT_MEMORY, VECTOR_NAME, regNumber } from '@pvm/isa';
import { DebugConsole } from './console.ts';
import { Engine, type Condition, type Halt, type Recording, type Task } from './engine.ts';
import { evaluate, type ExprContext } from './expr.ts';
import { Motion } from './motion.ts';
import { Points } from './points.ts';
import { memorySources, type SourceFiles } from './sources.ts';
import { Where } from './where.ts';

export type StyleKind = 'stop' | 'addr' | 'error' | 'changed';

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
  /** Stop the guest once its console output passes this many bytes. */
  readonly outputLimit?: number;
  /** The source files the image names, for `list` and stop locations (none by default). */
  readonly sources?: SourceFiles;
  /** Where everything goes: the debugger's messages and the guest's console output. */
  readonly out: (text: string) => void;
  /** Colours: a function that styles a piece of text, identity when output is not a terminal. */
  readonly style?: (kind: StyleKind, text: string) => string;
  /** What reverse execution may keep (LIMITS by default). */
  readonly recording?: Recording;
}

export class Session {
  readonly engine: Engine;
  readonly where: Where;
  readonly points: Points;
  readonly motion: Motion;
  /** Registers at the last stop, to mark what changed. */
  lastRegs: Int32Array;
  /** gdb's value history: $1, $2, ... */
  readonly values: number[] = [];
  /** Where `list` continues. */
  listAt: { file: string; line: number } | null = null;
  /** Host exceptions a command ran into (a bug): reported as one line, counted for the fuzzer. */
  internalErrors = 0;
  private readonly write: (text: string) => void;
  /** The guest's output so far does not end a line: the next message starts a new one. */
  private openLine = false;
  private readonly styler: NonNullable<SessionOptions['style']>;

  constructor(readonly opts: SessionOptions) {
    this.write = (text) => {
      if (this.openLine) opts.out('\n');
      this.openLine = false;
      opts.out(text);
    };
    this.styler = opts.style ?? ((_, t) => t);
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
      ...(opts.outputLimit !== undefined ? { outputLimit: opts.outputLimit } : {}),
    });
    this.engine = new Engine(dom, console, opts.recording);
    this.where = new Where(opts.image, opts.sources ?? memorySources({}));
    this.points = new Points({ memory: this.engine.memory, cpu: dom.cpu, reg: (n) => this.reg(n), describe: (a) => this.where.describe(a) });
    this.motion = new Motion(this.engine, (pc) => this.where.lineId(pc), (o) => this.points.stopCondition(o));
    this.lastRegs = dom.cpu.regs.slice();
  }

  get cpu() {
    return this.engine.dom.cpu;
  }

  get dom() {
    return this.engine.dom;
  }

  /** What a long command awaits between chunks (the terminal front end lets Ctrl-C in). */
  yieldFn: (() => Promise<void>) | null = null;

  /** Ctrl-C: stop what is running at the next step or chunk. */
  interrupt(): void {
    this.engine.interrupt = true;
  }

  /**
   * A message line. Everything the debugger says goes through here, escaped: names and text
   * from an image or a source file never steer the terminal. (The guest's own output does not
   * pass here: it reaches the console as it would under `pvm run`.)
   */
  say(text: string, kind?: StyleKind): void {
    const t = printable(text.endsWith('\n') ? text.slice(0, -1) : text, '\n\t');
    this.write((kind ? this.styler(kind, t) : t) + '\n');
  }

  error(text: string): void {
    this.say(text, 'error');
  }

  // ---- registers and expressions ----

  /** A register's value by name: r0..r15, sp, fp, pc, flags. */
  reg(name: string): number {
    const n = name.toLowerCase();
    if (n === 'pc') return this.cpu.pc;
    if (n === 'flags') return this.cpu.flags;
    return this.cpu.regs[regNumber(n)]!;
  }

  readonly ctx: ExprContext = {
    reg: (name) => this.reg(name),
    symbol: (name) => this.where.symbolValue(name),
    address: (name) => this.where.labelAddress(name),
    load: (addr) => this.memory.read(addr, 4),
    why: (addr) => this.memory.why(addr),
  };

  /** The same, reading physical memory (`print/p`, `x/p`). */
  readonly physCtx: ExprContext = {
    ...this.ctx,
    load: (addr) => this.memory.read(addr, 4, true),
    why: (addr) => this.memory.why(addr, true),
  };

  /** Guest memory at the guest's addresses: virtual once paging is on. */
  get memory() {
    return this.engine.memory;
  }

  eval(src: string, phys = false): number | undefined {
    const r = evaluate(src, phys ? this.physCtx : this.ctx);
    if (!r.ok) return void this.error(r.error);
    return r.value;
  }

  /**
   * A code location: `label`, `file:line`, `*expr`, or a line number in the current file. A
   * line without code stands for the next one with code, as in gdb, and says so.
   */
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
      const at = file !== undefined ? this.where.lineAddress(file, line) : undefined;
      if (!at) {
        this.error(file === undefined ? `no current source file for line ${line}` : this.where.filesNamed(file).size ? `no code at ${file}:${line} or after it` : `no source file named ${file}`);
        return undefined;
      }
      if (at.line !== line) this.say(`Line ${line} of "${at.file}" has no code; using line ${at.line}.`);
      return at.addr;
    }
    const a = this.where.labelAddress(s);
    if (a === undefined) this.error(`function "${s}" not defined`);
    return a;
  }

  // ---- moving the machine ----

  /** Run forward until `extra` says stop (step, next, ...) or a stop condition holds; report it. */
  *go(extra: Condition | null, plain: string | null): Task<void> {
    if (this.notRunning()) return;
    this.report(yield* this.motion.forward(extra), plain);
  }

  /** True (and said) when the guest has ended: only going back or `run` can move it. */
  notRunning(): boolean {
    if (!this.dom.stopped) return false;
    this.error('The program is not being run.');
    return true;
  }

  /** Print why the machine stopped and where it is now. */
  report(h: Halt, plain: string | null): void {
    if (h.kind === 'ended') return this.ended(h.stop);
    if (h.kind === 'interrupted') this.say('Program stopped (interrupted).', 'stop');
    else if (h.kind === 'history-start')
      this.say(h.truncated ? 'No more reverse-execution history: older instructions were dropped to keep snapshots within their memory budget.' : 'No more reverse-execution history.', 'stop');
    else if (h.kind === 'condition') this.say(h.reason === '' ? (plain ?? `Stopped at ${this.where.describe(this.cpu.pc)}`) : h.reason, 'stop');
    else if (h.kind === 'arrived') this.say(plain ?? `Reverse-stepped to ${this.where.describe(this.cpu.pc)}.`, 'stop');
    else if (plain) this.say(plain);
    this.showLocation();
  }

  ended(stop: Stop): void {
    const msg =
      stop.kind === 'poweroff' ? `[guest powered off with exit code ${stop.code}]`
      : stop.kind === 'crash' ? `[guest crashed: ${stop.reason} (vector ${stop.vector}, ${VECTOR_NAME.get(stop.vector) ?? '?'}) at ${this.where.describe(stop.pc)}]`
      : stop.kind === 'step-limit' ? `[guest stopped: step limit after ${stop.steps} instructions]`
      : `[guest stopped: ${stop.reason}]`;
    this.say(msg, 'stop');
  }

  showLocation(): void {
    this.say(this.where.location(this.cpu.pc, this.memory.disassemble(this.cpu.pc, this.where.sym)));
    const s = this.where.source(this.cpu.pc);
    if (s) this.listAt = { file: s.file, line: Math.max(1, s.line - 4) };
  }
}
