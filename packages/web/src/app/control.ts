/// <reference lib="dom" />
// Running, debugging and comparing: what the page is doing, the worker's messages shown as they
// come, and the worker replaced when it crashes.
import type { Problem } from '../problems.ts';
import type { FromWorker, Program } from '../protocol.ts';
import { OUTPUT_LIMIT } from '../limits.ts';
import type { RunSettings } from '../runner.ts';
import { CompareView } from './compare-view.ts';
import { $ } from './dom.ts';
import type { Editor } from './editor.ts';
import { appendLog, renderMemory, renderRegisters, renderStats } from './views.ts';
import { RunnerWorker } from './workers.ts';

export interface Page {
  readonly editor: Editor;
  /** The buffer with the library beside it. */
  program(): Program;
  settings(): RunSettings;
  /** What the compare workloads read, by path. */
  compareFiles(): Readonly<Record<string, string>>;
}

export class Control {
  phase: 'idle' | 'running' | 'debugging' | 'comparing' = 'idle';
  /** A debugger command is running (Stop interrupts it). */
  private busy = false;
  private readonly runner: RunnerWorker;
  private readonly output = $('output');
  private readonly result = $('result');
  private readonly comparison = new CompareView();

  constructor(private readonly page: Page) {
    this.runner = new RunnerWorker(
      (m) => this.onWorker(m),
      (why) => {
        // The page goes on: the worker is new, the program and settings are kept.
        if (this.phase === 'comparing') {
          this.comparison.failed(`${why}. Compare again when ready.`);
          this.status('');
          return this.setPhase('idle');
        }
        if (this.phase === 'debugging') this.endDebug();
        this.finish(`${why}. Your program is kept; run it again when ready.`, false);
      },
    );
    this.setPhase('idle');
  }

  get stoppable(): boolean {
    return this.phase === 'running' || this.phase === 'comparing' || (this.phase === 'debugging' && this.busy);
  }

  status(text: string): void {
    $('status').textContent = text;
  }

  private setPhase(p: Control['phase']): void {
    this.phase = p;
    $<HTMLButtonElement>('run').disabled = p !== 'idle';
    $<HTMLButtonElement>('debug').disabled = p === 'running' || p === 'comparing';
    $<HTMLButtonElement>('compare').disabled = p !== 'idle';
    $('compare-view').hidden = p === 'debugging';
    $<HTMLButtonElement>('stop').disabled = !this.stoppable;
    $('debug-tools').hidden = p !== 'debugging';
    $('run-view').hidden = p === 'debugging';
    this.page.editor.setReadOnly(p === 'debugging');
  }

  /** Back to idle with the result line. */
  private finish(text: string, ok: boolean): void {
    this.setPhase('idle');
    this.result.className = ok ? 'ok' : 'bad';
    this.result.textContent = text;
    this.status('');
  }

  run(): void {
    if (this.phase !== 'idle') return;
    this.output.textContent = '';
    this.result.textContent = '';
    this.result.className = '';
    $('stats').hidden = true;
    this.setPhase('running');
    this.status('running…');
    this.runner.send({ t: 'run', program: this.page.program(), settings: this.page.settings(), input: '', inputEnded: false });
  }

  /** Measure the compare workloads under the CPU of the run settings. */
  compare(): void {
    if (this.phase !== 'idle') return;
    const cpu = this.page.settings().cpu;
    this.setPhase('comparing');
    this.comparison.start(cpu);
    this.runner.send({ t: 'compare', files: this.page.compareFiles(), cpu });
  }

  debug(): void {
    if (this.phase === 'running' || this.phase === 'comparing') return;
    $('debug-log').textContent = '';
    this.busy = true;
    this.setPhase('debugging');
    this.status('starting the debugger…');
    const settings = { ...this.page.settings(), input: $<HTMLInputElement>('input').value };
    this.runner.send({ t: 'debug', program: this.page.program(), settings, breakpoints: this.page.editor.breakpointLines() });
  }

  endDebug(): void {
    const e = this.page.editor;
    const lines = e.breakpointLines();
    this.busy = false;
    this.setPhase('idle');
    e.setCurrentLine(null);
    e.setBreakpoints(lines.map((line) => ({ line, enabled: true })));
    this.status('');
  }

  stop(): void {
    if (!this.stoppable) return;
    this.status('stopping…');
    this.runner.stop();
  }

  /** A debugger command line (from a button, a key or the command box). */
  command(line: string): void {
    if (this.phase === 'debugging') this.runner.send({ t: 'command', line });
  }

  toggleBreakpoint(line: number): void {
    this.runner.send({ t: 'toggle', line });
  }

  memory(expr: string): void {
    this.runner.send({ t: 'memory', expr });
  }

  /** A line typed for the guest, echoed as a terminal would. */
  input(text: string): void {
    if (this.phase !== 'running') return;
    appendLog(this.output, text + '\n');
    this.runner.send({ t: 'input', text: text + '\n' });
  }

  endInput(): void {
    if (this.phase === 'running') this.runner.send({ t: 'eof' });
  }

  private rejected(problems: Problem[]): void {
    const first = problems[0];
    const n = problems.length;
    this.finish(`Not run: the source does not assemble (${n} error${n === 1 ? '' : 's'})${first ? `; line ${first.line}: ${first.message}` : ''}.`, false);
  }

  private onWorker(m: FromWorker): void {
    switch (m.t) {
      case 'output':
        // The guest's own limit cuts it off first; input echoed beside it fits in the rest.
        appendLog(this.output, m.text, OUTPUT_LIMIT * 2);
        return;
      case 'waiting':
        this.status(m.waiting ? 'waiting for console input: type it below and press Enter (or End input)' : 'running…');
        if (m.waiting) $('input').focus();
        return;
      case 'done':
        this.finish(`${m.end.report} — exit status ${m.end.status}`, m.end.status === 0);
        renderStats($<HTMLTableElement>('stats'), m.end.stats);
        return;
      case 'rejected':
      case 'refused':
        if (this.phase === 'debugging') this.endDebug();
        if (m.t === 'rejected') this.rejected(m.problems);
        else this.finish(`Not run: ${m.message}.`, false);
        return;
      case 'log':
        appendLog($('debug-log'), m.text);
        return;
      case 'busy':
        this.busy = m.busy;
        if (this.phase === 'debugging') this.setPhase('debugging');
        // When it ends, the state that comes just before says where the guest stopped.
        if (m.busy) this.status('running… (Stop or Escape interrupts)');
        return;
      case 'state': {
        if (this.phase !== 'debugging') return;
        const s = m.state;
        const file = this.page.program().file;
        renderRegisters($<HTMLTableElement>('registers'), s);
        renderMemory($('memory'), s.memory);
        this.page.editor.setBreakpoints(s.breakpoints.filter((b) => b.file === file));
        this.page.editor.setCurrentLine(s.at && s.at.file === file ? s.at.line : null);
        this.status(s.ended ? 'the guest has ended: go back, or start again' : `stopped after ${s.instructions.toLocaleString('en-US')} instructions${s.at ? ` at ${s.at.file}:${s.at.line}` : ''}`);
        return;
      }
      case 'failed':
        this.finish(`Internal error: ${m.message}`, false);
        return;
      case 'compare-progress':
        if (this.phase === 'comparing') this.comparison.progress(m.progress);
        return;
      case 'compare-end':
        if (this.phase !== 'comparing') return;
        this.setPhase('idle');
        this.status('');
        this.comparison.end(m.end);
        return;
      case 'assembled':
        return;
    }
  }
}
