// Ctrl-C during `pvm run`. Node runs a signal listener only when its event loop turns, so the
// run pauses between slices to let it. While the guest waits for console input (a blocking
// read, when the loop cannot turn) the listener is taken away: Ctrl-C then has its default
// action and ends pvm at once, as it always did, instead of waiting for a line of input.
import type { Interrupt } from '../io.ts';

export class SigintWatch implements Interrupt {
  requested = false;
  private armed = false;
  private closed = false;
  private readonly onSignal = (): void => {
    this.requested = true;
  };

  constructor() {
    this.arm();
  }

  pause(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  close(): void {
    this.closed = true;
    this.disarm();
  }

  /** Run a read that may block with Ctrl-C at its default action. */
  waiting<T>(read: () => T): T {
    if (!this.armed) return read();
    this.disarm();
    try {
      return read();
    } finally {
      this.arm();
    }
  }

  private arm(): void {
    if (this.armed || this.closed) return;
    process.on('SIGINT', this.onSignal);
    this.armed = true;
  }

  private disarm(): void {
    if (!this.armed) return;
    process.off('SIGINT', this.onSignal);
    this.armed = false;
  }
}
