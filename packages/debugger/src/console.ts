// The guest console inside the debugger: input from a buffer, output to the debugger's
// writer. It remembers how much output has been shown, so that replaying the run (reverse
// execution, restart) never prints the same bytes twice.
import type { ConsoleBackend, Snapshottable } from '@pvm/devices';

/**
 * Guest output over replays of one timeline: each byte is shown once, however often a replay
 * writes it again. `produced` is part of the timeline (saved and restored with it).
 */
export class ShownOnce {
  /** Bytes the guest has written in this timeline. */
  produced = 0;
  /** Bytes already shown to the user (across all replays). */
  private shown = 0;
  private readonly decoder = new TextDecoder();

  constructor(private readonly show: (text: string) => void) {}

  write(bytes: Uint8Array): void {
    // Only the part past what was already shown is new (a replay writes the old part again).
    const skip = Math.min(bytes.length, Math.max(0, this.shown - this.produced));
    this.produced += bytes.length;
    if (skip < bytes.length) {
      this.shown = this.produced;
      // A character split across writes is shown whole, with its last byte.
      const text = this.decoder.decode(bytes.subarray(skip), { stream: true });
      if (text) this.show(text);
    }
  }

  /** Show everything again from here (restart). */
  forget(): void {
    this.shown = this.produced;
  }
}

export class DebugConsole implements ConsoleBackend, Snapshottable {
  private pos = 0;
  private readonly out: ShownOnce;

  constructor(
    private readonly input: Uint8Array,
    show: (text: string) => void,
  ) {
    this.out = new ShownOnce(show);
  }

  write(bytes: Uint8Array): void {
    this.out.write(bytes);
  }

  peek(): number {
    return this.pos < this.input.length ? this.input[this.pos]! : -1;
  }

  read(): number {
    return this.pos < this.input.length ? this.input[this.pos++]! : -1;
  }

  available(): number {
    return this.input.length - this.pos;
  }

  get consumed(): number {
    return this.pos;
  }

  save(): unknown {
    return { pos: this.pos, produced: this.out.produced };
  }

  load(state: unknown): void {
    const s = state as { pos: number; produced: number };
    this.pos = s.pos;
    this.out.produced = s.produced;
  }

  /** Show everything again from the start (restart). */
  forget(): void {
    this.out.forget();
  }
}
