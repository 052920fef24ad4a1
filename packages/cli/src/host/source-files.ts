// Reading a source file an image names, for the debugger: the name is the image's and may be
// hostile, so only a regular file inside the given directory is read — links are followed and
// must stay inside, the open never blocks (a FIFO, a terminal), and the size is bounded.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { ReadInside } from '@pvm/debugger';
import { reason } from '../load.ts';

const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'EIO';

export const readSourceInside: ReadInside = (root, rel, maxBytes) => {
  let real: string;
  try {
    const base = realpathSync(root === '' ? '.' : root);
    real = realpathSync(join(base, rel));
    const r = relative(base, real);
    if (r === '' || r === '..' || r.startsWith('..' + sep) || isAbsolute(r)) return { reason: 'a link leading outside the source directory' };
  } catch (e) {
    return { reason: reason(code(e)) };
  }
  let fd: number;
  try {
    // Non-blocking: opening a FIFO with no writer would otherwise wait for ever.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (e) {
    return { reason: reason(code(e)) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { reason: st.isDirectory() ? 'is a directory' : 'not a regular file' };
    if (st.size > maxBytes) return { reason: `larger than ${maxBytes >> 20} MiB` };
    // One byte more than the size, to see a file that grew meanwhile.
    const buf = Buffer.alloc(st.size + 1);
    let n = 0;
    while (n < buf.length) {
      const k = readSync(fd, buf, n, buf.length - n, null);
      if (k === 0) break;
      n += k;
    }
    if (n > maxBytes) return { reason: `larger than ${maxBytes >> 20} MiB` };
    return new TextDecoder().decode(buf.subarray(0, n));
  } catch (e) {
    return { reason: reason(code(e)) };
  } finally {
    closeSync(fd);
  }
};
