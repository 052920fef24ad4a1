// Full virtualization by trap-and-emulate, as VMware and Xen did on x86 before VT-x: the
// unmodified kernel runs deprivileged, so each privileged instruction faults into the
// hypervisor, which counts the exit, decodes the instruction from guest memory and emulates it.
// Exceptions and interrupts bound for the guest pass through the hypervisor too.
import type { Image } from '@pvm/image';
import { Domain, type DomainOptions } from './domain.ts';
import type { PrivInstr } from './privileged.ts';
import { privCause } from './stats.ts';

export class TrapDomain extends Domain {
  constructor(image: Image, opts: DomainOptions) {
    super(image, 'trap', opts);
  }

  /** One VM exit: counted by cause and charged to the hypervisor, never to the guest's clock. */
  private vmExit(cause: number, pc: number): void {
    this.stats.exit(cause, this.cost.trap);
    this.observer?.exit?.(cause, pc);
  }

  protected override privileged(i: PrivInstr): void {
    this.vmExit(privCause(i.code, i.port), this.cpu.pc);
    this.execute(i);
  }

  protected override reflect(cause: number, pc: number): void {
    this.vmExit(cause, pc);
  }
}
