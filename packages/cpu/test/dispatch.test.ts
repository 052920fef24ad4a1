// The interpreter's two speed devices must not show: its literal case labels name the right
// opcodes, and charging a whole straight-line run at once runs exactly the instructions, with
// exactly the cycles, that a loop checking the budget before every instruction would.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPS, OP_BY_CODE, REG_SP, ZERO_REG, encode, formName, isRegOperand, type OpSpec } from '@pvm/isa';
import { OP_BRK, OP_SYSCALL, VEC_BREAK, VEC_SYSCALL } from '@pvm/isa/codes';
import * as codes from '@pvm/isa/codes';
import { Cpu, EXIT_EXCEPTION, EXIT_IRQ_WINDOW, EXIT_LIMIT } from '../src/index.ts';
import { CODE, rng, step } from './helpers.ts';

describe('case labels', () => {
  const source = readFileSync(new URL('../src/cpu.ts', import.meta.url), 'utf8');
  const labels = [...source.matchAll(/case (0x[0-9a-f]+) \/\* (\w+) \*\//g)].map((m) => ({ value: Number(m[1]), name: m[2]! }));

  it('every literal is the code of the opcode its comment names', () => {
    const table = codes as unknown as Record<string, number>;
    for (const { value, name } of labels) {
      if (!name.startsWith('OP_')) continue; // the interpreter's own markers (END, STOP)
      expect(table[name], `case 0x${value.toString(16)} /* ${name} */`).toBe(value);
    }
  });

  it('every opcode of the table has its case', () => {
    const named = new Set(labels.map((l) => l.name));
    for (const op of OPS) expect(named.has(`OP_${formName(op).toUpperCase()}`), formName(op)).toBe(true);
  });

  it('no case compares against a name instead of a literal', () => {
    expect(source.match(/case [A-Za-z_]/g)).toBeNull();
  });
});

describe('the cycle budget, charged per run', () => {
  // Random programs of every form (privileged ones and hcall included, whose exits the test
  // plays the kernel for), with costs of 1, 2, 3 and 12, stores into the code and faults.
  const MEMORY = 0x2000;
  const CODE_WORDS = 96;
  const forms: OpSpec[] = [...OPS];

  function randomProgram(r: () => number): Uint8Array {
    const bytes = new Uint8Array(CODE_WORDS * 4 + 16);
    let at = 0;
    while (at < CODE_WORDS * 4) {
      // Mostly straight-line code, so that runs are long enough to be cut by the budget.
      let op = forms[r() % forms.length]!;
      if ((op.branch || op.privileged) && r() % 3 !== 0) op = forms[r() % 30]!;
      const regs = op.operands.filter((k) => isRegOperand(k) || k === 'mem').map((k) => (k === 'mem' && r() % 4 === 0 ? ZERO_REG : r() % 8));
      const words = op.operands
        .filter((k) => !isRegOperand(k))
        .map((k) => (k === 'label' ? CODE + 4 * (r() % CODE_WORDS) : k === 'mem' ? (r() % 4 === 0 ? CODE + (r() % 400) : r() % 5 === 0 ? 0x7ffffff0 : r() % 300) : r() % 5 === 0 ? 0 : r() % 64));
      at += encode({ op, regs, words }, bytes, at);
    }
    return bytes;
  }

  /**
   * Run `cpu` one instruction at a time until it exits or its cycles reach `limit`, checking
   * each step against the table: a retired instruction counts once and costs its cycles,
   * one that exits without retiring costs nothing.
   */
  function stepTo(cpu: Cpu, limit: number): number {
    while (cpu.cycles < limit) {
      const [cycles, instret, code] = [cpu.cycles, cpu.instret, cpu.mem[cpu.pc] ?? 0];
      const e = step(cpu);
      const retired =
        e === EXIT_LIMIT || e === EXIT_IRQ_WINDOW || (e === EXIT_EXCEPTION && ((code === OP_SYSCALL && cpu.vector === VEC_SYSCALL) || (code === OP_BRK && cpu.vector === VEC_BREAK)));
      const want = retired ? [cycles + (OP_BY_CODE[code]?.cycles ?? 1), instret + 1] : [cycles, instret];
      if (cpu.cycles !== want[0] || cpu.instret !== want[1]) expect.fail(`0x${code.toString(16)} (exit ${e}): cycles, instret ${cpu.cycles}, ${cpu.instret}; want ${want}`);
      if (e !== EXIT_LIMIT) return e;
    }
    return EXIT_LIMIT;
  }

  function state(c: Cpu): string {
    return JSON.stringify([c.pc, c.cycles, c.instret, c.flags, c.vector, c.faultAddr, c.faultKind, c.nextPc, [...c.regs]]);
  }

  it('agrees with one-at-a-time stepping, checked against the table, on 300 random programs', () => {
    const r = rng(0xb1d6e7);
    let cutShort = 0;
    for (let p = 0; p < 300; p++) {
      const bytes = randomProgram(r);
      const cpus = [new Cpu({ memory: MEMORY }), new Cpu({ memory: MEMORY })] as const;
      const regs = Array.from({ length: 8 }, (_, i) => (i === 0 ? 0 : i < 4 ? CODE + 4 * (r() % CODE_WORDS) : r() % 100));
      for (const c of cpus) {
        c.mem.set(bytes, CODE);
        c.regs.set(regs);
        c.regs[REG_SP] = CODE + 4 * CODE_WORDS + 64;
        c.pc = CODE;
        c.deprivileged = p % 3 === 0;
      }
      const [whole, single] = cpus;
      for (let s = 0; s < 40; s++) {
        const limit = whole.cycles + 1 + (r() % (s % 2 ? 7 : 200));
        const e1 = whole.run(limit);
        const e2 = stepTo(single, limit);
        if (e1 !== e2 || state(whole) !== state(single)) expect.fail(`program ${p}, run ${s} to ${limit}: exit ${e1} vs ${e2}\n${state(whole)}\n${state(single)}`);
        if (e1 === EXIT_LIMIT && whole.cycles > limit) cutShort++;
        if (e1 !== EXIT_LIMIT) {
          // Play the kernel: carry on somewhere else, the same in both.
          const to = CODE + 4 * (r() % CODE_WORDS);
          whole.pc = single.pc = to;
          if (e1 === EXIT_EXCEPTION) whole.flags = single.flags = 0;
        }
      }
      for (let i = 0; i < MEMORY; i++) if (whole.mem[i] !== single.mem[i]) expect.fail(`program ${p}: memory differs at ${i}`);
    }
    // Multi-cycle instructions did overshoot a limit (as they do stepping), so costs were exercised.
    expect(cutShort).toBeGreaterThan(0);
  });

  it('a long run that does not fit goes one instruction at a time to the exact limit', () => {
    const cpu = new Cpu({ memory: MEMORY });
    let at = CODE;
    for (let i = 0; i < 50; i++) at += encode({ op: OPS.find((o) => formName(o) === 'add_rri')!, regs: [1, 1], words: [1] }, cpu.mem, at);
    cpu.pc = CODE;
    expect(cpu.run(17)).toBe(EXIT_LIMIT);
    expect([cpu.cycles, cpu.instret, cpu.regs[1], cpu.pc]).toEqual([17, 17, 17, CODE + 17 * 8]);
    expect(cpu.run(60)).toBe(EXIT_EXCEPTION); // into zeroed memory after the 50 adds
    expect([cpu.cycles, cpu.instret, cpu.regs[1], cpu.pc]).toEqual([50, 50, 50, CODE + 50 * 8]);
  });
});
