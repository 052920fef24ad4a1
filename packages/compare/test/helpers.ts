// The workloads and the examples they include, read from the repository by their paths from
// its root: what the CLI reads from disk and the playground bundles.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKLOAD_DIR } from '../src/index.ts';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function walk(dir: string, out: Record<string, string>): Record<string, string> {
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.s')) out[relative(ROOT, join(ROOT, p)).split(sep).join('/')] = readFileSync(join(ROOT, p), 'utf8');
  }
  return out;
}

/** bench/workloads/ and examples/, by path from the root. */
export const FILES: Readonly<Record<string, string>> = { ...walk(WORKLOAD_DIR, {}), ...walk('examples', {}) };
