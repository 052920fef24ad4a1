// Generated files are committed; these fail when one is stale, so CI catches a table or
// grammar change that was not regenerated.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAMMAR_DIR, GRAMMAR_TARGET, compileGrammar, grammarProblem } from '../scripts/grammar.mjs';
import { generatedFiles } from '../scripts/generated.ts';

describe('generated files are fresh', () => {
  for (const [path, text] of generatedFiles())
    it(path.replace(/.*\/(docs|packages)\//, '$1/'), () => {
      expect(readFileSync(path, 'utf8') === text, `${path} is stale: run pnpm generate`).toBe(true);
    });

  it(`${GRAMMAR_DIR}/pvm.generated.ts matches pvm.ne, and nearleyc has no warnings`, () => {
    expect(grammarProblem()).toBe(null);
  });

  it('the grammar check fails on a stale compiled grammar', () => {
    const t = mkdtempSync(join(tmpdir(), 'pvm-grammar-test-'));
    try {
      const stale = join(t, 'pvm.generated.ts');
      writeFileSync(stale, readFileSync(GRAMMAR_TARGET, 'utf8').replace('a.line', 'a.lines'));
      expect(grammarProblem(stale)).toBe(`${stale} is stale: run pnpm grammar`);
    } finally {
      rmSync(t, { recursive: true, force: true });
    }
  });

  it('the grammar check fails on an undefined symbol', () => {
    const bad = new URL('./fixtures/undefined-symbol.ne', import.meta.url);
    expect(compileGrammar(bad.pathname).warnings).toMatch(/Undefined symbol/);
  });
});
