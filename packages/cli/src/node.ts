// The real process's Io: node's file system and standard streams.
import { closeSync, fsyncSync, openSync, readFileSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { FileDisk } from './host/disk.ts';
import { StdioConsole } from './host/console.ts';
import type { Io } from './io.ts';

const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'EIO';

export function nodeIo(): Io {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    readFile(path) {
      try {
        return readFileSync(path);
      } catch (e) {
        return { code: code(e) };
      }
    },
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
    openDisk: (path, readOnly) => FileDisk.open(path, readOnly),
  };
}
