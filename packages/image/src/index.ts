// @pvm/image: the .pvx bytecode container — write, read and validate, disassemble.
export * from './format.ts';
export { writeImage, checksum } from './write.ts';
export { readImage, sourceOf, lineRow, lastAtOrBefore, type ReadResult } from './read.ts';
export { disassembleImage } from './disasm.ts';
export { crc32 } from './crc32.ts';
export { printable } from './printable.ts';
