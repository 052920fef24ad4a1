// Running the real `pvm` bundle as a user would, and small file helpers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = join(ROOT, 'packages/cli/dist/pvm.js');

export interface Ran {
  status: number;
  stdout: string;
  stderr: string;
}

export function pvm(args: string[], opts: { input?: string; cwd?: string } = {}): Ran {
  const r = spawnSync(process.execPath, [BUNDLE, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input ?? '', encoding: 'utf8', timeout: 60_000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): { path: string; done(): void } {
  const path = mkdtempSync(join(tmpdir(), 'pvm-test-'));
  return { path, done: () => rmSync(path, { recursive: true, force: true }) };
}

/** Every example kernel (those at the top of examples/, not the included library). */
export const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.s'))
  .sort()
  .map((f) => `examples/${f}`);

/** True when a text has the look of a JavaScript stack trace. */
export const hasStackTrace = (s: string): boolean => /\n\s+at .+:\d+:\d+\)?/.test(s) || /^(Type|Range|Reference)Error/m.test(s);
