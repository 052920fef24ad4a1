// docs/playground.md states the playground's numbers and shortcuts: they are the code's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARE_MODES, RUNS, WORKLOADS } from '@pvm/compare';
import { SHORTCUTS } from '../src/app/keys.ts';
import { DEBUG_SNAPSHOT_BYTES, LINT_DELAY_MS, MAX_DISK_SECTORS, MEMORY_WINDOW, OUTPUT_LIMIT, SLICE } from '../src/limits.ts';
import { ROOT } from './helpers.ts';

const page = readFileSync(join(ROOT, 'docs/playground.md'), 'utf8');

describe('docs/playground.md', () => {
  it('lists the keyboard shortcuts as the page handles them', () => {
    const section = page.slice(page.indexOf('## Keyboard'));
    const rows = [...section.matchAll(/^\| ([^|]+) \| ([^|]+) \|$/gm)].map((m) => [m[1]!.trim(), m[2]!.trim()]).slice(1);
    expect(rows).toEqual(SHORTCUTS.map((s) => [s.keys, s.what]));
  });

  it('names the workloads and runs the compare view measures, in its order', () => {
    const section = page.slice(page.indexOf('## Comparing the modes'), page.indexOf('## Debugging'));
    const named = [...section.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!);
    expect(named.filter((n) => (COMPARE_MODES as readonly string[]).includes(n))).toEqual([...COMPARE_MODES]);
    expect(named.filter((n) => WORKLOADS.some((w) => w.name === n))).toEqual(WORKLOADS.map((w) => w.name));
    expect(section).toContain(`The ${RUNS} runs`);
  });

  it('states the limits the code has', () => {
    const n = (v: number) => v.toLocaleString('en-US');
    expect(page).toContain(`slices of ${n(SLICE)} instructions`);
    expect(page).toContain(`more than ${OUTPUT_LIMIT / 1024} KiB to its console`);
    expect(page).toContain(`(at most ${n(MAX_DISK_SECTORS)})`);
    expect(page).toContain(`keep ${DEBUG_SNAPSHOT_BYTES >> 20} MiB of snapshots`);
    expect(page).toContain(`in a worker ${LINT_DELAY_MS} ms after you stop typing`);
    expect(page).toContain(`shows ${MEMORY_WINDOW} bytes`);
  });
});
