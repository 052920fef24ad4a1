// In-process sessions for the debugger's own tests: a kernel from text or from examples/, a
// Repl, and everything the session printed.
import { readFileSync } from 'node:fs';
import { assemble, formatDiagnostic, memoryHost } from '@pvm/asm';
import type { Mode } from '@pvm/hypervisor';
import { takeSnapshot, type Domain } from '@pvm/hypervisor';
import { crc32, type Image } from '@pvm/image';
import { Repl, Session, memorySources, type Recording } from '../src/index.ts';

export const ROOT = new URL('../../../', import.meta.url).pathname;

/** Assemble a kernel given as text (with the example console library available). */
export function image(src: string, name = 'k.s'): Image {
  const lib = readFileSync(ROOT + 'examples/lib/console.s', 'utf8');
  const r = assemble(name, memoryHost({ [name]: src, 'lib/console.s': lib }));
  if (!r.ok) throw new Error(r.diagnostics.map(formatDiagnostic).join('\n'));
  return r.image;
}

/** An example by path, assembled as the CLI would. */
export function example(path: string): Image {
  const host = { readFile: (p: string) => { try { return readFileSync(ROOT + p, 'utf8'); } catch { return null; } } };
  const r = assemble(path, host);
  if (!r.ok) throw new Error(`${path} does not assemble`);
  return r.image;
}

export interface Driven {
  s: Session;
  repl: Repl;
  /** Run command lines; what they printed. */
  run(...lines: string[]): Promise<string>;
}

export function drive(img: Image, opts: { mode?: Mode; src?: string; recording?: Recording; memory?: number; input?: string } = {}): Driven {
  let out = '';
  const s = new Session({
    image: img,
    mode: opts.mode ?? (img.paravirt ? 'pv' : 'native'),
    ...(opts.memory ? { memory: opts.memory } : {}),
    ...(opts.recording ? { recording: opts.recording } : {}),
    input: new TextEncoder().encode(opts.input ?? ''),
    sources: memorySources(opts.src !== undefined ? { 'k.s': opts.src } : {}),
    out: (t) => void (out += t),
  });
  const repl = new Repl(s);
  return {
    s,
    repl,
    async run(...lines) {
      out = '';
      for (const l of lines) await repl.execute(l);
      return out;
    },
  };
}

/** Everything that makes up the machine's state, as one string. */
export function stateOf(d: Domain): string {
  const s = takeSnapshot(d);
  const plain = (x: unknown): unknown => (x instanceof Uint8Array ? `crc:${crc32(x)}` : x instanceof Uint32Array || x instanceof Int32Array ? Array.from(x) : x);
  return JSON.stringify({ ...s, mem: crc32(s.mem), cpu: { ...s.cpu, regs: Array.from(s.cpu.regs) } }, (_, v) => plain(v));
}
