// The one way pvm writes a file (images from `pvm asm`, and any other file a command makes):
// whole or not at all, never through a link, never over anything but a regular file.
// A temporary file is created exclusively (O_CREAT|O_EXCL|O_NOFOLLOW, mode 0666 less the
// umask) beside the target under an unpredictable name, written, synced, then renamed over
// the target; on any failure it is removed. rename() replaces a link planted at the target
// meanwhile instead of following it, so no write ever lands anywhere but the new file.
import { closeSync, constants, fsyncSync, lstatSync, openSync, renameSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { EXIT, type WriteFailure } from '../io.ts';
import { errnoReason } from './output.ts';

const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = constants;

/** What a non-regular file is, for the message. */
function kindOf(st: Stats): string {
  if (st.isSymbolicLink()) return 'a symbolic link';
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

const fail = (code: string, message: string, status: number): WriteFailure => ({ code, message, status });
const failed = (e: unknown, status: number): WriteFailure => fail((e as NodeJS.ErrnoException).code ?? 'EIO', errnoReason(e), status);

/** Write `data` to `path` safely; why not, if not (exit 73 cannot create, 74 I/O error). */
export function writeFileSafely(path: string, data: Uint8Array | string): WriteFailure | null {
  try {
    const st = lstatSync(path);
    if (!st.isFile()) return fail('ENOTREG', `it is ${kindOf(st)}; pvm replaces only regular files`, EXIT.cantCreate);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return failed(e, EXIT.cantCreate);
  }
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const dir = dirname(path);
  let tmp = '';
  let fd = -1;
  for (let attempt = 0; fd < 0; attempt++) {
    tmp = join(dir, `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
    try {
      fd = openSync(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o666);
    } catch (e) {
      // A name taken by chance (or planted): draw another; anything else is final.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) return failed(e, EXIT.cantCreate);
    }
  }
  let status: number = EXIT.ioErr;
  try {
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    status = EXIT.cantCreate;
    renameSync(tmp, path);
  } catch (e) {
    if (fd >= 0) closeQuietly(fd);
    try {
      unlinkSync(tmp);
    } catch {}
    return failed(e, status);
  }
  syncDir(dir);
  return null;
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {}
}

/** The rename itself survives a power cut once the directory is synced (best effort). */
function syncDir(dir: string): void {
  let fd = -1;
  try {
    fd = openSync(dir, constants.O_RDONLY | constants.O_DIRECTORY);
    fsyncSync(fd);
  } catch {
  } finally {
    if (fd >= 0) closeQuietly(fd);
  }
}
