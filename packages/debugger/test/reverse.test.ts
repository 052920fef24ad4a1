// Reverse execution is exact: going back to an earlier instant restores the whole machine —
// memory, registers, devices, the disk, console input — to what forward execution had there,
// for every example in every mode it runs in, and console output is never shown twice.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { takeSnapshot, type Domain } from '@pvm/hypervisor';
import { assemble } from '@pvm/asm';
import { crc32 } from '@pvm/image';
import { MemoryDisk } from '@pvm/devices';
import { Session } from '../src/index.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

function fsHost() {
  return { readFile: (p: string) => { try { return readFileSync(ROOT + p, 'utf8'); } catch { return null; } } };
}

const files = [
  ...readdirSync(ROOT + 'examples').filter((f) => f.endsWith('.s')).map((f) => `examples/${f}`),
  ...readdirSync(ROOT + 'examples/pv').filter((f) => f.endsWith('.s')).map((f) => `examples/pv/${f}`),
];

/** Everything that makes up the machine's state, as one string. */
function stateOf(d: Domain): string {
  const s = takeSnapshot(d);
  const plain = (x: unknown): unknown => (x instanceof Uint8Array ? `crc:${crc32(x)}` : x instanceof Uint32Array || x instanceof Int32Array ? Array.from(x) : x);
  return JSON.stringify({ ...s, mem: crc32(s.mem), cpu: { ...s.cpu, regs: Array.from(s.cpu.regs) } }, (_, v) => plain(v));
}

const cases = files.flatMap((f) => {
  const src = readFileSync(ROOT + f, 'utf8');
  const modes = src.includes('.paravirt') ? ['pv'] : ['native', 'trap'];
  return modes.map((m) => [f, m] as const);
});

describe('reverse execution against forward execution', () => {
  it.each(cases)('%s [%s]', (file, mode) => {
    const src = readFileSync(ROOT + file, 'utf8');
    const r = assemble(file, fsHost());
    if (!r.ok) throw new Error('does not assemble');
    const input = /^; input: (.*)$/m.exec(src)?.[1]?.replace(/\\n/g, '\n') ?? '';
    const sectors = Number(/^; disk: (\d+)$/m.exec(src)?.[1] ?? 0);
    let shown = '';
    const s = new Session({
      image: r.image,
      mode: mode as 'native' | 'trap' | 'pv',
      input: new TextEncoder().encode(input),
      disk: sectors ? new MemoryDisk(sectors) : null,
      out: (t) => {
        shown += t;
      },
    });
    const e = s.engine;
    const seen = new Map<number, string>();
    // Forward, one instruction at a time, remembering the state at scattered instants.
    const limit = 8_000;
    while (!e.ended && e.now < limit) {
      if (e.now % 97 === 0 || e.now < 40) seen.set(e.now, stateOf(e.dom));
      e.step();
    }
    const end = e.now;
    const outputAtEnd = shown;
    seen.set(end, stateOf(e.dom));
    // Back to each of them, latest first, then to a few in random order: identical every time.
    const points = [...seen.keys()].sort((a, b) => b - a);
    let x = 12345;
    const shuffled = [...points].sort(() => ((x = (x * 1103515245 + 12345) & 0x7fffffff) & 1 ? 1 : -1)).slice(0, 20);
    for (const p of [...points, ...shuffled]) {
      e.goto(p);
      expect(e.now).toBe(p);
      expect(stateOf(e.dom) === seen.get(p), `state at instruction ${p}`).toBe(true);
    }
    // And forward to the end again: same state, and nothing was printed twice.
    e.goto(end);
    expect(stateOf(e.dom) === seen.get(end)).toBe(true);
    expect(shown).toBe(outputAtEnd);
  });
});
