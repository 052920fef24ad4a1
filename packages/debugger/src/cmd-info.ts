// The commands that show the machine and the program: info, disassemble, list, backtrace.
import { didYouMean } from '@pvm/asm';
import { statsJson, type PvDomain } from '@pvm/hypervisor';
import { HYPERCALL_CONSTANTS, NUM_REGS, REG_SP, regName, regNumber, sizeOf } from '@pvm/isa';
import { FLAG_IE, OP_CALL_L, OP_CALL_R, SH_EVTCHN_MASK, SH_EVTCHN_PENDING, SH_UPCALL_MASK, SH_UPCALL_PENDING } from '@pvm/isa/codes';
import { flagsText } from './cmd-data.ts';
import { infoPagetable, infoTlb } from './cmd-mmu.ts';
import { PSEUDO_REGISTERS } from './expr.ts';
import type { Command } from './commands.ts';
import type { Session } from './session.ts';
import { hex } from './where.ts';

const REGISTERS = [...Array.from({ length: NUM_REGS }, (_, r) => regName(r)), ...PSEUDO_REGISTERS];
const VIRQ_NAME = new Map(HYPERCALL_CONSTANTS.filter((c) => c.name.startsWith('VIRQ_')).map((c) => [c.value, c.name]));

/** `info registers [NAME...]`: all of them, or only those named, in the order named. */
function infoRegisters(s: Session, args: string[]): void {
  const names: string[] = [];
  for (const a of args) {
    const n = a.replace(/^\$/, '').toLowerCase();
    const r = regNumber(n);
    if (r >= 0) names.push(regName(r));
    else if (n === 'pc' || n === 'flags') names.push(n);
    else {
      const d = didYouMean(n, REGISTERS);
      return s.error(`info registers: invalid register "${a}"${d ? `; did you mean "${d}"?` : ''}`);
    }
  }
  for (const name of names.length ? names : REGISTERS) {
    if (name === 'pc') {
      const l = s.where.label(s.cpu.pc);
      s.say(`${'pc'.padEnd(14)} ${hex(s.cpu.pc, 1).padEnd(12)} ${l ? `<${l}>` : ''}`.trimEnd());
    } else if (name === 'flags') s.say(`${'flags'.padEnd(14)} ${hex(s.cpu.flags, 1).padEnd(12)} ${flagsText(s.cpu.flags)}`);
    else {
      const r = regNumber(name);
      const v = s.cpu.regs[r]!;
      const changed = v !== s.lastRegs[r];
      const line = `${(name + (changed ? '*' : '')).padEnd(14)} ${hex(v, 1).padEnd(12)} ${v | 0}`;
      s.say(line, changed ? 'changed' : undefined);
    }
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
  const pending = s.cpu.read32(sh + SH_EVTCHN_PENDING) >>> 0;
  const mask = s.cpu.read32(sh + SH_EVTCHN_MASK) >>> 0;
  s.say(`upcall_pending ${s.cpu.mem[sh + SH_UPCALL_PENDING]}, upcall_mask ${s.cpu.mem[sh + SH_UPCALL_MASK]}, callback ${pv.callback ? `${hex(pv.callback)} <${s.where.label(pv.callback) ?? '?'}>` : 'none'}`);
  pv.events.ports.forEach((b, port) => {
    if (b.kind === 'free') return;
    const what = b.kind === 'virq' ? `virq ${VIRQ_NAME.get(b.virq) ?? b.virq}` : `${b.name} device`;
    s.say(`  port ${String(port).padStart(2)}: ${what.padEnd(18)} pending ${(pending >>> port) & 1}  masked ${(mask >>> port) & 1}`);
  });
}

function infoBreakpoints(s: Session): void {
  const points = s.points.list;
  if (!points.length) return s.say('No breakpoints, watchpoints or catchpoints.');
  s.say('Num     Type              Disp Enb Address    What');
  for (const p of points) {
    const addr = p.addr !== undefined ? hex(p.addr, 8) : ''.padEnd(10);
    s.say(`${String(p.id).padEnd(8)}${p.kind.padEnd(18)}${(p.temp ? 'del' : 'keep').padEnd(5)}${(p.enabled ? 'y' : 'n').padEnd(4)}${addr} ${p.what}`);
    if (p.hits) s.say(`\t${p.kind === 'catchpoint' ? 'catchpoint' : 'breakpoint'} already hit ${p.hits} time${p.hits === 1 ? '' : 's'}`);
  }
}

const INFO: Record<string, (s: Session, rest: string[]) => void> = {
  registers: infoRegisters,
  breakpoints: infoBreakpoints,
  watchpoints: infoBreakpoints,
  exits: (s) => infoStats(s, 'exits'),
  hypercalls: (s) => infoStats(s, 'hypercalls'),
  stats: (s) => infoStats(s, 'stats'),
  devices: infoDevices,
  events: infoEvents,
  tlb: infoTlb,
  pagetable: infoPagetable,
};
export const INFO_TOPICS = Object.keys(INFO);

function info(s: Session, args: string): void {
  const [sub = '', ...rest] = args.trim().split(/\s+/).filter(Boolean);
  const short: Record<string, string> = { r: 'registers', b: 'breakpoints' };
  const hits = INFO_TOPICS.filter((k) => sub && k.startsWith(sub));
  const key = short[sub] ?? (INFO[sub] ? sub : hits.length === 1 ? hits[0] : undefined);
  if (!key) return s.error(`info: ${sub ? (hits.length > 1 ? `"${sub}" is ambiguous: ${hits.join(', ')}` : `unknown subcommand "${sub}"`) : `what? ${INFO_TOPICS.join(', ')}`}`);
  if (key !== 'registers' && key !== 'pagetable' && rest.length) return s.error(`info ${key}: no argument expected`);
  INFO[key]!(s, rest);
}

function disassemble(s: Session, args: string): void {
  const a = args.trim();
  const at = a ? (s.where.labelAddress(a) ?? s.locate(a.startsWith('*') ? a : `*${a}`)) : s.cpu.pc;
  if (at === undefined) return;
  const ext = s.where.extent(at) ?? { name: hex(at), start: at, end: at + 64 };
  s.say(`Dump of assembler code for ${ext.name}:`);
  let p = ext.start;
  for (let n = 0; p < ext.end && n < 200; n++) {
    const ins = s.memory.instr(p);
    s.say(`${p === s.cpu.pc >>> 0 ? '=> ' : '   '}${hex(p)} <+${p - ext.start}>:\t${s.memory.disassemble(p, s.where.sym)}`);
    p += ins ? sizeOf(ins.op) : 4;
  }
  s.say('End of assembler dump.');
}

function list(s: Session, args: string): void {
  let at = s.listAt;
  const a = args.trim();
  if (a) {
    const fl = /^(?:(.+):)?(\d+)$/.exec(a);
    if (fl) {
      const file = fl[1] ?? s.listAt?.file ?? s.where.source(s.cpu.pc)?.file;
      if (!file) return s.error('no source file to list');
      at = { file, line: Math.max(1, Number(fl[2]) - 5) };
    } else {
      const addr = s.locate(a);
      if (addr === undefined) return;
      const src = s.where.source(addr);
      if (!src) return s.error(`no line information for ${a}`);
      at = { file: src.file, line: Math.max(1, src.line - 5) };
    }
  }
  if (!at) return s.error('no source to list');
  const lines = s.where.fileLines(at.file);
  if (!Array.isArray(lines)) return s.error(`cannot show source "${at.file}": ${lines.reason}`);
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
  const sp = cpu.regs[REG_SP]! >>> 0;
  for (let a = sp; a + 4 <= 0x1_0000_0000 && a < sp + 1024 && n < 32; a += 4) {
    const word = s.memory.read(a, 4);
    if (word === undefined) break;
    const v = word >>> 0;
    const c8 = v >= 8 ? s.memory.instr(v - 8) : null;
    const c4 = v >= 4 ? s.memory.instr(v - 4) : null;
    const isRetAddr = (c8 && c8.op.code === OP_CALL_L && sizeOf(c8.op) === 8) || (c4 && c4.op.code === OP_CALL_R && sizeOf(c4.op) === 4);
    if (isRetAddr && s.where.source(v)) s.say(`#${n++}  ${hex(v)} in ${s.where.describe(v)}`);
  }
}

export const INFO_COMMANDS: Command[] = [
  { name: 'info', aliases: ['i'], usage: 'info registers [REG...]|breakpoints|exits|hypercalls|devices|events|stats|tlb|pagetable [ADDRESS]', help: 'Show machine state (registers: all, or only those named; pagetable: the mapped ranges, or the walk for one address).', run: info },
  { name: 'disassemble', aliases: ['disas'], usage: 'disassemble [LABEL|ADDRESS]', help: 'Disassemble the function around pc (or a label or address).', run: disassemble },
  { name: 'list', aliases: ['l'], usage: 'list [LINE|FILE:LINE|LABEL]', help: 'Show source lines; again to continue.', run: list },
  { name: 'backtrace', aliases: ['bt', 'where'], usage: 'backtrace', help: 'Show the call chain (return addresses found on the stack).', run: (s) => backtrace(s) },
];
