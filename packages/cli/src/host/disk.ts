// A disk-image file as the block device's backend. Each sector write is a positioned write
// straight into the file, so an acknowledged write is in the file before the guest's next
// instruction and survives pvm being killed; BLOCK_FLUSH adds fsync for power loss.
import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import type { BlockBackend } from '@pvm/devices';

export class FileDisk implements BlockBackend {
  readonly sectors: number;
  private constructor(
    private readonly fd: number,
    size: number,
    readonly readOnly: boolean,
  ) {
    this.sectors = size / 512;
  }

  /** Open an image, or say why it cannot be used. */
  static open(path: string, readOnly: boolean): FileDisk | { code: string; message?: string } {
    let fd: number;
    try {
      fd = openSync(path, readOnly ? 'r' : 'r+');
    } catch (e) {
      return { code: (e as NodeJS.ErrnoException).code ?? 'EIO' };
    }
    const size = fstatSync(fd).size;
    if (size % 512 !== 0 || size === 0) {
      closeSync(fd);
      return { code: 'EINVAL', message: `disk image size ${size} is not a positive multiple of 512 bytes` };
    }
    return new FileDisk(fd, size, readOnly);
  }

  read(lba: number, dst: Uint8Array): string | null {
    try {
      const n = readSync(this.fd, dst, 0, 512, lba * 512);
      if (n !== 512) dst.fill(0, n);
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  }

  write(lba: number, src: Uint8Array): string | null {
    if (this.readOnly) return 'read-only disk';
    try {
      let off = 0;
      while (off < 512) off += writeSync(this.fd, src, off, 512 - off, lba * 512 + off);
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
  }
}
