// Arithmetic and logic, register and value forms, against a reference written with BigInt
// (so it shares no trick with the interpreter), plus the named corner cases spelled out.
import { describe, expect, it } from 'vitest';
import { VEC_DIVIDE } from '@pvm/isa/codes';
import { EXIT_EXCEPTION } from '../src/index.ts';
import { CODE, INT_MAX, INT_MIN, exec, newCpu, put, rng, snap, step } from './helpers.ts';
import { ALU, ALU_MNEMONICS } from './reference.ts';

const EDGES = [0, 1, -1, 2, -2, 3, 7, -7, 31, 32, 33, 63, 0xff, 0xffff, 0x10000, 0x12345678, INT_MAX, INT_MIN, INT_MIN + 1, -0x12345678, 0x55555555, -0x55555556];

/** Run `m rd, rs, rt` (register form) or `m rd, rs, b` (value form) once; the result or 'divide'. */
function run(m: string, a: number, b: number, imm: boolean): number | 'divide' {
  const cpu = newCpu(0x2000);
  cpu.pc = CODE;
  cpu.regs[2] = a;
  cpu.regs[3] = b;
  cpu.regs[1] = 0x0badf00d;
  const before = snap(cpu);
  put(cpu, CODE, imm ? `${m}_rri` : `${m}_rrr`, imm ? [1, 2] : [1, 2, 3], imm ? [b] : []);
  const exit = step(cpu);
  if (exit === EXIT_EXCEPTION) {
    expect(cpu.vector).toBe(VEC_DIVIDE);
    // A divide error changes nothing: registers, pc, clock and retired count are as before.
    expect(snap(cpu)).toEqual(before);
    return 'divide';
  }
  const after = [...cpu.regs];
  after[1] = before.regs[1]!;
  expect(after, 'only rd changes').toEqual(before.regs);
  return cpu.regs[1]!;
}

describe('ALU: every operation, both forms, against the reference', () => {
  for (const m of ALU_MNEMONICS) {
    it(`${m}: edge values, register and value forms agree with the reference`, () => {
      for (const a of EDGES)
        for (const b of EDGES) {
          const want = ALU[m]!(a, b);
          expect(run(m, a, b, false), `${m} ${a}, ${b} (register)`).toBe(want);
          expect(run(m, a, b, true), `${m} ${a}, ${b} (value)`).toBe(want);
        }
    });
  }

  it('random operands (seeded) agree with the reference', () => {
    const r = rng(0xa1);
    for (let i = 0; i < 400; i++) {
      const m = ALU_MNEMONICS[r() % ALU_MNEMONICS.length]!;
      const a = r() | 0;
      const b = i % 7 === 0 ? 0 : (r() | 0) >> (r() % 32);
      expect(run(m, a, b, (i & 1) === 1), `${m} ${a}, ${b}`).toBe(ALU[m]!(a, b));
    }
  });

  it('advances pc by the form size and charges the table cost', () => {
    for (const m of ALU_MNEMONICS)
      for (const f of ['rrr', 'rri']) {
        const cpu = newCpu();
        cpu.pc = CODE;
        cpu.regs[2] = 100;
        cpu.regs[3] = 7;
        exec(cpu, `${m}_${f}`, f === 'rrr' ? [1, 2, 3] : [1, 2], f === 'rrr' ? [] : [7]);
      }
  });
});

describe('ALU: the corner cases by name', () => {
  const one = (m: string, a: number, b: number): number | 'divide' => run(m, a, b, false);

  it('wraps add, sub and mul at 32 bits', () => {
    expect(one('add', INT_MAX, 1)).toBe(INT_MIN);
    expect(one('sub', INT_MIN, 1)).toBe(INT_MAX);
    expect(one('mul', 0x10000, 0x10000)).toBe(0);
    expect(one('mul', 0x12345678, 0x9abcdef)).toBe(Math.imul(0x12345678, 0x9abcdef));
    expect(one('mul', -3, 5)).toBe(-15);
  });

  it('divides signed toward zero, the remainder taking the sign of the dividend', () => {
    expect(one('div', 7, 2)).toBe(3);
    expect(one('div', -7, 2)).toBe(-3);
    expect(one('div', 7, -2)).toBe(-3);
    expect(one('div', -7, -2)).toBe(3);
    expect(one('rem', 7, 2)).toBe(1);
    expect(one('rem', -7, 2)).toBe(-1);
    expect(one('rem', 7, -2)).toBe(1);
    expect(one('rem', -7, -2)).toBe(-1);
  });

  it('INT_MIN / -1 wraps to INT_MIN and INT_MIN % -1 is 0 (no trap, as in RISC-V)', () => {
    expect(one('div', INT_MIN, -1)).toBe(INT_MIN);
    expect(one('rem', INT_MIN, -1)).toBe(0);
    expect(run('div', INT_MIN, -1, true)).toBe(INT_MIN);
    expect(run('rem', INT_MIN, -1, true)).toBe(0);
  });

  it('divides unsigned: -1 is 0xffffffff', () => {
    expect(one('divu', -1, 2)).toBe(0x7fffffff);
    expect(one('divu', -1, -1)).toBe(1);
    expect(one('divu', 7, -1)).toBe(0);
    expect(one('divu', INT_MIN, 3)).toBe(0x2aaaaaaa);
    expect(one('remu', -1, 10)).toBe(5); // 4294967295 % 10
    expect(one('remu', 7, -1)).toBe(7);
    expect(one('remu', INT_MIN, 7)).toBe(2147483648 % 7);
    expect(one('divu', 0xfffffffe | 0, 0xffffffff | 0)).toBe(0);
  });

  it('raises VEC_DIVIDE for each division form by zero, register and value', () => {
    for (const m of ['div', 'divu', 'rem', 'remu']) {
      expect(run(m, 5, 0, false)).toBe('divide');
      expect(run(m, 5, 0, true)).toBe('divide');
      expect(run(m, 0, 0, false)).toBe('divide');
      expect(run(m, INT_MIN, 0, true)).toBe('divide');
    }
  });

  it('masks shift counts to 5 bits', () => {
    expect(one('shl', 1, 31)).toBe(INT_MIN);
    expect(one('shl', 1, 32)).toBe(1);
    expect(one('shl', 1, 33)).toBe(2);
    expect(one('shl', 3, -1)).toBe(INT_MIN); // count 31
    expect(one('shr', -1, 28)).toBe(0xf);
    expect(one('shr', -1, 32)).toBe(-1);
    expect(one('shr', INT_MIN, 31)).toBe(1);
    expect(one('sar', INT_MIN, 31)).toBe(-1);
    expect(one('sar', INT_MIN, 4)).toBe(-0x8000000);
    expect(one('sar', 0x40000000, 30)).toBe(1);
    expect(one('sar', -16, 36)).toBe(-1);
    expect(run('shr', -1, 0x7fffffe1, true)).toBe(0x7fffffff); // count 1
  });

  it('bitwise operations are exact on all 32 bits', () => {
    expect(one('and', -1, 0x0f0f0f0f)).toBe(0x0f0f0f0f);
    expect(one('or', INT_MIN, 1)).toBe(INT_MIN + 1);
    expect(one('xor', -1, 0x12345678)).toBe(~0x12345678);
  });

  it('allows rd to be a source: add r1, r1, r1 doubles r1', () => {
    const cpu = newCpu();
    cpu.pc = CODE;
    cpu.regs[1] = 21;
    exec(cpu, 'add_rrr', [1, 1, 1]);
    expect(cpu.regs[1]).toBe(42);
    exec(cpu, 'sub_rri', [1, 1], [50]);
    expect(cpu.regs[1]).toBe(-8);
    exec(cpu, 'div_rrr', [1, 1, 1]);
    expect(cpu.regs[1]).toBe(1);
  });
});

describe('nop, mov, li', () => {
  it('nop changes only pc and the clock', () => {
    const cpu = newCpu();
    cpu.pc = CODE;
    cpu.regs.set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    const before = [...cpu.regs];
    exec(cpu, 'nop');
    expect([...cpu.regs]).toEqual(before);
  });

  it('mov copies a register, li loads all 32 bits of a value', () => {
    const cpu = newCpu();
    cpu.pc = CODE;
    cpu.regs[7] = INT_MIN;
    exec(cpu, 'mov', [3, 7]);
    expect(cpu.regs[3]).toBe(INT_MIN);
    exec(cpu, 'li', [4], [0xdeadbeef]);
    expect(cpu.regs[4]).toBe(0xdeadbeef | 0);
    exec(cpu, 'li', [15], [-1]);
    expect(cpu.regs[15]).toBe(-1);
  });
});
