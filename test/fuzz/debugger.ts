// The debugger's command line, fuzzed in process: sessions on the example kernels fed random
// command lines — real commands with hostile arguments, huge counts, deep expressions, unknown
// names, over-long lines, binary garbage. The oracle: no host exception (the REPL counts any it
// had to catch), every command ends within a bounded number of chunks once Ctrl-C is pressed
// (a watchdog presses it), and afterwards the session still answers.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assemble } from '@pvm/asm';
import { LIMITS, Repl, Session, memorySources } from '@pvm/debugger';
import { MemoryDisk } from '@pvm/devices';
import type { Mode } from '@pvm/hypervisor';
import type { Image } from '@pvm/image';
import { HYPERCALLS, VECTORS } from '@pvm/isa';
import type { Rng } from './gen.ts';
import type { Target } from './targets.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface DebuggerInput {
  readonly kernel: string;
  readonly mode: Mode;
  readonly commands: readonly string[];
}

/** Guest instructions a session may run: every movement ends, so every command can. */
const MAX_STEPS = 40_000;
/** Chunks a command may take before the watchdog presses Ctrl-C, and after it. */
const CHUNKS_BEFORE_CTRL_C = 40;
const CHUNKS_AFTER_CTRL_C = 2;

/** An oracle violation (targets.ts imports this file, so its OracleError cannot be imported here). */
class DebuggerOracleError extends Error {}
const check = (ok: boolean, what: string): void => {
  if (!ok) throw new DebuggerOracleError(what);
};

let kernels: Map<string, { image: Image; text: string }> | null = null;
function examples(): Map<string, { image: Image; text: string }> {
  if (kernels) return kernels;
  kernels = new Map();
  const host = { readFile: (p: string) => readFileSync(join(ROOT, p), 'utf8') };
  for (const dir of ['examples', 'examples/pv'])
    for (const f of readdirSync(join(ROOT, dir)).sort()) {
      if (!f.endsWith('.s')) continue;
      const r = assemble(`${dir}/${f}`, host);
      if (r.ok) kernels.set(`${dir}/${f}`, { image: r.image, text: host.readFile(`${dir}/${f}`) });
    }
  return kernels;
}

// ---- command lines ----

const COUNTS = ['', '1', '2', '7', '100', '5000', '0', '-1', 'foo', '1.5', '0x10', String(LIMITS.stepCount), String(LIMITS.stepCount + 1), '99999999999999999999999'];
const REGS = ['r0', 'r1', 'r7', 'r15', 'sp', 'fp', 'pc', 'flags', '$r2', 'R3', 'r16', 'rx'];

function atom(r: Rng, names: readonly string[]): string {
  switch (r.int(8)) {
    case 0:
      return String(r.u32() | 0);
    case 1:
      return '0x' + r.u32().toString(16);
    case 2:
      return r.pick(REGS);
    case 3:
      return r.pick(names);
    case 4:
      return r.pick(['4294967296', '99999999999999999999', '0x1ffffffff', "'a'", "'\\n'", 'nosuch', 'CONSOLE_DATA', 'VEC_TIMER', '&' + r.pick(names), '&r1', '&CONSOLE_DATA']);
    default:
      return String(r.int(0x2000));
  }
}

function expr(r: Rng, names: readonly string[], depth: number): string {
  if (depth <= 0 || r.chance(0.4)) return atom(r, names);
  switch (r.int(5)) {
    case 0:
      return `(${expr(r, names, depth - 1)})`;
    case 1:
      return `[${expr(r, names, depth - 1)}]`;
    case 2:
      return `${r.pick(['-', '~', '*', '+', '&*'])}${expr(r, names, depth - 1)}`;
    default:
      return `${expr(r, names, depth - 1)} ${r.pick(['+', '-', '*', '/', '%', '<<', '>>', '&', '|', '^'])} ${expr(r, names, depth - 1)}`;
  }
}

/** An expression nested far past the depth limit but within the line limit, or a line past it. */
function deep(r: Rng): string {
  const room = LIMITS.lineBytes - 16;
  const n = (width: number): number => LIMITS.exprDepth + 1 + r.int(Math.floor(room / width) - LIMITS.exprDepth);
  switch (r.int(5)) {
    case 0: {
      const k = n(2);
      return `p ${'('.repeat(k)}1${')'.repeat(k)}`;
    }
    case 1:
      return `x/4x ${'-'.repeat(n(1))}1`;
    case 2:
      return `p ${'~'.repeat(n(1))}1`;
    case 3: {
      const k = n(2);
      return `set var r1 = ${'['.repeat(k)}0${']'.repeat(k)}`;
    }
    default:
      return `p ${'1+'.repeat(LIMITS.lineBytes)}1`;
  }
}

function garbage(r: Rng): string {
  return Array.from({ length: 1 + r.int(40) }, () => String.fromCharCode(r.chance(0.7) ? r.int(0x80) : r.int(0x10000))).join('');
}

function location(r: Rng, img: Image, names: readonly string[]): string {
  const file = img.files.length ? r.pick(img.files) : 'k.s';
  switch (r.int(5)) {
    case 0:
      return r.pick(names);
    case 1:
      return `${r.chance(0.5) ? file : file.split('/').pop()}:${r.pick([0, 1, 5, 20, 60, 150, 100000, -3])}`;
    case 2:
      return `*${expr(r, names, 2)}`;
    case 3:
      return String(r.int(200));
    default:
      return r.pick(['', 'nosuch', '*', ':', 'a:b', garbage(r)]);
  }
}

const CATCH = [...HYPERCALLS.map((h) => h.name), ...VECTORS.map((v) => v.name), 'out', 'in CONSOLE_DATA', 'iret', 'syscall', 'upcall', 'nosuch', '999', 'console_i', 'VEC_TIMR', ''];

export function commandLine(r: Rng, img: Image): string {
  const names = [...img.symbols.map((s) => s.name).slice(0, 40), '_start', 'nosuch'];
  switch (r.int(14)) {
    case 0:
      return `${r.pick(['step', 'next', 'stepi', 'reverse-stepi', 's', 'n', 'si', 'rsi'])} ${r.pick(COUNTS)}`;
    case 1:
    case 2:
      return r.pick(['continue', 'finish', 'reverse-step', 'reverse-next', 'reverse-continue', 'until', 'run', 'c', 'fin', 'rc', 'rs', 'rn', '']);
    case 3:
      return `${r.pick(['break', 'tbreak', 'until', 'list', 'disassemble', 'b', 'l'])} ${location(r, img, names)}`;
    case 4:
      return `${r.pick(['watch', 'rwatch'])} ${r.chance(0.3) ? r.pick(REGS) : r.chance(0.5) ? r.pick(names) : expr(r, names, 2)}`;
    case 5:
      return `catch ${r.pick(['trap', 'hcall', 'interrupt', 'frob', ''])} ${r.pick(CATCH)}`;
    case 6:
      return `${r.pick(['print', 'p', 'print/x', 'p/d', 'p/c', 'p/t', 'p/q'])} ${expr(r, names, 4)}`;
    case 7:
      return `x/${r.pick(['', '1', '4', '16', '0', '-2', '65536', '65537', '999999999999999'])}${r.pick(['', 'x', 'd', 'u', 't', 'c', 's', 'i'])}${r.pick(['', 'b', 'h', 'w', 'q'])} ${r.chance(0.9) ? expr(r, names, 2) : ''}`;
    case 8:
      return `set var ${r.chance(0.5) ? r.pick(REGS) : r.pick([`[${expr(r, names, 1)}]`, `*${expr(r, names, 1)}`, r.pick(names)])} = ${expr(r, names, 2)}`;
    case 9:
      return `info ${r.pick(['registers', 'registers r1 sp', 'registers r99', 'r', 'b', 'breakpoints', 'exits', 'hypercalls', 'devices', 'events', 'stats', 'frob', 'e', ''])}`;
    case 10:
      return `${r.pick(['delete', 'enable', 'disable', 'd'])} ${Array.from({ length: r.int(4) }, () => r.pick(['1', '2', '3', '99', 'x', '-1', '1,2'])).join(' ')}`;
    case 11:
      return garbage(r);
    case 12:
      return deep(r);
    default:
      return r.pick(['bt', 'help', 'help x', 'help frob', 'list', 'disassemble', 'x', '#comment', '   ']);
  }
}

// ---- the target ----

export const debuggerTarget: Target<DebuggerInput> = {
  name: 'debugger',
  gen(r) {
    const all = [...examples().entries()];
    const [kernel, k] = r.pick(all);
    const mode: Mode = k.image.paravirt ? 'pv' : r.pick(['native', 'trap'] as const);
    return { kernel, mode, commands: Array.from({ length: 5 + r.int(25) }, () => commandLine(r, k.image)) };
  },
  run(input) {
    const k = examples().get(input.kernel);
    if (!k) throw new Error(`no kernel ${input.kernel}`);
    let out = '';
    const session = new Session({
      image: k.image,
      mode: input.mode,
      input: new TextEncoder().encode('hello\nworld\n'),
      disk: new MemoryDisk(16),
      maxSteps: MAX_STEPS,
      outputLimit: 1 << 16,
      sources: memorySources({ [input.kernel]: k.text }),
      out: (t) => void (out += t),
    });
    const repl = new Repl(session);
    const run = (line: string): string => {
      out = '';
      const task = repl.task(line);
      for (let chunks = 0; ; chunks++) {
        const r = task.next();
        if (r.done) break;
        // The watchdog's Ctrl-C, as a user would press it; then the command must end at once.
        if (chunks === CHUNKS_BEFORE_CTRL_C) session.interrupt();
        check(chunks <= CHUNKS_BEFORE_CTRL_C + CHUNKS_AFTER_CTRL_C, `${JSON.stringify(line.slice(0, 80))} went on after Ctrl-C`);
      }
      check(session.internalErrors === 0, `host exception in ${JSON.stringify(line.slice(0, 80))}: ${out.split('\n').find((l) => l.includes('internal error'))}`);
      check(!/\bundefined\b|\bNaN\b|\[object /.test(out), `${JSON.stringify(line.slice(0, 80))} printed ${JSON.stringify(out.slice(0, 200))}`);
      return out;
    };
    for (const c of input.commands) run(c);
    // Still usable: it computes, and it knows where it is.
    check(/= 42\n$/.test(run('p 6*7')), 'the session no longer evaluates');
    check(/^pc +0x[0-9a-f]+/.test(run('info registers pc')), 'the session no longer shows registers');
    return session.dom.stopped ? 'ended' : 'running';
  },
  save: (x) => ({ ext: 'json', bytes: new TextEncoder().encode(JSON.stringify(x, null, 1)) }),
  load: (bytes) => JSON.parse(new TextDecoder().decode(bytes)) as DebuggerInput,
};
