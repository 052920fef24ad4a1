/// <reference lib="dom" />
// The worker: assembles for the editor's diagnostics, runs a guest in slices, hosts a debugger
// session, and measures the compare workloads. It yields between slices and command chunks so
// Stop and input get in.
import { comparing } from './comparing.ts';
import { DebugHost } from './debugging.ts';
import type { Mode } from '@pvm/hypervisor';
import { DEFAULT_MEMORY } from '@pvm/isa';
import { ending, misfit, stoppedByUser } from './ending.ts';
import { assembleProgram, problemsOf } from './program.ts';
import type { FromWorker, Program, ToWorker } from './protocol.ts';
import { Runner } from './runner.ts';

interface WorkerScope {
  postMessage(m: FromWorker): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const post = (m: FromWorker): void => scope.postMessage(m);

/** Let queued messages (Stop, input) in without the 4 ms clamp of nested timers. */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const breathe = (): Promise<void> =>
  new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

let stopRequested = false;
let runner: Runner | null = null;
let debug: DebugHost | null = null;
/** The buffer's name in the debugged image: gutter lines are lines of it. */
let debugFile = '';
/** Resolved when input or Stop arrives while a starved guest waits. */
let wake: (() => void) | null = null;
let pending = '';
const show = (text: string): void => void (pending += text);
const flush = (t: 'output' | 'log'): void => {
  if (pending) post({ t, text: pending });
  pending = '';
};

/** Assembled and fit to run, or null once the page is told why not: bad source never runs. */
function image(p: Program, mode: Mode) {
  const r = assembleProgram(p);
  if (!r.ok) {
    post({ t: 'rejected', problems: problemsOf(p, r) });
    return null;
  }
  const why = misfit(r.image, mode, DEFAULT_MEMORY);
  if (why === null) return r.image;
  post({ t: 'refused', message: why });
  return null;
}

async function run(m: Extract<ToWorker, { t: 'run' }>): Promise<void> {
  const img = image(m.program, m.settings.mode);
  if (!img) return;
  const r = new Runner(img, m.settings, show);
  runner = r;
  r.feed(new TextEncoder().encode(m.input));
  if (m.inputEnded) r.endInput();
  stopRequested = false;
  for (;;) {
    if (stopRequested) {
      flush('output');
      post({ t: 'done', end: { ...stoppedByUser(img, r.dom.cpu.pc, r.dom.cpu.instret), stats: r.stats() } });
      break;
    }
    const s = r.slice();
    flush('output');
    if (s.kind === 'stopped') {
      post({ t: 'done', end: { ...ending(s.stop, img), stats: r.stats() } });
      break;
    }
    if (s.kind === 'starved') {
      post({ t: 'waiting', waiting: true });
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      post({ t: 'waiting', waiting: false });
      continue;
    }
    await breathe();
  }
  runner = null;
}

/** The compare view's measurement: a slice at a time, Stop seen between slices. */
async function compare(m: Extract<ToWorker, { t: 'compare' }>): Promise<void> {
  stopRequested = false;
  const task = comparing(m.files, m.cpu);
  let at = { done: 0, total: 0 };
  for (;;) {
    if (stopRequested) {
      post({ t: 'compare-end', end: { kind: 'stopped', ...at } });
      return;
    }
    const s = task.next();
    if (s.done) {
      post({ t: 'compare-end', end: s.value });
      return;
    }
    at = { done: s.value.done, total: s.value.total };
    post({ t: 'compare-progress', progress: s.value });
    await breathe();
  }
}

/** Debugger commands run one after another, in the order they came. */
let queue: Promise<void> = Promise.resolve();

/** A command line, or one made when its turn comes (a gutter toggle depends on the points then). */
function command(text: string | ((d: DebugHost) => string), echo: boolean): void {
  queue = queue.then(async () => {
    const d = debug;
    if (!d) return;
    const line = typeof text === 'string' ? text : text(d);
    post({ t: 'busy', busy: true });
    if (echo) show(`(pvm) ${line}\n`);
    const task = d.command(line);
    while (!task.next().done) {
      flush('log');
      await breathe();
    }
    flush('log');
    post({ t: 'state', state: d.state() });
    post({ t: 'busy', busy: false });
  }).catch(fail);
}

function startDebug(m: Extract<ToWorker, { t: 'debug' }>): void {
  const img = image(m.program, m.settings.mode);
  if (!img) return;
  const d = new DebugHost(img, { ...m.program.files }, m.settings, show);
  debug = d;
  debugFile = m.program.file;
  show(`pvm debugger: ${m.program.file} in ${m.settings.mode} mode, stopped at the entry point. Type "help" for commands.\n`);
  for (const line of m.breakpoints) command(`break ${m.program.file}:${line}`, true);
  queue = queue.then(() => {
    d.session.showLocation();
    flush('log');
    post({ t: 'state', state: d.state() });
  }).catch(fail);
}

function handle(m: ToWorker): void {
  switch (m.t) {
    case 'assemble': {
      const t0 = performance.now();
      const r = assembleProgram(m.program);
      post({ t: 'assembled', id: m.id, ok: r.ok, problems: problemsOf(m.program, r), ms: performance.now() - t0 });
      return;
    }
    case 'run':
      void run(m).catch(fail);
      return;
    case 'compare':
      void compare(m).catch(fail);
      return;
    case 'input':
      runner?.feed(new TextEncoder().encode(m.text));
      wake?.();
      return;
    case 'eof':
      runner?.endInput();
      wake?.();
      return;
    case 'stop':
      stopRequested = true;
      debug?.interrupt();
      wake?.();
      return;
    case 'debug':
      try {
        startDebug(m);
      } catch (e) {
        fail(e);
      }
      return;
    case 'command':
      command(m.line, true);
      return;
    case 'toggle':
      command((d) => d.toggleCommand(debugFile, m.line), true);
      return;
    case 'memory':
      if (debug) {
        debug.memoryExpr = m.expr;
        const d = debug;
        queue = queue.then(() => post({ t: 'state', state: d.state() })).catch(fail);
      }
      return;
  }
}

function fail(e: unknown): void {
  post({ t: 'failed', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
}

scope.onmessage = (e) => {
  try {
    handle(e.data);
  } catch (err) {
    fail(err);
  }
};
