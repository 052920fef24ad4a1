// Full virtualization by trap-and-emulate, as VMware and Xen did on x86 before VT-x: the
// unmodified kernel runs deprivileged, so each privileged instruction faults into the
// hypervisor, which counts the exit, decodes the instruction from guest memory and emulates it.
// Exceptions and interrupts bound for the guest pass through the hypervisor too.
import { FAULT_LOAD, FAULT_STORE, REG_SP } from '@pvm/isa';
import { FLAG_IE, FLAG_U, OP_POPF, OP_PUSHF } from '@pvm/isa/codes';
import type { Image } from '@pvm/image';
import { Domain, type DomainOptions } from './domain.ts';
import type { PrivInstr } from './privileged.ts';
import { privCause, sensitiveCause } from './stats.ts';

export class TrapDomain extends Domain {
  constructor(image: Image, opts: DomainOptions) {
    super(image, 'trap', opts);
    this.cpu.popfTraps = opts.popfTraps ?? false;
  }

  /** One VM exit: counted by cause and charged to the hypervisor, never to the guest's clock. */
  private vmExit(cause: number, pc: number): void {
    this.stats.exit(cause, this.cost.exit);
    this.observer?.exit?.(cause, pc);
  }

  protected override privileged(i: PrivInstr): void {
    this.vmExit(privCause(i.code, i.port), this.cpu.pc);
    this.execute(i);
  }

  protected override reflect(cause: number, pc: number): void {
    this.vmExit(cause, pc);
  }

  /** `pushf`/`popf` under `--popf-traps`: emulated against the virtual FLAGS. */
  protected override sensitive(): void {
    const cpu = this.cpu;
    const code = cpu.mem[cpu.pc]!;
    this.vmExit(sensitiveCause(code), cpu.pc);
    if (code === OP_PUSHF) {
      if (!cpu.push(cpu.flags)) return this.memoryFault((cpu.regs[REG_SP]! - 4) >>> 0, FAULT_STORE);
    } else if (code === OP_POPF) {
      const sp = cpu.regs[REG_SP]! >>> 0;
      if (!cpu.inRange(sp, 4)) return this.memoryFault(sp, FAULT_LOAD);
      // The guest's own user mode has no privilege either: there popf keeps IE and U, as native.
      if ((cpu.flags & FLAG_U) === 0) cpu.flags = cpu.read32(sp) & (FLAG_IE | FLAG_U);
      cpu.regs[REG_SP] = sp + 4;
    }
    this.retire(code);
    cpu.pc = cpu.nextPc;
  }
}
