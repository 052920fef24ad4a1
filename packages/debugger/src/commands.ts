// The commands, with gdb's names, short forms and help. Each is a small function over the
// session; `resolve` accepts any unambiguous prefix.
import { statsJson } from '@pvm/hypervisor';
import { VECTOR_NAME, decode, disassembleAt, regName, sizeOf } from '@pvm/isa';
import { FLAG_IE, FLAG_U } from '@pvm/isa/codes';
import type { PvDomain } from '@pvm/hypervisor';
import { isCall, isRet, type Condition } from './engine.ts';
import { place } from './expr.ts';
import type { Session } from './session.ts';
import { hex } from './where.ts';

export interface Command {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly usage: string;
  readonly help: string;
  run(s: Session, args: string): void | Promise<void>;
}

const flagsText = (f: number): string => `[ ${[f & FLAG_IE ? 'IE' : '', f & FLAG_U ? 'U' : ''].filter(Boolean).join(' ')}${f & (FLAG_IE | FLAG_U) ? ' ' : ''}]`;

function formatValue(v: number, fmt: string): string {
  switch (fmt) {
    case 'x': return hex(v, 1);
    case 'd': return String(v | 0);
    case 'u': return String(v >>> 0);
    case 't': return (v >>> 0).toString(2);
    case 'c': return `${v & 0xff} '${String.fromCharCode(v & 0xff).replace(/[^\x20-\x7e]/, '?')}'`;
    default: return String(v | 0);
  }
}

// ---- moving forward ----

/**
 * `step`/`next`: run until the source line changes. Interrupts are stepped over (they are not
 * the program's doing); `next` also steps over calls and syscalls: it runs until the
 * instruction after one comes up again on the same stack.
 */
async function stepLine(s: Session, over: boolean, count: number): Promise<void> {
  for (let i = 0; i < count && !s.dom.stopped; i++) {
    const startLine = s.lineKey(s.cpu.pc);
    let ret: { pc: number; sp: number } | null = null;
    let spBefore = s.cpu.regs[15]!;
    const cond: Condition = (events, prev) => {
      const pc = s.cpu.pc >>> 0;
      const sp = s.cpu.regs[15]!;
      const before = spBefore;
      spBefore = sp;
      if (ret) {
        if (pc !== ret.pc || sp !== ret.sp) return null;
        ret = null;
      }
      const irq = events.find((e) => e.kind === 'interrupt' || e.kind === 'upcall');
      if (irq) {
        ret = { pc: irq.pc >>> 0, sp: before };
        return null;
      }
      if (over) {
        const ins = decode(s.cpu.mem, prev);
        const back = ins ? (prev + sizeOf(ins.op)) >>> 0 : -1;
        if (ins && isCall(ins.op.code) && pc !== back) {
          ret = { pc: back, sp: before };
          return null;
        }
      }
      const now = s.lineKey(pc);
      return now !== null && now !== startLine ? '' : null;
    };
    await s.go(cond, over ? 'Next: stepped over to a new line.' : 'Step: a new line.');
  }
}

async function stepi(s: Session, count: number): Promise<void> {
  let n = 0;
  await s.go(() => (++n >= count ? '' : null), count === 1 ? 'Stepped one instruction.' : `Stepped ${count} instructions.`);
}

async function finish(s: Session): Promise<void> {
  let depth = 0;
  const from = s.where.describe(s.cpu.pc);
  s.say(`Run till exit from ${from}`);
  await s.go((_, prev) => {
    const code = s.cpu.mem[prev]!;
    if (isCall(code)) depth++;
    else if (isRet(code)) {
      if (depth === 0) return '';
      depth--;
    }
    return null;
  }, 'Returned to the caller.');
}

// ---- moving backward ----

function reverseStepi(s: Session, count: number): void {
  const target = Math.max(0, s.engine.instret - count);
  s.arrive(target, null);
}

/** The instant reverse-step (or reverse-next) lands on: the start of the previous line. */
function previousLine(s: Session, over: boolean): number {
  const now = s.engine.instret;
  let window = 2000;
  for (;;) {
    const from = Math.max(0, now - window);
    const h = s.engine.history(from, now);
    const line = (i: number): string | null => s.lineKey(h[i]!.pc);
    // Call depth relative to now, so reverse-next can skip instructions inside calls.
    const depth = new Array<number>(h.length + 1).fill(0);
    for (let i = h.length - 1; i >= 0; i--) depth[i] = depth[i + 1]! - (isCall(h[i]!.code) ? 1 : isRet(h[i]!.code) ? -1 : 0);
    const ok = (i: number): boolean => !over || depth[i]! <= 0;
    const cur = s.lineKey(s.cpu.pc);
    let i = h.length - 1;
    while (i >= 0 && (line(i) === cur || !ok(i) || line(i) === null)) i--;
    if (i >= 0) {
      const target = line(i);
      while (i > 0 && (line(i - 1) === target || !ok(i - 1))) i--;
      if (i > 0 || from === 0) return from + i;
    }
    if (from === 0) return 0;
    window *= 4;
  }
}

function reverseContinue(s: Session): void {
  const now = s.engine.instret;
  const hit = s.engine.lastHit(now, () => s.stopCondition({ count: false }));
  if (hit === null) return s.arrive(0, '');
  // Replay to the hit with counting on, so the reason is reported as forward would.
  s.engine.goto(hit - 1);
  const { cond, before } = s.stopCondition();
  before(s.cpu.pc);
  const ev = s.engine.step();
  const why = cond(ev, s.cpu.pc);
  s.say(s.style('stop', why ?? `Stopped at ${s.where.describe(s.cpu.pc)}`));
  s.showLocation();
}

// ---- looking ----

function printCmd(s: Session, args: string): void {
  const m = /^\/([xdutc])\s*/.exec(args);
  const fmt = m ? m[1]! : '';
  const expr = args.slice(m ? m[0].length : 0).trim();
  if (!expr) return s.error('print: an expression is needed');
  const v = s.eval(expr);
  if (v === undefined) return;
  s.values.push(v);
  const n = s.values.length;
  if (/^\$?flags$/i.test(expr) && !fmt) return s.say(`$${n} = ${hex(v, 1)} ${flagsText(v)}`);
  if (/^\$?pc$/i.test(expr) && !fmt) return s.say(`$${n} = ${hex(v)}${s.where.label(v) ? ` <${s.where.label(v)}>` : ''}`);
  s.say(`$${n} = ${formatValue(v, fmt)}`);
}

function examine(s: Session, args: string): void {
  const m = /^\/(\d*)([xdutcsi]?)([bhw]?)\s*/.exec(args);
  const count = m && m[1] ? Number(m[1]) : 1;
  const fmt = (m && m[2]) || 'x';
  const size = ({ b: 1, h: 2, w: 4 } as Record<string, number>)[(m && m[3]) || 'w']!;
  const expr = args.slice(m ? m[0].length : 0).trim() || 'pc';
  const start = s.eval(expr);
  if (start === undefined) return;
  let a = start >>> 0;
  const mem = s.cpu.mem;
  if (fmt === 'i') {
    for (let i = 0; i < count; i++) {
      const ins = decode(mem, a);
      const l = s.where.label(a);
      s.say(`${a === s.cpu.pc >>> 0 ? '=>' : '  '} ${hex(a)}${l ? ` <${l}>` : ''}:\t${disassembleAt(mem, a, s.where.sym)}`);
      a += ins ? sizeOf(ins.op) : 4;
    }
    return;
  }
  if (fmt === 's') {
    for (let i = 0; i < count; i++) {
      let str = '';
      let p = a;
      while (p < s.cpu.memSize && mem[p] !== 0 && str.length < 200) str += String.fromCharCode(mem[p++]!);
      s.say(`${hex(a)}${s.where.label(a) ? ` <${s.where.label(a)}>` : ''}:\t${JSON.stringify(str)}`);
      a = p + 1;
    }
    return;
  }
  const perLine = size === 1 ? 8 : 4;
  for (let i = 0; i < count; i += perLine) {
    const cells: string[] = [];
    for (let j = i; j < Math.min(count, i + perLine); j++) {
      const at = a + j * size;
      if (!s.cpu.inRange(at, size)) {
        cells.push('<out of memory>');
        break;
      }
      const v = size === 4 ? s.cpu.read32(at) : size === 2 ? mem[at]! | (mem[at + 1]! << 8) : mem[at]!;
      cells.push(fmt === 'x' ? hex(v, size * 2) : formatValue(v, fmt));
    }
    const at = a + i * size;
    s.say(`${hex(at)}${s.where.label(at) ? ` <${s.where.label(at)}>` : ''}:\t${cells.join('\t')}`);
  }
}

function infoRegisters(s: Session): void {
  const regs = s.cpu.regs;
  for (let r = 0; r < 16; r++) {
    const v = regs[r]!;
    const changed = v !== s.lastRegs[r];
    const name = `${regName(r)}${changed ? '*' : ''}`;
    const line = `${name.padEnd(14)} ${hex(v, 1).padEnd(12)} ${v | 0}`;
    s.say(changed ? s.style('changed', line) : line);
  }
  const l = s.where.label(s.cpu.pc);
  s.say(`${'pc'.padEnd(14)} ${hex(s.cpu.pc, 1).padEnd(12)} ${l ? `<${l}>` : ''}`.trimEnd());
  s.say(`${'flags'.padEnd(14)} ${hex(s.cpu.flags, 1).padEnd(12)} ${flagsText(s.cpu.flags)}`);
}

function disassemble(s: Session, args: string): void {
  const at = args.trim() ? s.locate(args.trim().startsWith('*') ? args : `*${args}`) ?? s.where.labelAddress(args.trim()) : s.cpu.pc;
  if (at === undefined) return;
  const ext = s.where.extent(at) ?? { name: hex(at), start: at, end: at + 64 };
  s.say(`Dump of assembler code for ${ext.name}:`);
  let a = ext.start;
  for (let n = 0; a < ext.end && n < 200; n++) {
    const ins = decode(s.cpu.mem, a);
    s.say(`${a === s.cpu.pc >>> 0 ? '=> ' : '   '}${hex(a)} <+${a - ext.start}>:\t${disassembleAt(s.cpu.mem, a, s.where.sym)}`);
    a += ins ? sizeOf(ins.op) : 4;
  }
  s.say('End of assembler dump.');
}

function list(s: Session, args: string): void {
  let at = s.listAt;
  const a = args.trim();
  if (a) {
    const addr = /^\d+$/.test(a) ? undefined : s.locate(a);
    const fl = /^(?:(.+):)?(\d+)$/.exec(a);
    if (fl) {
      const file = fl[1] ?? s.listAt?.file ?? s.where.source(s.cpu.pc)?.file;
      if (!file) return s.error('no source file to list');
      at = { file, line: Math.max(1, Number(fl[2]) - 5) };
    } else if (addr !== undefined) {
      const src = s.where.source(addr);
      if (!src) return s.error(`no line information for ${a}`);
      at = { file: src.file, line: Math.max(1, src.line - 5) };
    } else return;
  }
  if (!at) return s.error('no source to list');
  const lines = s.where.fileLines(at.file);
  if (!lines) return s.error(`cannot read ${at.file}`);
  if (at.line > lines.length) return s.error(`line ${at.line} is out of range for "${at.file}" (${lines.length} lines)`);
  const end = Math.min(lines.length, at.line + 9);
  for (let n = at.line; n <= end; n++) s.say(`${n}\t${lines[n - 1]}`);
  s.listAt = { file: at.file, line: end + 1 };
}

function backtrace(s: Session): void {
  const cpu = s.cpu;
  s.say(`#0  ${hex(cpu.pc)} in ${s.where.describe(cpu.pc)}`);
  // No frame pointers: scan the stack for return addresses (words just after a call).
  let n = 1;
  const sp = cpu.regs[15]! >>> 0;
  for (let a = sp; a + 4 <= cpu.memSize && a < sp + 1024 && n < 32; a += 4) {
    const v = cpu.read32(a) >>> 0;
    const c8 = v >= 8 ? decode(cpu.mem, v - 8) : null;
    const c4 = v >= 4 ? decode(cpu.mem, v - 4) : null;
    const isRetAddr = (c8 && c8.op.mnemonic === 'call' && sizeOf(c8.op) === 8) || (c4 && c4.op.mnemonic === 'call' && sizeOf(c4.op) === 4);
    if (isRetAddr && s.where.source(v)) s.say(`#${n++}  ${hex(v)} in ${s.where.describe(v)}`);
  }
}

function infoStats(s: Session, what: 'exits' | 'hypercalls' | 'stats'): void {
  const j = statsJson(s.dom);
  if (what === 'exits') {
    s.say(`VM exits: ${j.exits.total}${s.dom.mode === 'native' ? ' (native mode: the kernel is really privileged, nothing exits)' : ''}`);
    for (const [k, v] of Object.entries(j.exits.byCause)) s.say(`  ${k.padEnd(24)} ${v}`);
  } else if (what === 'hypercalls') {
    s.say(`Hypercalls: ${j.hypercalls.total}${s.dom.mode !== 'pv' ? ' (only paravirtual kernels make hypercalls)' : ''}`);
    for (const [k, v] of Object.entries(j.hypercalls.byName)) s.say(`  ${k.padEnd(24)} ${v}`);
  } else {
    s.say(`mode ${j.mode}, ${j.instructions} instructions, ${j.cycles} cycles (guest ${j.guestCycles} + hypervisor ${j.hypervisorCycles})`);
    s.say(`exits ${j.exits.total}, hypercalls ${j.hypercalls.total}, interrupts ${j.interrupts.total}, upcalls ${j.upcalls}, console bytes out ${j.console.bytesOut}`);
  }
}

function infoDevices(s: Session): void {
  const d = s.dom;
  s.say(`console: ${d.console.written} bytes out, ${s.engine.console.consumed} input bytes read, input interrupt ${d.console.irqEnabled ? 'on' : 'off'}`);
  s.say(`timer:   now ${d.cpu.cycles}, period ${d.timer.period}, next ${d.timer.deadline === Infinity ? 'none' : d.timer.deadline}, pending ${d.timer.pending ? 'yes' : 'no'}, fired ${d.timer.fired}`);
  s.say(`block:   ${d.block.sectors} sectors, sector register ${d.block.sector}, status ${d.block.status}, ${d.block.reads} reads, ${d.block.writes} writes, ${d.block.flushes} flushes`);
  s.say(`power:   ${d.power.code === null ? 'on' : `off (code ${d.power.code})`}`);
}

function infoEvents(s: Session): void {
  const d = s.dom;
  if (d.mode !== 'pv') {
    s.say(`interrupts ${s.cpu.flags & FLAG_IE ? 'enabled' : 'disabled'} (FLAGS.IE); vector table at ${hex(s.cpu.vbase)}`);
    s.say(`pending: timer ${d.timer.pending ? 'yes' : 'no'}, console ${d.console.irq() ? 'yes' : 'no'}, block ${d.block.pending ? 'yes' : 'no'}`);
    return;
  }
  const pv = d as PvDomain;
  const sh = pv.sharedInfo;
  const pending = s.cpu.read32(sh + 4) >>> 0;
  const mask = s.cpu.read32(sh + 8) >>> 0;
  s.say(`upcall_pending ${s.cpu.mem[sh]}, upcall_mask ${s.cpu.mem[sh + 1]}, callback ${pv.callback ? `${hex(pv.callback)} <${s.where.label(pv.callback) ?? '?'}>` : 'none'}`);
  pv.events.ports.forEach((b, port) => {
    if (b.kind === 'free') return;
    const what = b.kind === 'virq' ? `virq ${b.virq === 0 ? 'VIRQ_TIMER' : b.virq === 2 ? 'VIRQ_CONSOLE' : b.virq}` : `${b.name} device`;
    s.say(`  port ${String(port).padStart(2)}: ${what.padEnd(18)} pending ${(pending >> port) & 1}  masked ${(mask >> port) & 1}`);
  });
}

function infoBreakpoints(s: Session): void {
  if (!s.points.length) return s.say('No breakpoints, watchpoints or catchpoints.');
  s.say('Num     Type              Disp Enb Address    What');
  for (const p of s.points) {
    const addr = p.addr !== undefined ? hex(p.addr, 8) : ''.padEnd(10);
    s.say(`${String(p.id).padEnd(8)}${p.kind.padEnd(18)}${(p.temp ? 'del' : 'keep').padEnd(5)}${(p.enabled ? 'y' : 'n').padEnd(4)}${addr} ${p.what}`);
    if (p.hits) s.say(`\t${p.kind === 'catchpoint' ? 'catchpoint' : 'breakpoint'} already hit ${p.hits} time${p.hits === 1 ? '' : 's'}`);
  }
}

function setVar(s: Session, args: string): void {
  const m = /^(?:var\s+)?(.+?)\s*=\s*(.+)$/.exec(args.trim());
  if (!m) return s.error('usage: set var PLACE = VALUE (a register, a label, [address] or *address)');
  const p = place(m[1]!, s.ctx, (n) => s.where.labelAddress(n));
  if (!p.ok) return s.error(p.error);
  const v = s.eval(m[2]!);
  if (v === undefined) return;
  const cpu = s.cpu;
  if (p.value.kind === 'reg') {
    const r = p.value.name;
    if (r === 'pc') cpu.pc = v >>> 0;
    else if (r === 'flags') cpu.flags = v & (FLAG_IE | FLAG_U);
    else cpu.regs[r === 'sp' ? 15 : r === 'fp' ? 14 : Number(r.slice(1))] = v;
  } else {
    if (!cpu.inRange(p.value.addr, 4)) return s.error(`cannot access memory at address ${hex(p.value.addr)}`);
    cpu.write32(p.value.addr, v);
  }
  // The past no longer leads here: the recorded future is dropped.
  s.engine.forkHere();
}

function point(s: Session, kind: 'breakpoint' | 'watchpoint' | 'read watchpoint', args: string, temp = false): void {
  const a = args.trim();
  if (!a) return s.error(`${kind === 'breakpoint' ? 'break' : kind === 'watchpoint' ? 'watch' : 'rwatch'}: a location is needed`);
  let addr: number | undefined;
  if (kind === 'breakpoint') addr = s.locate(a);
  else {
    // A label watches the word at its address; anything else is an address expression.
    addr = s.where.labelAddress(a) ?? (a.startsWith('*') || a.startsWith('[') ? undefined : s.eval(a));
    if (addr === undefined && (a.startsWith('*') || a.startsWith('['))) addr = s.eval(a.replace(/^\*/, '').replace(/^\[(.*)\]$/, '$1'));
  }
  if (addr === undefined) return;
  const p = s.addPoint({ kind, temp, what: a, addr: addr >>> 0 });
  const label = kind === 'breakpoint' ? `${temp ? 'Temporary breakpoint' : 'Breakpoint'} ${p.id} at ${hex(addr)}: ${s.where.describe(addr)}` : `${kind === 'watchpoint' ? 'Hardware watchpoint' : 'Hardware read watchpoint'} ${p.id}: ${a}`;
  s.say(label);
}

function catchCmd(s: Session, args: string): void {
  const [what, ...rest] = args.trim().split(/\s+/);
  const filter = rest.join(' ') || null;
  if (what !== 'trap' && what !== 'hcall' && what !== 'interrupt') return s.error('usage: catch trap [cause] | catch hcall [name|nr] | catch interrupt [vector]');
  if (what === 'interrupt' && filter && !/^\d+$/.test(filter) && ![...VECTOR_NAME.values()].includes(filter) && filter !== 'upcall')
    return s.error(`unknown vector "${filter}" (try VEC_TIMER, a number, or upcall)`);
  const p = s.addPoint({ kind: 'catchpoint', temp: false, what: `${what}${filter ? ' ' + filter : ''}`, catches: { kind: what, filter } });
  const note = what === 'trap' && s.dom.mode === 'native' ? ' (native mode: nothing exits)' : what === 'hcall' && s.dom.mode !== 'pv' ? ' (only paravirtual kernels make hypercalls)' : '';
  s.say(`Catchpoint ${p.id} (${p.what})${note}`);
}

function pointsCmd(s: Session, args: string, action: 'delete' | 'disable' | 'enable'): void {
  const ids = args.trim() ? args.trim().split(/[\s,]+/).map(Number) : s.points.map((p) => p.id);
  for (const id of ids) {
    const p = s.points.find((x) => x.id === id);
    if (!p) {
      s.error(`No breakpoint number ${id}.`);
      continue;
    }
    if (action === 'delete') s.points.splice(s.points.indexOf(p), 1);
    else p.enabled = action === 'enable';
  }
}

const count = (args: string): number => (/^\d+$/.test(args.trim()) ? Number(args.trim()) : 1);

export const COMMANDS: Command[] = [
  { name: 'break', aliases: ['b', 'br'], usage: 'break LOCATION', help: 'Set a breakpoint at a label, file:line, line, or *address.', run: (s, a) => point(s, 'breakpoint', a) },
  { name: 'tbreak', usage: 'tbreak LOCATION', help: 'Set a breakpoint that is deleted when it is hit.', run: (s, a) => point(s, 'breakpoint', a, true) },
  { name: 'delete', aliases: ['d'], usage: 'delete [N...]', help: 'Delete breakpoints, watchpoints and catchpoints (all without N).', run: (s, a) => pointsCmd(s, a, 'delete') },
  { name: 'disable', usage: 'disable [N...]', help: 'Disable breakpoints (all without N).', run: (s, a) => pointsCmd(s, a, 'disable') },
  { name: 'enable', usage: 'enable [N...]', help: 'Enable breakpoints (all without N).', run: (s, a) => pointsCmd(s, a, 'enable') },
  { name: 'watch', usage: 'watch LABEL|ADDRESS', help: 'Stop when the word at a label or address changes; shows old and new value.', run: (s, a) => point(s, 'watchpoint', a) },
  { name: 'rwatch', usage: 'rwatch LABEL|ADDRESS', help: 'Stop after an instruction reads the word at a label or address.', run: (s, a) => point(s, 'read watchpoint', a) },
  { name: 'catch', usage: 'catch trap [cause] | catch hcall [name|nr] | catch interrupt [vector]', help: 'Stop at VM exits (trap mode; a cause prefix like "out" or "iret"), hypercalls (pv mode) or interrupts and event upcalls.', run: catchCmd },
  { name: 'step', aliases: ['s'], usage: 'step [N]', help: 'Run to the next source line, into calls, syscalls and handlers.', run: (s, a) => stepLine(s, false, count(a)) },
  { name: 'stepi', aliases: ['si'], usage: 'stepi [N]', help: 'Run one instruction (or N).', run: (s, a) => stepi(s, count(a)) },
  { name: 'next', aliases: ['n'], usage: 'next [N]', help: 'Run to the next source line, over calls and syscalls.', run: (s, a) => stepLine(s, true, count(a)) },
  { name: 'finish', aliases: ['fin'], usage: 'finish', help: 'Run until the current function returns.', run: finish },
  { name: 'continue', aliases: ['c', 'cont'], usage: 'continue', help: 'Run until a breakpoint, watchpoint, catchpoint, fault or the end.', run: (s) => s.go(null, null) },
  {
    name: 'until', aliases: ['u'], usage: 'until [LOCATION]', help: 'Without a location: run to a source line after this one (out of a loop). With one: run to it.',
    run: async (s, a) => {
      if (a.trim()) {
        const addr = s.locate(a);
        if (addr !== undefined) await s.go(() => (s.cpu.pc >>> 0 === addr ? '' : null), `Reached ${s.where.describe(addr)}.`);
        return;
      }
      const src = s.where.source(s.cpu.pc);
      await s.go(() => {
        const now = s.where.source(s.cpu.pc);
        return now && src && (now.file !== src.file || now.line > src.line) ? '' : null;
      }, 'Until: reached a later line.');
    },
  },
  {
    name: 'run', aliases: ['r', 'restart'], usage: 'run', help: 'Start again from the beginning (breakpoints are kept).',
    run: (s) => {
      s.engine.restart();
      s.say('Starting program from the beginning.');
      s.showLocation();
    },
  },
  { name: 'reverse-stepi', aliases: ['rsi'], usage: 'reverse-stepi [N]', help: 'Go back one instruction (or N), exactly: memory, devices, console and disk as they were.', run: (s, a) => reverseStepi(s, count(a)) },
  { name: 'reverse-step', aliases: ['rs'], usage: 'reverse-step', help: 'Go back to the start of the previous source line.', run: (s) => s.arrive(previousLine(s, false), 'Reverse-stepped to the previous line.') },
  { name: 'reverse-next', aliases: ['rn'], usage: 'reverse-next', help: 'Go back to the previous source line, over calls.', run: (s) => s.arrive(previousLine(s, true), 'Reverse-stepped over to the previous line.') },
  { name: 'reverse-continue', aliases: ['rc'], usage: 'reverse-continue', help: 'Run backwards to the previous breakpoint, watchpoint or catchpoint hit.', run: reverseContinue },
  { name: 'print', aliases: ['p'], usage: 'print[/xdutc] EXPR', help: 'Show a value: registers, symbols, [address] or *address, C operators; flags decoded.', run: printCmd },
  { name: 'x', usage: 'x/NFU ADDRESS', help: 'Examine memory: N units, format x d u t c s i, unit b h w.', run: examine },
  {
    name: 'info', aliases: ['i'], usage: 'info registers|breakpoints|exits|hypercalls|devices|events|stats', help: 'Show machine state.',
    run: (s, a) => {
      const sub = a.trim().split(/\s+/)[0] ?? '';
      const subs: Record<string, () => void> = {
        registers: () => infoRegisters(s),
        breakpoints: () => infoBreakpoints(s),
        watchpoints: () => infoBreakpoints(s),
        exits: () => infoStats(s, 'exits'),
        hypercalls: () => infoStats(s, 'hypercalls'),
        stats: () => infoStats(s, 'stats'),
        devices: () => infoDevices(s),
        events: () => infoEvents(s),
      };
      const short: Record<string, string> = { r: 'registers', b: 'breakpoints' };
      const hits = Object.keys(subs).filter((k) => sub && k.startsWith(sub));
      const key = short[sub] ?? (hits.length === 1 ? hits[0] : subs[sub] ? sub : undefined);
      if (!key) return s.error(`info: ${sub ? (hits.length > 1 ? `"${sub}" is ambiguous: ${hits.join(', ')}` : `unknown subcommand "${sub}"`) : 'what? registers, breakpoints, exits, hypercalls, devices, events, stats'}`);
      subs[key]!();
    },
  },
  { name: 'disassemble', aliases: ['disas'], usage: 'disassemble [LABEL|ADDRESS]', help: 'Disassemble the function around pc (or a label or address).', run: disassemble },
  { name: 'list', aliases: ['l'], usage: 'list [LINE|FILE:LINE|LABEL]', help: 'Show source lines; again to continue.', run: list },
  { name: 'backtrace', aliases: ['bt', 'where'], usage: 'backtrace', help: 'Show the call chain (return addresses found on the stack).', run: backtrace },
  { name: 'set', usage: 'set var PLACE = VALUE', help: 'Change a register, a word at a label, [address] or *address.', run: setVar },
  { name: 'help', aliases: ['h'], usage: 'help [COMMAND]', help: 'List commands, or explain one.', run: (s, a) => help(s, a) },
  { name: 'quit', aliases: ['q', 'exit'], usage: 'quit', help: 'Leave the debugger.', run: () => {} },
];

/** A command by name, alias or unambiguous prefix; a message when there is none. */
export function resolve(word: string): Command | string {
  const w = word.toLowerCase();
  const exact = COMMANDS.find((c) => c.name === w || c.aliases?.includes(w));
  if (exact) return exact;
  const hits = COMMANDS.filter((c) => c.name.startsWith(w));
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) return `Ambiguous command "${word}": ${hits.map((c) => c.name).join(', ')}.`;
  return `Undefined command: "${word}".  Try "help".`;
}

function help(s: Session, a: string): void {
  const w = a.trim();
  if (w) {
    const c = resolve(w);
    if (typeof c === 'string') return s.error(c);
    s.say(`${c.usage}${c.aliases?.length ? `   (also: ${c.aliases.join(', ')})` : ''}\n${c.help}`);
    return;
  }
  s.say('Commands (any unambiguous prefix works; an empty line repeats the last command):');
  for (const c of COMMANDS) s.say(`  ${c.usage.padEnd(34)} ${c.help.split('.')[0]}.`);
}

export { count };
