// Loads and stores: widths, little-endian order, zero extension, unaligned access, addressing
// modes, and every way an access can leave guest memory (reported as VEC_MEMORY, nothing changed).
import { describe, expect, it } from 'vitest';
import { ZERO_REG } from '@pvm/isa';
import { VEC_MEMORY } from '@pvm/isa/codes';
import { Cpu, EXIT_EXCEPTION, FAULT_LOAD, FAULT_STORE } from '../src/index.ts';
import { CODE, INT_MIN, MEM, diffAt, exec, newCpu, put, snap, step } from './helpers.ts';

const DATA = 0x3000;

function cpuAt(): Cpu {
  const cpu = newCpu();
  cpu.pc = CODE;
  return cpu;
}

const bytes = (cpu: Cpu, at: number, n: number): number[] => [...cpu.mem.subarray(at, at + n)];

describe('32-bit words', () => {
  it('st writes little-endian and ld reads it back', () => {
    const cpu = cpuAt();
    cpu.regs[1] = 0x11223344;
    cpu.regs[2] = DATA;
    exec(cpu, 'st', [1, 2], [0]);
    expect(bytes(cpu, DATA, 4)).toEqual([0x44, 0x33, 0x22, 0x11]);
    exec(cpu, 'ld', [3, 2], [0]);
    expect(cpu.regs[3]).toBe(0x11223344);
  });

  it('reads the sign bit as part of the word (no extension needed)', () => {
    const cpu = cpuAt();
    cpu.mem.set([0x00, 0x00, 0x00, 0x80], DATA);
    exec(cpu, 'ld', [3, ZERO_REG], [DATA]);
    expect(cpu.regs[3]).toBe(INT_MIN);
  });

  it('addresses base + offset, negative offsets, and absolute [expr] through the zero base', () => {
    const cpu = cpuAt();
    cpu.mem.set([1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0], DATA);
    cpu.regs[2] = DATA + 4;
    exec(cpu, 'ld', [3, 2], [4]);
    expect(cpu.regs[3]).toBe(3);
    exec(cpu, 'ld', [3, 2], [-4]);
    expect(cpu.regs[3]).toBe(1);
    exec(cpu, 'ld', [3, ZERO_REG], [DATA + 4]);
    expect(cpu.regs[3]).toBe(2);
    expect(cpu.regs[ZERO_REG]).toBe(0);
  });

  it('computes addresses modulo 2^32: a wrapped sum that lands in memory is a normal access', () => {
    const cpu = cpuAt();
    cpu.mem.set([0xaa, 0xbb, 0xcc, 0xdd], 0x10);
    cpu.regs[2] = -16;
    exec(cpu, 'ld', [3, 2], [0x20]);
    expect(cpu.regs[3]).toBe(0xddccbbaa | 0);
  });

  it('handles unaligned words at every offset, leaving the neighbours alone', () => {
    for (const off of [1, 2, 3]) {
      const cpu = cpuAt();
      cpu.mem.fill(0xee, DATA, DATA + 12);
      cpu.regs[1] = 0x04030201;
      exec(cpu, 'st', [1, ZERO_REG], [DATA + off]);
      const want = Array(12).fill(0xee);
      want.splice(off, 4, 1, 2, 3, 4);
      expect(bytes(cpu, DATA, 12), `offset ${off}`).toEqual(want);
      exec(cpu, 'ld', [5, ZERO_REG], [DATA + off]);
      expect(cpu.regs[5]).toBe(0x04030201);
      exec(cpu, 'ld', [5, ZERO_REG], [DATA + off - 1]);
      expect(cpu.regs[5]).toBe(0x030201ee);
    }
  });

  it('reaches the last word of memory, aligned and not', () => {
    const cpu = cpuAt();
    cpu.regs[1] = -2;
    exec(cpu, 'st', [1, ZERO_REG], [MEM - 4]);
    exec(cpu, 'ld', [2, ZERO_REG], [MEM - 4]);
    expect(cpu.regs[2]).toBe(-2);
    cpu.mem.set([9, 8, 7, 6, 5], MEM - 5);
    exec(cpu, 'ld', [2, ZERO_REG], [MEM - 5]);
    expect(cpu.regs[2]).toBe(0x06070809);
  });
});

describe('bytes and halves', () => {
  it('ldb and ldh zero-extend', () => {
    const cpu = cpuAt();
    cpu.mem.set([0xff, 0x80, 0xff, 0xff, 0x00, 0x80, 0x34, 0x12], DATA);
    const load = (name: string, at: number): number => {
      exec(cpu, name, [4, ZERO_REG], [at]);
      return cpu.regs[4]!;
    };
    expect(load('ldb', DATA)).toBe(0xff);
    expect(load('ldb', DATA + 1)).toBe(0x80);
    expect(load('ldh', DATA + 2)).toBe(0xffff);
    expect(load('ldh', DATA + 4)).toBe(0x8000);
    expect(load('ldh', DATA + 6)).toBe(0x1234);
    expect(load('ldh', DATA + 1)).toBe(0xff80); // unaligned half
    expect(load('ldh', DATA + 5)).toBe(0x3480);
  });

  it('stb and sth store only the low bits, unaligned included, neighbours intact', () => {
    const cpu = cpuAt();
    cpu.mem.fill(0xee, DATA, DATA + 8);
    cpu.regs[1] = 0x12345678;
    exec(cpu, 'stb', [1, ZERO_REG], [DATA + 1]);
    exec(cpu, 'sth', [1, ZERO_REG], [DATA + 3]);
    exec(cpu, 'sth', [1, ZERO_REG], [DATA + 6]);
    expect(bytes(cpu, DATA, 8)).toEqual([0xee, 0x78, 0xee, 0x78, 0x56, 0xee, 0x78, 0x56]);
  });

  it('reaches the last byte and the last half of memory', () => {
    const cpu = cpuAt();
    cpu.regs[1] = 0x1ab;
    exec(cpu, 'stb', [1, ZERO_REG], [MEM - 1]);
    exec(cpu, 'ldb', [2, ZERO_REG], [MEM - 1]);
    expect(cpu.regs[2]).toBe(0xab);
    exec(cpu, 'sth', [1, ZERO_REG], [MEM - 2]);
    exec(cpu, 'ldh', [2, ZERO_REG], [MEM - 2]);
    expect(cpu.regs[2]).toBe(0x1ab);
  });
});

describe('memory faults', () => {
  // [form, base, offset, the address that faults]
  const CASES: [string, number, number, number][] = [];
  for (const name of ['ld', 'st']) CASES.push([name, 0, MEM - 3, MEM - 3], [name, 0, MEM, MEM], [name, MEM, 0x100, MEM + 0x100]);
  for (const name of ['ldh', 'sth']) CASES.push([name, 0, MEM - 1, MEM - 1], [name, MEM - 2, 2, MEM]);
  for (const name of ['ldb', 'stb']) CASES.push([name, 0, MEM, MEM], [name, MEM - 1, 1, MEM]);
  for (const name of ['ld', 'st', 'ldh', 'sth', 'ldb', 'stb']) {
    CASES.push(
      [name, 0, -4, 0xfffffffc], // wraps below zero
      [name, 8, -12, 0xfffffffc],
      [name, 0, -1, 0xffffffff],
      [name, INT_MIN, 0, 0x80000000],
      [name, 0x7fffffff, 1, 0x80000000],
      [name, -1, -1, 0xfffffffe],
    );
  }

  it.each(CASES)('%s [%i + %i] faults at its address, changing nothing', (name, base, off, addr) => {
    const cpu = cpuAt();
    for (let r = 0; r < 15; r++) cpu.regs[r] = 0x1111 * (r + 1);
    cpu.regs[2] = base;
    put(cpu, CODE, name, [1, 2], [off]);
    const before = snap(cpu);
    const mem = cpu.mem.slice();
    expect(step(cpu)).toBe(EXIT_EXCEPTION);
    expect(cpu.vector).toBe(VEC_MEMORY);
    expect(cpu.faultAddr).toBe(addr);
    expect(cpu.faultKind).toBe(name.startsWith('ld') ? FAULT_LOAD : FAULT_STORE);
    expect(snap(cpu)).toEqual(before);
    expect(diffAt(cpu.mem, mem), 'first changed byte').toBe(-1);
  });
});
