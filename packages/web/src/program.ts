// Assembling the buffer with the bundled library beside it, as `pvm run FILE.s` would.
import { assemble, memoryHost, type AsmResult } from '@pvm/asm';
import type { Program } from './protocol.ts';
import { placeDiagnostics, type Problem } from './problems.ts';

export function assembleProgram(p: Program): AsmResult {
  return assemble(p.file, memoryHost({ ...p.files }));
}

/** The problems to show in the editor for an assembly that failed. */
export function problemsOf(p: Program, r: AsmResult): Problem[] {
  if (r.ok) return [];
  if (r.missing !== undefined) return [{ line: 1, from: 0, to: 0, message: `cannot read '${r.missing}'` }];
  return placeDiagnostics(p.file, p.files[p.file] ?? '', r.diagnostics);
}
