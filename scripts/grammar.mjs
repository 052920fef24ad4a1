// Compiles packages/asm/grammar/pvm.ne with nearleyc into the committed pvm.generated.ts beside it.
// Fails on any nearleyc warning (nearleyc itself exits 0 on an undefined symbol).
// `--check` fails when the committed file differs from a fresh compile.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const GRAMMAR_DIR = 'packages/asm/grammar';
const source = join(root, GRAMMAR_DIR, 'pvm.ne');
export const GRAMMAR_TARGET = join(root, GRAMMAR_DIR, 'pvm.generated.ts');

export function compileGrammar(sourceFile = source) {
  const dir = mkdtempSync(join(tmpdir(), 'pvm-grammar-'));
  const out = join(dir, 'pvm.ts');
  try {
    const nearleyc = join(root, 'node_modules/nearley/bin/nearleyc.js');
    const r = spawnSync(process.execPath, [nearleyc, sourceFile, '-o', out], { encoding: 'utf8' });
    const warnings = `${r.stderr ?? ''}${r.error ? r.error.message : ''}`.trim();
    if (r.status !== 0) return { text: '', warnings: warnings || `nearleyc exited ${r.status}` };
    return { text: readFileSync(out, 'utf8'), warnings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What is wrong with a compiled grammar file (nearleyc's warnings, or staleness), or null. */
export function grammarProblem(target = GRAMMAR_TARGET, sourceFile = source) {
  const { text, warnings } = compileGrammar(sourceFile);
  if (warnings || !text) return `${sourceFile}: nearleyc reported:\n${warnings}`;
  let old = null;
  try { old = readFileSync(target, 'utf8'); } catch {}
  return old === text ? null : `${target} is stale: run pnpm grammar`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    const problem = grammarProblem();
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
  } else {
    const { text, warnings } = compileGrammar();
    if (warnings || !text) {
      console.error(`${GRAMMAR_DIR}/pvm.ne: nearleyc reported:\n${warnings}`);
      process.exit(1);
    }
    let old = '';
    try { old = readFileSync(GRAMMAR_TARGET, 'utf8'); } catch {}
    if (old !== text) {
      writeFileSync(GRAMMAR_TARGET, text);
      console.error(`wrote ${GRAMMAR_DIR}/pvm.generated.ts`);
    }
  }
}
