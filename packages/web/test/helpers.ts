// The example kernels as the playground bundles them, for the web package's tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function walk(dir: string, out: Record<string, string>): Record<string, string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.s')) out[relative(join(ROOT, 'examples'), p).split(sep).join('/')] = readFileSync(p, 'utf8');
  }
  return out;
}

/** Every file of examples/ by path relative to it. */
export const FILES: Readonly<Record<string, string>> = walk(join(ROOT, 'examples'), {});
/** The kernels (not the library). */
export const KERNELS = Object.keys(FILES).filter((p) => !p.split('/').includes('lib')).sort();

/** A kernel's `; input:` header, with its escapes, or ''. */
export const inputOf = (src: string): string => (/^; input: (.*)$/m.exec(src)?.[1] ?? '').replace(/\\n/g, '\n');
