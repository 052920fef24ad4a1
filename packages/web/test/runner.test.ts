// The playground's runner against the hypervisor run as `pvm run` runs it: the same output, end
// and stats, however the console input arrives — in one piece, or a few bytes at a time while
// the guest waits (the slices it starved in are undone and run again).
import { assemble, memoryHost } from '@pvm/asm';
import { BufferConsole, MemoryDisk } from '@pvm/devices';
import { MODES, costModel, createDomain, statsJson, type Mode } from '@pvm/hypervisor';
import type { Image } from '@pvm/image';
import { rng } from '@pvm/testkit';
import { describe, expect, it } from 'vitest';
import { Runner, SLICE, type RunSettings } from '../src/runner.ts';
import { FILES, KERNELS, inputOf } from './helpers.ts';

const image = (file: string, files: Record<string, string> = FILES): Image => {
  const r = assemble(file, memoryHost(files));
  if (!r.ok) throw new Error(`${file} does not assemble`);
  return r.image;
};

const settings = (mode: Mode, extra: Partial<RunSettings> = {}): RunSettings => ({ mode, cpu: 'core2', maxSteps: 50_000_000, outputLimit: 1 << 20, diskSectors: 16, ...extra });

function reference(img: Image, mode: Mode, input: string) {
  const console = new BufferConsole(input);
  const dom = createDomain(img, { mode, console, disk: new MemoryDisk(16), cost: costModel('core2')!, maxSteps: 50_000_000, outputLimit: 1 << 20 });
  const stop = dom.run();
  return { output: console.text(), stop, stats: statsJson(dom) };
}

/** Run to the end, feeding input in pieces of 1..`most` bytes whenever the guest starves. */
function playground(img: Image, s: RunSettings, input: string, seed: number, most: number) {
  const r = rng(seed);
  let output = '';
  const runner = new Runner(img, s, (t) => void (output += t));
  let at = 0;
  let starved = 0;
  for (let guard = 0; guard < 100_000; guard++) {
    const before = runner.dom.cpu.instret;
    const res = runner.slice();
    // A slice is bounded, so Stop and input are looked at between slices.
    expect(runner.dom.cpu.instret - before).toBeLessThanOrEqual(SLICE);
    if (res.kind === 'stopped') return { output, stop: res.stop, stats: runner.stats(), starved };
    if (res.kind === 'starved') {
      starved++;
      if (at >= input.length) runner.endInput();
      else {
        const n = 1 + r.int(most);
        runner.feed(new TextEncoder().encode(input.slice(at, at + n)));
        at += n;
      }
    }
  }
  throw new Error('did not end');
}

const modesOf = (src: string): Mode[] => (/^\s*\.paravirt\b/m.test(src) ? ['pv'] : MODES.filter((m) => m !== 'pv'));

describe('the runner gives what pvm run gives', { timeout: 60_000 }, () => {
  for (const k of KERNELS)
    for (const mode of modesOf(FILES[k]!))
      it(`${k} in ${mode}, input typed a few bytes at a time`, () => {
        const img = image(k);
        const input = inputOf(FILES[k]!) || 'typed\n';
        const want = reference(img, mode, input);
        for (const [seed, most] of [[1, 1], [2, 4], [3, 64]] as const) {
          const got = playground(img, settings(mode), input, seed, most);
          expect(got.output).toBe(want.output);
          expect(got.stop).toEqual(want.stop);
          expect(got.stats).toEqual(want.stats);
          // A kernel that reads its console really waited for the input, piece by piece.
          if (inputOf(FILES[k]!)) expect(got.starved).toBeGreaterThan(input.length / most);
        }
      });

  it('waits for input rather than reading an end that has not come', () => {
    const img = image('echo.s');
    const r = new Runner(img, settings('trap'), () => {});
    expect(r.slice().kind).toBe('starved');
    // Nothing the guest did while starved is kept: it is where it was.
    expect(r.slice().kind).toBe('starved');
    r.feed(new TextEncoder().encode('ab'));
    r.endInput();
    let res = r.slice();
    while (res.kind === 'running') res = r.slice();
    expect(res).toMatchObject({ kind: 'stopped', stop: { kind: 'poweroff', code: 0 } });
  });
});

describe('a runaway guest is contained', { timeout: 60_000 }, () => {
  const run = (src: string, s: Partial<RunSettings>) => {
    let output = '';
    const r = new Runner(image('main.s', { 'main.s': src }), settings('trap', s), (t) => void (output += t));
    for (;;) {
      const res = r.slice();
      if (res.kind === 'stopped') return { stop: res.stop, output };
      if (res.kind === 'starved') r.endInput();
    }
  };

  it('an endless loop ends at the step budget', () => {
    const { stop } = run('_start: jmp _start\n', { maxSteps: 1_000_000 });
    expect(stop).toEqual({ kind: 'step-limit', steps: 1_000_000 });
  });

  it('a flood of output is cut off at the limit, with a reason', () => {
    const { stop, output } = run("_start: li r1, 'x'\n1: out CONSOLE_DATA, r1\n jmp 1b\n", { outputLimit: 4096 });
    expect(output.length).toBe(4096);
    expect(stop.kind).toBe('halted');
    expect(stop.kind === 'halted' && stop.reason).toMatch(/console output reached its limit of 4 KiB/);
  });
});
