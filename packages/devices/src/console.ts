// The console: one byte out per `out CONSOLE_DATA`, one byte in per `in CONSOLE_DATA` (-1 once
// input is exhausted), status bits for polling, and an optional input interrupt.
import { CONSOLE_DATA, CONSOLE_EOF, CONSOLE_IRQ_ENABLE, CONSOLE_READY, CONSOLE_STATUS } from '@pvm/isa/codes';
import type { ConsoleBackend, Snapshottable } from './backends.ts';
import type { PortDevice } from './bus.ts';

export class Console implements PortDevice, Snapshottable {
  irqEnabled = false;
  /** Bytes written by the guest (for stats). */
  written = 0;
  /** Output beyond this many bytes is dropped (a flood is contained, not buffered forever). */
  limit = Infinity;
  /** Set when output was dropped at `limit`. */
  overflowed = false;
  private readonly one = new Uint8Array(1);

  constructor(readonly backend: ConsoleBackend) {}

  read(port: number): number {
    if (port === CONSOLE_DATA) return this.backend.read();
    if (port === CONSOLE_STATUS) {
      const next = this.backend.peek();
      return next >= 0 ? CONSOLE_READY : CONSOLE_EOF;
    }
    return -1;
  }

  write(port: number, value: number): void {
    if (port === CONSOLE_DATA) {
      this.one[0] = value;
      this.put(this.one);
    } else if (port === CONSOLE_STATUS) this.irqEnabled = (value & CONSOLE_IRQ_ENABLE) !== 0;
  }

  /** Output from the guest by any path (port, hypercall, ring), with the flood limit applied. */
  put(bytes: Uint8Array): void {
    const room = this.limit - this.written;
    if (room <= 0) {
      this.overflowed = true;
      return;
    }
    const part = bytes.length > room ? bytes.subarray(0, room) : bytes;
    if (part.length < bytes.length) this.overflowed = true;
    this.written += part.length;
    this.backend.write(part);
  }

  save(): unknown {
    return { irqEnabled: this.irqEnabled, written: this.written, overflowed: this.overflowed };
  }

  load(state: unknown): void {
    Object.assign(this, state as object);
  }

  /** Level-triggered input interrupt line. */
  irq(): boolean {
    return this.irqEnabled && this.backend.peek() >= 0;
  }
}
