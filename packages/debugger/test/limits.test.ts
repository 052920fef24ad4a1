// The limits users read in docs/debugger.md are the ones the code enforces: every entry of
// LIMITS has its row, with its number.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../src/index.ts';
import { ROOT } from './helpers.ts';

const ROWS: Record<keyof typeof LIMITS, RegExp> = {
  lineBytes: /^a command line$/,
  exprDepth: /^nesting in an expression/,
  stepCount: /^the count of `stepi`/,
  examineCount: /^the count of `x`$/,
  pageRanges: /^mapped ranges listed by `info pagetable`$/,
  points: /^breakpoints, watchpoints and catchpoints/,
  snapshotBytes: /^snapshots for reverse execution$/,
  replaySpan: /^instructions replayed for one step back$/,
  sourceBytes: /^a source file shown$/,
};

describe('docs/debugger.md, Limits', () => {
  const page = readFileSync(ROOT + 'docs/debugger.md', 'utf8');
  const table = page.slice(page.indexOf('## Limits'), page.indexOf('## How reverse execution works'));
  const rows = [...table.matchAll(/^\| (.+?) \| (\d+)(?: (MiB|bytes|levels|units))? \|$/gm)].map((m) => ({ what: m[1]!, value: Number(m[2]) * (m[3] === 'MiB' ? 1 << 20 : 1) }));

  it('has one row per limit, with the value the code enforces', () => {
    expect(rows.length).toBe(Object.keys(LIMITS).length);
    for (const [key, re] of Object.entries(ROWS)) {
      const row = rows.filter((r) => re.test(r.what));
      expect(row, key).toHaveLength(1);
      expect(row[0]!.value, key).toBe(LIMITS[key as keyof typeof LIMITS]);
    }
  });
});
