// `info tlb` and `info pagetable [VA]`: the MMU for people — the TLB's valid entries, one
// address walked level by level, or the address space as mapped ranges. Read with `cpu.probe`
// and plain loads: nothing here fills the TLB, sets a bit or counts.
import { ACCESS_READ, TLB_ENTRIES, WALK_OK, WALK_OUTSIDE, faultCodeText, newWalk, pteBits } from '@pvm/cpu';
import { statsJson } from '@pvm/hypervisor';
import { PTE_FRAME, PTE_P, PTE_U, PTE_W } from '@pvm/isa/codes';
import { LIMITS } from './limits.ts';
import type { Session } from './session.ts';
import { hex } from './where.ts';

const PAGE = 4096;
const ENTRIES = 1024;

/** Said instead, when paging is off. */
const OFF = 'Paging is off (CR_PTB = 0): addresses are physical.';

/** The four permissions the TLB keeps per entry, as `S-R S-W U-R ---`. */
const access = (sr: boolean, sw: boolean, ur: boolean, uw: boolean): string => [sr ? 'S-R' : '---', sw ? 'S-W' : '---', ur ? 'U-R' : '---', uw ? 'U-W' : '---'].join(' ');

/** What a directory entry and a table entry allow together (both levels must allow it). */
const allowed = (pde: number, pte: number): string => {
  const a = pde & pte;
  return access((a & PTE_P) !== 0, (a & PTE_W) !== 0, (a & PTE_U) !== 0, (a & (PTE_U | PTE_W)) === (PTE_U | PTE_W));
};

const hex8 = (v: number): string => hex(v >>> 0, 8);

export function infoTlb(s: Session): void {
  const cpu = s.cpu;
  if (cpu.ptb === 0) return s.say(`${OFF} No translation is cached.`);
  const rows: string[] = [];
  for (let slot = 0; slot < TLB_ENTRIES; slot++) {
    const t = cpu.tlbTags.subarray(slot * 4, slot * 4 + 4);
    const vpn = t.find((x) => x !== -1);
    if (vpn === undefined) continue;
    const has = (i: number): boolean => t[i] === vpn;
    rows.push(`  ${String(slot).padStart(4)}  ${hex8(vpn * PAGE)}    ${hex8(cpu.tlbFrames[slot]!)}  ${access(has(0), has(1), has(2), has(3))}`);
  }
  s.say(`TLB: ${TLB_ENTRIES} entries, direct-mapped by the page number's low bits folded with the next six; ${rows.length} valid`);
  if (rows.length) s.say('  slot  virtual page  frame       access');
  for (const r of rows) s.say(r);
  const m = statsJson(s.dom).mmu;
  const nested = m?.nestedRefs !== undefined ? ` (+ ${m.nestedRefs} nested, 2-D walk)` : '';
  s.say(`misses ${cpu.tlbMisses}, walk references ${cpu.walkRefs}${nested}`);
  // A write tag is set only once the page is dirty; under shadow paging never for a page table.
  s.say(`(S-W and U-W appear once a page is dirty${s.dom.mode === 'trap' ? '; never for the kernel\'s page tables, whose writes the hypervisor takes' : ''})`);
}

/** `info pagetable VA`: the walk for a supervisor read, level by level. */
function walkOne(s: Session, va: number): void {
  const cpu = s.cpu;
  const w = cpu.probe(va, ACCESS_READ, false, newWalk());
  const dir = va >>> 22;
  const tab = (va >>> 12) & (ENTRIES - 1);
  s.say(`virtual ${hex8(va)}: directory index ${dir}, table index ${tab}, offset ${hex(va & (PAGE - 1), 1)}; directory at ${hex8(cpu.ptb)} (CR_PTB)`);
  const past = (what: string, pa: number): void => s.say(`  ${what} at ${hex8(pa)} is past the end of memory (${hex(cpu.memSize, 1)}): a memory fault (VEC_MEMORY), not a page fault`);
  if (w.pdeAddr < 0) return past('the directory entry', ((cpu.ptb & PTE_FRAME) + dir * 4) >>> 0);
  const pdeP = (w.pde & PTE_P) !== 0;
  s.say(`  directory entry at ${hex8(w.pdeAddr)}: ${hex8(w.pde)}  ${pteBits(w.pde)}  ${pdeP ? `page table at ${hex8(w.pde & PTE_FRAME)}` : 'not present'}`);
  if (pdeP && w.pteAddr < 0) return past('the table entry', w.status === WALK_OUTSIDE ? w.pa : ((w.pde & PTE_FRAME) + tab * 4) >>> 0);
  if (w.pteAddr >= 0) {
    const pteP = (w.pte & PTE_P) !== 0;
    s.say(`  table entry     at ${hex8(w.pteAddr)}: ${hex8(w.pte)}  ${pteBits(w.pte)}  ${pteP ? `frame ${hex8(w.pte & PTE_FRAME)}` : 'not present'}`);
  }
  if (w.status === WALK_OK) return s.say(`  physical ${hex8(w.pa)}; allows ${allowed(w.pde, w.pte)}`);
  if (w.status === WALK_OUTSIDE) return past('the frame', w.pa);
  s.say(`  not mapped: a read faults (VEC_PAGE): ${faultCodeText(w.code)} (code ${hex(w.code, 1)})`);
}

interface Run {
  va: number;
  pa: number;
  pages: number;
  access: string;
  past: boolean;
}

/** `info pagetable`: the mapped ranges of the address space at CR_PTB, runs coalesced. */
function ranges(s: Session): void {
  const cpu = s.cpu;
  const mem = cpu.mem;
  const base = cpu.ptb & PTE_FRAME;
  const word = (a: number): number => mem[a]! | (mem[a + 1]! << 8) | (mem[a + 2]! << 16) | (mem[a + 3]! << 24);
  const lines: string[] = [];
  let pages = 0;
  let shown = 0;
  let run: Run | null = null;
  const flush = (): void => {
    if (!run) return;
    const r = run;
    run = null;
    if (++shown > LIMITS.pageRanges) return;
    const end = r.va + r.pages * PAGE - 1;
    const to = r.past ? `${hex8(r.pa)}, past the end of memory` : `${hex8(r.pa)}-${hex8(r.pa + r.pages * PAGE - 1)}`;
    lines.push(`  ${hex8(r.va)}-${hex8(end)} -> ${to}  ${r.access}  ${r.pages} page${r.pages === 1 ? '' : 's'}`);
  };
  if (base > cpu.memSize - PAGE) return s.say(`The directory at ${hex8(base)} (CR_PTB) lies past the end of memory (${hex(cpu.memSize, 1)}): every access is a memory fault.`);
  for (let d = 0; d < ENTRIES; d++) {
    const pde = word(base + d * 4);
    if ((pde & PTE_P) === 0) {
      flush();
      continue;
    }
    const table = (pde & PTE_FRAME) >>> 0;
    if (table > cpu.memSize - PAGE) {
      flush();
      if (++shown <= LIMITS.pageRanges) lines.push(`  ${hex8(d << 22)}-${hex8(((d + 1) << 22) - 1)} -> page table at ${hex8(table)}, past the end of memory`);
      continue;
    }
    for (let t = 0; t < ENTRIES; t++) {
      const pte = word(table + t * 4);
      if ((pte & PTE_P) === 0) {
        flush();
        continue;
      }
      const va = ((d << 22) | (t << 12)) >>> 0;
      const pa = (pte & PTE_FRAME) >>> 0;
      const acc = allowed(pde, pte);
      const past = pa > cpu.memSize - PAGE;
      pages++;
      const r = run as Run | null;
      if (r && r.access === acc && r.past === past && va === r.va + r.pages * PAGE && (past || pa === r.pa + r.pages * PAGE)) r.pages++;
      else {
        flush();
        run = { va, pa, pages: 1, access: acc, past };
      }
    }
  }
  flush();
  s.say(`Address space at CR_PTB ${hex8(base)}: ${pages} page${pages === 1 ? '' : 's'} mapped, in ${shown} range${shown === 1 ? '' : 's'}`);
  for (const l of lines) s.say(l);
  if (shown > LIMITS.pageRanges) s.say(`  ... and ${shown - LIMITS.pageRanges} more ranges (at most ${LIMITS.pageRanges} are listed; info pagetable ADDRESS walks one)`);
}

export function infoPagetable(s: Session, args: string[]): void {
  if (s.cpu.ptb === 0) return s.say(OFF);
  if (!args.length) return ranges(s);
  const va = s.eval(args.join(' '));
  if (va !== undefined) walkOne(s, va >>> 0);
}
