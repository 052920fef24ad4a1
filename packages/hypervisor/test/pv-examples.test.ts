// The paravirtual examples show the mechanisms they are about: the block twin keeps several
// requests in flight and is woken once per batch by an upcall; the round-robin twin's system
// calls take the direct trap. And a run with I/O in flight can be saved and restored (the
// debugger's reverse execution) and goes on exactly as it would have.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { assemble, formatDiagnostic, memoryHost } from '@pvm/asm';
import { BufferConsole, MemoryDisk } from '@pvm/devices';
import { createDomain, restoreSnapshot, statsJson, takeSnapshot, PvDomain } from '../src/index.ts';

const ROOT = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, ROOT), 'utf8');

function boot(path: string, sectors = 16): { d: PvDomain; out: BufferConsole; disk: MemoryDisk } {
  const files = Object.fromEntries([path, 'examples/pv/lib/console.s', 'examples/pv/lib/time.s'].map((f) => [f, read(f)]));
  const r = assemble(path, memoryHost(files));
  if (!r.ok) expect.fail(r.diagnostics.map(formatDiagnostic).join('\n'));
  const out = new BufferConsole('');
  const disk = new MemoryDisk(sectors);
  const d = createDomain(r.image, { mode: 'pv', console: out, disk });
  if (!(d instanceof PvDomain)) throw new Error('not a pv domain');
  return { d, out, disk };
}

test('pv/block.s: a batch of requests in flight, one notification and one upcall per batch', () => {
  const { d, out } = boot('examples/pv/block.s');
  let most = 0;
  // Watch the ring between instructions: how many requests the back end holds at once.
  while (d.run(1) === null) most = Math.max(most, d.blockRing.inFlight);
  expect(d.stopped).toEqual({ kind: 'poweroff', code: 0 });
  expect(out.text()).toBe('disk: 16 sectors\nwrote 4 sectors\nverified 4 sectors: ok\n');
  expect(most).toBe(5); // four writes and a flush
  const j = statsJson(d);
  expect(j.upcalls).toBe(2);
  expect(j.exits.total).toBe(0);
  expect(j.hypercalls.byName).toMatchObject({ event_channel_op: 2, iret: 2 });
  expect(j.block).toEqual({ reads: 4, writes: 4, flushes: 1 });
  // Nine requests, one disk latency each: the kernel slept through them.
  expect(d.cpu.cycles).toBeGreaterThan(9 * d.cost.disk);
});

test('pv/roundrobin.s: the tasks\' system calls take the direct trap', () => {
  const { d, out } = boot('examples/pv/roundrobin.s');
  d.run();
  expect(d.stopped).toEqual({ kind: 'poweroff', code: 0 });
  expect(out.text()).toContain('all tasks done');
  const j = statsJson(d);
  expect(j.fastSyscalls).toBe(8);
  expect(j.exits.total).toBe(0);
});

test('a snapshot taken with block requests in flight goes on as the run would', () => {
  const a = boot('examples/pv/block.s');
  while (a.d.blockRing.inFlight === 0) a.d.run(1);
  expect(a.d.blockRing.inFlight).toBe(5);
  const snap = takeSnapshot(a.d);
  a.d.run();
  const first = { stop: a.d.stopped, cycles: a.d.cpu.cycles, stats: statsJson(a.d), out: a.out.text(), disk: a.disk.data.slice() };
  restoreSnapshot(a.d, snap); // the in-memory console and disk go back too
  a.d.run();
  expect({ stop: a.d.stopped, cycles: a.d.cpu.cycles, stats: statsJson(a.d), disk: a.disk.data.slice() }).toEqual({
    stop: first.stop,
    cycles: first.cycles,
    stats: first.stats,
    disk: first.disk,
  });
  expect(a.out.text()).toBe(first.out);
});
