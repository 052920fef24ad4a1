// @pvm/asm: pvm assembly source to a .pvx image, with every error of the run reported.
export { assemble, formatListing, type AsmResult, type ListingRow } from './assemble.ts';
export { formatDiagnostic, didYouMean, type Diagnostic, type Origin } from './diagnostics.ts';
export { memoryHost, resolveInclude, type SourceHost } from './source.ts';
export { parseLine } from './parse.ts';
// For editors (the web playground): highlighting from the assembler's own lexer and directive list.
export { DIRECTIVES } from './directives.ts';
export { lexer } from '../grammar/lexer.ts';
