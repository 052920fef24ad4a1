// A domain: one guest with its vCPU, memory and devices, run in one of the three modes. The
// run loop turns each exit of the interpreter into the mode's policy: execute directly
// (native), count and emulate (trap), or dispatch a hypercall (pv).
import { Cpu, EXIT_EXCEPTION, EXIT_HCALL, EXIT_IRQ_WINDOW, EXIT_PRIVILEGED, EXIT_SENSITIVE } from '@pvm/cpu';
import { Block, Bus, Console, Power, Timer, type BlockBackend, type ConsoleBackend } from '@pvm/devices';
import type { Image } from '@pvm/image';
import { CYCLES, DEFAULT_MEMORY, REG_SP } from '@pvm/isa';
import {
  BLOCK_CMD, BLOCK_COUNT, BLOCK_DATA, BLOCK_SECTOR, BLOCK_STATUS, CONSOLE_DATA, CONSOLE_STATUS, FLAG_IE, FLAG_U,
  OP_CLI, OP_HLT, OP_IN_RP, OP_IN_RR, OP_IRET, OP_LKSP, OP_LVT, OP_OUT_PR, OP_OUT_RR, OP_POPF, OP_PUSHF, OP_STI, POWER_OFF,
  TIMER_NOW, TIMER_NOW_HI, TIMER_ONESHOT, TIMER_PERIOD, VEC_BLOCK, VEC_BREAK, VEC_CONSOLE, VEC_ILLEGAL, VEC_MEMORY,
  VEC_SYSCALL, VEC_TIMER,
} from '@pvm/isa/codes';
import { DEFAULT_COST, type CostModel } from './cost.ts';
import { deliver, describeFault } from './deliver.ts';
import { Stats, exceptionCause, interruptCause, privCause, sensitiveCause } from './stats.ts';

export type Mode = 'native' | 'trap' | 'pv';
export const MODES: readonly Mode[] = ['native', 'trap', 'pv'];

export interface DomainOptions {
  readonly mode: Mode;
  readonly memory?: number;
  readonly console: ConsoleBackend;
  readonly disk?: BlockBackend | null;
  readonly cost?: Partial<CostModel>;
  /** Under `trap`: `pushf`/`popf` exit and see virtual FLAGS (hardware-assisted virtualization). */
  readonly popfTraps?: boolean;
  /** Stop after this many guest instructions (0: no limit). */
  readonly maxSteps?: number;
  /** Stop the guest once its console output passes this many bytes (default: no limit). */
  readonly outputLimit?: number;
}

/**
 * Someone watching the guest's transitions (the debugger's catchpoints). Called as they
 * happen; costs nothing when absent.
 */
export interface DomainObserver {
  /** A counted VM exit (trap mode) or trap bounce (pv): `cause` is a stats cause id. */
  exit?(cause: number, pc: number): void;
  /** A hypercall, before it runs, with r1..r5. */
  hypercall?(nr: number, args: readonly number[], pc: number): void;
  /** An interrupt delivered to the guest. */
  interrupt?(vector: number, pc: number): void;
  /** An event upcall into a paravirtual guest. */
  upcall?(pc: number): void;
  /** An exception raised by the guest, before it is delivered (or stops the machine). */
  exception?(vector: number, pc: number): void;
}

/** Why a domain stopped for good. */
export type Stop =
  | { readonly kind: 'poweroff'; readonly code: number }
  | { readonly kind: 'crash'; readonly vector: number; readonly pc: number; readonly reason: string }
  | { readonly kind: 'step-limit'; readonly steps: number }
  | { readonly kind: 'halted'; readonly pc: number; readonly reason: string };

/** How many cycles the loop runs before it looks around (responsiveness, not semantics). */
const SLICE = 1 << 22;
const COST = CYCLES;

/** `16 MiB`, `64 KiB`, or `1,000 bytes`. */
const bytes = (n: number): string =>
  n >= 1 << 20 && n % (1 << 20) === 0 ? `${n / (1 << 20)} MiB` : n >= 1024 && n % 1024 === 0 ? `${n / 1024} KiB` : `${n.toLocaleString('en-US')} bytes`;

export class Domain {
  readonly cpu: Cpu;
  readonly bus = new Bus();
  readonly console: Console;
  readonly timer: Timer;
  readonly block: Block;
  readonly power = new Power();
  readonly stats = new Stats();
  readonly cost: CostModel;
  readonly maxSteps: number;
  /** Waiting in `hlt` for an interrupt. */
  halted = false;
  stopped: Stop | null = null;
  /** Watching transitions (the debugger), or null. */
  observer: DomainObserver | null = null;
  /** Called before each instruction when set (tracing): the run then goes one instruction at a time. */
  trace: ((pc: number) => void) | null = null;
  /**
   * Set by an observer to make run() return at the next instruction boundary, retired or not:
   * the debugger stops at a fault handler's entry, which retires no instruction.
   */
  pauseRequested = false;

  constructor(
    readonly image: Image,
    readonly mode: Mode,
    opts: DomainOptions,
  ) {
    this.cpu = new Cpu({ memory: opts.memory ?? DEFAULT_MEMORY });
    this.cost = { ...DEFAULT_COST, ...opts.cost };
    this.maxSteps = opts.maxSteps ?? 0;
    this.console = new Console(opts.console);
    if (opts.outputLimit !== undefined) this.console.limit = opts.outputLimit;
    this.timer = new Timer({ now: () => this.cpu.cycles });
    this.block = new Block(opts.disk ?? null);
    for (const p of [CONSOLE_DATA, CONSOLE_STATUS]) this.bus.map(p, this.console);
    for (const p of [TIMER_PERIOD, TIMER_NOW, TIMER_ONESHOT, TIMER_NOW_HI]) this.bus.map(p, this.timer);
    for (const p of [BLOCK_SECTOR, BLOCK_CMD, BLOCK_DATA, BLOCK_STATUS, BLOCK_COUNT]) this.bus.map(p, this.block);
    this.bus.map(POWER_OFF, this.power);

    const cpu = this.cpu;
    for (const seg of image.segments) cpu.mem.set(seg.bytes, seg.addr);
    cpu.pc = image.entry;
    cpu.regs[REG_SP] = cpu.memSize;
    cpu.deprivileged = mode !== 'native';
    cpu.popfTraps = mode === 'trap' && (opts.popfTraps ?? false);
  }

  /**
   * Run until the guest stops for good (returns the Stop) or until `budget` more instructions
   * have retired (returns null: paused, as the debugger wants).
   */
  run(budget = Infinity): Stop | null {
    const cpu = this.cpu;
    const pauseAt = cpu.instret + budget;
    this.pauseRequested = false;
    while (this.stopped === null) {
      if (this.maxSteps && cpu.instret >= this.maxSteps) return this.stop({ kind: 'step-limit', steps: cpu.instret });
      // A halted guest idles until woken before a pause is honoured: the `hlt` and the
      // interrupt that ends it are one step, so each instruction count names one instant.
      if (this.halted) {
        this.idle();
        continue;
      }
      if (cpu.instret >= pauseAt) return null;
      let limit = Math.min(this.timer.deadline, cpu.cycles + SLICE, cpu.cycles + (pauseAt - cpu.instret));
      if (this.maxSteps) limit = Math.min(limit, cpu.cycles + (this.maxSteps - cpu.instret));
      if (this.trace) {
        this.trace(cpu.pc);
        limit = cpu.cycles + 1;
      }
      const exit = cpu.run(limit);
      // Where the exiting instruction is, before its handler moves pc on.
      const at = cpu.pc;
      switch (exit) {
        case EXIT_PRIVILEGED:
          this.privileged();
          break;
        case EXIT_EXCEPTION:
          this.exception(cpu.vector);
          break;
        case EXIT_HCALL:
          this.hcall();
          break;
        case EXIT_SENSITIVE:
          this.sensitive();
          break;
        case EXIT_IRQ_WINDOW:
          break;
      }
      if (this.power.code !== null) return this.stop({ kind: 'poweroff', code: this.power.code });
      // A console flood is stopped at the limit, not left spinning with its output dropped.
      if (this.console.overflowed) return this.stop({ kind: 'halted', pc: at, reason: `console output reached its limit of ${bytes(this.console.limit)}; the rest was dropped` });
      this.timer.tick(cpu.cycles);
      this.interrupts();
      if (this.pauseRequested) {
        this.pauseRequested = false;
        return this.stopped;
      }
    }
    return this.stopped;
  }

  protected stop(s: Stop): Stop {
    this.stopped ??= s;
    return this.stopped;
  }

  /** State a subclass keeps beyond the base domain's, for snapshots. */
  saveExtra(): unknown {
    return null;
  }

  loadExtra(_state: unknown): void {}

  /** Stop with an unhandled-exception report. */
  crash(vector: number, pc: number, reason: string): void {
    this.stop({ kind: 'crash', vector, pc, reason });
  }

  /** Count a trap-and-emulate exit (nothing is an exit on bare metal). */
  private vmExit(cause: number): void {
    if (this.mode === 'native') return;
    this.stats.exit(cause, this.cost.exit);
    this.observer?.exit?.(cause, this.cpu.pc);
  }

  /** The instruction retired on the guest's behalf (the loop left before counting it). */
  protected retire(code: number): void {
    this.cpu.cycles += COST[code]!;
    this.cpu.instret++;
  }

  // ---- privileged opcodes: executed directly (native) or decoded and emulated (trap) ----

  private privileged(): void {
    const cpu = this.cpu;
    const pc = cpu.pc;
    // Decode from guest memory, as a trap-and-emulate hypervisor must: the head and one word.
    const m = cpu.mem;
    const code = m[pc]!;
    const a = m[pc + 1]!;
    const b = m[pc + 2]!;
    const imm = pc + 8 <= cpu.memSize ? cpu.read32(pc + 4) : 0;
    const regs = cpu.regs;
    if (this.mode === 'pv') return this.pvPrivileged(code, pc);
    let port = 0;
    if (code === OP_IN_RP || code === OP_OUT_PR) port = imm;
    else if (code === OP_IN_RR) port = regs[b]!;
    else if (code === OP_OUT_RR) port = regs[a]!;
    this.vmExit(privCause(code, port));
    // A faulting iret does not retire, like every other faulting instruction.
    if (code === OP_IRET) return this.iret(pc);
    this.retire(code);
    switch (code) {
      case OP_IN_RP:
      case OP_IN_RR:
        regs[a] = this.bus.in(port);
        cpu.pc = pc + (code === OP_IN_RP ? 8 : 4);
        return;
      case OP_OUT_PR:
        this.bus.out(port, regs[a]!);
        cpu.pc = pc + 8;
        return;
      case OP_OUT_RR:
        this.bus.out(port, regs[b]!);
        cpu.pc = pc + 4;
        return;
      case OP_CLI:
        cpu.flags &= ~FLAG_IE;
        cpu.pc = pc + 4;
        return;
      case OP_STI:
        cpu.flags |= FLAG_IE;
        cpu.pc = pc + 4;
        return;
      case OP_HLT:
        cpu.pc = pc + 4;
        this.halted = true;
        return;
      case OP_LVT:
        cpu.vbase = regs[a]! >>> 0;
        cpu.pc = pc + 4;
        return;
      case OP_LKSP:
        cpu.ksp = regs[a]! >>> 0;
        cpu.pc = pc + 4;
        return;
    }
  }

  /** `iret`: pop PC, then FLAGS, then the user stack pointer when returning to user mode. */
  private iret(pc: number): void {
    const cpu = this.cpu;
    const sp = cpu.regs[REG_SP]! >>> 0;
    if (!cpu.inRange(sp, 8)) {
      cpu.faultAddr = sp;
      cpu.faultKind = 1;
      return this.exception(VEC_MEMORY, pc);
    }
    const newPc = cpu.read32(sp);
    const f = cpu.read32(sp + 4) & (FLAG_IE | FLAG_U);
    let newSp = sp + 8;
    if (f & FLAG_U) {
      if (!cpu.inRange(sp + 8, 4)) {
        cpu.faultAddr = sp + 8;
        cpu.faultKind = 1;
        return this.exception(VEC_MEMORY, pc);
      }
      newSp = cpu.read32(sp + 8);
    }
    this.retire(OP_IRET);
    cpu.regs[REG_SP] = newSp;
    cpu.flags = f;
    cpu.pc = newPc;
  }

  /** A privileged opcode in a paravirtual kernel: replaced in pv.ts. */
  protected pvPrivileged(_code: number, pc: number): void {
    this.crash(VEC_ILLEGAL, pc, 'privileged instruction in a paravirtual guest');
  }

  /** An `hcall`: bare metal and unmodified kernels have no hypervisor to call. */
  protected hcall(): void {
    this.exception(VEC_ILLEGAL);
  }

  /** `pushf`/`popf` under `--popf-traps`: emulated against the virtual FLAGS. */
  private sensitive(): void {
    const cpu = this.cpu;
    const code = cpu.mem[cpu.pc]!;
    this.vmExit(sensitiveCause(code));
    if (code === OP_PUSHF) {
      if (!cpu.push(cpu.flags)) return this.stackFault((cpu.regs[REG_SP]! - 4) >>> 0, 2);
    } else if (code === OP_POPF) {
      const sp = cpu.regs[REG_SP]! >>> 0;
      if (!cpu.inRange(sp, 4)) return this.stackFault(sp, 1);
      // The guest's own user mode has no privilege either: there popf keeps IE and U, as native.
      if ((cpu.flags & FLAG_U) === 0) cpu.flags = cpu.read32(sp) & (FLAG_IE | FLAG_U);
      cpu.regs[REG_SP] = sp + 4;
    }
    this.retire(code);
    cpu.pc = cpu.nextPc;
  }

  /** The same memory fault the CPU reports for pushf (a store below sp) or popf (a load at sp). */
  private stackFault(addr: number, kind: number): void {
    this.cpu.faultAddr = addr;
    this.cpu.faultKind = kind;
    this.exception(VEC_MEMORY);
  }

  // ---- exceptions and interrupts ----

  /** Deliver an exception through the guest's vector table, or stop with a report. */
  exception(vector: number, pc = this.cpu.pc): void {
    this.observer?.exception?.(vector, pc);
    const cpu = this.cpu;
    this.vmExit(exceptionCause(vector));
    const ret = vector === VEC_SYSCALL || vector === VEC_BREAK ? cpu.nextPc : pc;
    const err = deliver(cpu, vector, ret);
    if (err) this.crash(vector, pc, err === 'no handler' ? describeFault(cpu, vector, pc) : err);
  }

  /** Deliver the most urgent pending interrupt, if interrupts are enabled. */
  protected interrupts(): void {
    const cpu = this.cpu;
    if ((cpu.flags & FLAG_IE) === 0 || this.stopped) return;
    let vector: number;
    if (this.timer.pending) {
      this.timer.pending = false;
      vector = VEC_TIMER;
    } else if (this.console.irq()) vector = VEC_CONSOLE;
    else if (this.block.pending) {
      this.block.pending = false;
      vector = VEC_BLOCK;
    } else return;
    this.halted = false;
    this.vmExit(interruptCause(vector));
    this.stats.interrupt(vector);
    this.observer?.interrupt?.(vector, cpu.pc);
    const err = deliver(cpu, vector, cpu.pc);
    if (err) this.crash(vector, cpu.pc, err === 'no handler' ? `interrupt ${vector} arrived with no handler in the vector table` : err);
  }

  /** `hlt`: let virtual time pass until the next interrupt, or stop if none can come. */
  protected idle(): void {
    const cpu = this.cpu;
    if ((cpu.flags & FLAG_IE) === 0) {
      this.halted = false;
      this.stop({ kind: 'halted', pc: cpu.pc - 4, reason: 'hlt with interrupts disabled: nothing can wake the machine' });
      return;
    }
    this.interrupts();
    if (!this.halted || this.stopped) return;
    if (this.timer.deadline === Infinity) {
      this.stop({ kind: 'halted', pc: cpu.pc - 4, reason: 'hlt with no timer or device interrupt pending: the machine would wait forever' });
      return;
    }
    cpu.cycles = Math.max(cpu.cycles, this.timer.deadline);
    this.timer.tick(cpu.cycles);
    this.interrupts();
  }
}
