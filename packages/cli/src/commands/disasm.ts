import { disassembleImage } from '@pvm/image';
import { parse, usageError } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { loadImage } from '../load.ts';

export const help = `Usage: pvm disasm FILE

Disassemble a .pvx image (or a source file, assembled first) to stdout, as source that
re-assembles to the identical bytes: labels from the symbol table, data as .ascii/.byte.

Options:
  -h, --help   show this help

Exit status: 0 ok, 64 usage, 65 bad image or source, 66 FILE cannot be read.
`;

export function run(io: Io, argv: string[]): number {
  const a = parse(io, 'disasm', argv, {});
  if (typeof a === 'number') return a;
  if (a.values.help) return io.out(help), EXIT.ok;
  if (a.positionals.length !== 1) return usageError(io, 'disasm', a.positionals.length ? 'expected one file' : 'missing image file');
  const img = loadImage(io, 'disasm', a.positionals[0]!);
  if (typeof img === 'number') return img;
  io.out(disassembleImage(img));
  return EXIT.ok;
}
