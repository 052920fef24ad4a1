// The real process's Io: node's file system and standard streams.
import { closeSync, constants, fstatSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { isatty } from 'node:tty';
import { FileDisk } from './host/disk.ts';
import { StdioConsole } from './host/console.ts';
import { writeFileSafely } from './host/file.ts';
import { errnoReason, stdWriter, type WriteFn } from './host/output.ts';
import { SigintWatch } from './host/signal.ts';
import { terminalHost } from './host/terminal.ts';
import { EXIT, OutputError, outputFailed, type Io } from './io.ts';

const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'EIO';

/** No source or image is this large; a device like /dev/zero would otherwise be read forever. */
export const MAX_INPUT = 64 << 20;

const sleep = new Int32Array(new SharedArrayBuffer(4));

/** A whole file, read in chunks up to MAX_INPUT (then EFBIG), or why it cannot be read. */
export function readInputFile(path: string): Uint8Array | { code: string } {
  let fd: number;
  try {
    // Non-blocking: opening a named pipe nobody writes must not wait for ever (it reads as empty).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { code: code(e) };
  }
  try {
    if (fstatSync(fd).isDirectory()) return { code: 'EISDIR' };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 16);
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        // A pipe whose writer has not written yet: wait for it, as `cat` would.
        if (code(e) !== 'EAGAIN') throw e;
        Atomics.wait(sleep, 0, 0, 1);
        continue;
      }
      if (n === 0) break;
      total += n;
      if (total > MAX_INPUT) return { code: 'EFBIG' };
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    return { code: code(e) };
  } finally {
    closeSync(fd);
  }
}

/** Whether two descriptors (or paths) are the same file, pipe or terminal. */
function sameFile(a: number | string, b: number | string): boolean {
  try {
    const x = typeof a === 'number' ? fstatSync(a) : statSync(a);
    const y = typeof b === 'number' ? fstatSync(b) : statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Where the standard streams go: the real descriptors, or (tests, the fuzzer) a replacement write call. */
export interface StdioOptions {
  write?: WriteFn;
  /** Guest console input (default fd 0). */
  inFd?: number;
}

export function nodeIo(opts: StdioOptions = {}): Io {
  let watch: SigintWatch | null = null;
  return {
    out: stdWriter(1, opts.write),
    err: stdWriter(2, opts.write),
    readFile: readInputFile,
    listDir(path) {
      try {
        return readdirSync(path);
      } catch (e) {
        const c = code(e);
        return c === 'ENOTDIR' ? null : { code: c };
      }
    },
    writeFile: writeFileSafely,
    sameFile,
    isTTY: isatty(1),
    sharedOutput: () => sameFile(1, 2),
    guestConsole: () =>
      new StdioConsole({
        inFd: opts.inFd ?? 0,
        outFd: 1,
        ...(opts.write ? { write: opts.write } : {}),
        waiting: (read) => (watch ? watch.waiting(read) : read()),
      }),
    watchInterrupt() {
      watch = new SigintWatch();
      const w = watch;
      return {
        get requested() {
          return w.requested;
        },
        pause: () => w.pause(),
        close: () => {
          w.close();
          if (watch === w) watch = null;
        },
      };
    },
    debugHost() {
      guardProcessStreams();
      return terminalHost();
    },
    openDisk: (path, readOnly) => FileDisk.open(path, readOnly),
  };
}

let guarded = false;

/**
 * The debugger's terminal writes through node's process.stdout (readline); a failed write there
 * is an 'error' event, not a throw: end as `main` would for a failed write.
 */
function guardProcessStreams(): void {
  if (guarded) return;
  guarded = true;
  const errIo = { err: stdWriter(2) };
  for (const [s, name] of [[process.stdout, 'stdout'], [process.stderr, 'stderr']] as const)
    s.on('error', (e: NodeJS.ErrnoException) => {
      process.exit(outputFailed(errIo, new OutputError(name, e.code ?? 'EIO', errnoReason(e))));
    });
}

/** The status for something thrown out of `main` in the real process: a failed write, or a bug. */
export function lastResort(e: unknown): number {
  if (e instanceof OutputError) return outputFailed({ err: stdWriter(2) }, e);
  // A bug in pvm itself, never a guest or input problem: say so in one line.
  try {
    stdWriter(2)(`pvm: internal error: ${(e as Error)?.message ?? String(e)}\n`);
  } catch {}
  return EXIT.software;
}
