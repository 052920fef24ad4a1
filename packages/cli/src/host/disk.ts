// A disk-image file as the block device's backend. Each sector write is a positioned write
// straight into the file, so an acknowledged write is in the file before the guest's next
// instruction and survives pvm being killed; BLOCK_FLUSH adds fsync for power loss. A
// read-only disk is opened read-only, so nothing can write it; a writable one is locked.
import { closeSync, constants, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import type { BlockBackend } from '@pvm/devices';
import { SECTOR_SIZE } from '@pvm/isa';
import { lockDisk, type DiskLock } from './lock.ts';

const notWritable = (why: string): { code: string; message: string } => ({ code: 'EACCES', message: `${why} (pass --disk-readonly to use it read-only)` });

export class FileDisk implements BlockBackend {
  readonly sectors: number;
  private constructor(
    private readonly fd: number,
    size: number,
    readonly readOnly: boolean,
    private readonly lock: DiskLock | null,
  ) {
    this.sectors = size / SECTOR_SIZE;
  }

  /**
   * Open an image, or say why it cannot be used. `code` is EINVAL for an image whose content is
   * wrong (exit 65); anything else means it cannot be had at all (exit 66).
   */
  static open(path: string, readOnly: boolean): FileDisk | { code: string; message?: string } {
    let fd: number;
    try {
      // Non-blocking: a named pipe given as a disk must be refused, not waited on.
      fd = openSync(path, (readOnly ? constants.O_RDONLY : constants.O_RDWR) | constants.O_NONBLOCK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      if (!readOnly && (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')) return notWritable(code === 'EROFS' ? 'it is on a read-only file system' : 'it has no write permission');
      return { code };
    }
    const st = fstatSync(fd, { bigint: true });
    const fail = (r: { code: string; message?: string }): typeof r => (closeSync(fd), r);
    if (st.isDirectory()) return fail({ code: 'EISDIR' });
    if (!st.isFile()) return fail({ code: 'EINVAL', message: 'not a regular file' });
    // A file marked read-only (chmod a-w) is refused for writing even where the open succeeded
    // (root ignores permission bits): the owner said not to write it.
    if (!readOnly && (st.mode & 0o222n) === 0n) return fail(notWritable('it has no write permission'));
    const size = Number(st.size);
    if (size % SECTOR_SIZE !== 0 || size === 0) return fail({ code: 'EINVAL', message: `disk image size ${size} is not a positive multiple of ${SECTOR_SIZE} bytes` });
    let lock: DiskLock | null = null;
    if (!readOnly) {
      const l = lockDisk(path, st.dev, st.ino);
      if ('message' in l) return fail({ code: 'EBUSY', message: l.message });
      lock = l;
    }
    return new FileDisk(fd, size, readOnly, lock);
  }

  read(lba: number, dst: Uint8Array): string | null {
    try {
      const n = readSync(this.fd, dst, 0, SECTOR_SIZE, lba * SECTOR_SIZE);
      if (n !== SECTOR_SIZE) dst.fill(0, n);
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  }

  write(lba: number, src: Uint8Array): string | null {
    if (this.readOnly) return 'read-only disk';
    // Never past the end, whoever asks: the image never changes size.
    if (!(lba >= 0 && lba < this.sectors) || src.length < SECTOR_SIZE) return 'sector out of range';
    try {
      let off = 0;
      while (off < SECTOR_SIZE) off += writeSync(this.fd, src, off, SECTOR_SIZE - off, lba * SECTOR_SIZE + off);
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  }

  flush(): string | null {
    try {
      fsyncSync(this.fd);
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {}
    this.lock?.release();
  }
}
