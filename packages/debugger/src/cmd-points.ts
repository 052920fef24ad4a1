// The commands that set and manage breakpoints, watchpoints and catchpoints.
import { regName, regNumber } from '@pvm/isa';
import type { Command } from './commands.ts';
import { isRegisterName } from './expr.ts';
import { catchFilter, type Point } from './points.ts';
import type { Session } from './session.ts';
import { hex } from './where.ts';

function added(s: Session, p: Point | string): Point | undefined {
  if (typeof p === 'string') return void s.error(p);
  return p;
}

function breakCmd(s: Session, args: string, temp: boolean): void {
  const a = args.trim();
  if (!a) return s.error(`${temp ? 'tbreak' : 'break'}: a location is needed`);
  const addr = s.locate(a);
  if (addr === undefined) return;
  const p = added(s, s.points.add({ kind: 'breakpoint', temp, what: a, addr: addr >>> 0 }));
  if (p) s.say(`${temp ? 'Temporary breakpoint' : 'Breakpoint'} ${p.id} at ${hex(addr)}: ${s.where.describe(addr)}`);
}

/**
 * `watch` / `rwatch`: a register (stop when it changes), the word at a label, `*expr` or
 * `[expr]`, or an address expression.
 */
function watchCmd(s: Session, args: string, read: boolean): void {
  const cmd = read ? 'rwatch' : 'watch';
  const a = args.trim();
  if (!a) return s.error(`${cmd}: a register, label or address is needed`);
  if (isRegisterName(a)) {
    if (read) return s.error(`rwatch: cannot watch reads of register ${a.replace(/^\$/, '')} (almost every instruction reads registers); use watch to stop when it changes`);
    const n = a.replace(/^\$/, '').toLowerCase();
    const name = regNumber(n) >= 0 ? regName(regNumber(n)) : n;
    const p = added(s, s.points.add({ kind: 'watchpoint', temp: false, what: name, reg: name }));
    if (p) s.say(`Watchpoint ${p.id}: ${name} (register)`);
    return;
  }
  let addr = s.where.labelAddress(a);
  if (addr === undefined) {
    const inner = a.startsWith('*') ? a.slice(1) : a.startsWith('[') && a.endsWith(']') ? a.slice(1, -1) : a;
    addr = s.eval(inner);
  }
  if (addr === undefined) return;
  const kind = read ? 'read watchpoint' : 'watchpoint';
  const p = added(s, s.points.add({ kind, temp: false, what: a, addr: addr >>> 0 }));
  if (p) s.say(`${read ? 'Hardware read watchpoint' : 'Hardware watchpoint'} ${p.id}: ${a}`);
}

const CATCH_USAGE = 'usage: catch vmexit [cause] | catch hcall [name|nr] | catch interrupt [vector|upcall] | catch pagefault [hidden]';

function catchCmd(s: Session, args: string): void {
  const [word = '', ...rest] = args.trim().split(/\s+/);
  // `trap` is the older name of `vmexit`: both stop at a counted VM exit, in trap or hvm mode.
  const what = word === 'vmexit' ? 'trap' : word;
  if (what !== 'trap' && what !== 'hcall' && what !== 'interrupt' && what !== 'pagefault') return s.error(CATCH_USAGE);
  const f = catchFilter(what, rest.join(' ') || null);
  if ('error' in f) return s.error(f.error);
  const p = added(s, s.points.add({ kind: 'catchpoint', temp: false, what: `${what}${f.filter ? ' ' + f.filter : ''}`, catches: { kind: what, filter: f.filter } }));
  if (!p) return;
  const note =
    what === 'trap' && s.dom.mode === 'native' ? ' (native mode: nothing exits)'
    : what === 'hcall' && s.dom.mode !== 'pv' && s.dom.mode !== 'hvm' ? ' (only paravirtual and hvm kernels make hypercalls)'
    : what === 'pagefault' && f.filter === 'hidden' && s.dom.mode !== 'trap' ? ` (${s.dom.mode} mode has no hidden page faults: only trap mode's shadow paging takes them)`
    : '';
  s.say(`Catchpoint ${p.id} (${p.what})${note}`);
}

function pointsCmd(s: Session, args: string, action: 'delete' | 'disable' | 'enable'): void {
  const words = args.trim() ? args.trim().split(/[\s,]+/) : null;
  const targets: Point[] = [];
  for (const w of words ?? []) {
    const p = /^\d+$/.test(w) ? s.points.find(Number(w)) : undefined;
    if (p) targets.push(p);
    else s.error(/^\d+$/.test(w) ? `No breakpoint number ${w}.` : `${action}: "${w.length > 20 ? w.slice(0, 20) + '...' : w}" is not a breakpoint number`);
  }
  for (const p of words ? targets : [...s.points.list]) {
    if (action === 'delete') s.points.remove(p);
    else p.enabled = action === 'enable';
  }
}

export const POINT_COMMANDS: Command[] = [
  { name: 'break', aliases: ['b', 'br'], usage: 'break LOCATION', help: 'Set a breakpoint at a label, file:line, line, or *address; a line without code means the next line with code.', run: (s, a) => breakCmd(s, a, false) },
  { name: 'tbreak', usage: 'tbreak LOCATION', help: 'Set a breakpoint that is deleted when it is hit.', run: (s, a) => breakCmd(s, a, true) },
  { name: 'delete', aliases: ['d'], usage: 'delete [N...]', help: 'Delete breakpoints, watchpoints and catchpoints (all without N).', run: (s, a) => pointsCmd(s, a, 'delete') },
  { name: 'disable', usage: 'disable [N...]', help: 'Disable breakpoints (all without N).', run: (s, a) => pointsCmd(s, a, 'disable') },
  { name: 'enable', usage: 'enable [N...]', help: 'Enable breakpoints (all without N).', run: (s, a) => pointsCmd(s, a, 'enable') },
  { name: 'watch', usage: 'watch REGISTER|LABEL|ADDRESS', help: 'Stop when a register, or the word at a label or address, changes; shows old and new value.', run: (s, a) => watchCmd(s, a, false) },
  { name: 'rwatch', usage: 'rwatch LABEL|ADDRESS', help: 'Stop after an instruction reads the word at a label or address.', run: (s, a) => watchCmd(s, a, true) },
  { name: 'catch', usage: 'catch vmexit [cause] | catch hcall [name|nr] | catch interrupt [vector] | catch pagefault [hidden]', help: 'Stop at VM exits (trap and hvm modes; a cause prefix like "out", "iret" or "IO_INSTRUCTION"; "catch trap" is the same), hypercalls (pv and hvm modes), interrupts and event upcalls, or page faults (the kernel\'s, in every mode; "hidden": trap mode\'s shadow fills).', run: catchCmd },
];
