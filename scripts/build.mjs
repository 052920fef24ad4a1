// Bundles the CLI with esbuild into packages/cli/dist/pvm.js (plain `node` runs it), and the
// grading worker `pvm test` starts in threads into pvm-worker.js beside it.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildCli() {
  await build({
    entryPoints: { pvm: root + 'packages/cli/src/bin.ts', 'pvm-worker': root + 'packages/cli/src/grader/worker.ts' },
    outdir: root + 'packages/cli/dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // moo and nearley are CommonJS; an ESM bundle needs `require` for any builtin they pull in.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __pvmCreateRequire } from 'node:module';\nconst require = __pvmCreateRequire(import.meta.url);" },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
