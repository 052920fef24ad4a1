// Bundles the CLI with esbuild into packages/cli/dist/pvm.js (plain `node` runs it), and the
// grading worker `pvm test` starts in threads into pvm-worker.js beside it.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `outdir`: where the two files go (scripts/pack.mjs bundles into its staging directory). */
export async function buildCli({ outdir = root + 'packages/cli/dist' } = {}) {
  await build({
    entryPoints: { pvm: root + 'packages/cli/src/bin.ts', 'pvm-worker': root + 'packages/cli/src/grader/worker.ts' },
    outdir,
    // Paths in the bundle's comments are relative to this: the same bytes from any directory.
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // moo and nearley are CommonJS; an ESM bundle needs `require` for any builtin they pull in.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __pvmCreateRequire } from 'node:module';\nconst require = __pvmCreateRequire(import.meta.url);" },
  });
}

// Run as a script (fileURLToPath, so a checkout under a name with a space is recognised too).
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await buildCli();
