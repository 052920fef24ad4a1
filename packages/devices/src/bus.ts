// Devices are port handlers on a bus (uxn's device page, v86's register_read). An unmapped
// port reads all ones and ignores writes, like an empty ISA slot.
import { PORT_SPACE as NUM_PORTS } from '@pvm/isa';

export interface PortDevice {
  read(port: number): number;
  write(port: number, value: number): void;
}

export class Bus {
  private readonly ports: (PortDevice | undefined)[] = new Array(NUM_PORTS).fill(undefined);

  map(port: number, dev: PortDevice): void {
    this.ports[port] = dev;
  }

  /** Read a port; unmapped or out-of-range ports read 0xffffffff (-1). */
  in(port: number): number {
    const dev = port >>> 0 < NUM_PORTS ? this.ports[port] : undefined;
    return dev ? dev.read(port) | 0 : -1;
  }

  out(port: number, value: number): void {
    const dev = port >>> 0 < NUM_PORTS ? this.ports[port] : undefined;
    dev?.write(port, value | 0);
  }

  mapped(port: number): boolean {
    return port >>> 0 < NUM_PORTS && this.ports[port] !== undefined;
  }
}
