// Full virtualization by trap-and-emulate, as VMware and Xen did on x86 before VT-x: the
// unmodified kernel runs deprivileged, so each privileged instruction faults into the
// hypervisor, which counts the exit, decodes the instruction from guest memory and emulates it.
// Exceptions and interrupts bound for the guest pass through the hypervisor too. Memory is
// virtualized by shadow paging (shadow.ts): base loads exit (mtcr is privileged), stores to the
// guest's page tables exit, and a walk the shadow cannot answer is a hidden page fault.
import { WALK_REFS, type Walk } from '@pvm/cpu';
import type { Image } from '@pvm/image';
import { CR_PTB, OP_MFCR, OP_MTCR } from '@pvm/isa/codes';
import { Domain, type DomainOptions } from './domain.ts';
import type { PrivInstr } from './privileged.ts';
import { ShadowPager, type ShadowState } from './shadow.ts';
import { MMU_HIDDEN_FAULT, MMU_PT_WRITE, privCause } from './stats.ts';

interface TrapState {
  readonly shadow: ShadowState;
  /** The physical address of a page-table store being let through, or -1. */
  readonly passing: number;
}

export class TrapDomain extends Domain {
  private readonly pager: ShadowPager;
  /** A page-table store let through for one instruction: its physical address, or -1. */
  private passing = -1;

  constructor(image: Image, opts: DomainOptions) {
    super(image, 'trap', opts);
    const cpu = this.cpu;
    this.pager = new ShadowPager(cpu);
    cpu.wprot = this.pager.wprot;
    cpu.mmuObserver = {
      walked: (va: number, w: Walk) => {
        // The hypervisor walks the guest's tables in software and fills the shadow entry.
        if (this.pager.walked(va, w)) this.vmExit(MMU_HIDDEN_FAULT, cpu.pc, this.cost.trap + WALK_REFS * this.cost.walkRef);
      },
      outside: () => {},
    };
  }

  /** One VM exit: counted by cause and charged to the hypervisor, never to the guest's clock. */
  private vmExit(cause: number, pc: number, cost = this.cost.trap): void {
    this.stats.exit(cause, cost);
    this.observer?.exit?.(cause, pc);
  }

  protected override privileged(i: PrivInstr): void {
    const cr = i.code === OP_MTCR || i.code === OP_MFCR;
    this.vmExit(privCause(i.code, cr ? i.cr : i.port), this.cpu.pc);
    this.execute(i);
    // A base load switches shadows: one kept from before, or a new, empty one.
    if (i.code === OP_MTCR && i.cr === CR_PTB && this.pager.use(this.cpu.ptb)) this.stats.mmu.shadowRoots++;
  }

  protected override reflect(cause: number, pc: number): void {
    this.vmExit(cause, pc);
  }

  /**
   * A store to a write-protected page table: the hypervisor emulates it. pvm lets the one
   * instruction through rather than decoding it (the guest sees the same either way), then
   * drops the shadow entries the store changed and protects the frame again.
   */
  protected override ptWrite(): void {
    const cpu = this.cpu;
    this.vmExit(MMU_PT_WRITE, cpu.pc);
    this.passing = cpu.faultAddr;
    cpu.wprotPass = this.passing >>> 12;
    this.stepping = true;
  }

  protected override stepped(): void {
    const cpu = this.cpu;
    cpu.wprotPass = -1;
    cpu.protectFrame(this.passing >>> 12);
    this.pager.written(this.passing);
    this.passing = -1;
  }

  override saveExtra(): TrapState {
    return { shadow: this.pager.save(), passing: this.passing };
  }

  override loadExtra(state: unknown): void {
    const s = state as TrapState;
    this.pager.load(s.shadow);
    this.passing = s.passing;
    this.cpu.wprotPass = s.passing >= 0 ? s.passing >>> 12 : -1;
    this.stepping = s.passing >= 0;
  }
}
