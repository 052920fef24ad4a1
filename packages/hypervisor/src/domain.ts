// A domain: one guest with its vCPU, memory and devices. The base class is the bare machine
// (`native`): it runs the loop, executes privileged instructions with real privilege, and
// delivers exceptions and interrupts through the guest's vector table. Each virtualized mode is a
// subclass that turns the interpreter's exits into its own policy: trap-and-emulate (trap.ts),
// paravirtualization (pv/).
import { Cpu, EXIT_EXCEPTION, EXIT_HCALL, EXIT_IRQ_WINDOW, EXIT_LIMIT, EXIT_PRIVILEGED, EXIT_PT_WRITE } from '@pvm/cpu';
import { Block, Bus, Console, Power, Timer, type BlockBackend, type ConsoleBackend, type PortDevice } from '@pvm/devices';
import type { Image } from '@pvm/image';
import { CYCLES, DEFAULT_MEMORY, PORTS, REG_SP, SIZES, TIME_MAX } from '@pvm/isa';
import {
  CR_FAULT_ADDR, CR_FAULT_CODE, CR_PTB, FLAG_IE, FLAG_U, OP_CLI, OP_HLT, OP_IN_RP, OP_IN_RR, OP_INVLPG, OP_IRET, OP_LKSP, OP_LVT, OP_MFCR,
  OP_MTCR, OP_OUT_PR, OP_OUT_RR, OP_STI, VEC_BLOCK, VEC_BREAK, VEC_CONSOLE, VEC_ILLEGAL, VEC_MEMORY, VEC_SYSCALL, VEC_TIMER,
} from '@pvm/isa/codes';
import { DEFAULT_COST, type CostModel } from './cost.ts';
import { deliver, describeFault, popFrame } from './deliver.ts';
import { decodePrivileged, ioRegister, newPrivInstr, type PrivInstr } from './privileged.ts';
import { Stats, exceptionCause, interruptCause } from './stats.ts';

export type Mode = 'native' | 'trap' | 'hvm' | 'pv';
export const MODES: readonly Mode[] = ['native', 'trap', 'hvm', 'pv'];

export interface DomainOptions {
  readonly mode: Mode;
  readonly memory?: number;
  readonly console: ConsoleBackend;
  readonly disk?: BlockBackend | null;
  /** The costs of a CPU preset (`--cpu`), with any single numbers overridden. */
  readonly cost?: CostModel;
  /** Under `hvm`: the VM-execution controls (default: every exit on, every device port in the I/O bitmap). */
  readonly controls?: import('./hvm.ts').VmcsControls;
  /** Stop after this many guest instructions (0: no limit). */
  readonly maxSteps?: number;
  /** Stop the guest once its console output passes this many bytes (default: no limit). */
  readonly outputLimit?: number;
  /** The CPU's engine: `interp` (default) or `jit`, which give the same results. */
  readonly engine?: import('@pvm/cpu').Engine;
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
  /** An sti just unmasked interrupts: none is taken until one more instruction has run. */
  shadow = false;
  stopped: Stop | null = null;
  /** Watching transitions (the debugger), or null. */
  observer: DomainObserver | null = null;
  /** Called before each instruction when set (tracing): the run then goes one instruction at a time. */
  trace: ((pc: number) => void) | null = null;
  /** The privileged instruction being handled (one object, reused). */
  protected readonly instr: PrivInstr = newPrivInstr();
  /**
   * Set by an observer to make run() return at the next instruction boundary, retired or not:
   * the debugger stops at a fault handler's entry, which retires no instruction.
   */
  pauseRequested = false;
  /** A mode has work to finish once the next instruction has run (see stepped()): run just one. */
  protected stepping = false;

  constructor(
    readonly image: Image,
    readonly mode: Mode,
    opts: DomainOptions,
  ) {
    this.cpu = new Cpu({ memory: opts.memory ?? DEFAULT_MEMORY, engine: opts.engine ?? 'interp' });
    this.cost = opts.cost ?? DEFAULT_COST;
    this.maxSteps = opts.maxSteps ?? 0;
    this.console = new Console(opts.console);
    if (opts.outputLimit !== undefined) this.console.limit = opts.outputLimit;
    this.timer = new Timer({ now: () => this.cpu.cycles });
    this.block = new Block(opts.disk ?? null, this.cpu, { now: () => this.cpu.cycles });
    this.block.latency = this.cost.disk;
    // Every port of the ABI's table, on the device its name belongs to (a test checks none is left out).
    const byPrefix: [string, PortDevice][] = [['CONSOLE_', this.console], ['TIMER_', this.timer], ['BLOCK_', this.block], ['POWER_', this.power]];
    for (const p of PORTS) {
      const dev = byPrefix.find(([prefix]) => p.name.startsWith(prefix));
      if (dev) this.bus.map(p.value, dev[1]);
    }

    const cpu = this.cpu;
    for (const seg of image.segments) cpu.writeBytes(seg.addr, seg.bytes);
    cpu.pc = image.entry;
    cpu.regs[REG_SP] = cpu.memSize;
    cpu.deprivileged = mode !== 'native';
    cpu.walkRefCost = this.cost.walkRef;
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
      // Past TIME_MAX a double clock would stop advancing, and with it every limit: stop first.
      if (cpu.cycles >= TIME_MAX) return this.stop({ kind: 'halted', pc: cpu.pc, reason: `virtual time reached its limit of 2^52 cycles` });
      // A halted guest idles until woken before a pause is honoured: the `hlt` and the
      // interrupt that ends it are one step, so each instruction count names one instant.
      if (this.halted) {
        this.idle();
        continue;
      }
      if (cpu.instret >= pauseAt) return null;
      // Every instruction costs at least one cycle, so a cycle limit this far ahead also bounds
      // the instructions run; below TIME_MAX these sums are exact.
      let limit = Math.min(this.nextEvent(), cpu.cycles + SLICE, cpu.cycles + (pauseAt - cpu.instret), TIME_MAX);
      if (this.maxSteps) limit = Math.min(limit, cpu.cycles + (this.maxSteps - cpu.instret));
      // The instruction after an sti that unmasked runs before any interrupt (x86's interrupt
      // shadow): `sti; hlt` cannot lose the interrupt between them.
      const shadowed = this.shadow;
      if (this.trace) this.trace(cpu.pc);
      const stepping = this.stepping;
      if (this.trace || shadowed || stepping) limit = cpu.cycles + 1;
      const before = cpu.instret;
      const exit = cpu.run(limit);
      if (shadowed) this.shadow = false;
      if (stepping && (cpu.instret !== before || exit !== EXIT_LIMIT)) {
        this.stepping = false;
        this.stepped();
      }
      // Where the exiting instruction is, before its handler moves pc on.
      const at = cpu.pc;
      switch (exit) {
        case EXIT_PRIVILEGED:
          this.privileged(decodePrivileged(cpu, cpu.pcPhys(), this.instr));
          break;
        case EXIT_EXCEPTION:
          this.exception(cpu.vector);
          break;
        case EXIT_HCALL:
          this.hcall();
          break;
        case EXIT_PT_WRITE:
          this.ptWrite();
          break;
        case EXIT_IRQ_WINDOW:
          break;
      }
      if (this.power.code !== null) return this.stop({ kind: 'poweroff', code: this.power.code });
      // A console flood is stopped at the limit, not left spinning with its output dropped.
      if (this.console.overflowed) return this.stop({ kind: 'halted', pc: at, reason: `console output reached its limit of ${bytes(this.console.limit)}; the rest was dropped` });
      this.devicesTick();
      // An instruction the hypervisor is letting through (stepping) completes before any
      // interrupt: on bare metal nothing comes between its fault-free start and its end.
      if (!this.stepping) this.interrupts();
      if (this.pauseRequested) {
        this.pauseRequested = false;
        return this.stopped;
      }
    }
    return this.stopped;
  }

  /**
   * Whether an interrupt of `vector` waits to be delivered to the guest: latched in its device
   * here, or (hvm) taken by the hypervisor and owed to the guest.
   */
  interruptPending(vector: number): boolean {
    if (vector === VEC_TIMER) return this.timer.pending;
    if (vector === VEC_BLOCK) return this.block.pending;
    return vector === VEC_CONSOLE && this.console.irq();
  }

  /** The next instant a device has something to say: a timer deadline, a DMA completing. */
  protected nextEvent(): number {
    return Math.min(this.timer.deadline, this.block.deadline);
  }

  /** Let the devices catch up with virtual time. */
  protected devicesTick(): void {
    this.timer.tick(this.cpu.cycles);
    this.block.tick(this.cpu.cycles);
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

  /** The instruction retired on the guest's behalf (the loop left before counting it). */
  protected retire(code: number): void {
    this.cpu.cycles += COST[code]!;
    this.cpu.instret++;
  }

  // ---- what a mode decides: bare metal has no hypervisor, so none of these is an exit ----

  /** A privileged instruction in supervisor mode: on bare metal it simply runs. */
  protected privileged(i: PrivInstr): void {
    this.execute(i);
  }

  /** An exception or interrupt on its way into the guest: on bare metal, no exit. */
  protected reflect(_cause: number, _pc: number): void {}

  /** A store to a frame the mode write-protects (only shadow paging protects any). */
  protected ptWrite(): void {
    this.cpu.wprot = null;
  }

  /** The instruction a mode asked to run alone (`stepping`) has run, or exited. */
  protected stepped(): void {}

  /** An `hcall`: bare metal and unmodified kernels have no hypervisor to call. */
  protected hcall(): void {
    this.exception(VEC_ILLEGAL);
  }

  // ---- the machine's semantics of each privileged instruction, shared by every mode ----

  /** Run a privileged instruction with real privilege (native) or emulate it (after an exit). */
  protected execute(i: PrivInstr): void {
    const cpu = this.cpu;
    const pc = cpu.pc;
    const regs = cpu.regs;
    // A faulting iret does not retire, like every other faulting instruction.
    if (i.code === OP_IRET) return this.iret(pc);
    // No such control register: #UD, as x86's mov to or from CR1 is.
    if ((i.code === OP_MTCR || i.code === OP_MFCR) && i.cr > CR_FAULT_CODE) return this.exception(VEC_ILLEGAL);
    this.retire(i.code);
    switch (i.code) {
      case OP_IN_RP:
      case OP_IN_RR:
        regs[ioRegister(i)] = this.bus.in(i.port);
        // A port access is a bus transaction to a slow device, on bare metal as under any hypervisor.
        cpu.cycles += this.cost.portIo + this.block.takeStall();
        break;
      case OP_OUT_PR:
      case OP_OUT_RR:
        this.bus.out(i.port, regs[ioRegister(i)]!);
        cpu.cycles += this.cost.portIo + this.block.takeStall();
        break;
      case OP_CLI:
        cpu.flags &= ~FLAG_IE;
        break;
      case OP_STI:
        if ((cpu.flags & FLAG_IE) === 0) this.shadow = true;
        cpu.flags |= FLAG_IE;
        break;
      case OP_HLT:
        this.halted = true;
        break;
      case OP_LVT:
        cpu.vbase = regs[i.a]! >>> 0;
        break;
      case OP_LKSP:
        cpu.ksp = regs[i.a]! >>> 0;
        break;
      case OP_MTCR:
        if (i.cr === CR_PTB) cpu.setPtb(regs[i.a]!);
        else if (i.cr === CR_FAULT_ADDR) cpu.faultVa = regs[i.a]! >>> 0;
        else cpu.faultCode = regs[i.a]! >>> 0;
        break;
      case OP_MFCR:
        regs[i.a] = i.cr === CR_PTB ? cpu.ptb : i.cr === CR_FAULT_ADDR ? cpu.faultVa : cpu.faultCode;
        break;
      case OP_INVLPG:
        cpu.invalidatePage(regs[i.a]!);
        break;
    }
    // After the device has seen it: a device acting on `out` sees the pc of the `out`.
    cpu.pc = pc + i.size;
  }

  /** `iret`: pop PC, then FLAGS, then the user stack pointer when returning to user mode. */
  private iret(pc: number): void {
    const cpu = this.cpu;
    const f = popFrame(cpu, (a, n) => cpu.inRange(a, n));
    if (f === null) return this.exception(cpu.vector, pc);
    this.retire(OP_IRET);
    cpu.regs[REG_SP] = f.sp;
    cpu.flags = f.flags & (FLAG_IE | FLAG_U);
    cpu.pc = f.pc;
  }

  /** The memory fault the CPU would report for this access, raised on the hypervisor's behalf. */
  protected memoryFault(addr: number, kind: number, pc = this.cpu.pc): void {
    this.cpu.faultAddr = addr;
    this.cpu.faultKind = kind;
    this.exception(VEC_MEMORY, pc);
  }

  // ---- exceptions and interrupts ----

  /** Deliver an exception through the guest's vector table, or stop with a report. */
  exception(vector: number, pc = this.cpu.pc): void {
    this.observer?.exception?.(vector, pc);
    const cpu = this.cpu;
    this.reflect(exceptionCause(vector), pc);
    const ret = vector === VEC_SYSCALL || vector === VEC_BREAK ? cpu.nextPc : pc;
    const err = deliver(cpu, vector, ret);
    if (err) this.crash(vector, pc, err === 'no handler' ? describeFault(cpu, vector, pc) : err);
  }

  /** Deliver the most urgent pending interrupt, if interrupts are enabled. */
  protected interrupts(): void {
    const cpu = this.cpu;
    if ((cpu.flags & FLAG_IE) === 0 || this.stopped || this.shadow) return;
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
    this.reflect(interruptCause(vector), cpu.pc);
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
      this.stop({ kind: 'halted', pc: cpu.pc - SIZES[OP_HLT]!, reason: 'hlt with interrupts disabled: nothing can wake the machine' });
      return;
    }
    this.interrupts();
    if (!this.halted || this.stopped) return;
    const next = this.nextEvent();
    if (next === Infinity) {
      this.stop({ kind: 'halted', pc: cpu.pc - SIZES[OP_HLT]!, reason: 'hlt with no timer or device interrupt pending: the machine would wait forever' });
      return;
    }
    cpu.cycles = Math.max(cpu.cycles, next);
    this.devicesTick();
    this.interrupts();
  }
}
