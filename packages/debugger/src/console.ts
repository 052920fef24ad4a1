// The guest console inside the debugger: input from a buffer, output to the debugger's
// writer. It remembers how much output has been shown, so that replaying the run (reverse
// execution, restart) never prints the same bytes twice.
import type { ConsoleBackend, Snapshottable } from '@pvm/devices';

export class DebugConsole implements ConsoleBackend, Snapshottable {
  private pos = 0;
  /** Bytes the guest has written in this timeline. */
  private produced = 0;
  /** Bytes already shown to the user (across all replays). */
  private shown = 0;
  private readonly out: number[] = [];

  constructor(
    private readonly input: Uint8Array,
    private readonly show: (text: string) => void,
  ) {}

  write(bytes: Uint8Array): void {
    const fresh: number[] = [];
    for (const b of bytes) {
      if (this.produced >= this.shown) {
        fresh.push(b);
        this.shown++;
      }
      this.produced++;
      this.out.push(b);
    }
    if (fresh.length) this.show(new TextDecoder().decode(new Uint8Array(fresh)));
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
    return { pos: this.pos, produced: this.produced };
  }

  load(state: unknown): void {
    const s = state as { pos: number; produced: number };
    this.pos = s.pos;
    this.produced = s.produced;
    this.out.length = s.produced;
  }

  /** Show everything again from the start (restart). */
  forget(): void {
    this.shown = this.produced;
  }

  text(): string {
    return new TextDecoder().decode(new Uint8Array(this.out));
  }
}
