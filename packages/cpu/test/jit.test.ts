// The compiling tier against the interpreter, call by call: the same random self-modifying
// programs on two CPUs, one per engine, run under the same sequence of small random budgets
// (as timer deadlines, step limits and the debugger's pauses cut a run). After every call the
// exit, the registers, pc, FLAGS, cycles, instructions and the TLB counts must agree, and at the
// end every byte of memory: the budget lands on the same instruction, whatever is compiled.
import { describe, expect, it } from 'vitest';
import { OPS, REG_SP, ZERO_REG } from '@pvm/isa';
import { Cpu, EXIT_EXCEPTION, EXIT_LIMIT } from '../src/index.ts';
import { CODE, put, randomCode, rng } from './helpers.ts';

const MEMORY = 0x2000;
const CODE_WORDS = 96;
const FORMS = OPS.filter((op) => !op.privileged && !op.sensitive && !['hcall', 'syscall', 'brk'].includes(op.mnemonic));

function differs(a: Cpu, b: Cpu, ea: number, eb: number): string | null {
  if (ea !== eb) return `exit ${ea} vs ${eb}`;
  for (let i = 0; i < a.regs.length; i++) if (a.regs[i] !== b.regs[i]) return `r${i}: ${a.regs[i]} vs ${b.regs[i]}`;
  for (const k of ['pc', 'flags', 'cycles', 'instret', 'tlbMisses', 'walkRefs'] as const) if (a[k] !== b[k]) return `${k}: ${a[k]} vs ${b[k]}`;
  if (ea === EXIT_EXCEPTION && (a.vector !== b.vector || a.faultAddr !== b.faultAddr)) return `exception ${a.vector}@${a.faultAddr} vs ${b.vector}@${b.faultAddr}`;
  return null;
}

/** A CPU of the given engine that compiles on first sight and runs compiled code up to the limit. */
function cpuOf(engine: 'interp' | 'jit'): Cpu {
  const cpu = new Cpu({ memory: MEMORY, engine });
  if (cpu.jit) cpu.jit.hot = cpu.jit.near = 1;
  return cpu;
}

describe('the jit and the interpreter, call by call', () => {
  it('agree after every call of 150 random self-modifying programs under random budgets', () => {
    const r = rng(0x1715);
    let compiled = 0;
    let rewritten = 0;
    for (let p = 0; p < 150; p++) {
      const { bytes, words } = randomCode(r, CODE_WORDS, FORMS);
      const cpus = [cpuOf('interp'), cpuOf('jit')] as const;
      const regs = Array.from({ length: 8 }, (_, i) => (i === 0 ? 0 : i < 4 ? CODE + 4 * (r() % CODE_WORDS) : words[r() % words.length]!));
      for (const c of cpus) {
        c.mem.set(bytes, CODE);
        c.regs.set(regs);
        c.regs[REG_SP] = CODE + 4 * CODE_WORDS + 8;
        c.pc = CODE;
      }
      const [interp, jit] = cpus;
      for (let call = 0; call < 60; call++) {
        // Mostly budgets of a few blocks, at times one cycle, at times long.
        const budget = r() % 8 === 0 ? 1 : r() % 8 === 0 ? 5000 : 1 + (r() % 60);
        const e1 = interp.run(interp.cycles + budget);
        const e2 = jit.run(jit.cycles + budget);
        const d = differs(interp, jit, e1, e2);
        if (d) expect.fail(`program ${p}, call ${call}: ${d}`);
        if (e1 !== EXIT_LIMIT) interp.pc = jit.pc = CODE + 4 * (r() % CODE_WORDS);
      }
      for (let i = 0; i < MEMORY; i++) if (interp.mem[i] !== jit.mem[i]) expect.fail(`program ${p}: memory differs at ${i}`);
      compiled += jit.jit!.compiledRegions;
      if (jit.mem.subarray(CODE, CODE + bytes.length).some((b, i) => b !== bytes[i])) rewritten++;
    }
    expect(compiled).toBeGreaterThan(400);
    expect(rewritten).toBeGreaterThan(50);
  }, 120_000); // each program compiles its regions afresh: seconds, not a measure of anything

  it('a store into the block being run takes effect on its next instruction', () => {
    // st r1, [next + 4]; li r2, 0 — the store rewrites the li's value in the running block.
    for (const engine of ['interp', 'jit'] as const) {
      const cpu = cpuOf(engine);
      cpu.regs[REG_SP] = MEMORY;
      cpu.regs[1] = 77;
      let at = CODE;
      const li = CODE + 8;
      at = put(cpu, at, 'st', [1, ZERO_REG], [li + 4]);
      at = put(cpu, at, 'li', [2], [5]);
      put(cpu, at, 'jmp_l', [], [CODE]);
      cpu.pc = CODE;
      cpu.run(cpu.cycles + 10 * 4);
      expect(cpu.regs[2], engine).toBe(77);
    }
  });
});
