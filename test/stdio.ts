// Running the real `pvm` bundle with its standard streams wired to chosen descriptors: a pipe
// nobody reads, a full device, a file both streams share.
import { spawnSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE, ROOT } from './helpers.ts';

export interface FdRun {
  status: number;
  /** What went to a stream left as a pipe to the test ('' for one given a descriptor). */
  stdout: string;
  stderr: string;
}

/** Run pvm with stdout and/or stderr on the given descriptors (closed here afterwards). */
export function pvmTo(args: string[], fds: { stdout?: number; stderr?: number; input?: string }): FdRun {
  try {
    const r = spawnSync(process.execPath, [BUNDLE, ...args], { cwd: ROOT, input: fds.input ?? '', stdio: ['pipe', fds.stdout ?? 'pipe', fds.stderr ?? 'pipe'], encoding: 'utf8', timeout: 60_000 });
    return { status: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  } finally {
    for (const fd of new Set([fds.stdout, fds.stderr])) if (fd !== undefined) closeSync(fd);
  }
}

let pipes = 0;

/** The write end of a named pipe whose reader is already gone: every write is EPIPE. */
export function closedPipe(dir: string): number {
  const path = join(dir, `closed-${process.pid}-${pipes++}`);
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo: ${made.stderr}`);
  const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(path, constants.O_WRONLY);
  closeSync(reader);
  return writer;
}

/** A descriptor on which every write fails with ENOSPC. */
export const fullDevice = (): number => openSync('/dev/full', 'w');

/** A descriptor open for reading only: every write fails with EBADF. */
export const readOnlyFd = (): number => openSync(join(ROOT, 'README.md'), 'r');
