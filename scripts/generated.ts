// The generated files and the functions that produce them, shared by `pnpm docs` and the
// freshness test.
import { fileURLToPath } from 'node:url';
import { isaMarkdown, codesModule } from '../packages/isa/src/docgen.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export function generatedFiles(): [string, string][] {
  return [
    [root + 'docs/ISA.md', isaMarkdown()],
    [root + 'packages/isa/src/codes.generated.ts', codesModule()],
  ];
}
