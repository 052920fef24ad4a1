// Compiles grammar/pvm.ne with nearleyc into the committed grammar/pvm.generated.ts.
// Fails on any nearleyc warning (nearleyc itself exits 0 on an undefined symbol).
// `--check` fails when the committed file differs from a fresh compile.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'grammar/pvm.ne');
const target = join(root, 'grammar/pvm.generated.ts');
const check = process.argv.includes('--check');

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

if (import.meta.url === `file://${process.argv[1]}`) {
  const { text, warnings } = compileGrammar();
  if (warnings || !text) {
    console.error(`grammar/pvm.ne: nearleyc reported:\n${warnings}`);
    process.exit(1);
  }
  let old = '';
  try { old = readFileSync(target, 'utf8'); } catch {}
  if (check) {
    if (old !== text) {
      console.error('grammar/pvm.generated.ts is stale: run pnpm grammar');
      process.exit(1);
    }
  } else if (old !== text) {
    writeFileSync(target, text);
    console.error('wrote grammar/pvm.generated.ts');
  }
}
