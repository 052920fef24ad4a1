// Shared by the image tests: real images from the assembler, byte surgery with a fresh checksum,
// and seeded randomness.
import { expect } from 'vitest';
import { assemble, formatDiagnostic, memoryHost } from '@pvm/asm';
import { readWord, writeWord } from '@pvm/isa';
import { checksum, disassembleImage, readImage, type Image } from '../src/index.ts';

/** Assemble in-memory sources (the first file is the main one); fails the test on any diagnostic. */
export function build(files: string | Record<string, string>): Image {
  const all = typeof files === 'string' ? { 'main.s': files } : files;
  const main = Object.keys(all)[0]!;
  const r = assemble(main, memoryHost(all));
  if (!r.ok) expect.fail(`assembly failed:\n${r.diagnostics.map(formatDiagnostic).join('\n')}${r.missing ?? ''}`);
  return r.image;
}

/** What running an image depends on: the parts a disassembly round trip must keep exactly. */
export const layout = (img: Image) => ({
  paravirt: img.paravirt,
  entry: img.entry,
  segments: img.segments.map((s) => ({ kind: s.kind, addr: s.addr, bytes: [...s.bytes] })),
});

/** Disassemble, assemble the text again, and check that nothing that runs has moved. */
export function expectRoundTrip(img: Image): { text: string; again: Image } {
  const text = disassembleImage(img);
  const r = assemble('disasm.s', memoryHost({ 'disasm.s': text }));
  if (!r.ok) expect.fail(`the disassembly does not assemble:\n${r.diagnostics.map(formatDiagnostic).join('\n')}\n--- disassembly:\n${text}`);
  expect(layout(r.image), text).toEqual(layout(img));
  return { text, again: r.image };
}

/** A copy of a real image's bytes after `edit`, with the checksum recomputed so only `edit` is wrong. */
export function resealed(bytes: Uint8Array, edit: (b: Uint8Array) => void): Uint8Array {
  const b = bytes.slice();
  edit(b);
  writeWord(b, 16, checksum(b));
  return b;
}

/** Offsets of the tables, read back from a header. */
export function tables(b: Uint8Array) {
  const nseg = readWord(b, 20);
  const nsym = readWord(b, 24);
  const nfile = readWord(b, 28);
  const nline = readWord(b, 32);
  const segs = 48;
  const syms = segs + 16 * nseg;
  const files = syms + 12 * nsym;
  const lines = files + 4 * nfile;
  const strings = lines + 12 * nline;
  return { nseg, nsym, nfile, nline, segs, syms, files, lines, strings, strSize: readWord(b, 36) };
}

/** The one error of bytes that must be rejected; fails the test if they are accepted or it throws. */
export function errorOf(bytes: Uint8Array): string {
  const r = readImage(bytes);
  if (r.ok) return expect.fail('the image was accepted');
  expect(r.error).not.toContain('\n');
  return r.error;
}

export { rng } from '@pvm/testkit';

/** A realistic program: two files, labels of every kind, data, local labels, a paravirt switch. */
export const PROGRAM = {
  'kern/main.s': `; a small kernel
.equ COUNT, 3
.equ MASK, 0xff00ff00
.include "lib.s"
_start:
    li   r1, COUNT
1:  call putmsg
    sub  r1, r1, 1
    bne  r1, 0, 1b
    ld   r2, [counter]
    out  POWER_OFF, r2
end_of_text:
.data
msg:     .asciz "héllo, world\\n"
counter: .word 0x12345678, -1
table:   .half 1, 2
         .byte 'x', 0
         .align 8
buf:     .space 5, 0x2a
`,
  'kern/lib.s': `putmsg:
    push r1
    li   r2, msg
2:  ldb  r1, [r2]
    beq  r1, 0, 3f
    out  CONSOLE_DATA, r1
    add  r2, r2, 1
    jmp  2b
3:  pop  r1
    ret
`,
};
