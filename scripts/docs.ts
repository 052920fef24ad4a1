// Writes the files derived from the tables. `--check` exits 1 when a committed one is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { generatedFiles } from './generated.ts';

const check = process.argv.includes('--check');
let stale = 0;
for (const [path, text] of generatedFiles()) {
  let old = '';
  try {
    old = readFileSync(path, 'utf8');
  } catch {}
  if (old === text) continue;
  if (check) {
    console.error(`${path} is stale: run pnpm generate`);
    stale++;
  } else {
    writeFileSync(path, text);
    console.error(`wrote ${path}`);
  }
}
process.exit(stale ? 1 : 0);
