/// <reference lib="dom" />
// The playground page: the editor, the settings and the controls, wired together.
import { MODES, type Mode } from '@pvm/hypervisor';
import { DEFAULT_PRESET, PRESETS } from '@pvm/isa';
import examples from 'virtual:examples';
import workloads from 'virtual:workloads';
import { compareFiles } from '../compare-files.ts';
import { DEFAULT_BUDGET, MAX_DISK_SECTORS, OUTPUT_LIMIT } from '../limits.ts';
import type { Problem } from '../problems.ts';
import type { Program } from '../protocol.ts';
import type { RunSettings } from '../runner.ts';
import { encodeLink } from '../share.ts';
import { Control } from './control.ts';
import { $ } from './dom.ts';
import { Editor } from './editor.ts';
import { SHORTCUTS } from './keys.ts';
import { DEFAULT_FILE, KERNELS, firstProgram, loadSaved, save, summaryOf } from './store.ts';
import { Assembler } from './workers.ts';

let file = DEFAULT_FILE;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let lastCheck: { ms: number; problems: Problem[] } | null = null;
const assembler = new Assembler();
const program = (text: string): Program => ({ file, files: { ...examples, [file]: text } });

const notice = (text: string | null): void => {
  const n = $('notice');
  n.hidden = text === null;
  n.textContent = text ?? '';
};

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
    if (control.phase === 'debugging') return control.toggleBreakpoint(line);
    const lines = new Set(editor.breakpointLines());
    if (lines.has(line)) lines.delete(line);
    else lines.add(line);
    editor.setBreakpoints([...lines].map((l) => ({ line: l, enabled: true })));
  },
  changed() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(keep, 300);
  },
});

// ---- settings ----

const modeSel = $<HTMLSelectElement>('mode');
const cpuSel = $<HTMLSelectElement>('cpu');
const budgetIn = $<HTMLInputElement>('budget');
const diskIn = $<HTMLInputElement>('disk');
for (const m of MODES) modeSel.add(new Option(m, m));
for (const p of PRESETS) cpuSel.add(new Option(`${p.name} — ${p.title}`, p.name));
const saved = loadSaved();
modeSel.value = saved?.mode && (MODES as readonly string[]).includes(saved.mode) ? saved.mode : 'trap';
cpuSel.value = saved?.cpu && PRESETS.some((p) => p.name === saved.cpu) ? saved.cpu : DEFAULT_PRESET;
budgetIn.value = String(saved?.budget && saved.budget > 0 ? saved.budget : DEFAULT_BUDGET);

function keep(): void {
  save({ file, source: editor.text, mode: modeSel.value, cpu: cpuSel.value, budget: Number(budgetIn.value) });
}
for (const el of [modeSel, cpuSel, budgetIn]) el.addEventListener('change', keep);

function settings(): RunSettings {
  const budget = Math.floor(Number(budgetIn.value));
  const disk = Math.floor(Number(diskIn.value));
  return {
    mode: modeSel.value as Mode,
    cpu: cpuSel.value,
    maxSteps: Number.isFinite(budget) && budget > 0 ? budget : DEFAULT_BUDGET,
    outputLimit: OUTPUT_LIMIT,
    diskSectors: Number.isFinite(disk) ? Math.max(0, Math.min(disk, MAX_DISK_SECTORS)) : 0,
  };
}

const comparing = compareFiles(workloads, examples);
const control = new Control({ editor, program: () => program(editor.text), settings, compareFiles: () => comparing });

function open(name: string, text: string): void {
  file = name;
  $('file-name').textContent = name;
  editor.setText(text);
  keep();
}

const exSel = $<HTMLSelectElement>('examples');
for (const k of KERNELS) {
  const summary = summaryOf(k);
  exSel.add(new Option(`${k}${summary ? ` — ${summary.slice(0, 60)}` : ''}`, k));
}
exSel.addEventListener('change', () => {
  const k = exSel.value;
  if (!k) return;
  if (control.phase === 'debugging') control.endDebug();
  open(k, examples[k]!);
  // An example's own mode: a paravirtual kernel runs in pv.
  if (/^\s*\.paravirt\b/m.test(examples[k]!)) modeSel.value = 'pv';
  else if (modeSel.value === 'pv') modeSel.value = 'trap';
  exSel.value = '';
  notice(null);
});

// ---- controls ----

$('run').addEventListener('click', () => control.run());
$('debug').addEventListener('click', () => control.debug());
$('stop').addEventListener('click', () => control.stop());
$('compare').addEventListener('click', () => control.compare());
$('end-debug').addEventListener('click', () => control.endDebug());
document.querySelectorAll<HTMLButtonElement>('[data-cmd]').forEach((b) => b.addEventListener('click', () => control.command(b.dataset.cmd!)));
$('command-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const c = $<HTMLInputElement>('command');
  control.command(c.value);
  c.value = '';
});
$('input-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const i = $<HTMLInputElement>('input');
  if (control.phase !== 'running') return;
  control.input(i.value);
  i.value = '';
});
$('eof').addEventListener('click', () => control.endInput());
$('mem-expr').addEventListener('change', () => control.memory($<HTMLInputElement>('mem-expr').value));

$('share').addEventListener('click', async () => {
  const url = `${location.origin}${location.pathname}#${await encodeLink({ file, source: editor.text })}`;
  const box = $<HTMLInputElement>('share-link');
  box.hidden = false;
  box.value = url;
  box.select();
  try {
    await navigator.clipboard.writeText(url);
    control.status('link copied');
  } catch {
    control.status('copy the link from the box');
  }
});

const help = $<HTMLTableElement>('shortcuts');
for (const s of SHORTCUTS) {
  const tr = help.insertRow();
  tr.insertCell().textContent = s.keys;
  tr.insertCell().textContent = s.what;
}

const ACTIONS: Record<string, () => void> = { run: () => control.run(), debug: () => control.debug(), stop: () => control.stop() };
window.addEventListener(
  'keydown',
  (e) => {
    const s = SHORTCUTS.find((x) => x.match(e));
    // Escape stops only what runs; otherwise it is the editor's (closing a tooltip, a panel).
    if (!s || (s.action === 'stop' && !control.stoppable)) return;
    e.preventDefault();
    e.stopPropagation();
    (ACTIONS[s.action] ?? (() => control.command(s.action)))();
  },
  true,
);

void firstProgram(saved).then((p) => {
  open(p.file, p.source);
  notice(p.notice);
  document.body.dataset.ready = 'true';
});

// For the browser tests and the curious: the last check's problems and the assembler's time.
(window as unknown as { pvm: object }).pvm = { lastCheck: () => lastCheck };
