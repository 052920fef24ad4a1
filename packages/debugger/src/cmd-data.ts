// The commands that read and change values: print, x, set var.
import { decode, disassembleAt, regNumber, sizeOf } from '@pvm/isa';
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
  const fmt = m ? m[1]! : '';
  if (m && !/^[xdutc]?$/.test(fmt)) return s.error(`print: unknown format "/${fmt}" (one of x d u t c)`);
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

const SIZES: Record<string, number> = { b: 1, h: 2, w: 4 };

/** `x/NFU`: count, format letter and unit letter, the letters in either order as in gdb. */
function examineFormat(s: Session, spec: string): { count: number; fmt: string; size: number } | undefined {
  const m = /^(\d*)([a-z]*)$/i.exec(spec);
  if (!m) return void s.error(`x: bad format "/${spec}": expected /NFU, e.g. x/4xw (count, format x d u t c s i, unit b h w)`);
  let count = 1;
  if (m[1]) {
    count = Number(m[1]);
    if (!(count >= 1 && count <= LIMITS.examineCount)) return void s.error(`x: the count must be from 1 to ${LIMITS.examineCount.toLocaleString('en-US')}, not ${m[1].length > 20 ? m[1].slice(0, 20) + '...' : m[1]}`);
  }
  let fmt = '';
  let unit = '';
  for (const c of m[2]!.toLowerCase()) {
    if ('xdutcsi'.includes(c) && !fmt) fmt = c;
    else if (c in SIZES && !unit) unit = c;
    else return void s.error(`x: bad format letter "${c}" in "/${spec}" (format x d u t c s i, unit b h w, one of each)`);
  }
  return { count, fmt: fmt || 'x', size: SIZES[unit || 'w']! };
}

/** Output lines between checks for Ctrl-C. */
const LINES_PER_CHECK = 256;

function* examine(s: Session, args: string): Task<void> {
  const m = /^\/(\S*)\s*/.exec(args);
  const f = m ? examineFormat(s, m[1]!) : { count: 1, fmt: 'x', size: 4 };
  if (!f) return;
  const { count, fmt, size } = f;
  const expr = args.slice(m ? m[0].length : 0).trim() || 'pc';
  const start = s.eval(expr);
  if (start === undefined) return;
  let a = start >>> 0;
  const mem = s.cpu.mem;
  const at = (addr: number): string => `${hex(addr)}${s.where.label(addr) ? ` <${s.where.label(addr)}>` : ''}`;
  /** Between groups of lines, let Ctrl-C in; false when it came. */
  let lines = 0;
  function* onward(): Task<boolean> {
    if (++lines % LINES_PER_CHECK !== 0 || (yield* s.engine.breathe())) return true;
    s.say('Interrupted.', 'stop');
    return false;
  }
  if (fmt === 'i') {
    for (let i = 0; i < count && (yield* onward()); i++) {
      const ins = decode(mem, a);
      s.say(`${a === s.cpu.pc >>> 0 ? '=>' : '  '} ${at(a)}:\t${disassembleAt(mem, a, s.where.sym)}`);
      a = (a + (ins ? sizeOf(ins.op) : 4)) >>> 0;
    }
    return;
  }
  if (fmt === 's') {
    for (let i = 0; i < count && (yield* onward()); i++) {
      let str = '';
      let p = a;
      while (p < s.cpu.memSize && mem[p] !== 0 && str.length < 200) str += String.fromCharCode(mem[p++]!);
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
      if (!s.cpu.inRange(addr, size)) {
        cells.push('<out of memory>');
        break;
      }
      const v = size === 4 ? s.cpu.read32(addr) : size === 2 ? mem[addr]! | (mem[addr + 1]! << 8) : mem[addr]!;
      cells.push(fmt === 'x' ? hex(v, size * 2) : formatValue(v, fmt));
    }
    s.say(`${at((a + i * size) >>> 0)}:\t${cells.join('\t')}`);
    if (cells[cells.length - 1] === '<out of memory>') return;
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
    if (!cpu.inRange(p.value.addr, 4)) return s.error(`cannot access memory at address ${hex(p.value.addr)}`);
    cpu.write32(p.value.addr, v);
  }
  // The past no longer leads here: the recorded future is dropped.
  s.engine.forkHere();
}

export const DATA_COMMANDS: Command[] = [
  { name: 'print', aliases: ['p'], usage: 'print[/xdutc] EXPR', help: 'Show a value: registers, symbols, &label, [address] or *address, C operators; flags decoded.', run: printCmd },
  { name: 'x', usage: 'x/NFU ADDRESS', help: `Examine memory: N units (at most ${LIMITS.examineCount}), format x d u t c s i, unit b h w; Ctrl-C stops a long one.`, run: examine },
  { name: 'set', usage: 'set var PLACE = VALUE', help: 'Change a register, a word at a label, [address] or *address.', run: setVar },
];
