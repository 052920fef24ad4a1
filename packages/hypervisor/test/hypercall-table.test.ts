// The handler table and the ABI's list of hypercalls name the same numbers: a hypercall the
// assembler knows always has a handler, and no handler hides behind a number nobody can name.
import { expect, test } from 'vitest';
import { HYPERCALLS } from '@pvm/isa';
import { HYPERCALL_TABLE, Stats, hypercallName, sortedCounts } from '../src/index.ts';

test('HYPERCALL_TABLE and the ABI group HYPERCALLS have the same keys', () => {
  const handlers = Object.keys(HYPERCALL_TABLE).map(Number).sort((a, b) => a - b);
  const abi = HYPERCALLS.map((h) => h.value).sort((a, b) => a - b);
  expect(handlers).toEqual(abi);
});

test('hypercall counts stay bounded whatever numbers a guest calls: unknown ones share one bucket', () => {
  const s = new Stats();
  for (let nr = -5000; nr < 100_000; nr += 7) s.hypercall(nr, 1);
  s.hypercall(HYPERCALLS[0]!.value, 1);
  expect(s.hypercalls.size).toBeLessThanOrEqual(HYPERCALLS.length + 1);
  const byName = sortedCounts(s.hypercalls, hypercallName);
  expect(Object.keys(byName)).toContain('unknown (ENOSYS)');
  expect(s.hypercallTotal).toBe(Math.ceil(105_000 / 7) + 1);
});
