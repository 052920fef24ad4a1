// The assembler's diagnostics where the buffer shows them: on the word at fault, or where the
// buffer leads to an error in an included file or a macro expansion.
import { assemble, memoryHost } from '@pvm/asm';
import { describe, expect, it } from 'vitest';
import { placeDiagnostics } from '../src/problems.ts';
import { FILES } from './helpers.ts';

const problems = (text: string, files: Record<string, string> = {}) => {
  const r = assemble('main.s', memoryHost({ ...files, 'main.s': text }));
  return r.ok ? [] : placeDiagnostics('main.s', text, r.diagnostics);
};

describe('diagnostics in the editor', () => {
  it('underline the misspelt name and carry the suggestion', () => {
    const text = '_start:\n    lii r1, 5\n    out POWER_OFF, r1\n';
    const [p, ...rest] = problems(text);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ line: 2, from: 4, to: 7, suggestion: 'li' });
    expect(p!.message).toMatch(/unknown instruction 'lii'/);
  });

  it('every error of the run, each on its own line', () => {
    const ps = problems('_start:\n  add r1, r2\n  li r1, nowhere\n  jmp\n');
    expect(ps.map((p) => p.line)).toEqual([2, 3, 4]);
    for (const p of ps) expect(p.to).toBeGreaterThan(p.from);
  });

  it('an error inside an included file is shown on the .include line, naming its place', () => {
    const [p] = problems('_start: nop\n  .include "lib/bad.s"\n', { 'lib/bad.s': 'nop\nfoo r1\n' });
    expect(p).toMatchObject({ line: 2 });
    expect(p!.message).toMatch(/^in lib\/bad\.s:2:1: /);
  });

  it('an error inside a macro expansion is shown at the call', () => {
    const [p] = problems('.macro twice r\n  add \\r, \\r, nothere\n.endm\n_start:\n  twice r1\n  hlt\n');
    expect(p).toMatchObject({ line: 5 });
    expect(p!.message).toMatch(/^in the expansion of macro 'twice', main\.s:2:\d+: /);
  });

  it('no example has a problem', () => {
    for (const k of Object.keys(FILES).filter((f) => !f.includes('lib/'))) {
      const r = assemble(k, memoryHost({ ...FILES }));
      expect(r.ok, k).toBe(true);
    }
  });
});
