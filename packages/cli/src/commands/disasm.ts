import { disassembleImage } from '@pvm/image';
import { parse, usageError } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { loadImage } from '../load.ts';

export const help = `Usage: pvm disasm FILE

Disassemble a .pvx image (or a source file, assembled first) to stdout, as source: labels
from the symbol table, .equ for its constants, data as .ascii/.byte.

What re-assembling the output gives back: for an image laid out by pvm asm, an image with
the same entry point, the same paravirt flag and the same segments, every code and data
byte at the same address. Not the whole .pvx: its symbol table gains labels made up for
branch targets (L_1008), and its line table names the disassembly, not the first source.
For an image laid out otherwise, the output says that re-assembling moves its segments.

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
