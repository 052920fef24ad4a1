// Command lines from a byte stream (a piped stdin, a script file), one at a time and each
// bounded: a line past the limit is dropped as it arrives, never held whole.
import { LIMITS } from './limits.ts';

/** A line of text, or the number of a line that was too long and was dropped. */
export type Line = { readonly n: number; readonly text: string } | { readonly n: number; readonly tooLong: number };

export class LineSplitter {
  private readonly buf: Uint8Array;
  private len = 0;
  /** Bytes of the current line, counted also past the buffer. */
  private seen = 0;
  private n = 0;
  private readonly decoder = new TextDecoder();

  constructor(private readonly max: number = LIMITS.lineBytes) {
    this.buf = new Uint8Array(max);
  }

  /** The lines a chunk completes. */
  push(chunk: Uint8Array): Line[] {
    const out: Line[] = [];
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(10, from);
      const end = nl < 0 ? chunk.length : nl;
      this.take(chunk.subarray(from, end));
      if (nl < 0) return out;
      out.push(this.finish());
      from = nl + 1;
    }
  }

  /** The last line, when the input does not end with a newline. */
  end(): Line[] {
    return this.seen > 0 ? [this.finish()] : [];
  }

  private take(part: Uint8Array): void {
    const room = this.max - this.len;
    if (room > 0) this.buf.set(part.subarray(0, room), this.len);
    this.len += Math.min(room, part.length);
    this.seen += part.length;
  }

  private finish(): Line {
    const n = ++this.n;
    const { seen, len } = this;
    this.len = this.seen = 0;
    if (seen > this.max) return { n, tooLong: seen };
    const body = len > 0 && this.buf[len - 1] === 13 ? len - 1 : len;
    return { n, text: this.decoder.decode(this.buf.subarray(0, body)) };
  }
}
