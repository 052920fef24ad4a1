// The real process's Io: node's file system and standard streams.
import { closeSync, fstatSync, fsyncSync, openSync, readSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { FileDisk } from './host/disk.ts';
import { StdioConsole } from './host/console.ts';
import { terminalHost } from './host/terminal.ts';
import type { Io } from './io.ts';

const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'EIO';

/** No source or image is this large; a device like /dev/zero would otherwise be read forever. */
export const MAX_INPUT = 64 << 20;

/** A whole file, read in chunks up to MAX_INPUT (then EFBIG), or why it cannot be read. */
export function readInputFile(path: string): Uint8Array | { code: string } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    return { code: code(e) };
  }
  try {
    if (fstatSync(fd).isDirectory()) return { code: 'EISDIR' };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 16);
      const n = readSync(fd, chunk, 0, chunk.length, null);
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

export function nodeIo(): Io {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    readFile: readInputFile,
    listDir(path) {
      try {
        return readdirSync(path);
      } catch (e) {
        const c = code(e);
        return c === 'ENOTDIR' ? null : { code: c };
      }
    },
    writeFile(path, data) {
      // Whole or not at all: a temporary file beside the target, synced, then renamed over it.
      const tmp = `${path}.${process.pid}.tmp`;
      try {
        const fd = openSync(tmp, 'w', 0o644);
        try {
          writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(tmp, path);
        return null;
      } catch (e) {
        try {
          unlinkSync(tmp);
        } catch {}
        return { code: code(e) };
      }
    },
    isTTY: Boolean(process.stdout.isTTY),
    guestConsole: () => new StdioConsole(),
    debugHost: terminalHost,
    openDisk: (path, readOnly) => FileDisk.open(path, readOnly),
  };
}
