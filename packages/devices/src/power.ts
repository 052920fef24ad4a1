// Power: `out POWER_OFF, code` shuts the machine down with that exit code.
import { POWER_OFF } from '@pvm/isa/codes';
import type { Snapshottable } from './backends.ts';
import type { PortDevice } from './bus.ts';

export class Power implements PortDevice, Snapshottable {
  /** The exit code once the guest has powered off, else null. */
  code: number | null = null;
  read(): number {
    return -1;
  }
  save(): unknown {
    return { code: this.code };
  }
  load(state: unknown): void {
    this.code = (state as { code: number | null }).code;
  }
  write(port: number, value: number): void {
    if (port === POWER_OFF && this.code === null) this.code = value;
  }
}
