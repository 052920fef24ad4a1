// Power: `out POWER_OFF, code` shuts the machine down with that exit code.
import { POWER_OFF } from '@pvm/isa/codes';
import type { PortDevice } from './bus.ts';

export class Power implements PortDevice {
  /** The exit code once the guest has powered off, else null. */
  code: number | null = null;
  read(): number {
    return -1;
  }
  write(port: number, value: number): void {
    if (port === POWER_OFF && this.code === null) this.code = value;
  }
}
