// `pnpm pvm <args>`: rebuilds the bundle when a source is newer, then runs it.
import { readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = root + 'packages/cli/dist/pvm.js';

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith('.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

let built = 0;
try { built = statSync(bundle).mtimeMs; } catch {}
const sources = Math.max(newest(root + 'packages/asm/grammar'), ...readdirSync(root + 'packages').map((p) => newest(`${root}packages/${p}/src`)));
if (sources > built) await buildCli();
// INIT_CWD is where the user typed `pnpm pvm`: file names are relative to it.
const r = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: 'inherit', cwd: process.env.INIT_CWD || process.cwd() });
process.exit(r.status ?? 70);
