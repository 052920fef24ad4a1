// A paravirtual domain: the kernel never executes privileged opcodes; it calls the hypervisor
// with `hcall`, masks events in shared memory, and talks to devices through rings.
import { PORT_NAME, PV_AREA_SIZE, REG_SP, OP_BY_CODE, SIZES, presetByName } from '@pvm/isa';
import type { PrivInstr } from '../privileged.ts';
import {
  BLKIF_REQ_EVENT, BLKIF_RSP_EVENT, FLAG_IE, FLAG_U, OP_HCALL, SH_TIME, SI_BLOCK_EVTCHN, SI_BLOCK_RING, SI_BLOCK_SECTORS,
  SI_CONSOLE_EVTCHN, SI_CONSOLE_RING, SI_MAGIC, SI_MAGIC_VALUE, SI_MEM_SIZE, SI_SHARED_INFO, SI_STACK_TOP, VEC_BREAK,
  TI_IF, VEC_PRIV, VEC_SYSCALL, VIRQ_CONSOLE, VIRQ_TIMER, PAGE_SIZE, SH_CR2, SH_PF_CODE, VEC_PAGE,
} from '@pvm/isa/codes';
import type { Image } from '@pvm/image';
import { pushFrame, describeFault } from '../deliver.ts';
import { Domain, type DomainOptions } from '../domain.ts';
import { exceptionCause } from '../stats.ts';
import { BlockRing } from './block-ring.ts';
import { ConsoleRing } from './console-ring.ts';
import { EventChannels, type Binding } from './events.ts';
import { FrameTable } from './frames.ts';
import type { GuestView } from './guest.ts';
import { NO_RESULT, dispatch } from './hypercalls.ts';
import { VcpuTime } from './time.ts';
import { TrapTable, softintPermitted } from './traps.ts';

/** Offsets of the hypervisor's pages inside the PV area at the top of memory. */
export const PV_PAGES = { startInfo: 0x0000, sharedInfo: 0x1000, consoleRing: 0x2000, blockRing: 0x3000 } as const;

/** The hypercall that replaces each privileged opcode (or port), for the fault message. */
function replacement(code: number, port: number): string {
  const m = OP_BY_CODE[code]?.mnemonic ?? '';
  if (m === 'in' || m === 'out') {
    const name = PORT_NAME.get(port) ?? '';
    if (name.startsWith('CONSOLE')) return 'use hcall console_io (or the console ring)';
    if (name.startsWith('TIMER')) return 'use hcall set_timer_op';
    if (name.startsWith('BLOCK')) return 'use the block ring and hcall event_channel_op EVTCHNOP_send';
    if (name === 'POWER_OFF') return 'use hcall sched_op with SCHEDOP_shutdown';
    return 'paravirtual guests have no I/O ports';
  }
  return (
    {
      cli: 'write 1 to the upcall_mask byte of shared_info (SH_UPCALL_MASK)',
      sti: 'write 0 to the upcall_mask byte of shared_info (SH_UPCALL_MASK)',
      hlt: 'use hcall sched_op with SCHEDOP_block',
      iret: 'use hcall iret',
      lvt: 'use hcall set_trap_table',
      lksp: 'use hcall stack_switch',
      mtcr: 'use hcall mmuext_op with MMUEXT_NEW_BASEPTR (page tables change through mmu_update)',
      mfcr: 'a page fault\'s address and error code are in shared_info (SH_CR2, SH_PF_CODE)',
      invlpg: 'use hcall mmuext_op with MMUEXT_INVLPG_LOCAL, or update_va_mapping with UVMF_INVLPG',
    } as Record<string, string>
  )[m] ?? 'use a hypercall';
}

export class PvDomain extends Domain implements GuestView {
  readonly pvBase: number;
  readonly startInfo: number;
  readonly sharedInfo: number;
  readonly events: EventChannels;
  /** The guest's trap table, copied and validated by set_trap_table. */
  readonly traps = new TrapTable();
  /** The event upcall handler set by set_callbacks (0: none). */
  callback = 0;
  readonly consolePort: number;
  readonly blockPort: number;
  readonly consoleRing: ConsoleRing;
  readonly blockRing: BlockRing;
  /** shared_info's vcpu_time_info. */
  readonly time: VcpuTime;
  /** Direct paging: the type and references of every frame. */
  readonly frames: FrameTable;
  /**
   * The hypervisor ran for the guest (a hypercall, a bounce, a wakeup): rewrite the clock on the
   * way back. Never on a mere slice boundary or a debugger's step, so stepping a guest changes
   * nothing it can see.
   */
  private clockDue = false;

  constructor(image: Image, opts: DomainOptions) {
    super(image, 'pv', opts);
    const cpu = this.cpu;
    this.pvBase = cpu.memSize - PV_AREA_SIZE;
    this.startInfo = this.pvBase + PV_PAGES.startInfo;
    this.sharedInfo = this.pvBase + PV_PAGES.sharedInfo;
    const consoleRing = this.pvBase + PV_PAGES.consoleRing;
    const blockRing = this.pvBase + PV_PAGES.blockRing;
    this.events = new EventChannels(cpu, this.sharedInfo);
    this.consolePort = this.events.allocate({ kind: 'device', name: 'console' });
    this.blockPort = this.events.allocate({ kind: 'device', name: 'block' });
    const stats = this.stats;
    this.consoleRing = new ConsoleRing(this, consoleRing, this.console, { perByte: this.cost.portIo, charge: (c) => void (stats.hypervisorCycles += c) });
    this.blockRing = new BlockRing(this, blockRing, this.block, this.cost.disk);
    // System time in nanoseconds at the clock rate of the CPU the costs come from.
    this.frames = new FrameTable(cpu, Math.floor(cpu.memSize / PAGE_SIZE), Math.floor(this.pvBase / PAGE_SIZE));
    this.time = new VcpuTime(cpu, this.sharedInfo + SH_TIME, (presetByName(this.cost.preset)?.ghz ?? 1) * 1e9);

    const si = this.startInfo;
    cpu.write32(si + SI_MAGIC, SI_MAGIC_VALUE);
    cpu.write32(si + SI_MEM_SIZE, cpu.memSize);
    cpu.write32(si + SI_SHARED_INFO, this.sharedInfo);
    cpu.write32(si + SI_CONSOLE_RING, consoleRing);
    cpu.write32(si + SI_CONSOLE_EVTCHN, this.consolePort);
    cpu.write32(si + SI_BLOCK_RING, blockRing);
    cpu.write32(si + SI_BLOCK_EVTCHN, this.blockPort);
    cpu.write32(si + SI_BLOCK_SECTORS, this.block.sectors);
    cpu.write32(si + SI_STACK_TOP, this.pvBase);
    // A guest starts with events masked, as a Xen vCPU does, until it has a handler.
    this.events.masked = true;
    // SHARED_RING_INIT: each side asks to hear about the first entry.
    cpu.write32(blockRing + BLKIF_REQ_EVENT, 1);
    cpu.write32(blockRing + BLKIF_RSP_EVENT, 1);
    this.time.update(cpu.cycles);
    cpu.regs[1] = si;
    cpu.regs[REG_SP] = this.pvBase;
  }

  override saveExtra(): unknown {
    return {
      traps: this.traps.save(),
      callback: this.callback,
      ports: this.events.ports.map((b) => ({ ...b })),
      consoleRing: this.consoleRing.save(),
      blockRing: this.blockRing.save(),
      clockDue: this.clockDue,
      frames: this.frames.save(),
    };
  }

  override loadExtra(state: unknown): void {
    const s = state as { traps: unknown; callback: number; ports: Binding[]; consoleRing: unknown; blockRing: unknown; clockDue: boolean; frames: unknown };
    this.frames.load(s.frames);
    this.traps.load(s.traps);
    this.callback = s.callback;
    s.ports.forEach((b, i) => (this.events.ports[i] = { ...b }));
    this.consoleRing.load(s.consoleRing);
    this.blockRing.load(s.blockRing);
    this.clockDue = s.clockDue;
  }

  /** What checking one page-table entry costs: a memory reference, as in a walk. */
  get walkRefCost(): number {
    return this.cost.walkRef;
  }

  /** The guest notified a device's event port: its back end takes the work, and answers later. */
  notify(device: 'console' | 'block'): void {
    const now = this.cpu.cycles;
    if (device === 'block') this.blockRing.notify(now);
    else if (this.consoleRing.notify(now)) this.events.raise(this.consolePort);
  }

  /** The back ends' devices finish in virtual time, like the timer and the block device's DMA. */
  protected override nextEvent(): number {
    return Math.min(super.nextEvent(), this.consoleRing.deadline, this.blockRing.deadline);
  }

  protected override devicesTick(): void {
    super.devicesTick();
    const now = this.cpu.cycles;
    if (this.consoleRing.tick(now)) this.events.raise(this.consolePort);
    if (this.blockRing.tick(now)) this.events.raise(this.blockPort);
  }

  protected override hcall(): void {
    const cpu = this.cpu;
    // Xen's hypercall gate is not reachable from guest user mode (int 0x82 has DPL 1): the
    // guest kernel gets the general-protection fault, as for any privileged instruction.
    if (cpu.flags & FLAG_U) return this.exception(VEC_PRIV, cpu.pc);
    const nr = cpu.read32(cpu.pcPhys() + 4); // the word after the head
    cpu.pc = cpu.nextPc;
    this.retire(OP_HCALL);
    this.stats.hypercall(nr, this.cost.hypercall);
    if (this.observer?.hypercall) this.observer.hypercall(nr, Array.from(cpu.regs.subarray(1, 6)), cpu.pc - SIZES[OP_HCALL]!);
    const result = dispatch(this, nr);
    if (result !== NO_RESULT) cpu.regs[0] = result;
    this.clockDue = true;
  }

  protected override privileged(i: PrivInstr): void {
    const m = OP_BY_CODE[i.code]?.mnemonic ?? '?';
    const shown = i.port >= 0 ? `${m} ${PORT_NAME.get(i.port) ?? i.port}` : m;
    this.crash(VEC_PRIV, this.cpu.pc, `privileged instruction '${shown}' in a paravirtual guest; ${replacement(i.code, i.port)}`);
  }

  /**
   * Exceptions go to the handler registered with set_trap_table, on the stack_switch stack:
   * bounced by the hypervisor, or, for a system call through a direct trap, entered straight.
   */
  override exception(vector: number, pc = this.cpu.pc): void {
    const cpu = this.cpu;
    this.observer?.exception?.(vector, pc);
    const handler = this.traps.handlers[vector] ?? 0;
    if (handler === 0) return this.crash(vector, pc, describeFault(cpu, vector, pc));
    const flags = this.traps.flags[vector]!;
    if (vector === VEC_SYSCALL) {
      const fromUser = (cpu.flags & FLAG_U) !== 0;
      if (!softintPermitted(flags, fromUser)) return this.generalProtection(pc, flags, fromUser);
      if (this.traps.direct(vector)) {
        // No hypervisor on this path: no exit, no cycles, and nothing can mask events.
        const err = pushFrame(cpu, handler, cpu.nextPc, this.frameFlags(), 'system call');
        if (err) return this.crash(vector, pc, err);
        this.stats.fastSyscalls++;
        return;
      }
    }
    // Xen keeps the faulting address in vcpu_info.arch.cr2, where the guest's handler reads it.
    if (vector === VEC_PAGE) {
      cpu.write32(this.sharedInfo + SH_CR2, cpu.faultVa);
      cpu.write32(this.sharedInfo + SH_PF_CODE, cpu.faultCode);
    }
    this.stats.exit(exceptionCause(vector), this.cost.hypercall);
    this.observer?.exit?.(exceptionCause(vector), pc);
    const ret = vector === VEC_SYSCALL || vector === VEC_BREAK ? cpu.nextPc : pc;
    const err = pushFrame(cpu, handler, ret, this.frameFlags(), `trap ${vector}`);
    if (err) return this.crash(vector, pc, err);
    this.clockDue = true;
    // An interrupt gate (TI_IF) masks events until the handler's iret; a trap gate leaves them.
    if (this.traps.flags[vector]! & TI_IF) this.events.masked = true;
  }

  /** A `syscall` its entry's DPL does not let this mode make: a general-protection fault, at the syscall. */
  private generalProtection(pc: number, flags: number, fromUser: boolean): void {
    if (this.traps.handlers[VEC_PRIV] === 0) {
      const who = fromUser ? 'user mode' : 'the kernel';
      return this.crash(VEC_PRIV, pc, `general protection: syscall from ${who} through a trap_info entry with DPL ${flags & 3}, which ${who} may not enter, and no VEC_PRIV handler`);
    }
    this.exception(VEC_PRIV, pc);
  }

  /** FLAGS as a PV guest's frame carries them: U, and IE meaning "events were unmasked". */
  private frameFlags(): number {
    return (this.cpu.flags & FLAG_U) | (this.events.masked ? 0 : FLAG_IE);
  }

  /** On every return to the guest: timer to event, the clock if the hypervisor ran, then an upcall if one is pending and unmasked. */
  protected override interrupts(): void {
    const cpu = this.cpu;
    if (this.stopped) return;
    if (this.timer.pending) {
      this.timer.pending = false;
      const port = this.events.portOf(VIRQ_TIMER);
      if (port > 0) this.events.raise(port);
    }
    if (this.halted && this.events.anyDeliverable()) this.halted = false;
    const upcall = this.events.upcallPending && !this.events.masked && this.callback !== 0;
    if (this.clockDue || upcall) {
      this.time.update(cpu.cycles);
      this.clockDue = false;
    }
    if (!upcall) return;
    const interrupted = cpu.pc;
    const err = pushFrame(cpu, this.callback, cpu.pc, this.frameFlags(), 'event upcall');
    if (err) return this.crash(VEC_PRIV, cpu.pc, err);
    this.events.masked = true;
    this.halted = false;
    this.stats.upcall(this.cost.upcall);
    this.observer?.upcall?.(interrupted);
  }

  /**
   * A guest that bound VIRQ_CONSOLE and goes to sleep is told about console input: it arrives at
   * the instant the guest blocks (input is a tape that is always there, as on the native
   * console), so what the guest sees depends on the input bytes, not on when the host got them.
   */
  consoleInputArrives(): void {
    const port = this.events.portOf(VIRQ_CONSOLE);
    if (port > 0 && !this.events.isPending(port) && this.console.backend.peek() >= 0) this.events.raise(port);
  }

  /** SCHEDOP_block: let virtual time pass until an event can wake the guest. */
  protected override idle(): void {
    this.interrupts();
    if (!this.halted || this.stopped) return;
    const next = this.nextEvent();
    if (next === Infinity) {
      this.stop({ kind: 'halted', pc: this.cpu.pc - SIZES[OP_HCALL]!, reason: 'SCHEDOP_block with no timer set, no I/O in flight and no event pending: the guest would sleep forever' });
      return;
    }
    const from = this.cpu.cycles;
    this.cpu.cycles = Math.max(from, next);
    // One CPU: the console's work while the guest sleeps fills the sleep, and is not charged again.
    this.stats.hypervisorCycles -= this.consoleRing.busyDuring(from, this.cpu.cycles);
    this.clockDue = true;
    this.devicesTick();
    this.interrupts();
    // A timer event on an unbound or masked port wakes nothing: keep waiting for the next.
  }
}
