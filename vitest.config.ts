import { readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// One project per package (its tests live beside it in test/), plus the end-to-end suite.
const packages = readdirSync(new URL('./packages', import.meta.url)).sort();

export default defineConfig({
  test: {
    // Golden files are written only on request (PVM_UPDATE_GOLDEN=1 pnpm test): a missing or
    // different golden file fails, locally as in CI.
    update: process.env.PVM_UPDATE_GOLDEN ? 'all' : 'none',
    projects: [
      // A guard against hangs, not a speed target: some tests run whole examples, and the
      // machine they run on may be shared.
      ...packages.map((name) => ({ test: { name, include: [`packages/${name}/test/**/*.test.ts`], testTimeout: 30_000 } })),
      { test: { name: 'e2e', include: ['test/**/*.test.ts'], globalSetup: ['test/setup.ts'], testTimeout: 60_000 } },
    ],
  },
});
