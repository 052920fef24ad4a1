// Hardware-assisted virtualization as Intel VT-x does it. The unmodified kernel keeps its own
// privilege inside a VMCS-like guest mode, so cli, sti, iret, popf and pushf act on its own FLAGS
// and cost nothing: that is how VT-x answers Popek–Goldberg — not by making popf trap (VT-x has
// no POPF exit control at all), but by no longer taking the kernel's privilege away. The
// hypervisor gets control back only through the exits the controls enable:
//
//   HLT              hlt, with HLT exiting
//   IO_INSTRUCTION   in/out on a port the I/O bitmap marks; the exit qualification carries the
//                    port, size and direction, so nothing is decoded
//   EXTERNAL_INTERRUPT  a device interrupt, with external-interrupt exiting; the hypervisor
//                    then injects it on the next VM entry...
//   INTERRUPT_WINDOW ...or, when the guest has interrupts masked, as soon as it unmasks them
//   VMCALL           hcall, the hypercall instruction of this mode
//   EPT_VIOLATION    a page table or page outside the domain's memory
//
// Memory is virtualized by nested paging (EPT): the kernel edits its own tables and loads its
// own base with no exit at all, and the MMU walks two dimensions on a TLB miss — each
// guest-physical address the guest's walk uses is itself translated by the hypervisor's table.
//
// Each exit costs a VM exit and a VM entry (the cost model's vmExit + vmEntry); exceptions
// inside the guest (syscall, faults) do not exit at all, as with an empty exception bitmap.
import { WALK_OK, type Walk } from '@pvm/cpu';
import {
  EXIT_REASON_EPT_VIOLATION, EXIT_REASON_EXTERNAL_INTERRUPT, EXIT_REASON_HLT, EXIT_REASON_INTERRUPT_WINDOW, EXIT_REASON_IO_INSTRUCTION,
  EXIT_REASON_VMCALL, PORTS,
} from '@pvm/isa';
import { FLAG_IE, OP_HCALL, OP_HLT, OP_IN_RP, OP_IN_RR, VEC_BLOCK, VEC_CONSOLE, VEC_ILLEGAL, VEC_TIMER } from '@pvm/isa/codes';
import type { Image } from '@pvm/image';
import { deliver } from './deliver.ts';
import { Domain, type DomainOptions } from './domain.ts';
import { dispatchHvm, type HypercallGuest } from './pv/hypercalls.ts';
import type { PrivInstr } from './privileged.ts';
import { vmxCause } from './stats.ts';

/** The VM-execution controls pvm models (the SDM's names are in @pvm/isa's VMCS_SWITCHES). */
export interface VmcsControls {
  readonly hltExiting: boolean;
  readonly extIntExiting: boolean;
  readonly intWindowExiting: boolean;
  readonly vmcall: boolean;
  /** Ports whose in/out exit ("use I/O bitmaps"); the others go straight to the device. */
  readonly ioBitmap: ReadonlySet<number>;
}

/** Every control on, and every device port in the I/O bitmap: what a hypervisor emulating all devices sets. */
export const DEFAULT_CONTROLS: VmcsControls = Object.freeze({
  hltExiting: true,
  extIntExiting: true,
  intWindowExiting: true,
  vmcall: true,
  ioBitmap: new Set(PORTS.map((p) => p.value)),
});

/**
 * Levels of the hypervisor's second-level table: two, as the guest's, so a full walk makes
 * 2 × 2 + 2 + 2 = 8 references where bare metal makes 2 (Bhargava et al., ASPLOS 2008: a
 * 2-D walk of an n-level guest over an m-level nested table makes nm + n + m).
 */
export const EPT_LEVELS = 2;

/** Interrupt vectors in the order the machine delivers them, most urgent first. */
const BY_PRIORITY = [VEC_TIMER, VEC_CONSOLE, VEC_BLOCK];

export class HvmDomain extends Domain implements HypercallGuest {
  readonly controls: VmcsControls;
  /** Guest-physical memory is all the guest's: no hypervisor pages inside it. */
  readonly pvBase: number;
  /** Interrupts the hypervisor took from devices and still owes the guest, one bit per vector. */
  private owed = 0;
  /** The hypervisor asked for an interrupt-window exit. */
  private windowOpen = false;
  /** The hypervisor has control right now (an exit just happened), so it can inject. */
  private inRoot = false;

  constructor(image: Image, opts: DomainOptions & { readonly controls?: VmcsControls }) {
    super(image, 'hvm', opts);
    this.controls = opts.controls ?? DEFAULT_CONTROLS;
    this.pvBase = this.cpu.memSize;
    // The kernel keeps its privilege: VMX non-root ring 0.
    this.cpu.deprivileged = false;
    this.cpu.mmuObserver = {
      walked: (_va: number, w: Walk) => {
        // Each guest-physical address the walk read, and the one it found, goes through the
        // second-level table. Done by the MMU, with no exit: charged with the virtualization
        // overhead, off the guest's clock as every cost of a mode is (docs/machine.md).
        const guestRefs = (w.pdeAddr >= 0 ? 1 : 0) + (w.pteAddr >= 0 ? 1 : 0);
        const extra = EPT_LEVELS * (guestRefs + (w.status === WALK_OK ? 1 : 0));
        this.stats.mmu.nestedRefs += extra;
        this.stats.hypervisorCycles += extra * this.cost.walkRef;
      },
      outside: () => this.vmExit(EXIT_REASON_EPT_VIOLATION, 0, this.cpu.pc),
    };
  }

  /** One VM exit and the VM entry that resumes the guest. */
  private vmExit(reason: number, detail: number, pc: number): void {
    const cause = vmxCause(reason, detail);
    this.stats.exit(cause, this.cost.vmExit + this.cost.vmEntry);
    this.observer?.exit?.(cause, pc);
    this.inRoot = true;
  }

  protected override privileged(i: PrivInstr): void {
    const pc = this.cpu.pc;
    if (i.port >= 0) {
      // The exit qualification (SDM Table 28-5) names port, size and direction: no decode needed.
      if (this.controls.ioBitmap.has(i.port >>> 0)) this.vmExit(EXIT_REASON_IO_INSTRUCTION, ioDetail(i), pc);
    } else if (i.code === OP_HLT && this.controls.hltExiting) this.vmExit(EXIT_REASON_HLT, 0, pc);
    // Everything else runs in guest mode on the guest's own state: cli, sti, iret, lvt, lksp,
    // and, with nested paging, mtcr, mfcr and invlpg (no CR3-load or INVLPG exiting).
    this.execute(i);
  }

  protected override hcall(): void {
    const cpu = this.cpu;
    if (!this.controls.vmcall) return this.exception(VEC_ILLEGAL);
    const nr = cpu.read32(cpu.pcPhys() + 4); // the word after the head
    this.vmExit(EXIT_REASON_VMCALL, 0, cpu.pc);
    this.retire(OP_HCALL);
    cpu.pc = cpu.nextPc;
    this.stats.hypercall(nr, 0);
    this.observer?.hypercall?.(nr, Array.from(cpu.regs.subarray(1, 6)), cpu.pc - 8);
    cpu.regs[0] = dispatchHvm(this, nr);
  }

  /** Take device interrupts (with an exit each) and inject what is owed when the guest can take it. */
  protected override interrupts(): void {
    const cpu = this.cpu;
    if (this.stopped) return;
    if (!this.controls.extIntExiting) {
      // Straight through the guest's vector table, as on bare metal.
      this.inRoot = false;
      return super.interrupts();
    }
    for (const v of BY_PRIORITY) {
      // A level-triggered line (the console's) stays asserted until the guest reads its input:
      // once owed it is not taken again, or it would exit forever.
      if (v === VEC_CONSOLE && (this.owed & (1 << v)) !== 0) continue;
      if (!this.raised(v)) continue;
      // Each interrupt that arrives is an exit; a second one of a vector already owed merges
      // with it, as a latched interrupt does on bare metal.
      this.vmExit(EXIT_REASON_EXTERNAL_INTERRUPT, v, cpu.pc);
      this.owed |= 1 << v;
    }
    // The window opens after sti's interrupt shadow, as VT-x's interruptibility state says.
    if (this.owed !== 0 && (cpu.flags & FLAG_IE) !== 0 && !this.shadow) {
      if (this.windowOpen) {
        this.windowOpen = false;
        this.vmExit(EXIT_REASON_INTERRUPT_WINDOW, 0, cpu.pc);
        this.inject();
      } else if (this.inRoot) this.inject();
    }
    // Still owed and the guest cannot take it now (an injection just masked it, or it had):
    // ask to be told the moment it can.
    if (this.owed !== 0 && ((cpu.flags & FLAG_IE) === 0 || this.shadow) && this.controls.intWindowExiting) this.windowOpen = true;
    this.inRoot = false;
  }

  /** A device's interrupt line, taken (acknowledged) if raised. */
  private raised(v: number): boolean {
    if (v === VEC_TIMER) {
      if (!this.timer.pending) return false;
      this.timer.pending = false;
      return true;
    }
    if (v === VEC_CONSOLE) return this.console.irq();
    if (!this.block.pending) return false;
    this.block.pending = false;
    return true;
  }

  /** Event injection on VM entry: the most urgent owed vector enters the guest as an interrupt would. */
  private inject(): void {
    const cpu = this.cpu;
    // The console's level may have dropped since it was taken (the guest read its input): a
    // virtual interrupt controller looks at the line again and injects nothing.
    if ((this.owed & (1 << VEC_CONSOLE)) !== 0 && !this.console.irq()) this.owed &= ~(1 << VEC_CONSOLE);
    const v = BY_PRIORITY.find((x) => (this.owed & (1 << x)) !== 0);
    if (v === undefined) return;
    this.owed &= ~(1 << v);
    // Only an interrupt the guest takes ends its hlt, as on bare metal.
    this.halted = false;
    this.stats.interrupt(v);
    this.observer?.interrupt?.(v, cpu.pc);
    const err = deliver(cpu, v, cpu.pc);
    if (err) this.crash(v, cpu.pc, err === 'no handler' ? `interrupt ${v} arrived with no handler in the vector table` : err);
  }

  /** hlt: the vCPU sleeps until an interrupt; an owed one wakes it at once. */
  protected override idle(): void {
    if (this.owed !== 0 && (this.cpu.flags & FLAG_IE) !== 0) {
      this.inRoot = true;
      this.halted = false;
      this.interrupts();
      return;
    }
    super.idle();
  }

  override interruptPending(vector: number): boolean {
    return (this.owed & (1 << vector)) !== 0 || super.interruptPending(vector);
  }

  override saveExtra(): unknown {
    return { owed: this.owed, windowOpen: this.windowOpen, inRoot: this.inRoot };
  }

  override loadExtra(state: unknown): void {
    Object.assign(this, state as object);
  }
}

/** What a stats cause keeps of an I/O exit qualification: direction and port. */
function ioDetail(i: PrivInstr): number {
  const out = i.code !== OP_IN_RP && i.code !== OP_IN_RR;
  return (out ? 0x200 : 0) | (i.port >>> 0 < 0x100 ? i.port : 0x100);
}
