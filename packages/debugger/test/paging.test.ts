// The debugger with paging on: every address it reads is the guest's (virtual), the physical
// form is asked for with `p`, the MMU is shown (`info tlb`, `info pagetable`), page faults are
// caught in every mode, looking changes nothing the guest can see, and going back is exact.
import { tlbSlot } from '@pvm/cpu';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Mode } from '@pvm/hypervisor';
import { LIMITS } from '../src/index.ts';
import { ROOT, drive, example, image, stateOf, type Driven } from './helpers.ts';

/** examples/paging.s in the modes an unmodified kernel runs in, and its paravirtual twin. */
const CASES: [file: string, mode: Mode][] = [
  ['examples/paging.s', 'native'],
  ['examples/paging.s', 'trap'],
  ['examples/paging.s', 'hvm'],
  ['examples/pv/paging.s', 'pv'],
];

const lines = (out: string): string[] => out.split('\n').filter(Boolean);

/** The machine's whole state, for comparing a replayed instant with a fresh run. */
function exact(d: Driven): string {
  const s = JSON.parse(stateOf(d.s.dom));
  return JSON.stringify(s);
}

describe.each(CASES)('%s [%s]', (file, mode) => {
  /** Stopped in the page-fault handler: paging on, 0x400000 mapped onto 0x80000, 0x500000 not. */
  async function atFault() {
    const d = drive(example(file), { mode });
    const out = await d.run('catch pagefault', 'continue');
    return { d, out };
  }

  it('catch pagefault stops at the handler, naming the address and the error code in words', async () => {
    const { d, out } = await atFault();
    expect(out).toMatch(/^Catchpoint 1 \(page fault at 0x500000: not present, read, supervisor \(code 0x0\), at 0x[0-9a-f]+\)$/m);
    expect(out).toMatch(/^=> 0x[0-9a-f]+ <on_page_fault>:/m);
    // One reverse-stepi from the handler is the faulting load.
    expect(await d.run('reverse-stepi')).toMatch(/^=> 0x[0-9a-f]+ <_start\+\d+>:\tld r1, \[0x500000\]$/m);
  });

  it('x and print read virtual addresses; x/p and print/p physical ones; unmapped is said in one line', async () => {
    const { d } = await atFault();
    // 4321, written through 0x400000: one frame, two virtual addresses, one physical.
    expect(await d.run('x/xw 0x400000')).toBe('0x400000:\t0x000010e1\n');
    expect(await d.run('x/xw 0x80000')).toBe('0x80000:\t0x000010e1\n');
    expect(await d.run('x/xwp 0x80000')).toBe('0x80000:\t0x000010e1\n');
    expect(await d.run('x/pdw 0x80000')).toBe('0x80000:\t4321\n');
    expect(await d.run('print [0x400000]')).toBe('$1 = 4321\n');
    expect(await d.run('print/xp *0x80000')).toBe('$2 = 0x10e1\n');
    // Physical 0x400000 is past the end of 1 MiB of memory; virtual 0x500000 has no entry.
    expect(await d.run('print/p [0x400000]')).toBe('cannot access memory at address 0x400000\n');
    expect(await d.run('x/4xwp 0x400000')).toBe('cannot access memory at address 0x400000\n');
    expect(await d.run('x 0x500000')).toBe('0x500000: not mapped (no page-table entry)\n');
    expect(await d.run('x/65536xw 0x500000')).toBe('0x500000: not mapped (no page-table entry)\n');
    expect(await d.run('x/s 0x500000')).toBe('0x500000: not mapped (no page-table entry)\n');
    expect(await d.run('x/i 0x500000')).toBe('0x500000: not mapped (no page-table entry)\n');
    expect(await d.run('print *0x500000 + 1')).toBe('0x500000: not mapped (no page-table entry)\n');
    expect(await d.run('print [0x80000000]')).toBe('0x80000000: not mapped (no page-directory entry)\n');
    expect(await d.run('set var *0x500000 = 1')).toBe('0x500000: not mapped (no page-table entry)\n');
    // Across the end of the identity map: the words before it, then the reason, once.
    expect(lines(await d.run('x/8xw 0xffff0'))).toEqual([expect.stringMatching(/^0xffff0:(\t0x[0-9a-f]{8}){4}$/), '0x100000: not mapped (no page-table entry)']);
  });

  it('set var writes through the mapping', async () => {
    const { d } = await atFault();
    expect(await d.run('set var *0x400000 = 77')).toBe('');
    expect(await d.run('print/p [0x80000]')).toBe('$1 = 77\n');
  });

  it('info tlb lists the valid entries and the counters', async () => {
    const { d } = await atFault();
    const out = lines(await d.run('info tlb'));
    expect(out[0]).toMatch(/^TLB: 64 entries, direct-mapped by the page number's low bits folded with the next six; \d+ valid$/);
    expect(out[1]).toBe('  slot  virtual page  frame       access');
    // 0x400000 (slot 16) maps the frame at 0x80000; it was written through, so it is writable.
    expect(out).toContain('    16  0x00400000    0x00080000  S-R S-W --- ---');
    const rows = out.filter((l) => /^ +\d+  0x/.test(l));
    expect(rows.length).toBe(Number(/(\d+) valid/.exec(out[0]!)![1]));
    expect(rows.length).toBeGreaterThan(2);
    // Each entry sits in the slot of its page number and agrees with the tables.
    for (const r of rows) {
      const [, slot, vpage, frame] = /^ +(\d+)  (0x[0-9a-f]+) +(0x[0-9a-f]+)/.exec(r)!;
      expect(tlbSlot(Number(vpage) >>> 12), r).toBe(Number(slot));
      expect(d.s.cpu.probe(Number(vpage)).pa, r).toBe(Number(frame));
    }
    const c = d.s.cpu;
    expect(out).toContainEqual(expect.stringMatching(new RegExp(`^misses ${c.tlbMisses}, walk references ${c.walkRefs}${mode === 'hvm' ? ' \\(\\+ \\d+ nested, 2-D walk\\)' : ''}$`)));
  });

  it('info pagetable walks one address level by level, and lists the mapped ranges', async () => {
    const { d } = await atFault();
    const walk = lines(await d.run('info pagetable 0x400000'));
    expect(walk[0]).toMatch(/^virtual 0x00400000: directory index 1, table index 0, offset 0x0; directory at 0x[0-9a-f]{8} \(CR_PTB\)$/);
    expect(walk[1]).toMatch(/^  directory entry at 0x[0-9a-f]{8}: 0x[0-9a-f]{8}  P[W-]-A-  page table at 0x[0-9a-f]{8}$/);
    expect(walk[2]).toMatch(/^  table entry     at 0x[0-9a-f]{8}: 0x00080063  PW-AD  frame 0x00080000$/);
    expect(walk[3]).toBe('  physical 0x00080000; allows S-R S-W --- ---');
    const miss = lines(await d.run('info pagetable 0x500000'));
    expect(miss.slice(2)).toEqual([expect.stringMatching(/^  table entry     at 0x[0-9a-f]{8}: 0x00000000  -----  not present$/), '  not mapped: a read faults (VEC_PAGE): not present, read, supervisor (code 0x0)']);
    const far = lines(await d.run('info pagetable 0xfffff123'));
    expect(far).toEqual([
      expect.stringMatching(/^virtual 0xfffff123: directory index 1023, table index 1023, offset 0x123;/),
      expect.stringMatching(/^  directory entry at 0x[0-9a-f]{8}: 0x00000000  -----  not present$/),
      '  not mapped: a read faults (VEC_PAGE): not present, read, supervisor (code 0x0)',
    ]);
    // As everywhere in the debugger, an address is 32 bits: -1 is 0xffffffff.
    expect(lines(await d.run('info pagetable -1'))[0]).toMatch(/^virtual 0xffffffff:/);
    const all = lines(await d.run('info pagetable'));
    expect(all[0]).toMatch(/^Address space at CR_PTB 0x[0-9a-f]{8}: 257 pages mapped, in \d+ ranges$/);
    expect(all).toContain('  0x00400000-0x00400fff -> 0x00080000-0x00080fff  S-R S-W --- ---  1 page');
    // Every mapped page is in exactly one listed range.
    const pages = all.slice(1).reduce((n, l) => n + Number(/ (\d+) pages?$/.exec(l)![1]), 0);
    expect(pages).toBe(257);
  });

  it('looking (x, print, info tlb, info pagetable, disassemble, backtrace) changes nothing the guest can see', async () => {
    const { d } = await atFault();
    const before = stateOf(d.s.dom);
    await d.run('info tlb', 'info pagetable', 'info pagetable 0x400000', 'info pagetable 0x500000', 'x/64xw 0x400000', 'x/8i pc', 'x/s 0x80000', 'print [0x400000]', 'print/p [0x80000]', 'disassemble', 'backtrace', 'x 0x500000');
    expect(stateOf(d.s.dom) === before).toBe(true);
  });

  it('going back with paging on is exact: reverse-stepi and reverse-continue land on the states a fresh run has', async () => {
    const d = drive(example(file), { mode, recording: { snapshotBytes: 64 << 20, replaySpan: 1 << 22, snapshotEvery: 100 } });
    // puts is first called once paging is on; the second call is later still.
    await d.run('break puts', 'continue', 'continue');
    const second = d.s.engine.now;
    await d.run('stepi 150');
    const end = d.s.engine.now;
    const fresh = (steps: number): string => {
      const f = drive(example(file), { mode });
      for (let i = 0; i < steps; i++) f.s.engine.step();
      return exact(f);
    };
    expect(exact(d) === fresh(end)).toBe(true);
    for (const back of [1, 7, 60, 150]) {
      await d.run(`reverse-stepi ${back}`);
      expect(d.s.engine.now).toBe(end - back);
      expect(exact(d) === fresh(end - back), `back ${back}`).toBe(true);
      d.s.engine.goto(end);
    }
    // To the breakpoint's previous hit: the second call of puts, then the first.
    expect(await d.run('reverse-continue')).toMatch(/^Breakpoint 1, puts/);
    expect(d.s.engine.now).toBe(second);
    expect(exact(d) === fresh(second)).toBe(true);
    expect(await d.run('reverse-continue')).toMatch(/^Breakpoint 1, puts/);
    const first = d.s.engine.now;
    expect(d.s.cpu.ptb).not.toBe(0);
    expect(exact(d) === fresh(first)).toBe(true);
    // Back past the instruction that turned paging on, and forward again.
    await d.run('reverse-stepi 40');
    expect(exact(d) === fresh(first - 40)).toBe(true);
    d.s.engine.goto(end);
    expect(exact(d) === fresh(end)).toBe(true);
  });
});

describe('catch pagefault hidden', () => {
  it("stops at trap mode's shadow fills, which the kernel never sees, naming the address", async () => {
    const d = drive(example('examples/paging.s'), { mode: 'trap' });
    expect(await d.run('catch pagefault hidden')).toBe('Catchpoint 1 (pagefault hidden)\n');
    let fills = 0;
    for (;;) {
      const out = await d.run('continue');
      const m = /^Catchpoint 1 \(hidden page fault at (0x[0-9a-f]+), by the instruction at 0x[0-9a-f]+: the hypervisor filled its shadow entry, the kernel never sees it\)$/m.exec(out);
      if (!m) {
        expect(out).toMatch(/guest powered off with exit code 0/);
        break;
      }
      fills++;
    }
    // As many as the example's expectations count (exits(trap): hidden page fault = 5).
    expect(fills).toBe(5);
    expect(await d.run('info exits')).toMatch(/hidden page fault \(shadow fill\) +5/);
  });

  it('is said to be impossible in the modes without shadow paging, and only "hidden" is a kind', async () => {
    for (const mode of ['native', 'hvm'] as const) {
      const d = drive(example('examples/paging.s'), { mode });
      expect(await d.run('catch pagefault hidden')).toBe(`Catchpoint 1 (pagefault hidden) (${mode} mode has no hidden page faults: only trap mode's shadow paging takes them)\n`);
    }
    const d = drive(example('examples/paging.s'), { mode: 'trap' });
    for (const bad of ['junk', 'hidden hidden', 'x'.repeat(1000), '0x500000']) expect(lines(await d.run(`catch pagefault ${bad}`)), bad).toEqual([expect.stringMatching(/^catch pagefault: ".{1,23}" is not a kind of page fault/)]);
  });
});

describe('completion', () => {
  it('offers the new info topics', () => {
    const d = drive(example('examples/paging.s'));
    expect(d.repl.complete('info t')).toEqual(['tlb']);
    expect(d.repl.complete('info pa')).toEqual(['pagetable']);
  });
});

describe('with paging off', () => {
  it('info tlb and info pagetable say so in one line', async () => {
    const d = drive(example('examples/hello.s'));
    expect(await d.run('info tlb')).toBe('Paging is off (CR_PTB = 0): addresses are physical. No translation is cached.\n');
    expect(await d.run('info pagetable')).toBe('Paging is off (CR_PTB = 0): addresses are physical.\n');
    expect(await d.run('info pagetable 0x1000')).toBe('Paging is off (CR_PTB = 0): addresses are physical.\n');
    // x/p is x when addresses are physical anyway.
    expect(await d.run('x/4xwp 0x1000')).toBe(await d.run('x/4xw 0x1000'));
  });
});

describe('hostile arguments', () => {
  it('are one-line errors, and the session goes on', async () => {
    const d = drive(example('examples/paging.s'));
    await d.run('catch pagefault', 'continue');
    const cases: [string, RegExp][] = [
      ['info pagetable 99999999999', /^number 99999999999 is too large for 32 bits$/],
      ['info pagetable 0x1ffffffff', /^number 0x1ffffffff is too large for 32 bits$/],
      ['info pagetable $$$', /^unexpected '\$' in expression$/],
      ['info pagetable nosuch', /^no symbol "nosuch" in current context$/],
      ['info pagetable 0x1000 0x2000', /^unexpected '0x2000' in expression$/],
      ['info pagetable [0x500000]', /^0x500000: not mapped \(no page-table entry\)$/],
      ['info tlb 5', /^info tlb: no argument expected$/],
      ['x/pp 0x1000', /^x: bad format letter "p"/],
      ['print/pp 1', /^print: unknown format "\/pp"/],
      ['print/pq 1', /^print: unknown format "\/pq"/],
      ['x/4xw -1', /^0xffffffff: not mapped \(no page-directory entry\)$/],
    ];
    for (const [cmd, re] of cases) expect(lines(await d.run(cmd)), cmd).toEqual([expect.stringMatching(re)]);
    expect(await d.run('print 1+1')).toMatch(/^\$\d+ = 2$/m);
  });
});

/**
 * Hostile page tables: every directory entry names the same table (which maps itself among
 * the rest), pages alternate writable and read-only so no two coalesce, one directory entry
 * names a table past memory and one table entry a frame past it.
 */
describe('info pagetable on hostile tables', () => {
  it('stays bounded and says what lies past memory', async () => {
    const d = drive(example('examples/paging.s'));
    await d.run('catch pagefault', 'continue');
    const cpu = d.s.cpu;
    const dir = cpu.ptb;
    const table = cpu.read32(dir) & ~0xfff;
    for (let i = 0; i < 1024; i++) cpu.write32(table + i * 4, ((i * 4096) & 0xfffff) | 1 | (i & 1 ? 2 : 0));
    cpu.write32(table + 1023 * 4, 0x7fff_f000 | 1);
    for (let i = 0; i < 1024; i++) cpu.write32(dir + i * 4, table | 7);
    cpu.write32(dir + 1 * 4, 0x4000_0000 | 7);
    const out = lines(await d.run('info pagetable'));
    expect(out.length).toBe(LIMITS.pageRanges + 2);
    expect(out[0]).toMatch(/^Address space at CR_PTB 0x[0-9a-f]{8}: 1047552 pages mapped, in 1047553 ranges$/);
    expect(out[1]).toBe('  0x00000000-0x00000fff -> 0x00000000-0x00000fff  S-R --- --- ---  1 page');
    expect(out[2]).toBe('  0x00001000-0x00001fff -> 0x00001000-0x00001fff  S-R S-W --- ---  1 page');
    expect(out[1024]).toBe('  0x003ff000-0x003fffff -> 0x7ffff000, past the end of memory  S-R --- --- ---  1 page');
    expect(out[1025]).toBe('  0x00400000-0x007fffff -> page table at 0x40000000, past the end of memory');
    expect(out[out.length - 1]).toBe(`  ... and ${1047553 - LIMITS.pageRanges} more ranges (at most ${LIMITS.pageRanges} are listed; info pagetable ADDRESS walks one)`);
    expect(lines(await d.run('info pagetable 0x00400000')).slice(1)).toEqual([
      '  directory entry at ' + `0x${(dir + 4).toString(16).padStart(8, '0')}: 0x40000007  PWU--  page table at 0x40000000`,
      expect.stringMatching(/^  the table entry at 0x40000000 is past the end of memory \(0x100000\): a memory fault \(VEC_MEMORY\), not a page fault$/),
    ]);
    expect(lines(await d.run('info pagetable 0x003ff010')).slice(-1)).toEqual([expect.stringMatching(/^  the frame at 0x7ffff010 is past the end of memory/)]);
  });
});

/** test/debugger/virtual-code.s: virtual 0x400000 maps the frame of `far`, called there. */
const FAR = readFileSync(ROOT + 'test/debugger/virtual-code.s', 'utf8');

describe('code at a virtual address of its own', () => {
  it('is shown, stepped over and finished where the pc maps it', async () => {
    // Stops, x/i, disassemble, next and finish must read the instructions where the pc maps them.
    const d = drive(image(FAR), { src: FAR });
    const back = d.s.where.labelAddress('back')!;
    expect(await d.run('break *0x400000')).toMatch(/^Breakpoint 1 at 0x400000/);
    expect(await d.run('continue')).toMatch(/^Breakpoint 1, 0x400000\n=> 0x400000:\tli r2, 7$/m);
    expect(lines(await d.run('x/3i pc'))).toEqual(['=> 0x400000:\tli r2, 7', '   0x400008:\tcall helper', '   0x400010:\tadd r2, r2, 1']);
    expect(await d.run('x/ip 0x400000')).toBe('cannot access memory at address 0x400000\n');
    expect(lines(await d.run('disassemble 0x400000'))[1]).toBe('=> 0x400000 <+0>:\tli r2, 7');
    // The same words physically, where symbols (virtual) name nothing.
    const far = d.s.where.labelAddress('far')!;
    expect(await d.run(`x/2xwp ${far}`)).toBe(`0x${far.toString(16)}:\t0x00000203\t0x00000007\n`);
    expect(await d.run('x/2xw 0x400000')).toBe('0x400000:\t0x00000203\t0x00000007\n');
    const at = d.s.engine.now;
    // finish counts the call at 0x400008 (read where it maps), so helper's ret does not end it.
    expect(await d.run('finish')).toMatch(/^Returned to the caller\.$/m);
    expect(d.s.cpu.pc).toBe(back);
    d.s.engine.goto(at);
    // next decodes the call at the virtual pc it ran from, and steps over it to a line.
    expect(await d.run('stepi')).toMatch(/=> 0x400008:\tcall helper$/m);
    await d.run('next');
    expect(d.s.cpu.pc).toBe(back);
  });
});
