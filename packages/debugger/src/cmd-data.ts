// The commands that read and change values: print, x, set var.
import { regNumber, sizeOf } from '@pvm/isa';
import { FLAG_IE, FLAG_U } from '@pvm/isa/codes';
import type { Command } from './commands.ts';
import type { Task } from './engine.ts';
import { place } from './expr.ts';
import { LIMITS } from './limits.ts';
import type { Session } from './session.ts';
import { hex } from './where.ts';

export const flagsText = (f: number): string => `[ ${[f & FLAG_IE ? 'IE' : '', f & FLAG_U ? 'U' : ''].filter(Boolean).join(' ')}${f & (FLAG_IE | FLAG_U) ? ' ' : ''}]`;

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

function printCmd(s: Session, args: string): void {
  const m = /^\/(\w*)\s*/.exec(args);
  const letters = m ? m[1]! : '';
  // `p` is no format: it makes the expression's memory physical (x/p reads the same way).
  const phys = /^[xdutc]?p[xdutc]?$/.test(letters) && letters.length <= 2;
  const fmt = phys ? letters.replace('p', '') : letters;
  if (m && !/^[xdutc]?$/.test(fmt)) return s.error(`print: unknown format "/${letters}" (one of x d u t c, and p for physical memory)`);
  const expr = args.slice(m ? m[0].length : 0).trim();
  if (!expr) return s.error('print: an expression is needed');
  const v = s.eval(expr, phys);
  if (v === undefined) return;
  s.values.push(v);
  const n = s.values.length;
  if (/^\$?flags$/i.test(expr) && !fmt) return s.say(`$${n} = ${hex(v, 1)} ${flagsText(v)}`);
  if (/^\$?pc$/i.test(expr) && !fmt) return s.say(`$${n} = ${hex(v)}${s.where.label(v) ? ` <${s.where.label(v)}>` : ''}`);
  s.say(`$${n} = ${formatValue(v, fmt)}`);
}

const SIZES: Record<string, number> = { b: 1, h: 2, w: 4 };

/** `x/NFU`: count, format letter and unit letter, the letters in either order as in gdb; `p` for physical. */
function examineFormat(s: Session, spec: string): { count: number; fmt: string; size: number; phys: boolean } | undefined {
  const m = /^(\d*)([a-z]*)$/i.exec(spec);
  if (!m) return void s.error(`x: bad format "/${spec}": expected /NFU, e.g. x/4xw (count, format x d u t c s i, unit b h w, p for physical)`);
  let count = 1;
  if (m[1]) {
    count = Number(m[1]);
    if (!(count >= 1 && count <= LIMITS.examineCount)) return void s.error(`x: the count must be from 1 to ${LIMITS.examineCount.toLocaleString('en-US')}, not ${m[1].length > 20 ? m[1].slice(0, 20) + '...' : m[1]}`);
  }
  let fmt = '';
  let unit = '';
  let phys = false;
  for (const c of m[2]!.toLowerCase()) {
    if ('xdutcsi'.includes(c) && !fmt) fmt = c;
    else if (c in SIZES && !unit) unit = c;
    else if (c === 'p' && !phys) phys = true;
    else return void s.error(`x: bad format letter "${c}" in "/${spec}" (format x d u t c s i, unit b h w, p for physical, one of each)`);
  }
  return { count, fmt: fmt || 'x', size: SIZES[unit || 'w']!, phys };
}

/** Output lines between checks for Ctrl-C. */
const LINES_PER_CHECK = 256;

function* examine(s: Session, args: string): Task<void> {
  const m = /^\/(\S*)\s*/.exec(args);
  const f = m ? examineFormat(s, m[1]!) : { count: 1, fmt: 'x', size: 4, phys: false };
  if (!f) return;
  const { count, fmt, size, phys } = f;
  const mem = s.memory;
  const expr = args.slice(m ? m[0].length : 0).trim() || 'pc';
  const start = s.eval(expr, phys);
  if (start === undefined) return;
  let a = start >>> 0;
  // Symbols name the guest's addresses: a physical one has none while paging is on.
  const named = !phys || !mem.paging;
  const at = (addr: number): string => `${hex(addr)}${named && s.where.label(addr) ? ` <${s.where.label(addr)}>` : ''}`;
  /** Between groups of lines, let Ctrl-C in; false when it came. */
  let lines = 0;
  function* onward(): Task<boolean> {
    if (++lines % LINES_PER_CHECK !== 0 || (yield* s.engine.breathe())) return true;
    s.say('Interrupted.', 'stop');
    return false;
  }
  // With paging on, an address nothing maps is said once, in words, not shown as memory.
  const unmapped = (addr: number): boolean => {
    if (!mem.paging && !phys) return false;
    if (mem.physical(addr, phys) >= 0) return false;
    s.error(mem.why(addr, phys));
    return true;
  };
  if (fmt === 'i') {
    for (let i = 0; i < count && (yield* onward()); i++) {
      if (unmapped(a)) return;
      const ins = mem.instr(a, phys);
      s.say(`${a === s.cpu.pc >>> 0 && !phys ? '=>' : '  '} ${at(a)}:\t${mem.disassemble(a, s.where.sym, phys)}`);
      a = (a + (ins ? sizeOf(ins.op) : 4)) >>> 0;
    }
    return;
  }
  if (fmt === 's') {
    for (let i = 0; i < count && (yield* onward()); i++) {
      if (unmapped(a)) return;
      let str = '';
      let p = a;
      for (let b = mem.byte(p, phys); b !== undefined && b !== 0 && str.length < 200; b = mem.byte(++p, phys)) str += String.fromCharCode(b);
      s.say(`${at(a)}:\t${JSON.stringify(str)}`);
      a = (p + 1) >>> 0;
    }
    return;
  }
  const perLine = size === 1 ? 8 : 4;
  for (let i = 0; i < count && (yield* onward()); i += perLine) {
    const cells: string[] = [];
    for (let j = i; j < Math.min(count, i + perLine); j++) {
      const addr = a + j * size;
      const v = addr <= 0xffffffff ? mem.read(addr, size, phys) : undefined;
      if (v === undefined) {
        // The first unit of a line unmapped: the reason alone; later on the line, a mark.
        if (j === i && unmapped(addr >>> 0)) return;
        cells.push(mem.paging && !phys ? '<not mapped>' : '<out of memory>');
        break;
      }
      cells.push(fmt === 'x' ? hex(v, size * 2) : formatValue(v, fmt));
    }
    s.say(`${at((a + i * size) >>> 0)}:\t${cells.join('\t')}`);
    if (cells[cells.length - 1]!.startsWith('<')) return;
  }
}

function setVar(s: Session, args: string): void {
  const m = /^(?:var\s+)?(.+?)\s*=\s*(.+)$/.exec(args.trim());
  if (!m) return s.error('usage: set var PLACE = VALUE (a register, a label, [address] or *address)');
  const p = place(m[1]!, s.ctx);
  if (!p.ok) return s.error(p.error);
  const v = s.eval(m[2]!);
  if (v === undefined) return;
  const cpu = s.cpu;
  if (p.value.kind === 'reg') {
    const r = p.value.name;
    if (r === 'pc') cpu.pc = v >>> 0;
    else if (r === 'flags') cpu.flags = v & (FLAG_IE | FLAG_U);
    else cpu.regs[regNumber(r)] = v;
  } else {
    const bad = s.memory.write32(p.value.addr, v);
    if (bad >= 0) return s.error(s.memory.paging ? s.memory.why(bad) : `cannot access memory at address ${hex(p.value.addr)}`);
  }
  // The past no longer leads here: the recorded future is dropped.
  s.engine.forkHere();
}

export const DATA_COMMANDS: Command[] = [
  { name: 'print', aliases: ['p'], usage: 'print[/xdutcp] EXPR', help: 'Show a value: registers, symbols, &label, [address] or *address, C operators; flags decoded; /p reads memory at physical addresses.', run: printCmd },
  { name: 'x', usage: 'x/NFU ADDRESS', help: `Examine memory: N units (at most ${LIMITS.examineCount}), format x d u t c s i, unit b h w, p for a physical address; Ctrl-C stops a long one.`, run: examine },
  { name: 'set', usage: 'set var PLACE = VALUE', help: 'Change a register, a word at a label, [address] or *address.', run: setVar },
];
