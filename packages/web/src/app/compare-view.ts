/// <reference lib="dom" />
// The compare view: progress while the worker measures, then the chart and two tables — the
// relative scores, and the exits behind them — as `pvm compare` prints them.
import { COMPARE_MODES, RUNS, type WorkloadResult } from '@pvm/compare';
import { presetByName } from '@pvm/isa';
import type { CompareEnd, Progress } from '../comparing.ts';
import { $ } from './dom.ts';

const n = (v: number): string => v.toLocaleString('en-US');

function cell(tr: HTMLTableRowElement, text: string, head = false): HTMLTableCellElement {
  const c = head ? document.createElement('th') : document.createElement('td');
  c.textContent = text;
  tr.appendChild(c);
  return c;
}

function headRow(table: HTMLTableElement, names: readonly string[]): void {
  const tr = table.createTHead().insertRow();
  for (const name of names) cell(tr, name, true).scope = 'col';
}

/** A workload's row header: its short name, and its title where there is room. */
function workloadHeader(tr: HTMLTableRowElement, r: WorkloadResult): void {
  const th = cell(tr, '', true);
  th.scope = 'row';
  th.append(Object.assign(document.createElement('code'), { textContent: r.name }), Object.assign(document.createElement('span'), { className: 'wl-title', textContent: r.title }));
}

/** Relative score per workload and mode, in the shape of Barham et al. 2003, Fig. 3. */
export function renderScores(table: HTMLTableElement, results: readonly WorkloadResult[], cpu: string): void {
  table.replaceChildren();
  const p = presetByName(cpu);
  table.createCaption().textContent = `Relative score to native under ${cpu}${p ? ` (${p.title})` : ''}: native's cycles ÷ the mode's, so 1.00 is bare metal and higher is better.`;
  headRow(table, ['workload', ...COMPARE_MODES]);
  const body = table.createTBody();
  for (const r of results) {
    const tr = body.insertRow();
    tr.dataset.workload = r.name;
    workloadHeader(tr, r);
    for (const m of COMPARE_MODES) {
      const td = cell(tr, r.score[m].toFixed(2));
      td.dataset.score = `${r.name}:${m}`;
      td.title = `${n(r.modes[m].cycles)} cycles`;
    }
  }
}

/** The modes that leave the guest: native never does. */
const VIRTUAL = COMPARE_MODES.filter((m) => m !== 'native');

/** What each score comes from: each run's exits and hypercalls, and its most frequent exit. */
export function renderExits(table: HTMLTableElement, results: readonly WorkloadResult[]): void {
  table.replaceChildren();
  table.createCaption().textContent = 'What the scores come from: the VM exits and hypercalls of each run, and its most frequent exit (native has none: nothing leaves the guest).';
  headRow(table, ['workload', ...VIRTUAL]);
  const body = table.createTBody();
  for (const r of results) {
    const tr = body.insertRow();
    tr.dataset.workload = r.name;
    workloadHeader(tr, r);
    for (const m of VIRTUAL) {
      const x = r.modes[m];
      const td = cell(tr, `${n(x.exits)} exit${x.exits === 1 ? '' : 's'}${x.hypercalls ? `, ${n(x.hypercalls)} hypercall${x.hypercalls === 1 ? '' : 's'}` : ''}`);
      td.dataset.exits = `${r.name}:${m}`;
      const top = x.topExits[0];
      if (top) td.append(Object.assign(document.createElement('span'), { className: 'cause', textContent: `most: ${top[0]} ${n(top[1])}` }));
    }
  }
}

export class CompareView {
  private readonly bar = $<HTMLProgressElement>('compare-progress');
  private readonly status = $('compare-status');
  private readonly results = $('compare-results');
  private readonly warnings = $('compare-warnings');
  private shown = -1;

  start(cpu: string): void {
    this.results.hidden = true;
    this.warnings.hidden = true;
    this.bar.max = RUNS;
    this.bar.value = 0;
    this.bar.hidden = false;
    this.shown = -1;
    this.say(`measuring under ${cpu}…`, '');
  }

  progress(p: Progress): void {
    this.bar.max = p.total;
    this.bar.value = p.done;
    // The status is read out: once a run, not once a slice.
    if (p.done === this.shown) return;
    this.shown = p.done;
    this.say(`measuring ${p.workload} in ${p.mode} (run ${p.done + 1} of ${p.total})… Stop or Escape ends it`, '');
  }

  end(e: CompareEnd): void {
    this.bar.hidden = true;
    switch (e.kind) {
      case 'stopped':
        return this.say(`Stopped by you after ${e.done} of ${e.total} runs: nothing to score.`, 'bad');
      case 'failed':
        return this.say(`Not measured: ${e.message}.`, 'bad');
      case 'done': {
        const r = e.report;
        const ms = r.results.reduce((s, w) => s + COMPARE_MODES.reduce((t, m) => t + w.modes[m].hostMs, 0), 0);
        $('compare-chart').innerHTML = r.svg;
        renderScores($<HTMLTableElement>('compare-scores'), r.results, r.cpu);
        renderExits($<HTMLTableElement>('compare-exits'), r.results);
        this.warnings.replaceChildren(...r.warnings.map((w) => Object.assign(document.createElement('li'), { textContent: `warning: ${w}` })));
        this.warnings.hidden = r.warnings.length === 0;
        this.results.hidden = false;
        return this.say(`${r.results.length} workloads measured in ${COMPARE_MODES.length} modes under ${r.cpu}, in ${(ms / 1000).toFixed(1)} s of this computer's time.`, r.warnings.length ? 'bad' : 'ok');
      }
    }
  }

  /** A failure of the worker itself while measuring. */
  failed(why: string): void {
    this.bar.hidden = true;
    this.say(why, 'bad');
  }

  private say(text: string, cls: '' | 'ok' | 'bad'): void {
    this.status.textContent = text;
    this.status.className = cls;
  }
}
