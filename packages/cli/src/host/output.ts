// pvm's standard output and error: whole writes straight to the file descriptor, so text is out
// before pvm goes on, and every failure becomes one OutputError (a closed pipe, a full disk)
// for `main` to turn into an exit status, never an 'error' event with a stack trace.
import { writeSync } from 'node:fs';
import { OutputError } from '../io.ts';

/** The write system call; replaceable so tests and the fuzzer can make it fail. */
export type WriteFn = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

const sleep = new Int32Array(new SharedArrayBuffer(4));

/** The system's words for an error: 'ENOSPC: no space left on device, write' → 'no space left on device'. */
export function errnoReason(e: unknown): string {
  const m = /^[A-Z0-9]+: (.*?)(?:, \w+(?: '.*')?)?$/.exec((e as Error)?.message ?? '');
  return m?.[1] || (e as NodeJS.ErrnoException)?.code || String(e);
}

/** Write all of `bytes` to `fd`, or throw OutputError naming `stream`. */
export function writeAll(fd: number, bytes: Uint8Array, stream: 'stdout' | 'stderr', write: WriteFn = writeSync): void {
  let off = 0;
  while (off < bytes.length) {
    try {
      off += write(fd, bytes, off, bytes.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      // A non-blocking descriptor (another program shares it) is full for now: wait and retry.
      if (code === 'EAGAIN') Atomics.wait(sleep, 0, 0, 1);
      else throw new OutputError(stream, code, errnoReason(e));
    }
  }
}

/** A text writer for fd 1 or 2. */
export function stdWriter(fd: 1 | 2, write?: WriteFn): (text: string) => void {
  const stream = fd === 1 ? 'stdout' : 'stderr';
  return (text) => writeAll(fd, Buffer.from(text), stream, write);
}
