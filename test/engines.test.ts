// Proof of sameness: the compiling tier (`--engine jit`) against the interpreter, which is the
// reference. Every example in every mode it runs in, end to end through the real bundle; then
// in process, with the jit compiling on first sight and running compiled code right up to each
// limit, every example again and a corpus written to defeat a compiler (loops, calls, self-
// modifying code, interrupts, faults, paging with remapped and unmapped pages), and generated
// guests in every mode. Output, exit status, --stats=json (less the line naming the engine)
// and the final machine state must be identical.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble, type SourceHost } from '@pvm/asm';
import type { Engine } from '@pvm/cpu';
import { BufferConsole, MemoryDisk } from '@pvm/devices';
import { createDomain, statsJson, type Domain, type Mode } from '@pvm/hypervisor';
import type { Image } from '@pvm/image';
import { rng } from '@pvm/testkit';
import { archState, boot, randomGuest } from './fuzz/machine.ts';
import { SMALL } from './fuzz/gen.ts';
import { CORPUS, FORMS_ALL } from './engines-corpus.ts';
import { ROOT, pvm, tempDir } from './helpers.ts';

const fsHost: SourceHost = { readFile: (p) => { try { return readFileSync(p, 'utf8'); } catch { return null; } } };

/** An example's header: the modes it runs in, its console input, its disk size in sectors. */
function header(file: string): { modes: Mode[]; input: string; disk: number } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const key = (k: string): string | undefined => new RegExp(`^; ${k}: (.*)$`, 'm').exec(text)?.[1]?.trim();
  const pv = file.startsWith('examples/pv/');
  const modes = pv ? ['pv'] : (key('modes')?.split(/\s+/) ?? ['native', 'trap', 'hvm']);
  return { modes: modes as Mode[], input: (key('input') ?? '').replace(/\\n/g, '\n'), disk: Number(key('disk') ?? 4) };
}

const EXAMPLE_FILES = [
  ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.s')).map((f) => `examples/${f}`),
  ...readdirSync(join(ROOT, 'examples/pv')).filter((f) => f.endsWith('.s')).map((f) => `examples/pv/${f}`),
].sort();


describe('the bundle gives the same result under --engine jit and --engine interp', () => {
  for (const file of EXAMPLE_FILES) {
    const h = header(file);
    for (const mode of h.modes) {
      it(`${file} --mode ${mode}`, () => {
        const out = (engine: Engine): { status: number; stdout: string; stderr: string; disk: string } => {
          const dir = tempDir();
          try {
            const disk = join(dir.path, 'disk.img');
            writeFileSync(disk, new Uint8Array(512 * h.disk));
            const r = pvm(['run', file, '--mode', mode, '--engine', engine, '--disk', disk, '--stats=json'], { input: h.input });
            return { status: r.status, stdout: r.stdout, stderr: r.stderr, disk: readFileSync(disk).toString('base64') };
          } finally {
            dir.done();
          }
        };
        const interp = out('interp');
        expect(interp.stderr).toContain('"instructions"');
        expect(out('jit')).toEqual(interp);
      });
    }
  }
});

/** Run an image to the end in process; the jit compiles on first sight and runs up to each limit. */
function runImage(image: Image, mode: Mode, engine: Engine, input: string, memory = 1 << 20): { state: unknown; stats: unknown; d: Domain } {
  const console = new BufferConsole(new TextEncoder().encode(input));
  const disk = new MemoryDisk(16);
  const d = createDomain(image, { mode, memory, console, disk, maxSteps: 5_000_000, outputLimit: 1 << 16, engine });
  if (d.cpu.jit) d.cpu.jit.hot = d.cpu.jit.near = 1;
  const stop = d.run();
  const { engine: _e, ...stats } = statsJson(d);
  const cpu = d.cpu;
  const mmu = cpu.save().mmu;
  const state = { ...archState({ d, console, disk }, stop), mmu: { ...mmu, tags: [...mmu.tags], arch: [...mmu.arch], frames: [...mmu.frames] }, output: new TextDecoder().decode(console.output()) };
  return { state, stats, d };
}

function image(file: string, source?: string): Image {
  const host: SourceHost = source === undefined ? fsHost : { readFile: (p) => (p === file ? source : fsHost.readFile(p)) };
  const r = assemble(file, host);
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.diagnostics[0])}`);
  return r.image;
}

describe('in process, compiling everything it can, the jit leaves the machine as the interpreter does', () => {
  for (const file of EXAMPLE_FILES) {
    const h = header(file);
    it(`${file} in ${h.modes.join(', ')}`, () => {
      const img = image(join(ROOT, file));
      for (const mode of h.modes) {
        const a = runImage(img, mode, 'interp', h.input);
        const b = runImage(img, mode, 'jit', h.input);
        expect(b.state).toEqual(a.state);
        expect(b.stats).toEqual(a.stats);
      }
    });
  }

  for (const c of CORPUS) {
    it(`${c.name}: ${c.what}`, () => {
      const file = join(ROOT, 'examples', `${c.name}.s`); // beside the examples, so their lib/ includes resolve
      const img = image(file, c.source);
      for (const mode of c.modes) {
        const a = runImage(img, mode, 'interp', '');
        const b = runImage(img, mode, 'jit', '');
        expect(b.state).toEqual(a.state);
        expect(b.stats).toEqual(a.stats);
        expect((a.state as { output: string }).output).toBe(c.output);
        // The jit really ran this: it compiled regions and gave none up.
        expect(b.d.cpu.jit!.compiledRegions).toBeGreaterThan(0);
        expect(b.d.cpu.jit!.fallbacks).toBe(0);
      }
    });
  }
});

describe('generated guests: the jit against the interpreter in every mode', () => {
  for (const mode of ['native', 'trap', 'hvm', 'pv'] as const) {
    it(`${mode}: 150 random guests`, () => {
      const r = rng(0x9e17 + mode.length);
      let compiled = 0;
      for (let i = 0; i < 150; i++) {
        const g = randomGuest(r, SMALL, FORMS_ALL, 40 + r.int(80), 0.1, 3000);
        const a = boot(g, mode, 'interp');
        const sa = a.d.run();
        const b = boot(g, mode, 'jit');
        const sb = b.d.run();
        expect(archState(b, sb)).toEqual(archState(a, sa));
        const { engine: _x, ...ja } = statsJson(a.d);
        const { engine: _y, ...jb } = statsJson(b.d);
        expect(jb).toEqual(ja);
        compiled += b.d.cpu.jit!.compiledRegions;
      }
      expect(compiled).toBeGreaterThan(100);
    });
  }
});

describe('determinism', () => {
  it('two jit runs give the same stats', () => {
    const a = pvm(['run', 'bench/guest/fib.s', '--stats=json']);
    const b = pvm(['run', 'bench/guest/fib.s', '--stats=json']);
    expect(a.status).toBe(0);
    expect(a.stderr).toBe(b.stderr);
  });
});

describe('when the compiler fails', () => {
  it('the region runs in the interpreter, the result is the same, and --stats=json counts it', () => {
    const c = CORPUS.find((g) => g.name === 'student-loops')!;
    const img = image(join(ROOT, 'examples', `${c.name}.s`), c.source);
    const a = runImage(img, 'native', 'interp', '');
    const console = new BufferConsole(new Uint8Array(0));
    const d = createDomain(img, { mode: 'native', memory: 1 << 20, console, disk: new MemoryDisk(16), engine: 'jit' });
    d.cpu.jit!.hot = 1;
    d.cpu.jit!.generate = () => 'this is not JavaScript {';
    d.run();
    expect(new TextDecoder().decode(console.output())).toBe(c.output);
    const { engine, ...stats } = statsJson(d);
    expect(stats).toEqual(a.stats);
    expect(engine).toEqual({ name: 'jit', compiledRegions: 0, fallbacks: d.cpu.jit!.fallbacks });
    expect(d.cpu.jit!.fallbacks).toBeGreaterThan(3);
  });
});


