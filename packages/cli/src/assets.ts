// Files pvm reads at run time (the compare workloads), found beside the running code: the
// installed package keeps them at its root, beside dist/; the repository three levels above
// packages/cli/dist/ (and packages/cli/src/, at the same depth, when running from sources).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOTS = ['../', '../../../'] as const;

/** The path of `rel` (e.g. 'bench/workloads') among pvm's own files: the first root that has it. */
export function assetPath(rel: string): string {
  // fileURLToPath, not URL.pathname: an install under a name with a space or an accent stays findable.
  const at = (root: string): string => fileURLToPath(new URL(root + rel, import.meta.url));
  return ROOTS.map(at).find((p) => existsSync(p)) ?? at(ROOTS[0]);
}
