// `pnpm test`: the type check, then every vitest project (which include the grammar and docs
// freshness checks), ending with one line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => root + 'node_modules/.bin/' + name;
let passed = 0;
let failed = 0;

function step(title, cmd, args) {
  process.stderr.write(`\n== ${title}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  return r.status === 0;
}

if (step('type check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'])) passed++;
else failed++;
// The core again, without Node's types: it must run in a browser too.
if (step('type check of the core without Node', bin('tsc'), ['-p', 'tsconfig.core.json', '--noEmit'])) passed++;
else failed++;

const results = root + '.vitest-results.json';
rmSync(results, { force: true });
const extra = process.argv.slice(2);
step('tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...extra]);
try {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A file that fails to load has no failed test in it, but it failed.
  failed += r.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length;
  if (r.numTotalTests === 0) failed++;
} catch {
  process.stderr.write('vitest wrote no results\n');
  failed++;
}
rmSync(results, { force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
