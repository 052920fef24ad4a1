// @pvm/isa: the instruction set and the ABI, defined once.
export * from './opcodes.ts';
export * from './abi.ts';
export * from './encoding.ts';
export * from './disasm.ts';
export { hex } from './hex.ts';
export * as codes from './codes.generated.ts';
export { isaMarkdown, codesModule } from './docgen.ts';
export * from './vmx.ts';
export * from './presets.ts';
