// The graded guest's console: input from the case, output into one growing buffer. A kernel
// that prints a byte per `out` writes millions of one-byte chunks; kept as separate arrays
// (BufferConsole's way, right for the debugger's snapshots) 16 MiB of them took 3.9 GB.
import type { ConsoleBackend } from '@pvm/devices';

export class GradeConsole implements ConsoleBackend {
  private buf = new Uint8Array(4096);
  private size = 0;
  private pos = 0;
  private readonly input: Uint8Array;

  /** `input` is a byte string: one char per byte (expectations.ts builds it so). */
  constructor(input: string) {
    this.input = Uint8Array.from(input, (c) => c.charCodeAt(0));
  }

  write(bytes: Uint8Array): void {
    if (this.size + bytes.length > this.buf.length) {
      let cap = this.buf.length * 2;
      while (cap < this.size + bytes.length) cap *= 2;
      const next = new Uint8Array(cap);
      next.set(this.buf.subarray(0, this.size));
      this.buf = next;
    }
    this.buf.set(bytes, this.size);
    this.size += bytes.length;
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

  get bytesOut(): number {
    return this.size;
  }

  text(): string {
    return new TextDecoder().decode(this.buf.subarray(0, this.size));
  }
}
