// Generated files are committed; these fail when one is stale, so CI catches a table or
// grammar change that was not regenerated.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileGrammar } from '../scripts/grammar.mjs';
import { generatedFiles } from '../scripts/generated.ts';

describe('generated files are fresh', () => {
  for (const [path, text] of generatedFiles())
    it(path.replace(/.*\/(docs|packages)\//, '$1/'), () => {
      expect(readFileSync(path, 'utf8') === text, `${path} is stale: run pnpm generate`).toBe(true);
    });

  it('grammar/pvm.generated.ts matches grammar/pvm.ne, and nearleyc has no warnings', () => {
    const { text, warnings } = compileGrammar();
    expect(warnings).toBe('');
    expect(readFileSync(new URL('../grammar/pvm.generated.ts', import.meta.url), 'utf8') === text, 'stale: run pnpm grammar').toBe(true);
  });

  it('the grammar check fails on an undefined symbol', () => {
    const bad = new URL('./fixtures/undefined-symbol.ne', import.meta.url);
    expect(compileGrammar(bad.pathname).warnings).toMatch(/Undefined symbol/);
  });
});
