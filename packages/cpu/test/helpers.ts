// Shared by the CPU tests: place single encoded instructions in guest memory and run exactly
// one of them, with the expectations read from the opcode table rather than retyped.
import { expect } from 'vitest';
import { OPS, REG_SP, ZERO_REG, encode, formName, isRegOperand, sizeOf, type OpSpec } from '@pvm/isa';
import { Cpu, EXIT_LIMIT } from '../src/index.ts';
import { rng as seeded } from '@pvm/testkit';

/** Guest memory of the CPU tests: 64 KiB, code at 0x1000. */
export const MEM = 0x10000;
export const CODE = 0x1000;
export const INT_MIN = -0x80000000;
export const INT_MAX = 0x7fffffff;

/** Every form by its unique name: add_rrr, add_rri, jmp_l, in_rp, ld, ... */
export const FORM: ReadonlyMap<string, OpSpec> = new Map(OPS.map((op) => [formName(op), op]));

export function form(name: string): OpSpec {
  const op = FORM.get(name);
  if (!op) throw new Error(`no form ${name} in the opcode table`);
  return op;
}

export const size = (name: string): number => sizeOf(form(name));
export const cost = (name: string): number => form(name).cycles ?? 1;

/** A CPU with the stack at the top of memory, as the loader leaves it. */
export function newCpu(memory = MEM): Cpu {
  const cpu = new Cpu({ memory });
  cpu.regs[REG_SP] = memory;
  return cpu;
}

/** Encode one instruction of form `name` at `at`; returns the address after it. */
export function put(cpu: Cpu, at: number, name: string, regs: readonly number[] = [], words: readonly number[] = []): number {
  return at + encode({ op: form(name), regs, words: words.map((w) => w >>> 0) }, cpu.mem, at);
}

/** Run exactly one instruction (or stop at its exit); returns the exit code. */
export const step = (cpu: Cpu): number => cpu.run(cpu.cycles + 1);

/** Everything a single instruction may change, for before/after comparisons. */
export interface Snapshot {
  regs: number[];
  pc: number;
  flags: number;
  cycles: number;
  instret: number;
}

export const snap = (cpu: Cpu): Snapshot => ({ regs: [...cpu.regs], pc: cpu.pc, flags: cpu.flags, cycles: cpu.cycles, instret: cpu.instret });

/**
 * Put one instruction at CODE, run it, and check it completed normally: pc advanced by its
 * size (unless `branch` says where it went), cycles by its table cost, one instruction retired.
 */
export function exec(cpu: Cpu, name: string, regs: readonly number[] = [], words: readonly number[] = [], nextPc?: number): void {
  const at = cpu.pc;
  put(cpu, at, name, regs, words);
  cpu.flushDecoded(); // the host rewrote code behind the CPU's back
  const before = snap(cpu);
  const exit = step(cpu);
  expect(exit, `${name}: exit code`).toBe(EXIT_LIMIT);
  expect(cpu.pc, `${name}: next pc`).toBe(nextPc ?? at + size(name));
  expect(cpu.cycles - before.cycles, `${name}: cycles`).toBe(cost(name));
  expect(cpu.instret - before.instret, `${name}: instructions retired`).toBe(1);
}

/** The one seeded generator, as a function giving 32-bit values: the same seed, the same cases. */
export const rng = (seed: number): (() => number) => seeded(seed).u32;

/** The first index where two byte arrays differ, or -1 (fast where toEqual on 64 KiB is not). */
export function diffAt(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

/**
 * A random program of `codeWords` words at CODE from `forms`: branch targets and many memory
 * operands inside the code itself (so stores rewrite it). Returns its bytes and its head words.
 */
export function randomCode(r: () => number, codeWords: number, forms: readonly OpSpec[]): { bytes: Uint8Array; words: number[] } {
  const bytes = new Uint8Array(codeWords * 4 + 16);
  const heads: number[] = [];
  let at = 0;
  while (at < codeWords * 4) {
    const op = forms[r() % forms.length]!;
    const regs = op.operands.filter((k) => isRegOperand(k) || k === 'mem').map((k) => (k === 'mem' && r() % 4 === 0 ? ZERO_REG : r() % 8));
    const words = op.operands
      .filter((k) => !isRegOperand(k))
      .map((k) => (k === 'label' ? CODE + 4 * (r() % codeWords) : k === 'mem' ? (r() % 3 === 0 ? CODE + (r() % (codeWords * 4 + 4)) : r() % 300) : r() % 5 === 0 ? 0 : r() % 64));
    const size = encode({ op, regs, words }, bytes, at);
    heads.push(bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24));
    at += size;
  }
  return { bytes: bytes.subarray(0, codeWords * 4), words: heads };
}
