/// <reference lib="dom" />
// What the page shows of a run and a debugger stop: the stats table, registers, memory.
import type { StatsJson } from '@pvm/hypervisor';
import { hex, regName } from '@pvm/isa';
import type { DebugState } from '../debugging.ts';

const n = (v: number): string => v.toLocaleString('en-US');

function row(table: HTMLTableElement, key: string, label: string, value: string, sub = false): void {
  const tr = table.insertRow();
  tr.dataset.stat = key;
  if (sub) tr.className = 'sub';
  const th = document.createElement('th');
  th.scope = 'row';
  th.textContent = label;
  tr.appendChild(th);
  tr.insertCell().textContent = value;
}

/** The exit-accounting table, as `pvm run --stats` prints it. */
export function renderStats(table: HTMLTableElement, j: StatsJson): void {
  table.replaceChildren();
  table.createCaption().textContent = `Statistics (${j.mode}, ${j.cpu})`;
  row(table, 'instructions', 'instructions', n(j.instructions));
  row(table, 'cycles', 'cycles', `${n(j.cycles)} (guest ${n(j.guestCycles)} + hypervisor ${n(j.hypervisorCycles)})`);
  const group = (key: string, label: string, total: number, by: Record<string, number>): void => {
    row(table, key, label, n(total));
    for (const [k, v] of Object.entries(by)) row(table, `${key}:${k}`, k, n(v), true);
  };
  group('exits', 'exits', j.exits.total, j.exits.byCause);
  if (j.exits.byReason) for (const [k, v] of Object.entries(j.exits.byReason)) row(table, `exit-reason:${k}`, `reason ${k}`, n(v), true);
  group('hypercalls', 'hypercalls', j.hypercalls.total, j.hypercalls.byName);
  group('interrupts', 'interrupts', j.interrupts.total, j.interrupts.byVector);
  if (j.mode === 'pv') row(table, 'upcalls', 'event upcalls', n(j.upcalls));
  row(table, 'console', 'console bytes out', n(j.console.bytesOut));
  if (j.block.reads + j.block.writes + j.block.flushes) row(table, 'block', 'block reads/writes/flushes', `${j.block.reads}/${j.block.writes}/${j.block.flushes}`);
  table.hidden = false;
}

/** r0..r15, pc and flags; a changed register is marked in colour and in words. */
export function renderRegisters(table: HTMLTableElement, s: DebugState): void {
  table.replaceChildren();
  const cells: [string, number, boolean][] = [...s.regs.map((v, i): [string, number, boolean] => [regName(i), v, s.changed[i]!]), ['pc', s.pc, false], ['flags', s.flags, false]];
  for (let i = 0; i < cells.length; i += 2) {
    const tr = table.insertRow();
    for (const [name, v, changed] of cells.slice(i, i + 2)) {
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = name;
      tr.appendChild(th);
      const td = tr.insertCell();
      td.dataset.reg = name;
      td.textContent = hex(v, 8);
      td.title = `${v} (${v | 0})`;
      if (changed) {
        td.className = 'changed';
        td.setAttribute('aria-label', `${hex(v, 8)}, changed`);
      }
    }
  }
}

export function renderMemory(pre: HTMLElement, m: DebugState['memory']): void {
  if ('error' in m) {
    pre.textContent = m.error;
    return;
  }
  const lines: string[] = [];
  for (let o = 0; o < m.bytes.length; o += 16) {
    const row = m.bytes.subarray(o, o + 16);
    const bytes = [...row].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const text = [...row].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    lines.push(`${hex(m.addr + o, 8)}  ${bytes}  ${text}`);
  }
  pre.textContent = lines.join('\n');
}

/** Append text to a log, keeping at most `max` characters (the oldest go first). */
export function appendLog(pre: HTMLElement, text: string, max = 200_000): void {
  const atEnd = pre.scrollTop + pre.clientHeight >= pre.scrollHeight - 4;
  pre.append(text);
  if ((pre.textContent ?? '').length > max) pre.textContent = (pre.textContent ?? '').slice(-max);
  if (atEnd) pre.scrollTop = pre.scrollHeight;
}
