// Control flow, the stack, the ways into the kernel, sensitive and privileged opcodes, illegal
// encodings and fetch faults: one instruction at a time, checked against the opcode table.
import { describe, expect, it } from 'vitest';
import { OPS, OP_BY_CODE, REG_SP, formName, isRegOperand, sizeOf } from '@pvm/isa';
import { FLAG_IE, FLAG_U, VEC_BREAK, VEC_ILLEGAL, VEC_MEMORY, VEC_PRIV, VEC_SYSCALL } from '@pvm/isa/codes';
import {
  Cpu, EXIT_EXCEPTION, EXIT_HCALL, EXIT_IRQ_WINDOW, EXIT_LIMIT, EXIT_PRIVILEGED, FAULT_FETCH, FAULT_LOAD,
  FAULT_STORE,
} from '../src/index.ts';
import { CODE, INT_MAX, INT_MIN, MEM, cost, diffAt, exec, form, newCpu, put, rng, size, snap, step } from './helpers.ts';
import { ALU_MNEMONICS, BRANCH_MNEMONICS, COND } from './reference.ts';

const STACK = 0x8000;

function cpuAt(pc = CODE): Cpu {
  const cpu = newCpu();
  cpu.pc = pc;
  cpu.regs[REG_SP] = STACK;
  return cpu;
}

/** Run one instruction that must leave through `exit` with nothing changed (pc at it, no cycles). */
function expectExitUnchanged(cpu: Cpu, exit: number): void {
  const before = snap(cpu);
  const mem = cpu.mem.slice();
  expect(step(cpu)).toBe(exit);
  expect(snap(cpu)).toEqual(before);
  expect(diffAt(cpu.mem, mem), 'first changed byte').toBe(-1);
}

const PRIVILEGED = ['in_rp', 'in_rr', 'out_pr', 'out_rr', 'cli', 'sti', 'hlt', 'iret', 'lvt', 'lksp', 'mtcr', 'mfcr', 'invlpg'];
const OTHERS = ['nop', 'mov', 'li', 'ld', 'st', 'ldb', 'stb', 'ldh', 'sth', 'jmp_l', 'jmp_r', 'call_l', 'call_r', 'ret', 'push', 'pop', 'hcall', 'syscall', 'brk', 'pushf', 'popf'];

describe('the opcode table is covered', () => {
  it('every form in OPS has semantics tested in this package', () => {
    const tested = new Set([
      ...ALU_MNEMONICS.flatMap((m) => [`${m}_rrr`, `${m}_rri`]),
      ...BRANCH_MNEMONICS.flatMap((m) => [`${m}_rrl`, `${m}_ril`]),
      ...PRIVILEGED,
      ...OTHERS,
    ]);
    expect(new Set(OPS.map(formName))).toEqual(tested);
  });

  it('the privileged forms are exactly those the table marks privileged; pushf/popf are sensitive', () => {
    expect(OPS.filter((op) => op.privileged).map(formName).sort()).toEqual([...PRIVILEGED].sort());
    expect(OPS.filter((op) => op.sensitive).map(formName).sort()).toEqual(['popf', 'pushf']);
  });
});

describe('conditional branches', () => {
  const VALUES = [0, 1, -1, 5, -5, INT_MIN, INT_MAX, INT_MIN + 1, 0x7ffffffe];
  const TARGET = 0x2000;

  for (const m of BRANCH_MNEMONICS) {
    it(`${m}: register and value forms, signed vs unsigned, taken and not`, () => {
      let taken = 0;
      for (const a of VALUES)
        for (const b of VALUES) {
          const want = COND[m]!(a, b);
          if (want) taken++;
          const r = cpuAt();
          r.regs[4] = a;
          r.regs[9] = b;
          exec(r, `${m}_rrl`, [4, 9], [TARGET], want ? TARGET : CODE + size(`${m}_rrl`));
          const i = cpuAt();
          i.regs[4] = a;
          exec(i, `${m}_ril`, [4], [b, TARGET], want ? TARGET : CODE + size(`${m}_ril`));
        }
      // Each condition is both taken and not taken on this grid, so the test can tell them apart.
      expect(taken).toBeGreaterThan(0);
      expect(taken).toBeLessThan(VALUES.length ** 2);
    });
  }

  it('tells signed from unsigned where they disagree', () => {
    const taken = (m: string, a: number, b: number): boolean => {
      const cpu = cpuAt();
      cpu.regs[1] = a;
      cpu.regs[2] = b;
      put(cpu, CODE, `${m}_rrl`, [1, 2], [TARGET]);
      step(cpu);
      return cpu.pc === TARGET;
    };
    expect([taken('blt', -1, 1), taken('bltu', -1, 1)]).toEqual([true, false]);
    expect([taken('bge', -1, 1), taken('bgeu', -1, 1)]).toEqual([false, true]);
    expect([taken('bgt', INT_MIN, INT_MAX), taken('ble', INT_MIN, INT_MAX)]).toEqual([false, true]);
    expect([taken('blt', INT_MIN, 0), taken('bltu', INT_MIN, 0)]).toEqual([true, false]);
  });

  it('compares a register with itself (rs = rt)', () => {
    for (const m of BRANCH_MNEMONICS) {
      const cpu = cpuAt();
      cpu.regs[3] = -9;
      const want = COND[m]!(-9, -9);
      exec(cpu, `${m}_rrl`, [3, 3], [TARGET], want ? TARGET : CODE + 8);
    }
  });
});

describe('jumps, calls and the stack', () => {
  it('jmp goes to a label or to the address in a register', () => {
    const cpu = cpuAt();
    exec(cpu, 'jmp_l', [], [0x2468], 0x2468);
    cpu.regs[6] = 0x1234;
    exec(cpu, 'jmp_r', [6], [], 0x1234);
  });

  it('call pushes the address after itself and jumps; ret pops it', () => {
    const cpu = cpuAt();
    exec(cpu, 'call_l', [], [0x2000], 0x2000);
    expect(cpu.regs[REG_SP]).toBe(STACK - 4);
    expect(cpu.read32(STACK - 4)).toBe(CODE + size('call_l'));
    cpu.regs[7] = 0x3000;
    exec(cpu, 'call_r', [7], [], 0x3000);
    expect(cpu.regs[REG_SP]).toBe(STACK - 8);
    expect(cpu.read32(STACK - 8)).toBe(0x2000 + size('call_r'));
    exec(cpu, 'ret', [], [], 0x2004);
    exec(cpu, 'ret', [], [], CODE + 8);
    expect(cpu.regs[REG_SP]).toBe(STACK);
  });

  it('push and pop move a word through [sp]', () => {
    const cpu = cpuAt();
    cpu.regs[1] = INT_MIN;
    exec(cpu, 'push', [1]);
    expect(cpu.regs[REG_SP]).toBe(STACK - 4);
    expect(cpu.read32(STACK - 4)).toBe(INT_MIN);
    exec(cpu, 'pop', [2]);
    expect(cpu.regs[2]).toBe(INT_MIN);
    expect(cpu.regs[REG_SP]).toBe(STACK);
  });

  it('push sp stores the old sp; pop sp loads sp from the stack', () => {
    const cpu = cpuAt();
    exec(cpu, 'push', [REG_SP]);
    expect(cpu.read32(STACK - 4)).toBe(STACK);
    cpu.write32(STACK - 4, 0x6000);
    exec(cpu, 'pop', [REG_SP]);
    expect(cpu.regs[REG_SP]).toBe(0x6000);
  });

  it('works with an unaligned stack pointer', () => {
    const cpu = cpuAt();
    cpu.regs[REG_SP] = STACK + 2;
    cpu.regs[1] = 0x0a0b0c0d;
    exec(cpu, 'push', [1]);
    expect([...cpu.mem.subarray(STACK - 2, STACK + 2)]).toEqual([0x0d, 0x0c, 0x0b, 0x0a]);
    exec(cpu, 'call_l', [], [0x2000], 0x2000);
    expect(cpu.read32(STACK - 6)).toBe(CODE + 4 + 8);
    exec(cpu, 'ret', [], [], CODE + 12);
    exec(cpu, 'pop', [3]);
    expect(cpu.regs[3]).toBe(0x0a0b0c0d);
    expect(cpu.regs[REG_SP]).toBe(STACK + 2);
  });

  it('reaches the very top and bottom of memory', () => {
    const cpu = cpuAt();
    cpu.regs[REG_SP] = MEM;
    cpu.regs[1] = 77;
    exec(cpu, 'push', [1]);
    expect(cpu.read32(MEM - 4)).toBe(77);
    exec(cpu, 'pop', [2]);
    expect(cpu.regs[REG_SP]).toBe(MEM);
    cpu.regs[REG_SP] = 4;
    exec(cpu, 'push', [1]);
    expect(cpu.regs[REG_SP]).toBe(0);
  });

  // [form, sp, fault address, kind]
  const STACK_FAULTS: [string, number, number, number][] = [
    ['push', 0, 0xfffffffc, FAULT_STORE],
    ['push', 2, 0xfffffffe, FAULT_STORE],
    ['push', MEM + 4, MEM, FAULT_STORE],
    ['push', MEM + 3, MEM - 1, FAULT_STORE],
    ['call_l', 0, 0xfffffffc, FAULT_STORE],
    ['call_r', 1, 0xfffffffd, FAULT_STORE],
    ['pushf', 0, 0xfffffffc, FAULT_STORE],
    ['pop', MEM, MEM, FAULT_LOAD],
    ['pop', MEM - 2, MEM - 2, FAULT_LOAD],
    ['pop', -4, 0xfffffffc, FAULT_LOAD],
    ['ret', MEM, MEM, FAULT_LOAD],
    ['ret', INT_MIN, 0x80000000, FAULT_LOAD],
    ['popf', MEM - 1, MEM - 1, FAULT_LOAD],
  ];
  it.each(STACK_FAULTS)('%s with sp = %i faults at %i, changing nothing', (name, sp, addr, kind) => {
    const cpu = cpuAt();
    cpu.regs[REG_SP] = sp;
    cpu.regs[1] = 0x2000;
    put(cpu, CODE, name, form(name).operands.filter(isRegOperand).map(() => 1), name === 'call_l' ? [0x2000] : []);
    expectExitUnchangedFault(cpu, addr, kind);
  });
});

function expectExitUnchangedFault(cpu: Cpu, addr: number, kind: number): void {
  expectExitUnchanged(cpu, EXIT_EXCEPTION);
  expect(cpu.vector).toBe(VEC_MEMORY);
  expect(cpu.faultAddr).toBe(addr);
  expect(cpu.faultKind).toBe(kind);
}

describe('into the kernel and the hypervisor', () => {
  it.each([
    ['syscall', VEC_SYSCALL],
    ['brk', VEC_BREAK],
  ] as const)('%s completes (1 instruction, its cycles), then traps with nextPc after it', (name, vector) => {
    const cpu = cpuAt();
    put(cpu, CODE, name);
    const before = snap(cpu);
    expect(step(cpu)).toBe(EXIT_EXCEPTION);
    expect(cpu.vector).toBe(vector);
    expect(cpu.pc).toBe(CODE);
    expect(cpu.nextPc).toBe(CODE + 4);
    expect(cpu.cycles - before.cycles).toBe(cost(name));
    expect(cpu.instret - before.instret).toBe(1);
    expect([...cpu.regs]).toEqual(before.regs);
  });

  it('hcall exits before it runs, with nextPc after its 8 bytes', () => {
    const cpu = cpuAt();
    put(cpu, CODE, 'hcall', [], [18]);
    expectExitUnchanged(cpu, EXIT_HCALL);
    expect(cpu.nextPc).toBe(CODE + size('hcall'));
  });
});

describe('pushf and popf: sensitive, not privileged', () => {
  const pushf = (flags: number, deprivileged: boolean): number => {
    const cpu = cpuAt();
    cpu.flags = flags;
    cpu.deprivileged = deprivileged;
    exec(cpu, 'pushf');
    expect(cpu.regs[REG_SP]).toBe(STACK - 4);
    return cpu.read32(STACK - 4);
  };

  it('pushf pushes the real FLAGS: with privilege, the flags; deprivileged, IE|U', () => {
    expect(pushf(FLAG_IE, false)).toBe(FLAG_IE);
    expect(pushf(0, false)).toBe(0);
    expect(pushf(FLAG_U, false)).toBe(FLAG_U);
    expect(pushf(0, true)).toBe(FLAG_IE | FLAG_U);
    expect(pushf(FLAG_IE, true)).toBe(FLAG_IE | FLAG_U);
  });

  const popf = (flags: number, word: number, deprivileged: boolean): { flags: number; exit: number } => {
    const cpu = cpuAt();
    cpu.flags = flags;
    cpu.deprivileged = deprivileged;
    cpu.write32(STACK, word);
    put(cpu, CODE, 'popf');
    const exit = step(cpu);
    expect(cpu.regs[REG_SP]).toBe(STACK + 4);
    expect(cpu.pc).toBe(CODE + 4);
    expect(cpu.instret).toBe(1);
    expect(cpu.cycles).toBe(cost('popf'));
    return { flags: cpu.flags, exit };
  };

  it('with privilege popf loads IE and U (other bits ignored); setting IE opens an interrupt window', () => {
    expect(popf(0, FLAG_IE | FLAG_U | 0xf0, false)).toEqual({ flags: FLAG_IE | FLAG_U, exit: EXIT_IRQ_WINDOW });
    expect(popf(0, FLAG_IE, false)).toEqual({ flags: FLAG_IE, exit: EXIT_IRQ_WINDOW });
    expect(popf(FLAG_IE, FLAG_IE, false)).toEqual({ flags: FLAG_IE, exit: EXIT_LIMIT });
    expect(popf(FLAG_IE, 0, false)).toEqual({ flags: 0, exit: EXIT_LIMIT });
    expect(popf(0, FLAG_U, false)).toEqual({ flags: FLAG_U, exit: EXIT_LIMIT });
  });

  it('without privilege (user mode, or a deprivileged kernel) popf silently keeps IE and U', () => {
    expect(popf(FLAG_U | FLAG_IE, 0, false)).toEqual({ flags: FLAG_U | FLAG_IE, exit: EXIT_LIMIT });
    expect(popf(FLAG_U, FLAG_IE, false)).toEqual({ flags: FLAG_U, exit: EXIT_LIMIT });
    expect(popf(0, FLAG_IE | FLAG_U, true)).toEqual({ flags: 0, exit: EXIT_LIMIT });
    expect(popf(FLAG_IE, 0, true)).toEqual({ flags: FLAG_IE, exit: EXIT_LIMIT });
  });
});

describe('privileged opcodes', () => {
  const operands = (name: string): { regs: number[]; words: number[] } => {
    const op = form(name);
    const regs: number[] = [];
    const words: number[] = [];
    for (const k of op.operands) {
      if (k === 'port') words.push(0x10);
      else if (k === 'cr') words.push(0);
      else regs.push(regs.length + 1);
    }
    return { regs, words };
  };

  it.each(PRIVILEGED)('%s in supervisor mode leaves the loop untouched for the hypervisor', (name) => {
    for (const deprivileged of [false, true])
      for (const flags of [0, FLAG_IE]) {
        const cpu = cpuAt();
        cpu.deprivileged = deprivileged;
        cpu.flags = flags;
        const { regs, words } = operands(name);
        put(cpu, CODE, name, regs, words);
        expectExitUnchanged(cpu, EXIT_PRIVILEGED);
      }
  });

  it.each(PRIVILEGED)('%s in user mode is a privilege violation (VEC_PRIV), nothing changed', (name) => {
    for (const deprivileged of [false, true]) {
      const cpu = cpuAt();
      cpu.deprivileged = deprivileged;
      cpu.flags = FLAG_U | FLAG_IE;
      const { regs, words } = operands(name);
      put(cpu, CODE, name, regs, words);
      expectExitUnchanged(cpu, EXIT_EXCEPTION);
      expect(cpu.vector).toBe(VEC_PRIV);
    }
  });
});

describe('illegal instructions', () => {
  it('zeroed memory is illegal', () => {
    const cpu = cpuAt(0x5000);
    expectExitUnchanged(cpu, EXIT_EXCEPTION);
    expect(cpu.vector).toBe(VEC_ILLEGAL);
  });

  it('every unassigned opcode byte is illegal', () => {
    const unassigned = [...Array(256).keys()].filter((c) => !OP_BY_CODE[c]);
    expect(unassigned.length).toBeGreaterThan(100);
    for (const code of unassigned) {
      const cpu = cpuAt();
      cpu.mem[CODE] = code;
      expectExitUnchanged(cpu, EXIT_EXCEPTION);
      expect(cpu.vector, `code 0x${code.toString(16)}`).toBe(VEC_ILLEGAL);
    }
  });

  // Head bytes [code, a, b, c] that name a real opcode but are not its canonical encoding.
  const NON_CANONICAL: [string, number[]][] = [
    ['nop with a register field', [0x01, 1, 0, 0]],
    ['nop with c set', [0x01, 0, 0, 0x80]],
    ['mov with an unused third field', [0x02, 1, 2, 3]],
    ['add with register 16', [0x10, 16, 1, 2]],
    ['add with register 255', [0x10, 1, 255, 2]],
    ['li into register 16 (the zero base is not writable)', [0x03, 16, 0, 0]],
    ['ld with base register 17', [0x30, 1, 17, 0]],
    ['ld into register 16', [0x30, 16, 1, 0]],
    ['st from register 16', [0x31, 16, 1, 0]],
    ['ret with a register field', [0x54, 3, 0, 0]],
    ['jmp label with a register field', [0x50, 1, 0, 0]],
    ['hcall with a register field', [0x60, 0, 1, 0]],
    ['cli with a register field', [0x74, 0, 0, 1]],
    ['out with register 16', [0x73, 16, 1, 0]],
    ['beq with register 16 as rt', [0x40, 1, 16, 0]],
  ];
  it.each(NON_CANONICAL)('%s is illegal', (_what, head) => {
    const cpu = cpuAt();
    cpu.mem.set(head, CODE);
    cpu.regs.fill(3, 0, 15);
    expectExitUnchanged(cpu, EXIT_EXCEPTION);
    expect(cpu.vector).toBe(VEC_ILLEGAL);
    // In user mode too: illegal comes before privilege.
    cpu.flags = FLAG_U;
    expectExitUnchanged(cpu, EXIT_EXCEPTION);
    expect(cpu.vector).toBe(VEC_ILLEGAL);
  });

  it('the zero base (16) is legal as a memory base', () => {
    const cpu = cpuAt();
    cpu.mem.set([0x30, 1, 16, 0, 0x00, 0x20, 0, 0], CODE); // ld r1, [0x2000]
    cpu.write32(0x2000, 99);
    expect(step(cpu)).toBe(EXIT_LIMIT);
    expect(cpu.regs[1]).toBe(99);
  });
});

describe('instruction fetch', () => {
  it.each([0x1001, 0x1002, 0x1003])('a misaligned pc (%i) is a fetch fault at that address', (pc) => {
    const cpu = cpuAt(pc);
    expectExitUnchangedFault(cpu, pc, FAULT_FETCH);
  });

  it.each([MEM, MEM + 4, 0x7ffffffc])('a pc past the end (%i) is a fetch fault', (pc) => {
    const cpu = cpuAt(pc);
    expectExitUnchangedFault(cpu, pc, FAULT_FETCH);
  });

  it('runs the last word of memory, then faults fetching past it', () => {
    const cpu = cpuAt(MEM - 4);
    exec(cpu, 'nop');
    expectExitUnchangedFault(cpu, MEM, FAULT_FETCH);
  });

  it('a jump to a wrapped-around address (0xfffffffc) faults there', () => {
    const cpu = cpuAt();
    exec(cpu, 'jmp_l', [], [0xfffffffc], -4);
    expectExitUnchangedFault(cpu, 0xfffffffc, FAULT_FETCH);
    expect(cpu.pc >>> 0).toBe(0xfffffffc);
  });

  it('a jump through a register to an odd address faults there', () => {
    const cpu = cpuAt();
    cpu.regs[2] = 0x2001;
    exec(cpu, 'jmp_r', [2], [], 0x2001);
    expectExitUnchangedFault(cpu, 0x2001, FAULT_FETCH);
  });

  it.each([
    ['li', MEM - 4],
    ['add_rri', MEM - 4],
    ['beq_ril', MEM - 4],
    ['beq_ril', MEM - 8],
  ])('%s at %i, its words past the end of memory, is a fetch fault (not illegal)', (name, at) => {
    const cpu = cpuAt(at);
    put(cpu, at, name, name === 'beq_ril' ? [1] : name === 'li' ? [1] : [1, 1], []);
    expectExitUnchangedFault(cpu, MEM, FAULT_FETCH);
    expect(at + sizeOf(form(name))).toBeGreaterThan(MEM);
  });
});

describe('run(limit)', () => {
  it('runs until the clock reaches the limit, stopping on an instruction boundary', () => {
    const cpu = cpuAt();
    let at = CODE;
    for (let i = 0; i < 20; i++) at = put(cpu, at, 'nop');
    expect(cpu.run(10)).toBe(EXIT_LIMIT);
    expect([cpu.cycles, cpu.instret, cpu.pc]).toEqual([10, 10, CODE + 40]);
    expect(cpu.run(10)).toBe(EXIT_LIMIT); // already there: runs nothing
    expect([cpu.cycles, cpu.instret]).toEqual([10, 10]);
  });

  it('lets a multi-cycle instruction overshoot the limit rather than split it', () => {
    const cpu = cpuAt();
    cpu.regs[2] = 1;
    put(cpu, CODE, 'nop');
    put(cpu, CODE + 4, 'div_rrr', [1, 2, 2]);
    put(cpu, CODE + 8, 'nop');
    expect(cpu.run(3)).toBe(EXIT_LIMIT);
    expect([cpu.cycles, cpu.instret, cpu.pc]).toEqual([1 + cost('div_rrr'), 2, CODE + 8]);
  });

  it('counts every form at its table cost over a long random straight-line run', () => {
    // Random non-faulting ALU, memory and branch instructions, with the expected clock summed
    // from the table as they are laid down.
    const r = rng(7);
    const cpu = cpuAt();
    cpu.regs[2] = 0x3000;
    let at = CODE;
    let want = 0;
    const names = [...ALU_MNEMONICS.flatMap((m) => [`${m}_rrr`, `${m}_rri`]), 'ld', 'st', 'ldb', 'stb', 'ldh', 'sth', 'nop', 'mov', 'li', 'push', 'pop'];
    for (let i = 0; i < 500; i++) {
      const name = names[r() % names.length]!;
      const op = form(name);
      const isMem = op.operands.includes('mem');
      // Registers r3..r9 as destinations; r2 stays the data pointer, r10 (= 1) the divisor.
      const regs = isMem ? [3 + (r() % 7), 2] : name === 'push' || name === 'pop' ? [3 + (r() % 7)] : op.operands.filter((k) => k === 'rd' || k === 'rs' || k === 'rt').map((k, j) => (j === 0 && k === 'rd' ? 3 + (r() % 7) : 10));
      const words = op.operands.filter((k) => k === 'imm' || k === 'mem').map(() => (isMem ? r() % 64 : 1));
      at = put(cpu, at, name, regs, words);
      want += op.cycles ?? 1;
    }
    cpu.regs[10] = 1;
    expect(cpu.run(1e9)).toBe(EXIT_EXCEPTION); // runs into zeroed memory
    expect(cpu.vector).toBe(VEC_ILLEGAL);
    expect([cpu.cycles, cpu.instret, cpu.pc]).toEqual([want, 500, at]);
  });
});
