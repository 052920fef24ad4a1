// Pre-decoded code must never go stale: every way the guest (or the host) can write memory
// that holds an already decoded instruction has to make the next execution see the new bytes.
import { describe, expect, it } from 'vitest';
import { OPS, REG_SP, ZERO_REG, type OpSpec } from '@pvm/isa';
import { FLAG_IE, VEC_ILLEGAL } from '@pvm/isa/codes';
import { Cpu, EXIT_EXCEPTION, EXIT_LIMIT } from '../src/index.ts';
import { CODE, newCpu, put, randomCode, rng, step } from './helpers.ts';

const T = CODE; // the instruction that gets rewritten

/**
 * Lays out   T: li r1, 111 / mov r3, r2 / mov r2, r1 / <modifier> / add r7, r7, 1 /
 * blt r7, 2, T   and runs it in ONE run() call, so the second pass can only see the rewrite
 * through the CPU's own invalidation. Afterwards r3 holds what the first pass loaded into r1
 * and r2 what the second pass loaded.
 */
function twoPasses(modifier: (cpu: Cpu, at: number) => number, setup: (cpu: Cpu) => void = () => {}): Cpu {
  const cpu = newCpu();
  cpu.pc = T;
  let at = put(cpu, T, 'li', [1], [111]);
  at = put(cpu, at, 'mov', [3, 2]);
  at = put(cpu, at, 'mov', [2, 1]);
  at = modifier(cpu, at);
  at = put(cpu, at, 'add_rri', [7, 7], [1]);
  at = put(cpu, at, 'blt_ril', [7], [2, T]);
  setup(cpu);
  expect(cpu.run(10_000)).toBe(EXIT_EXCEPTION); // runs into zeroed memory after the loop
  expect(cpu.vector).toBe(VEC_ILLEGAL);
  expect(cpu.pc).toBe(at);
  expect(cpu.regs[7]).toBe(2);
  expect(cpu.regs[3]).toBe(111);
  return cpu;
}

describe('self-modifying code within one run', () => {
  it('st of the immediate word', () => {
    const cpu = twoPasses((c, at) => put(c, at, 'st', [5, ZERO_REG], [T + 4]), (c) => (c.regs[5] = 222));
    expect(cpu.regs[2]).toBe(222);
  });

  it('st of the head word: li r1 becomes li r4', () => {
    const cpu = twoPasses((c, at) => put(c, at, 'st', [5, ZERO_REG], [T]), (c) => (c.regs[5] = 0x00000403));
    expect(cpu.regs[4]).toBe(111);
    expect(cpu.regs[2]).toBe(111); // r1 kept the first pass's value
  });

  it('st unaligned across the head and the immediate', () => {
    const cpu = twoPasses((c, at) => put(c, at, 'st', [5, ZERO_REG], [T + 2]), (c) => (c.regs[5] = 222 << 16));
    expect(cpu.regs[2]).toBe(222);
  });

  it('stb into the immediate', () => {
    const cpu = twoPasses((c, at) => put(c, at, 'stb', [5, ZERO_REG], [T + 5]), (c) => (c.regs[5] = 1));
    expect(cpu.regs[2]).toBe(111 + 256);
  });

  it('sth into the immediate, and unaligned across the two words', () => {
    expect(twoPasses((c, at) => put(c, at, 'sth', [5, ZERO_REG], [T + 4]), (c) => (c.regs[5] = 0x1222)).regs[2]).toBe(0x1222);
    // Bytes T+3 (head, stays 0) and T+4 (low byte of the value).
    expect(twoPasses((c, at) => put(c, at, 'sth', [5, ZERO_REG], [T + 3]), (c) => (c.regs[5] = 0x4400)).regs[2]).toBe(0x44);
  });

  it('push onto the code', () => {
    const cpu = twoPasses((c, at) => put(c, put(c, at, 'li', [REG_SP], [T + 8]), 'push', [5]), (c) => (c.regs[5] = 333));
    expect(cpu.regs[2]).toBe(333);
  });

  it('push with an unaligned sp onto the code', () => {
    const cpu = twoPasses((c, at) => put(c, put(c, at, 'li', [REG_SP], [T + 6]), 'push', [5]), (c) => (c.regs[5] = 444 << 16));
    expect(cpu.regs[2]).toBe(444);
  });

  it('call pushing its return address onto the code', () => {
    let ret = 0;
    const cpu = twoPasses((c, at) => {
      const callAt = put(c, at, 'li', [REG_SP], [T + 8]);
      ret = callAt + 8;
      return put(c, callAt, 'call_l', [], [ret]);
    });
    expect(cpu.regs[2]).toBe(ret);
  });

  it('pushf onto the code', () => {
    const cpu = twoPasses(
      (c, at) => put(c, put(c, at, 'li', [REG_SP], [T + 8]), 'pushf'),
      (c) => (c.flags = FLAG_IE),
    );
    expect(cpu.regs[2]).toBe(FLAG_IE);
  });

  it('a store into the third word of a 12-byte branch redirects it', () => {
    // T: beq r0, 0, A (always taken). The loop rewrites its target to B.
    const cpu = newCpu();
    cpu.pc = T;
    const A = 0x1100;
    const B = 0x1200;
    put(cpu, T, 'beq_ril', [0], [0, A]);
    // A: add r8, r8, 1 / st r5, [T + 8] / jmp T        B: li r9, 99 (then zeroed memory)
    put(cpu, put(cpu, put(cpu, A, 'add_rri', [8, 8], [1]), 'st', [5, ZERO_REG], [T + 8]), 'jmp_l', [], [T]);
    put(cpu, B, 'li', [9], [99]);
    cpu.regs[5] = B;
    expect(cpu.run(10_000)).toBe(EXIT_EXCEPTION);
    expect([cpu.regs[8], cpu.regs[9], cpu.pc]).toEqual([1, 99, B + 8]);
  });

  it('a store that rewrites its own offset word takes effect on its next execution', () => {
    // S: st r5, [S + 4]  rewrites its own offset to 0x3000; the second pass stores there.
    const cpu = newCpu();
    cpu.pc = T;
    let at = put(cpu, T, 'st', [5, ZERO_REG], [T + 4]);
    at = put(cpu, at, 'add_rri', [7, 7], [1]);
    at = put(cpu, at, 'blt_ril', [7], [2, T]);
    cpu.regs[5] = 0x3000;
    expect(cpu.run(10_000)).toBe(EXIT_EXCEPTION);
    expect(cpu.read32(T + 4)).toBe(0x3000);
    expect(cpu.read32(0x3000)).toBe(0x3000);
  });

  it('a store into the next instruction, straight-line, is seen at once', () => {
    const cpu = newCpu();
    cpu.pc = T;
    const next = put(cpu, T, 'st', [5, ZERO_REG], [T + 12]);
    put(cpu, next, 'li', [1], [111]);
    cpu.regs[5] = -5;
    cpu.run(10_000);
    expect(cpu.regs[1]).toBe(-5);
  });
});

describe('writes from the host', () => {
  it('write32 (used to push exception frames) invalidates decoded code', () => {
    const cpu = newCpu();
    cpu.pc = T;
    put(cpu, T, 'li', [1], [111]);
    expect(step(cpu)).toBe(EXIT_LIMIT);
    cpu.write32(T + 4, 222);
    cpu.pc = T;
    step(cpu);
    expect(cpu.regs[1]).toBe(222);
  });

  it('invalidate(addr) after a direct byte write, flushDecoded after a bulk one', () => {
    const cpu = newCpu();
    cpu.pc = T;
    put(cpu, T, 'li', [1], [111]);
    step(cpu);
    cpu.mem[T + 4] = 5;
    cpu.invalidate(T + 4);
    cpu.pc = T;
    step(cpu);
    expect(cpu.regs[1]).toBe(5);
    cpu.mem.set([0x03, 0x02, 0, 0, 7, 0, 0, 0], T); // li r2, 7
    cpu.flushDecoded();
    cpu.pc = T;
    step(cpu);
    expect(cpu.regs[2]).toBe(7);
  });
});

describe('random self-modifying programs: the cache never changes the result', () => {
  // Two CPUs run the same random program step by step; the second forgets every decoded
  // instruction before each step, so it always executes the bytes in memory. They must agree.
  const MEMORY = 0x2000;
  const CODE_WORDS = 64; // code lives in [CODE, CODE + 256)
  const safeForms: OpSpec[] = OPS.filter((op) => !op.privileged && !op.sensitive && !['hcall', 'syscall', 'brk'].includes(op.mnemonic));

  const randomProgram = (r: () => number): { bytes: Uint8Array; words: number[] } => randomCode(r, CODE_WORDS, safeForms);

  /** Where two CPUs differ after a step, or null: the check runs 60,000 times, so no expect(). */
  function differs(a: Cpu, b: Cpu, ea: number, eb: number): string | null {
    if (ea !== eb) return `exit ${ea} vs ${eb}`;
    for (let i = 0; i < a.regs.length; i++) if (a.regs[i] !== b.regs[i]) return `r${i}: ${a.regs[i]} vs ${b.regs[i]}`;
    for (const k of ['pc', 'flags', 'cycles', 'instret'] as const) if (a[k] !== b[k]) return `${k}: ${a[k]} vs ${b[k]}`;
    if (ea === EXIT_EXCEPTION && (a.vector !== b.vector || a.faultAddr !== b.faultAddr)) return `exception ${a.vector}@${a.faultAddr} vs ${b.vector}@${b.faultAddr}`;
    return null;
  }

  it('agrees on every step of 500 seeded programs of 300 steps', () => {
    const r = rng(0x5e1f);
    let rewritten = 0;
    let exits = 0;
    for (let p = 0; p < 500; p++) {
      const { bytes, words } = randomProgram(r);
      const cpus = [new Cpu({ memory: MEMORY }), new Cpu({ memory: MEMORY })] as const;
      // Registers point into the code (so stores rewrite it) and hold instruction words.
      const regs = Array.from({ length: 8 }, (_, i) => (i === 0 ? 0 : i < 4 ? CODE + 4 * (r() % CODE_WORDS) : words[r() % words.length]!));
      for (const c of cpus) {
        c.mem.set(bytes, CODE);
        c.regs.set(regs);
        c.regs[REG_SP] = CODE + 4 * CODE_WORDS + 8;
        c.pc = CODE;
      }
      const [cached, fresh] = cpus;
      for (let s = 0; s < 300; s++) {
        const e1 = step(cached);
        fresh.flushDecoded();
        const e2 = step(fresh);
        const d = differs(cached, fresh, e1, e2);
        if (d) expect.fail(`program ${p}, step ${s}: ${d}`);
        if (e1 !== EXIT_LIMIT) {
          // Play the kernel: carry on somewhere else in the code, the same in both.
          exits++;
          cached.pc = fresh.pc = CODE + 4 * (r() % CODE_WORDS);
        }
      }
      for (let i = 0; i < MEMORY; i++) if (cached.mem[i] !== fresh.mem[i]) expect.fail(`program ${p}: memory differs at ${i}`);
      if (cached.mem.subarray(CODE, CODE + bytes.length).some((b, i) => b !== bytes[i])) rewritten++;
    }
    // Most programs really did rewrite their own code, and ran far past their first exit.
    expect(rewritten).toBeGreaterThan(250);
    expect(exits).toBeLessThan(500 * 300 * 0.5);
  });
});

describe('host writes into guest memory (rings, DMA, loaders, the debugger)', () => {
  /** Straight-line code of small instructions that leave a trace in r1..r6, then an hcall. */
  function program(r: () => number, cpu: Cpu, words: number): void {
    let at = CODE;
    while (at < CODE + words * 4 - 16) {
      const k = r() % 3;
      at = k === 0 ? put(cpu, at, 'add_rri', [1 + (r() % 6), 1 + (r() % 6)], [r() % 1000]) : k === 1 ? put(cpu, at, 'xor_rrr', [1 + (r() % 6), 1 + (r() % 6), 1 + (r() % 6)]) : put(cpu, at, 'nop');
    }
    put(cpu, at, 'hcall', [], [0]);
  }

  it('writeBytes forgets the decoded copy of every byte it covers, at any alignment and length', () => {
    const r = rng(0xd1a);
    for (let trial = 0; trial < 400; trial++) {
      const cpu = newCpu();
      program(r, cpu, 64);
      cpu.pc = CODE;
      cpu.run(1_000_000); // decodes everything
      // Rewrite a stretch with other valid code, from any byte offset, of any length.
      const donor = newCpu();
      program(r, donor, 64);
      const from = CODE + (r() % 200);
      const len = 1 + (r() % 40);
      cpu.writeBytes(from, donor.mem.slice(from, from + len));
      // The same bytes in a CPU that never decoded anything: the ground truth.
      const fresh = newCpu();
      fresh.mem.set(cpu.mem);
      for (const c of [cpu, fresh]) {
        c.regs.fill(0);
        c.regs[REG_SP] = 0x8000;
        c.pc = CODE;
        c.cycles = 0;
        c.instret = 0;
      }
      const exitA = cpu.run(1_000_000);
      const exitB = fresh.run(1_000_000);
      expect({ exit: exitA, pc: cpu.pc, regs: [...cpu.regs], instret: cpu.instret, vector: cpu.vector }, `trial ${trial}: ${len} bytes at ${from}`).toEqual({
        exit: exitB, pc: fresh.pc, regs: [...fresh.regs], instret: fresh.instret, vector: fresh.vector,
      });
    }
  });
});
