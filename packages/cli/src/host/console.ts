// The guest console on the real terminal: output buffered and written to fd 1 in large chunks
// (and before any read, so prompts appear), input read from fd 0 on demand. A failed write
// does not throw through the interpreter: it is kept in `failure`, later output is dropped,
// and `pvm run` ends the guest at its next look around.
import { readSync } from 'node:fs';
import type { GuestConsole, OutputError } from '../io.ts';
import { writeAll, type WriteFn } from './output.ts';

export interface StdioOptions {
  inFd?: number;
  outFd?: number;
  write?: WriteFn;
  /** Around a read that may wait for input: Ctrl-C keeps its default action meanwhile. */
  waiting?<T>(read: () => T): T;
}

const sleep = new Int32Array(new SharedArrayBuffer(4));

export class StdioConsole implements GuestConsole {
  private out: Uint8Array = new Uint8Array(1 << 16);
  private outLen = 0;
  private inBuf = new Uint8Array(1 << 16);
  private inPos = 0;
  private inLen = 0;
  private eof = false;
  failure: OutputError | null = null;
  lastByte = -1;
  private readonly inFd: number;
  private readonly outFd: number;

  constructor(private readonly opts: StdioOptions = {}) {
    this.inFd = opts.inFd ?? 0;
    this.outFd = opts.outFd ?? 1;
  }

  write(bytes: Uint8Array): void {
    if (bytes.length === 0 || this.failure) return;
    this.lastByte = bytes[bytes.length - 1]!;
    if (this.outLen + bytes.length > this.out.length) this.flush();
    if (bytes.length > this.out.length) return this.send(bytes);
    this.out.set(bytes, this.outLen);
    this.outLen += bytes.length;
  }

  flush(): void {
    if (this.outLen) this.send(this.out.subarray(0, this.outLen));
    this.outLen = 0;
  }

  private send(bytes: Uint8Array): void {
    if (this.failure) return;
    try {
      writeAll(this.outFd, bytes, 'stdout', this.opts.write);
    } catch (e) {
      this.failure = e as OutputError;
    }
  }

  private fill(): boolean {
    if (this.inPos < this.inLen) return true;
    // With nowhere for output to go the run is ending: do not wait for input first.
    if (this.eof || this.failure) return false;
    this.flush();
    if (this.failure) return false;
    const wait = this.opts.waiting ?? ((read) => read());
    this.inLen = wait(() => this.readSome());
    this.inPos = 0;
    if (this.inLen === 0) this.eof = true;
    return this.inLen > 0;
  }

  /** One read of fd 0: the byte count, 0 at its end (or when it cannot be read). */
  private readSome(): number {
    for (;;) {
      try {
        return readSync(this.inFd, this.inBuf, 0, this.inBuf.length, null);
      } catch (e) {
        // A non-blocking stdin has nothing yet: wait a little and ask again.
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') Atomics.wait(sleep, 0, 0, 5);
        else return 0;
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
