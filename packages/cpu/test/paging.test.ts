// The MMU: two-level tables, the TLB, page faults with their address and code, accessed and
// dirty bits, instruction fetch across pages, and the write protection a hypervisor uses —
// checked against the i386 rules the docs state, and against one-at-a-time stepping.
import { describe, expect, it } from 'vitest';
import { OPS, OP_BY_CODE, REG_SP, ZERO_REG, encode, isRegOperand, type OpSpec } from '@pvm/isa';
import { FLAG_U, OP_BRK, OP_SYSCALL, PF_I, PF_P, PF_U, PF_W, PTE_A, PTE_D, PTE_P, PTE_U, PTE_W, VEC_BREAK, VEC_MEMORY, VEC_PAGE, VEC_SYSCALL } from '@pvm/isa/codes';
import { Cpu, EXIT_EXCEPTION, EXIT_IRQ_WINDOW, EXIT_LIMIT, EXIT_PRIVILEGED, EXIT_PT_WRITE, FAULT_FETCH, FAULT_LOAD, FAULT_SPLIT, TLB_ENTRIES, WALK_OK, tlbSlot } from '../src/index.ts';
import { MEM, put, rng, step } from './helpers.ts';

const PD = 0xe000;
const PT = 0xf000;
const RW = PTE_P | PTE_W | PTE_U;

/** A CPU with paging on: a directory at PD whose entry 0 names the table at PT, and `maps` [va, pa, bits]. */
function paged(maps: readonly (readonly [number, number, number])[], memory = MEM): Cpu {
  const cpu = new Cpu({ memory });
  cpu.regs[REG_SP] = 0x3000;
  cpu.write32(PD, PT | RW);
  for (const [va, pa, bits] of maps) setPte(cpu, va, pa, bits);
  cpu.setPtb(PD);
  return cpu;
}

const setPte = (cpu: Cpu, va: number, pa: number, bits: number): void => cpu.write32(PT + ((va >>> 12) << 2), pa | bits);
const pte = (cpu: Cpu, va: number): number => cpu.read32(PT + ((va >>> 12) << 2));

/** Physical address of `va` by the tables (the test's own view, not the TLB). */
function phys(cpu: Cpu, va: number): number {
  const w = cpu.probe(va);
  if (w.status !== WALK_OK) throw new Error(`test set-up: ${va.toString(16)} is not mapped`);
  return w.pa;
}

/** Encode one instruction at virtual `va`, through the tables. */
function putV(cpu: Cpu, va: number, name: string, regs: readonly number[] = [], words: readonly number[] = []): number {
  const tmp = new Cpu({ memory: 64 });
  const n = put(tmp, 0, name, regs, words);
  for (let i = 0; i < n; i++) cpu.write8(phys(cpu, va + i), tmp.mem[i]!);
  return va + n;
}

// The common map: code at 0x1000 (identity), stack page 0x2000 in frame 5, data 0x4000 in
// frame 9, a read-only page 0x6000 (frame 6), a supervisor page 0x7000 (frame 7).
const MAPS = [
  [0x1000, 0x1000, RW],
  [0x2000, 0x5000, RW],
  [0x4000, 0x9000, RW],
  [0x6000, 0x6000, PTE_P | PTE_U],
  [0x7000, 0x7000, PTE_P | PTE_W],
] as const;

describe('translation', () => {
  it('loads and stores go through the tables to the frames they name', () => {
    const cpu = paged(MAPS);
    cpu.pc = 0x1000;
    cpu.regs[1] = 0x12345678;
    let at = putV(cpu, 0x1000, 'st', [1, ZERO_REG], [0x4010]);
    at = putV(cpu, at, 'ld', [2, ZERO_REG], [0x4010]);
    at = putV(cpu, at, 'push', [1]);
    putV(cpu, at, 'hlt');
    cpu.run(1000);
    expect(cpu.read32(0x9010)).toBe(0x12345678);
    expect(cpu.read32(0x4010)).toBe(0); // the physical page 0x4000 is untouched
    expect(cpu.regs[2]).toBe(0x12345678);
    expect(cpu.read32(0x5000 + 0xffc)).toBe(0x12345678); // the stack at virtual 0x2ffc
    expect(cpu.regs[REG_SP]).toBe(0x2ffc);
  });

  it('code and data in the same TLB slot: every access completes, run whole or one cycle at a time', () => {
    // Virtual 0x1000 (code) and 0x40000 (data) share slot 1 of the direct-mapped TLB: the data
    // fill evicts the code's entry, and the instruction must still complete.
    const data = 0x40000;
    expect(tlbSlot(data >>> 12)).toBe(tlbSlot(0x1000 >>> 12));
    const build = (): Cpu => {
      const cpu = paged([...MAPS, [data, 0x9000, RW]]);
      cpu.pc = 0x1000;
      cpu.regs[1] = 7;
      let at = putV(cpu, 0x1000, 'st', [1, ZERO_REG], [data]);
      at = putV(cpu, at, 'ld', [2, ZERO_REG], [data + 4]);
      at = putV(cpu, at, 'st', [1, ZERO_REG], [data + 8]);
      putV(cpu, at, 'brk');
      return cpu;
    };
    const whole = build();
    expect(whole.run(1e6)).toBe(EXIT_EXCEPTION);
    expect(whole.vector).toBe(VEC_BREAK);
    expect(whole.read32(0x9008)).toBe(7);
    const stepped = build();
    let guard = 0;
    while (stepped.run(stepped.cycles + 1) === EXIT_LIMIT && guard++ < 1000);
    expect(guard).toBeLessThan(1000);
    expect([stepped.vector, stepped.instret, stepped.cycles, stepped.tlbMisses]).toEqual([whole.vector, whole.instret, whole.cycles, whole.tlbMisses]);
  });

  it('a miss walks two entries at walkRefCost each; a hit does not', () => {
    const cpu = paged(MAPS);
    cpu.walkRefCost = 7;
    cpu.pc = 0x1000;
    let at = putV(cpu, 0x1000, 'ld', [2, ZERO_REG], [0x4000]);
    at = putV(cpu, at, 'ld', [2, ZERO_REG], [0x4004]);
    putV(cpu, at, 'hlt');
    cpu.run(1000);
    // Two misses (code page, data page), each two references of 7 cycles, plus two loads.
    expect([cpu.tlbMisses, cpu.walkRefs]).toEqual([2, 4]);
    expect(cpu.cycles).toBe(2 * 2 * 7 + 2 * (OPS.find((o) => o.mnemonic === 'ld')!.cycles ?? 1));
  });

  it('sets accessed on the walk and dirty on the first write, which walks again after a read', () => {
    const cpu = paged(MAPS);
    cpu.pc = 0x1000;
    cpu.regs[1] = 5;
    let at = putV(cpu, 0x1000, 'ld', [2, ZERO_REG], [0x4000]);
    at = putV(cpu, at, 'st', [1, ZERO_REG], [0x4000]);
    putV(cpu, at, 'hlt');
    cpu.run(1000);
    expect(pte(cpu, 0x4000) & (PTE_A | PTE_D)).toBe(PTE_A | PTE_D);
    expect(pte(cpu, 0x6000) & PTE_A).toBe(0);
    expect(cpu.read32(PD) & PTE_A).toBe(PTE_A);
    expect(cpu.tlbMisses).toBe(3); // code, data read, data's first write
  });

  it('keeps a stale translation until invlpg or a base load, as a TLB does', () => {
    const cpu = paged(MAPS);
    cpu.write32(0x9000, 111);
    cpu.write32(0xa000, 222);
    cpu.pc = 0x1000;
    putV(cpu, 0x1000, 'ld', [2, ZERO_REG], [0x4000]);
    putV(cpu, 0x1008, 'hlt');
    cpu.run(1000);
    expect(cpu.regs[2]).toBe(111);
    setPte(cpu, 0x4000, 0xa000, RW);
    cpu.pc = 0x1000;
    cpu.run(cpu.cycles + 100);
    expect(cpu.regs[2]).toBe(111); // the TLB still says frame 9
    cpu.invalidatePage(0x4abc);
    cpu.pc = 0x1000;
    cpu.run(cpu.cycles + 100);
    expect(cpu.regs[2]).toBe(222);
    setPte(cpu, 0x4000, 0x9000, RW);
    cpu.setPtb(PD);
    cpu.pc = 0x1000;
    cpu.run(cpu.cycles + 100);
    expect(cpu.regs[2]).toBe(111);
  });
});

describe('page faults', () => {
  const cases: [string, number, string, number, number][] = [
    // [what, flags, instruction, address, error code]
    ['a read of an unmapped page', 0, 'ld', 0x8000, 0],
    ['a write to an unmapped page', 0, 'st', 0x8000, PF_W],
    ['a supervisor write to a read-only page', 0, 'st', 0x6000, PF_P | PF_W],
    ['a user write to a read-only page', FLAG_U, 'st', 0x6000, PF_P | PF_W | PF_U],
    ['a user read of a supervisor page', FLAG_U, 'ld', 0x7000, PF_P | PF_U],
    ['a user write to a supervisor page', FLAG_U, 'st', 0x7000, PF_P | PF_W | PF_U],
    ['a user read of an unmapped page', FLAG_U, 'ld', 0x8000, PF_U],
  ];
  it.each(cases)('%s: VEC_PAGE with the address and code, nothing retired', (_what, flags, name, addr, code) => {
    const cpu = paged(MAPS);
    cpu.flags = flags;
    cpu.pc = 0x1000;
    cpu.regs[1] = 9;
    putV(cpu, 0x1000, name, [1, ZERO_REG], [addr + 0x10]);
    const before = [cpu.regs.slice(), cpu.read32(0x9010)];
    expect(cpu.run(1000)).toBe(EXIT_EXCEPTION);
    expect([cpu.vector, cpu.faultVa, cpu.faultCode, cpu.pc, cpu.instret]).toEqual([VEC_PAGE, addr + 0x10, code, 0x1000, 0]);
    expect([cpu.regs.slice(), cpu.read32(0x9010)]).toEqual(before);
  });

  it('fetch: a user jump into a supervisor page, and a jump to an unmapped one', () => {
    const cpu = paged(MAPS);
    cpu.flags = FLAG_U;
    cpu.pc = 0x1000;
    putV(cpu, 0x1000, 'jmp_l', [], [0x7000]);
    expect(cpu.run(1000)).toBe(EXIT_EXCEPTION);
    expect([cpu.vector, cpu.faultVa, cpu.faultCode, cpu.pc]).toEqual([VEC_PAGE, 0x7000, PF_P | PF_U | PF_I, 0x7000]);
    cpu.flags = 0;
    cpu.pc = 0x8004;
    expect(cpu.run(1000)).toBe(EXIT_EXCEPTION);
    expect([cpu.vector, cpu.faultVa, cpu.faultCode]).toEqual([VEC_PAGE, 0x8004, PF_I]);
  });

  it('a missing directory entry faults like a missing table entry', () => {
    const cpu = paged(MAPS);
    cpu.pc = 0x1000;
    putV(cpu, 0x1000, 'ld', [1, ZERO_REG], [0x00c0_0000]);
    expect(cpu.run(1000)).toBe(EXIT_EXCEPTION);
    expect([cpu.vector, cpu.faultVa, cpu.faultCode]).toEqual([VEC_PAGE, 0xc0_0000, 0]);
    expect(cpu.walkRefs).toBe(2 + 1); // the code page's walk, then one reference that found nothing
  });

  it('an entry naming a frame past memory is a memory fault at the physical address', () => {
    const cpu = paged([...MAPS, [0x8000, 0x0100_0000, RW]]);
    cpu.pc = 0x1000;
    putV(cpu, 0x1000, 'ld', [1, ZERO_REG], [0x8020]);
    expect(cpu.run(1000)).toBe(EXIT_EXCEPTION);
    expect([cpu.vector, cpu.faultKind, cpu.faultAddr]).toEqual([VEC_MEMORY, FAULT_LOAD, 0x0100_0020]);
    // A directory entry naming a table past memory, too.
    cpu.write32(PD + 4, 0x0200_0000 | RW);
    putV(cpu, 0x1000, 'ld', [1, ZERO_REG], [0x0040_0000]);
    cpu.flushDecoded();
    cpu.pc = 0x1000;
    expect(cpu.run(cpu.cycles + 1000)).toBe(EXIT_EXCEPTION);
    expect([cpu.vector, cpu.faultAddr]).toEqual([VEC_MEMORY, 0x0200_0000]);
  });

  it('a word that would cross a page boundary is a memory fault (split), even with both pages mapped', () => {
    const cpu = paged(MAPS);
    cpu.pc = 0x1000;
    putV(cpu, 0x1000, 'ld', [1, ZERO_REG], [0x1ffe]);
    expect(cpu.run(1000)).toBe(EXIT_EXCEPTION);
    expect([cpu.vector, cpu.faultKind, cpu.faultAddr]).toEqual([VEC_MEMORY, FAULT_SPLIT, 0x1ffe]);
    putV(cpu, putV(cpu, 0x1000, 'ldh', [1, ZERO_REG], [0x1ffe]), 'hlt');
    cpu.pc = 0x1000;
    expect(cpu.run(cpu.cycles + 1000)).toBe(EXIT_PRIVILEGED); // a half that fits is fine: on to the hlt
  });
});

describe('instruction fetch across pages', () => {
  it('straight-line code runs on into the next virtual page, wherever its frame is', () => {
    // Virtual 0x1000-0x2fff: frames 1 and 5, not adjacent. Adds run across the boundary.
    const cpu = paged(MAPS);
    let at = 0x1ff0;
    while (at < 0x2010) at = putV(cpu, at, 'add_rri', [1, 1], [1]);
    putV(cpu, at, 'hlt');
    cpu.pc = 0x1ff0;
    cpu.run(1000);
    expect([cpu.regs[1], cpu.pc]).toEqual([4, 0x2010]);
    // The same, one instruction at a time.
    const one = paged(MAPS);
    one.mem.set(cpu.mem);
    one.regs[1] = 0;
    one.pc = 0x1ff0;
    while (one.pc !== 0x2010) expect(step(one)).toBe(EXIT_LIMIT);
    expect(one.regs[1]).toBe(4);
  });

  it('an instruction that straddles two pages runs when their frames are adjacent, and faults when not', () => {
    const adjacent = paged([[0x1000, 0x1000, RW], [0x2000, 0x2000, RW]]);
    putV(adjacent, 0x1ffc, 'li', [3], [77]); // head on one page, value on the next
    adjacent.pc = 0x1ffc;
    expect(step(adjacent)).toBe(EXIT_LIMIT);
    expect([adjacent.regs[3], adjacent.pc]).toEqual([77, 0x2004]);

    const apart = paged(MAPS);
    putV(apart, 0x1ffc, 'li', [3], [77]);
    apart.pc = 0x1ffc;
    expect(apart.run(100)).toBe(EXIT_EXCEPTION);
    expect([apart.vector, apart.faultKind, apart.faultAddr, apart.regs[3]]).toEqual([VEC_MEMORY, FAULT_SPLIT, 0x1ffc, 0]);

    const missing = paged([[0x1000, 0x1000, RW]]);
    putV(missing, 0x1ffc, 'nop');
    missing.write32(0x1ffc, 0); // an li whose value word would be on the unmapped page
    put(missing, 0x1ffc, 'li', [3], []);
    missing.pc = 0x1ffc;
    expect(missing.run(100)).toBe(EXIT_EXCEPTION);
    expect([missing.vector, missing.faultVa, missing.faultCode]).toEqual([VEC_PAGE, 0x2000, PF_I]);
  });

  it('a fetch fault on a misaligned pc stays a memory fault', () => {
    const cpu = paged(MAPS);
    cpu.pc = 0x1002;
    expect(cpu.run(100)).toBe(EXIT_EXCEPTION);
    expect([cpu.vector, cpu.faultKind]).toEqual([VEC_MEMORY, FAULT_FETCH]);
  });
});

describe('write protection (what shadow paging uses)', () => {
  it('a store to a protected frame exits unretired with its physical address; the pass lets one through', () => {
    const cpu = paged(MAPS);
    cpu.wprot = new Uint8Array(MEM >>> 12);
    cpu.wprot[9] = 1;
    cpu.pc = 0x1000;
    cpu.regs[1] = 42;
    let at = putV(cpu, 0x1000, 'ld', [2, ZERO_REG], [0x4008]);
    at = putV(cpu, at, 'st', [1, ZERO_REG], [0x4008]);
    putV(cpu, at, 'hlt');
    expect(cpu.run(1000)).toBe(EXIT_PT_WRITE);
    expect([cpu.faultAddr, cpu.pc, cpu.read32(0x9008), cpu.instret]).toEqual([0x9008, 0x1008, 0, 1]);
    cpu.wprotPass = 9;
    expect(step(cpu)).toBe(EXIT_LIMIT);
    expect(cpu.read32(0x9008)).toBe(42);
    cpu.wprotPass = -1;
    cpu.protectFrame(9);
    cpu.pc = 0x1008;
    expect(cpu.run(cpu.cycles + 100)).toBe(EXIT_PT_WRITE);
  });

  it('leaves the architectural TLB, and the clock, as they are without protection', () => {
    const run = (protect: boolean): [number, number, number] => {
      const cpu = paged(MAPS);
      cpu.walkRefCost = 5;
      if (protect) {
        cpu.wprot = new Uint8Array(MEM >>> 12);
        cpu.wprot[9] = 1;
      }
      cpu.pc = 0x1000;
      let at = 0x1000;
      for (let i = 0; i < 3; i++) at = putV(cpu, at, 'st', [1, ZERO_REG], [0x4000 + 4 * i]);
      putV(cpu, at, 'hlt');
      for (;;) {
        const e = cpu.run(cpu.cycles + 1000);
        if (e !== EXIT_PT_WRITE) break;
        // The hypervisor's part: let this store through, then protect the frame again.
        cpu.wprotPass = cpu.faultAddr >>> 12;
        step(cpu);
        cpu.wprotPass = -1;
        cpu.protectFrame(9);
      }
      return [cpu.cycles, cpu.instret, cpu.tlbMisses];
    };
    expect(run(true)).toEqual(run(false));
  });
});

describe('the cycle budget with paging on, against one-at-a-time stepping', () => {
  // The dispatch test's random programs, placed across a page boundary whose frames are not
  // adjacent, with loads and stores into mapped, read-only and unmapped pages.
  const CODE = 0x1f00;
  const CODE_WORDS = 96;
  const forms: OpSpec[] = [...OPS];

  function randomProgram(r: () => number): Uint8Array {
    const bytes = new Uint8Array(CODE_WORDS * 4 + 16);
    let at = 0;
    while (at < CODE_WORDS * 4) {
      let op = forms[r() % forms.length]!;
      if ((op.branch || op.privileged) && r() % 3 !== 0) op = forms[r() % 30]!;
      const regs = op.operands.filter((k) => isRegOperand(k) || k === 'mem').map((k) => (k === 'mem' && r() % 4 === 0 ? ZERO_REG : r() % 8));
      const words = op.operands
        .filter((k) => !isRegOperand(k))
        .map((k) => (k === 'label' ? CODE + 4 * (r() % CODE_WORDS) : k === 'mem' ? [CODE + (r() % 400), 0x4000 + (r() % 300), 0x6000 + (r() % 64), 0x8000, 0x1ffe][r() % 5]! : r() % 5 === 0 ? 0 : r() % 64));
      at += encode({ op, regs, words }, bytes, at);
    }
    return bytes;
  }

  function stepTo(cpu: Cpu, limit: number): number {
    while (cpu.cycles < limit) {
      const w = cpu.probe(cpu.pc);
      const code = w.status === WALK_OK ? cpu.mem[w.pa]! : 0;
      const [cycles, instret] = [cpu.cycles, cpu.instret];
      const e = step(cpu);
      const retired =
        e === EXIT_LIMIT || e === EXIT_IRQ_WINDOW || (e === EXIT_EXCEPTION && ((code === OP_SYSCALL && cpu.vector === VEC_SYSCALL) || (code === OP_BRK && cpu.vector === VEC_BREAK)));
      // A TLB miss may end a step before its instruction (walks cost nothing here): then nothing retired.
      if (e === EXIT_LIMIT && cpu.instret === instret) continue;
      const want = retired ? [cycles + (OP_BY_CODE[code]?.cycles ?? 1), instret + 1] : [cycles, instret];
      if (cpu.cycles !== want[0] || cpu.instret !== want[1]) expect.fail(`0x${code.toString(16)} (exit ${e}): cycles, instret ${cpu.cycles}, ${cpu.instret}; want ${want}`);
      if (e !== EXIT_LIMIT) return e;
    }
    return EXIT_LIMIT;
  }

  const state = (c: Cpu): string =>
    JSON.stringify([c.pc, c.cycles, c.instret, c.flags, c.vector, c.faultAddr, c.faultKind, c.faultVa, c.faultCode, c.nextPc, [...c.regs], c.tlbMisses]);

  it('agrees on 200 random programs running across two pages', () => {
    const r = rng(0x9a9e);
    let crossed = 0;
    let faults = 0;
    for (let p = 0; p < 200; p++) {
      const bytes = randomProgram(r);
      const regs = Array.from({ length: 8 }, (_, i) => (i === 0 ? 0 : i < 4 ? CODE + 4 * (r() % CODE_WORDS) : r() % 100));
      const cpus = [paged(MAPS), paged(MAPS)] as const;
      for (const c of cpus) {
        for (let i = 0; i < bytes.length; i++) c.write8(phys(c, CODE + i), bytes[i]!);
        c.regs.set(regs);
        c.regs[REG_SP] = 0x2f00;
        c.pc = CODE;
        c.deprivileged = p % 3 === 0;
      }
      const [whole, single] = cpus;
      for (let s = 0; s < 40; s++) {
        const limit = whole.cycles + 1 + (r() % (s % 2 ? 7 : 200));
        const e1 = whole.run(limit);
        const e2 = stepTo(single, limit);
        if (e1 !== e2 || state(whole) !== state(single)) expect.fail(`program ${p}, run ${s} to ${limit}: exit ${e1} vs ${e2}\n${state(whole)}\n${state(single)}`);
        if (whole.pc >>> 12 === 2) crossed++;
        if (e1 === EXIT_EXCEPTION && (whole.vector === VEC_PAGE || whole.faultKind === FAULT_SPLIT)) faults++;
        if (e1 !== EXIT_LIMIT) {
          const to = CODE + 4 * (r() % CODE_WORDS);
          whole.pc = single.pc = to;
          if (e1 === EXIT_EXCEPTION) whole.flags = single.flags = 0;
        }
      }
      for (let i = 0; i < MEM; i++) if (whole.mem[i] !== single.mem[i]) expect.fail(`program ${p}: memory differs at ${i}`);
    }
    // Both things this test is for happened: code ran on the second page, and accesses faulted.
    expect(crossed).toBeGreaterThan(50);
    expect(faults).toBeGreaterThan(50);
  });
});

describe('state', () => {
  it('save and load carry the MMU: base, fault registers, the TLB and its counts', () => {
    const cpu = paged(MAPS);
    cpu.pc = 0x1000;
    putV(cpu, 0x1000, 'ld', [1, ZERO_REG], [0x8000]);
    cpu.run(100);
    const s = cpu.save();
    const other = new Cpu({ memory: MEM });
    other.load(s, cpu.mem);
    expect([other.ptb, other.faultVa, other.faultCode, other.tlbMisses, other.walkRefs]).toEqual([PD, 0x8000, 0, 2, 4]);
    expect(other.save()).toEqual(s);
    expect(s.mmu.tags.length).toBe(4 * TLB_ENTRIES);
  });

  it('a base of 0 turns paging off, and the low bits of a base are ignored', () => {
    const cpu = paged(MAPS);
    cpu.setPtb(0);
    cpu.pc = 0x1000;
    putV(cpu, 0x1000, 'nop');
    cpu.write32(0x4000, 99);
    put(cpu, 0x1000, 'ld', [1, ZERO_REG], [0x4000]);
    cpu.run(100);
    expect(cpu.regs[1]).toBe(99);
    cpu.setPtb(PD | 0xfff);
    expect(cpu.ptb).toBe(PD);
  });
});
