// The guest console on the real terminal: output buffered and written to fd 1 in large chunks
// (and before any read, so prompts appear), input read from fd 0 on demand.
import { readSync, writeSync } from 'node:fs';
import type { ConsoleBackend } from '@pvm/devices';

export class StdioConsole implements ConsoleBackend {
  private out: Uint8Array = new Uint8Array(1 << 16);
  private outLen = 0;
  private inBuf = new Uint8Array(1 << 16);
  private inPos = 0;
  private inLen = 0;
  private eof = false;

  constructor(private readonly inFd = 0, private readonly outFd = 1) {}

  write(bytes: Uint8Array): void {
    if (this.outLen + bytes.length > this.out.length) this.flush();
    if (bytes.length > this.out.length) return writeAll(this.outFd, bytes);
    this.out.set(bytes, this.outLen);
    this.outLen += bytes.length;
  }

  flush(): void {
    if (this.outLen) writeAll(this.outFd, this.out.subarray(0, this.outLen));
    this.outLen = 0;
  }

  private fill(): boolean {
    if (this.inPos < this.inLen) return true;
    if (this.eof) return false;
    this.flush();
    for (;;) {
      try {
        this.inLen = readSync(this.inFd, this.inBuf, 0, this.inBuf.length, null);
        this.inPos = 0;
        if (this.inLen === 0) this.eof = true;
        return this.inLen > 0;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // A non-blocking stdin has nothing yet: wait a little and ask again.
        if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        else {
          this.eof = true;
          return false;
        }
      }
    }
  }

  peek(): number {
    return this.fill() ? this.inBuf[this.inPos]! : -1;
  }

  read(): number {
    return this.fill() ? this.inBuf[this.inPos++]! : -1;
  }

  /** Bytes already read from fd 0 and not yet consumed: readable without blocking. */
  available(): number {
    return this.inLen - this.inPos;
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      // The reader went away (a closed pipe): the output has nowhere to go.
      else if (code === 'EPIPE') return;
      else throw e;
    }
  }
}
