// Turning a file name into source or an image, with the file's problems as exit statuses:
// 66 when it cannot be read, 65 when its content is bad.
import { assemble, formatDiagnostic, type AsmResult, type SourceHost } from '@pvm/asm';
import { readImage, type Image } from '@pvm/image';
import { EXIT, type Io } from './io.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  ENOTDIR: 'not a directory',
  EFBIG: 'file too large (over 64 MiB)',
};
export const reason = (code: string): string => REASONS[code] ?? code;

/** Read a whole file, or report why not (exit 66). */
export function readInput(io: Io, command: string, path: string): Uint8Array | number {
  const r = io.readFile(path);
  if (r instanceof Uint8Array) return r;
  io.err(`pvm ${command}: cannot open '${path}': ${reason(r.code)}\n`);
  return EXIT.noInput;
}

export function sourceHost(io: Io): SourceHost {
  const decoder = new TextDecoder();
  return {
    readFile(p) {
      const r = io.readFile(p);
      return r instanceof Uint8Array ? decoder.decode(r) : null;
    },
    // The bytes, so the assembler can say where a source is not UTF-8.
    readBytes(p) {
      const r = io.readFile(p);
      return r instanceof Uint8Array ? r : null;
    },
  };
}

/** Assemble a source file, printing every diagnostic; a status on failure. */
export function assembleFile(io: Io, command: string, path: string): Extract<AsmResult, { ok: true }> | number {
  const r = assemble(path, sourceHost(io));
  if (r.ok) return r;
  if (r.missing !== undefined) {
    const code = io.readFile(path);
    io.err(`pvm ${command}: cannot open '${path}': ${reason(code instanceof Uint8Array ? 'EIO' : code.code)}\n`);
    return EXIT.noInput;
  }
  const n = r.diagnostics.length;
  io.err(r.diagnostics.map(formatDiagnostic).join('\n') + `\n${n} error${n === 1 ? '' : 's'} generated.\n`);
  return EXIT.dataErr;
}

export const isSource = (path: string): boolean => /\.(s|asm)$/i.test(path);

/** An image from a .pvx file, or from a source file assembled on the fly. */
export function loadImage(io: Io, command: string, path: string): Image | number {
  if (isSource(path)) {
    const r = assembleFile(io, command, path);
    return typeof r === 'number' ? r : r.image;
  }
  const bytes = readInput(io, command, path);
  if (typeof bytes === 'number') return bytes;
  const r = readImage(bytes);
  if (r.ok) return r.image;
  io.err(`${path}: error: ${r.error}\n`);
  return EXIT.dataErr;
}
