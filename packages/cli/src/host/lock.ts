// One writer per disk image. Two pvm processes writing the same image would interleave their
// sectors and both believe their writes were acknowledged, so the second one is refused.
//
// On Linux the lock is a listening socket in the abstract namespace, named after the image's
// device and inode: the kernel frees the name when the process dies, however it dies (SIGKILL
// included), so no lock outlives its holder and none is left on disk; and every path to the
// same file (a symlink, a hard link, `./x` and `/tmp/x`) finds the same lock. Elsewhere it is a
// lock file beside the image, created with O_EXCL, holding the owner's pid; a lock whose pid is
// no longer running is stale and taken over.
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';

export interface DiskLock {
  release(): void;
}

/** A lock, or why it cannot be had (one line, for the user). */
export type LockResult = DiskLock | { message: string };

const inUse = (pid?: number, lock?: string): string =>
  `another pvm process is writing it${pid ? ` (pid ${pid}, lock file '${lock}')` : ''}; one writer per disk image (--disk-readonly takes no lock)`;

export function lockDisk(path: string, dev: bigint, ino: bigint): LockResult {
  return process.platform === 'linux' ? socketLock(dev, ino) : fileLock(path);
}

/** The abstract-namespace socket lock (Linux). */
export function socketLock(dev: bigint, ino: bigint): LockResult {
  const server = createServer();
  // The bind happens inside listen(); an address in use is reported asynchronously as well.
  server.on('error', () => {});
  server.listen(`\0pvm-disk-${dev}-${ino}`);
  // For a local socket, node binds synchronously: `listening` is already true when we own it.
  if (!server.listening) return { message: inUse() };
  // The lock must not keep the process alive once the guest is done.
  server.unref();
  return { release: () => void server.close() };
}

/** The portable lock file: `IMAGE.lock` holding the owner's pid, created exclusively. */
export function fileLock(path: string): LockResult {
  const lock = `${path}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lock, 'wx', 0o644);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return { release: () => removeIfOurs(lock) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return { message: `cannot create the lock file '${lock}': ${(e as NodeJS.ErrnoException).code ?? 'EIO'}` };
    }
    const owner = pidIn(lock);
    if (owner !== null && owner !== process.pid && alive(owner)) return { message: inUse(owner, lock) };
    // Stale: its owner is gone. Move it aside under a name only we use, and look again: if
    // another process took it over in between, what we moved is its live lock, so put it back.
    const aside = `${lock}.${process.pid}.stale`;
    try {
      renameSync(lock, aside);
    } catch {
      continue;
    }
    const moved = pidIn(aside);
    if (moved !== owner && moved !== null && alive(moved)) {
      try {
        linkSync(aside, lock);
      } catch {}
      removeQuietly(aside);
      return { message: inUse(moved, lock) };
    }
    removeQuietly(aside);
  }
  return { message: `cannot take over the stale lock file '${lock}'` };
}

function pidIn(lock: string): number | null {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, owned by someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeIfOurs(lock: string): void {
  if (pidIn(lock) === process.pid) removeQuietly(lock);
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {}
}
