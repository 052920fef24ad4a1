/// <reference lib="dom" />
// The playground page: an editor, a runner and a debugger, wired to the workers.
import { MODES, type Mode } from '@pvm/hypervisor';
import { DEFAULT_PRESET, PRESETS } from '@pvm/isa';
import examples from 'virtual:examples';
import type { Problem } from '../problems.ts';
import type { FromWorker, Program } from '../protocol.ts';
import { DEFAULT_BUDGET, MAX_DISK_SECTORS, OUTPUT_LIMIT } from '../limits.ts';
import type { RunSettings } from '../runner.ts';
import { decodeLink, encodeLink, validFileName } from '../share.ts';
import { Editor } from './editor.ts';
import { SHORTCUTS } from './keys.ts';
import { appendLog, renderMemory, renderRegisters, renderStats } from './views.ts';
import { Assembler, RunnerWorker } from './workers.ts';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const STORE = 'pvm-playground';
const DEFAULT_FILE = 'main.s';

interface Saved {
  file: string;
  source: string;
  mode?: string;
  cpu?: string;
  budget?: number;
}

const load = (): Saved | null => {
  try {
    const v = JSON.parse(localStorage.getItem(STORE) ?? 'null') as Saved | null;
    return v && typeof v.source === 'string' && typeof v.file === 'string' && validFileName(v.file) ? v : null;
  } catch {
    return null;
  }
};

/** Kernels (not the library they include), in a stable order. */
const KERNELS = Object.keys(examples)
  .filter((p) => !p.split('/').includes('lib'))
  .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));

let file = DEFAULT_FILE;
let phase: 'idle' | 'running' | 'debugging' = 'idle';
let busy = false;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

const notice = (text: string | null): void => {
  const n = $('notice');
  n.hidden = text === null;
  n.textContent = text ?? '';
};

const program = (text: string): Program => ({ file, files: { ...examples, [file]: text } });

const assembler = new Assembler();
let lastCheck: { ms: number; problems: Problem[] } | null = null;

const editor = new Editor($('editor'), '', {
  async check(text) {
    const r = await assembler.check(program(text));
    lastCheck = r;
    const s = $('asm-status');
    s.textContent = r.problems.length ? `${r.problems.length} error${r.problems.length === 1 ? '' : 's'}` : 'assembles';
    s.className = r.problems.length ? 'bad' : '';
    return r.problems;
  },
  toggleBreakpoint(line) {
    if (phase === 'debugging') return runner.send({ t: 'toggle', line });
    const lines = new Set(editor.breakpointLines());
    if (lines.has(line)) lines.delete(line);
    else lines.add(line);
    editor.setBreakpoints([...lines].map((l) => ({ line: l, enabled: true })));
  },
  changed() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 300);
  },
});

function save(): void {
  const s: Saved = { file, source: editor.text, mode: modeSel.value, cpu: cpuSel.value, budget: Number(budgetIn.value) };
  try {
    localStorage.setItem(STORE, JSON.stringify(s));
  } catch {
    // Storage full or refused (private mode): the program is still in the editor and the link.
  }
}

function open(name: string, text: string): void {
  file = name;
  $('file-name').textContent = name;
  editor.setText(text);
  save();
}

// ---- settings ----

const modeSel = $<HTMLSelectElement>('mode');
const cpuSel = $<HTMLSelectElement>('cpu');
const budgetIn = $<HTMLInputElement>('budget');
for (const m of MODES) modeSel.add(new Option(m, m));
for (const p of PRESETS) cpuSel.add(new Option(`${p.name} — ${p.title}`, p.name));
const saved = load();
modeSel.value = saved?.mode && (MODES as readonly string[]).includes(saved.mode) ? saved.mode : 'trap';
cpuSel.value = saved?.cpu && PRESETS.some((p) => p.name === saved.cpu) ? saved.cpu : DEFAULT_PRESET;
budgetIn.value = String(saved?.budget && saved.budget > 0 ? saved.budget : DEFAULT_BUDGET);
for (const el of [modeSel, cpuSel, budgetIn]) el.addEventListener('change', save);

const exSel = $<HTMLSelectElement>('examples');
for (const k of KERNELS) {
  const summary = /^;\s*[^:]*:\s*(.*)$/m.exec(examples[k]!)?.[1] ?? '';
  exSel.add(new Option(`${k}${summary ? ` — ${summary.slice(0, 60)}` : ''}`, k));
}
exSel.addEventListener('change', () => {
  const k = exSel.value;
  if (!k) return;
  if (phase === 'debugging') endDebug();
  open(k, examples[k]!);
  // An example's own mode: a paravirtual kernel runs in pv.
  if (/^\s*\.paravirt\b/m.test(examples[k]!)) modeSel.value = 'pv';
  else if (modeSel.value === 'pv') modeSel.value = 'trap';
  exSel.value = '';
  notice(null);
});

const settings = (): RunSettings => {
  const budget = Math.floor(Number(budgetIn.value));
  const disk = Math.floor(Number($<HTMLInputElement>('disk').value));
  return {
    mode: modeSel.value as Mode,
    cpu: cpuSel.value,
    maxSteps: Number.isFinite(budget) && budget > 0 ? budget : DEFAULT_BUDGET,
    outputLimit: OUTPUT_LIMIT,
    diskSectors: Number.isFinite(disk) ? Math.max(0, Math.min(disk, MAX_DISK_SECTORS)) : 0,
  };
};

// ---- running and debugging ----

const status = (text: string): void => void ($('status').textContent = text);
const output = $('output');
const result = $('result');

const runner = new RunnerWorker(onWorker, (why) => {
  // The page goes on: the worker is new, the program and settings are kept.
  const was = phase;
  setPhase('idle');
  if (was === 'debugging') endDebug();
  result.className = 'bad';
  result.textContent = `${why}. Your program is kept; run it again when ready.`;
  status('');
});

function setPhase(p: typeof phase): void {
  phase = p;
  $<HTMLButtonElement>('run').disabled = p !== 'idle';
  $<HTMLButtonElement>('debug').disabled = p === 'running';
  $<HTMLButtonElement>('stop').disabled = !(p === 'running' || (p === 'debugging' && busy));
  $('debug-tools').hidden = p !== 'debugging';
  $('run-view').hidden = p === 'debugging';
  editor.setReadOnly(p === 'debugging');
}

function rejected(problems: Problem[]): void {
  setPhase('idle');
  result.className = 'bad';
  const first = problems[0];
  result.textContent = `Not run: the source does not assemble (${problems.length} error${problems.length === 1 ? '' : 's'})${first ? `; line ${first.line}: ${first.message}` : ''}.`;
  status('');
}

function run(): void {
  if (phase !== 'idle') return;
  output.textContent = '';
  result.textContent = '';
  result.className = '';
  $('stats').hidden = true;
  setPhase('running');
  status('running…');
  runner.send({ t: 'run', program: program(editor.text), settings: settings(), input: '', inputEnded: false });
}

function startDebug(): void {
  if (phase === 'running') return;
  $('debug-log').textContent = '';
  busy = true;
  setPhase('debugging');
  status('starting the debugger…');
  const s = settings();
  runner.send({ t: 'debug', program: program(editor.text), settings: { ...s, input: $<HTMLInputElement>('input').value }, breakpoints: editor.breakpointLines() });
}

function endDebug(): void {
  const lines = editor.breakpointLines();
  busy = false;
  setPhase('idle');
  editor.setCurrentLine(null);
  editor.setBreakpoints(lines.map((line) => ({ line, enabled: true })));
  status('');
}

function stop(): void {
  if (phase === 'running' || (phase === 'debugging' && busy)) {
    status('stopping…');
    runner.stop();
  }
}

function command(line: string): void {
  if (phase !== 'debugging') return;
  runner.send({ t: 'command', line });
}

function onWorker(m: FromWorker): void {
  switch (m.t) {
    case 'output':
      // The guest's own limit cuts it off first; input echoed beside it fits in the rest.
      appendLog(output, m.text, OUTPUT_LIMIT * 2);
      return;
    case 'waiting':
      status(m.waiting ? 'waiting for console input: type it below and press Enter (or End input)' : 'running…');
      if (m.waiting) $('input').focus();
      return;
    case 'done': {
      setPhase('idle');
      const ok = m.end.status === 0;
      result.className = ok ? 'ok' : 'bad';
      result.textContent = `${m.end.report} — exit status ${m.end.status}`;
      renderStats($<HTMLTableElement>('stats'), m.end.stats);
      status('');
      return;
    }
    case 'rejected':
      if (phase === 'debugging') endDebug();
      rejected(m.problems);
      return;
    case 'refused':
      if (phase === 'debugging') endDebug();
      setPhase('idle');
      result.className = 'bad';
      result.textContent = `Not run: ${m.message}.`;
      status('');
      return;
    case 'log':
      appendLog($('debug-log'), m.text);
      return;
    case 'busy':
      busy = m.busy;
      if (phase === 'debugging') setPhase('debugging');
      // When it ends, the state that comes just before says where the guest stopped.
      if (m.busy) status('running… (Stop or Escape interrupts)');
      return;
    case 'state': {
      if (phase !== 'debugging') return;
      const s = m.state;
      renderRegisters($<HTMLTableElement>('registers'), s);
      renderMemory($('memory'), s.memory);
      editor.setBreakpoints(s.breakpoints.filter((b) => b.file === file));
      editor.setCurrentLine(s.at && s.at.file === file ? s.at.line : null);
      status(s.ended ? 'the guest has ended: go back, or start again' : `stopped after ${s.instructions.toLocaleString('en-US')} instructions${s.at ? ` at ${s.at.file}:${s.at.line}` : ''}`);
      return;
    }
    case 'failed':
      setPhase('idle');
      result.className = 'bad';
      result.textContent = `Internal error: ${m.message}`;
      return;
    case 'assembled':
      return;
  }
}

// ---- controls ----

$('run').addEventListener('click', run);
$('debug').addEventListener('click', startDebug);
$('stop').addEventListener('click', stop);
$('end-debug').addEventListener('click', endDebug);
document.querySelectorAll<HTMLButtonElement>('[data-cmd]').forEach((b) => b.addEventListener('click', () => command(b.dataset.cmd!)));
$('command-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const c = $<HTMLInputElement>('command');
  command(c.value);
  c.value = '';
});
$('input-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const i = $<HTMLInputElement>('input');
  if (phase !== 'running') return;
  appendLog(output, i.value + '\n');
  runner.send({ t: 'input', text: i.value + '\n' });
  i.value = '';
});
$('eof').addEventListener('click', () => {
  if (phase === 'running') runner.send({ t: 'eof' });
});
$('mem-expr').addEventListener('change', () => runner.send({ t: 'memory', expr: $<HTMLInputElement>('mem-expr').value }));

$('share').addEventListener('click', async () => {
  const hash = await encodeLink({ file, source: editor.text });
  const url = `${location.origin}${location.pathname}#${hash}`;
  const box = $<HTMLInputElement>('share-link');
  box.hidden = false;
  box.value = url;
  box.select();
  try {
    await navigator.clipboard.writeText(url);
    status('link copied');
  } catch {
    status('copy the link from the box');
  }
});

const help = $<HTMLTableElement>('shortcuts');
for (const s of SHORTCUTS) {
  const tr = help.insertRow();
  tr.insertCell().textContent = s.keys;
  tr.insertCell().textContent = s.what;
}

window.addEventListener(
  'keydown',
  (e) => {
    const s = SHORTCUTS.find((x) => x.match(e));
    if (!s) return;
    const act: Record<string, () => void> = { run, debug: startDebug, stop };
    if (s.action === 'stop' && !(phase === 'running' || (phase === 'debugging' && busy))) return;
    e.preventDefault();
    e.stopPropagation();
    (act[s.action] ?? (() => command(s.action)))();
  },
  true,
);

// ---- the first program: a shared link, else the last session, else an example ----

async function boot(): Promise<void> {
  setPhase('idle');
  const link = await decodeLink(location.hash);
  if (link && link.ok) {
    open(link.file, link.source);
    notice(null);
  } else if (link) {
    open(DEFAULT_FILE, '');
    notice(`Could not open the shared program: ${link.error}. The editor is empty; choose an example or write your own.`);
  } else if (saved) open(saved.file, saved.source);
  else open('hello.s', examples['hello.s'] ?? '');
  // The link has been read: edits are kept in this browser, and the address stays short.
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  document.body.dataset.ready = 'true';
}

void boot();

// For the browser tests and the curious: the last keystroke-to-diagnostic round trip.
(window as unknown as { pvm: object }).pvm = { lastCheck: () => lastCheck, editor };
