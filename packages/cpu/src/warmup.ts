// The interpreter's warm-up, run once per process before the first guest instruction. V8
// optimises `interpret` from the type feedback of the cases it has run so far; a case first
// reached after that (the guest's first division, first page fault, first store onto code)
// has none, and costs a deoptimisation and a recompilation, each a few milliseconds of the
// guest running at baseline speed. So a scratch CPU runs every opcode, on every path the loop
// has (paging off and on, user and supervisor, one step at a time, stores onto code, TLB
// misses, write-protected frames, each exit), before any guest does. docs/performance.md
// measures what it buys; test/engines-deopt.test.ts keeps it true.
import { OPS, REG_SP, ZERO_REG, encode, sizeOf, type OpSpec } from '@pvm/isa';
import { FLAG_IE, FLAG_U, PTE_P, PTE_U, PTE_W } from '@pvm/isa/codes';
import { EXIT_LIMIT } from './exits.ts';
import type { Cpu, CpuOptions } from './cpu.ts';

let primed = false;

/** Scratch memory: code from CODE (crossing a page), data at DATA, tables at PD/PT. */
const MEMORY = 0x10000;
const CODE = 0x1f00;
const DATA = 0x8000;
const PD = 0xe000;
const PT = 0xf000;
/** Past memory: loads and stores there fault. */
const FAR = 0xfffffff0;

/** Run the warm-up unless this process has: called by the Cpu constructor. */
export function primeOnce(Ctor: new (o: CpuOptions) => Cpu): void {
  if (primed) return;
  primed = true;
  const cpu = new Ctor({ memory: MEMORY });
  const starts = program(cpu);
  const passes: [paging: boolean, user: boolean, step: boolean, guarded: boolean, clock: number][] = [
    [false, false, false, false, 0],
    [false, false, true, false, 2 ** 33],
    [true, false, false, false, 0],
    [true, true, false, true, 2 ** 33],
    [true, false, true, true, 0],
    [false, true, false, false, 0],
  ];
  for (const [paging, user, step, guarded, clock] of passes) {
    cpu.flushDecoded();
    if (paging) identityMap(cpu);
    else cpu.setPtb(0);
    cpu.wprot = guarded ? new Uint8Array(MEMORY >>> 12).fill(1, DATA >>> 12, (DATA >>> 12) + 1) : null;
    cpu.mmuObserver = guarded ? { walked() {}, outside() {} } : null;
    cpu.walkRefCost = 3;
    cpu.cycles = clock;
    cpu.instret = clock;
    cpu.pc = CODE;
    cpu.flags = user ? FLAG_U : 0;
    setRegs(cpu);
    runThrough(cpu, starts, step);
  }
}

/** Run from CODE to the end of the program, stepping over every exit. */
function runThrough(cpu: Cpu, starts: readonly number[], step: boolean): void {
  const end = starts[starts.length - 1]!;
  for (let guard = 0; guard < 4 * starts.length && cpu.pc !== end; guard++) {
    const exit = cpu.interpret(step ? cpu.cycles + 1 : cpu.cycles + 1e6);
    if (exit === EXIT_LIMIT) continue;
    // Any other exit: go on at the next instruction, as a hypervisor would after handling it.
    const at = cpu.pc >>> 0;
    const next = starts.find((s) => s > at);
    if (next === undefined) return;
    cpu.pc = next;
    cpu.wprot = null;
    setRegs(cpu);
  }
}

function setRegs(cpu: Cpu): void {
  const r = cpu.regs;
  r[0] = 0;
  r[1] = 1;
  r[2] = 100;
  r[3] = 7;
  r[4] = DATA;
  r[8] = FAR | 0;
  r[REG_SP] = 0x3000;
}

function identityMap(cpu: Cpu): void {
  cpu.write32(PD, PT | PTE_P | PTE_W | PTE_U);
  for (let page = 0; page < MEMORY >>> 12; page++) cpu.write32(PT + page * 4, (page << 12) | PTE_P | PTE_W | PTE_U);
  cpu.setPtb(PD);
}

/** Lay out every opcode in forms that reach each of its paths; returns the instruction starts and the end. */
function program(cpu: Cpu): number[] {
  const starts: number[] = [];
  let at = CODE;
  const emit = (op: OpSpec, regs: number[], words: number[]): number => {
    starts.push(at);
    at += encode({ op, regs, words: words.map((w) => w >>> 0) }, cpu.mem, at);
    return at;
  };
  const by = (code: number): OpSpec => OPS.find((o) => o.code === code)!;
  const li = by(0x03);
  for (const op of OPS) {
    const size = sizeOf(op);
    if (op.code === 0x53 || op.code === 0x51) emit(li, [5], [at + 8 + size]); // call r5 / jmp r5 to just after
    if (op.code === 0x54) emit(li, [6], [at + 16]), emit(by(0x55), [6], []); // push the target of ret
    if (op.code === 0x69) emit(by(0x68), [], []); // popf what pushf pushed
    const regs: number[] = [];
    const words: number[] = [];
    let reg = 1;
    for (const k of op.operands) {
      if (k === 'mem') regs.push(4), words.push(0);
      else if (k === 'rd' || k === 'rs' || k === 'rt') regs.push(op.code === 0x51 || op.code === 0x53 ? 5 : reg++);
      else if (k === 'label') words.push(at + size);
      else words.push(op.code === 0x7a || op.code === 0x7b ? 1 : 5);
    }
    emit(op, regs, words);
    // Conditional branches again, so that each condition is seen both true and false.
    if (op.code >= 0x40 && op.code <= 0x4f) {
      const imm = (op.code & 1) !== 0;
      emit(op, imm ? [2] : [2, 1], imm ? [5, at + size] : [at + size]);
      emit(op, imm ? [1] : [1, 1], imm ? [1, at + size] : [at + size]);
    }
    if (op.code === 0x52 || op.code === 0x53) emit(by(0x56), [7], []); // pop what call pushed
    // Memory forms again: unaligned, past memory, and (stores) onto code, rewriting it unchanged.
    if (op.operands.includes('mem')) {
      emit(op, regs.map((r, i) => (i === regs.length - 1 ? 4 : r)), [1]);
      emit(op, regs.map((r, i) => (i === regs.length - 1 ? 8 : r)), [0]);
      if (op.operands[0] === 'rs') {
        emit(by(0x30), [9, ZERO_REG], [CODE]);
        emit(op, [9, ZERO_REG], [CODE]);
      }
    }
    // Division forms by zero.
    if (op.cycles === 12) emit(op, [1, 2, 0].slice(0, regs.length), words.map(() => 0));
  }
  // popf turning IE on (an interrupt window), then off again.
  emit(li, [1], [FLAG_IE]);
  emit(by(0x55), [1], []);
  emit(by(0x69), [], []);
  emit(li, [1], [0]);
  emit(by(0x55), [1], []);
  emit(by(0x69), [], []);
  // An unassigned opcode, then the end.
  starts.push(at);
  cpu.mem[at] = 0xfd;
  at += 4;
  starts.push(at);
  return starts;
}
