import { formatListing } from '@pvm/asm';
import { writeImage } from '@pvm/image';
import { parse, usageError } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { assembleFile } from '../load.ts';

export const help = `Usage: pvm asm FILE [-o OUT] [--listing]

Assemble pvm assembly source into a .pvx image.

Options:
  -o, --output OUT   where to write the image (default: FILE with .pvx in place of .s);
                     it is written whole or not at all, and only over a regular file:
                     an existing symbolic link, directory, pipe or device there is refused
  -l, --listing      print a listing (address, bytes, source line) to stdout
  -h, --help         show this help

Errors are reported as file:line:col with the source line; every error of the run is
shown. Exit status: 0 ok, 64 usage, 65 errors in the source, 66 FILE cannot be read,
73 OUT cannot be created, 74 writing it failed (a full disk, an I/O error).

The language (syntax, directives, macros, .ifdef, .struct, common mistakes) is described in
docs/language.md; the instructions and predefined names in docs/ISA.md.
`;

export function run(io: Io, argv: string[]): number {
  const a = parse(io, 'asm', argv, { output: { type: 'string', short: 'o' }, listing: { type: 'boolean', short: 'l' } });
  if (typeof a === 'number') return a;
  if (a.values.help) return io.out(help), EXIT.ok;
  if (a.positionals.length !== 1) return usageError(io, 'asm', a.positionals.length ? 'expected one source file' : 'missing source file');
  const file = a.positionals[0]!;
  const r = assembleFile(io, 'asm', file);
  if (typeof r === 'number') return r;
  const out = (a.values.output as string | undefined) ?? file.replace(/\.(s|asm)$/i, '') + '.pvx';
  if (out === file || io.sameFile?.(out, file)) return usageError(io, 'asm', `refusing to overwrite the source file '${file}'`);
  const failed = io.writeFile(out, writeImage(r.image));
  if (failed) {
    io.err(`pvm asm: cannot write '${out}': ${failed.message}\n`);
    return failed.status;
  }
  if (a.values.listing) io.out(formatListing(r.listing));
  return EXIT.ok;
}
