// Breakpoints, watchpoints and catchpoints: what they are, what names a catchpoint accepts,
// and the stop condition every forward movement checks.
import { didYouMean } from '@pvm/asm';
import { exitCauseNames, type Domain } from '@pvm/hypervisor';
import { HYPERCALLS, HYPERCALL_NAME, REG_SP, VECTORS, VECTOR_NAME, ZERO_REG } from '@pvm/isa';
import { faultCodeText } from '@pvm/cpu';
import { VEC_BLOCK, VEC_BREAK, VEC_CONSOLE, VEC_DIVIDE, VEC_ILLEGAL, VEC_MEMORY, VEC_PRIV, VEC_TIMER } from '@pvm/isa/codes';
import type { Condition, StepEvent } from './engine.ts';
import { LIMITS } from './limits.ts';
import type { GuestMemory } from './memory.ts';
import { hex } from './where.ts';

export type PointKind = 'breakpoint' | 'watchpoint' | 'read watchpoint' | 'catchpoint';
export type CatchKind = 'trap' | 'hcall' | 'interrupt' | 'pagefault';

export interface Point {
  readonly id: number;
  readonly kind: PointKind;
  readonly temp: boolean;
  enabled: boolean;
  hits: number;
  /** What the user typed, for `info breakpoints`. */
  readonly what: string;
  /** Breakpoint: code address; memory watchpoints: the watched word. */
  readonly addr?: number;
  /** Register watchpoints: the register's name (`r1`, `sp`, `pc`, `flags`). */
  readonly reg?: string;
  /** Catchpoint: what it catches; the filter is canonical (a name, or a number in decimal). */
  readonly catches?: { kind: CatchKind; filter: string | null };
}

/** Exceptions that stop the guest in the debugger, as signals do in gdb. */
const STOP_VECTORS = new Set([VEC_DIVIDE, VEC_ILLEGAL, VEC_PRIV, VEC_MEMORY, VEC_BREAK]);

/** Vectors that arrive as interrupts (the rest are exceptions, raised by instructions). */
const IRQ_VECTORS = VECTORS.filter((v) => v.value === VEC_TIMER || v.value === VEC_CONSOLE || v.value === VEC_BLOCK);

/** Every name a VM exit can have in `info exits` (trap's causes and hvm's exit reasons), for `catch vmexit CAUSE`. */
const CAUSES: readonly string[] = exitCauseNames().filter((c) => !/ 0x[0-9a-f]+$/.test(c));

const number = (s: string): number | null => (/^(\d+|0[xX][0-9a-fA-F]+)$/.test(s) && Number(s) <= 0xffffffff ? Number(s) : null);
const suggest = (name: string, pool: Iterable<string>): string => {
  const d = didYouMean(name, pool);
  return d ? `; did you mean "${d}"?` : '';
};

/** A catchpoint's filter in canonical form, or why it names nothing that can happen. */
export function catchFilter(kind: CatchKind, filter: string | null): { filter: string | null } | { error: string } {
  if (filter === null) return { filter };
  if (kind === 'trap') {
    const f = filter.toLowerCase();
    if (CAUSES.some((c) => c.toLowerCase().startsWith(f)) || /^(in|out) 0x[0-9a-f]{1,2}$/.test(f)) return { filter };
    const words = [...new Set(CAUSES.map((c) => c.split(' ')[0]!))];
    return { error: `catch vmexit: no VM exit cause starts with "${filter}"${suggest(filter, [...CAUSES, ...words])} (causes: ${words.join(', ')})` };
  }
  if (kind === 'hcall') {
    const n = number(filter);
    if (n !== null) return { filter: String(n) };
    if (HYPERCALLS.some((h) => h.name === filter)) return { filter };
    return { error: `catch hcall: unknown hypercall "${filter}"${suggest(filter, HYPERCALLS.map((h) => h.name))} (or give its number)` };
  }
  if (kind === 'pagefault') {
    if (filter === 'hidden') return { filter };
    return { error: `catch pagefault: "${filter.length > 20 ? filter.slice(0, 20) + '...' : filter}" is not a kind of page fault: "catch pagefault" stops at the faults the kernel sees, "catch pagefault hidden" at trap mode's shadow fills` };
  }
  if (filter === 'upcall' || filter === 'event') return { filter };
  const n = number(filter);
  const v = IRQ_VECTORS.find((x) => x.name === filter || x.value === n);
  if (v) return { filter: v.name };
  const names = [...IRQ_VECTORS.map((x) => x.name), 'upcall'];
  if (VECTORS.some((x) => x.name === filter || x.value === n))
    return { error: `catch interrupt: ${filter} is an exception, not an interrupt (faults and brk stop the debugger by themselves); interrupts: ${names.join(', ')}` };
  return { error: `catch interrupt: unknown interrupt "${filter}"${suggest(filter, names)} (interrupts: ${names.join(', ')})` };
}

/** Why a catchpoint matches an event, or null. */
function catchMatch(p: Point, e: StepEvent): string | null {
  const c = p.catches!;
  const f = c.filter;
  if (c.kind === 'trap' && e.kind === 'exit') {
    if (f && !e.cause.toLowerCase().startsWith(f.toLowerCase())) return null;
    return `exit: \`${e.cause}\` handled by the hypervisor`;
  }
  if (c.kind === 'hcall' && e.kind === 'hcall') {
    const name = HYPERCALL_NAME.get(e.nr) ?? `#${e.nr}`;
    if (f && f !== name && f !== String(e.nr)) return null;
    return `hypercall ${name}(${e.args.map((a, i) => `r${i + 1}=${a < 0 || a > 4096 ? hex(a) : a}`).join(', ')})`;
  }
  if (c.kind === 'interrupt' && e.kind === 'interrupt') {
    const name = VECTOR_NAME.get(e.vector) ?? String(e.vector);
    if (f && f !== name) return null;
    return `interrupt ${name} delivered, interrupted ${hex(e.pc)}`;
  }
  if (c.kind === 'pagefault' && e.kind === 'pagefault') {
    if ((f === 'hidden') !== e.hidden) return null;
    if (e.hidden) return `hidden page fault at ${hex(e.va)}, by the instruction at ${hex(e.pc)}: the hypervisor filled its shadow entry, the kernel never sees it`;
    return `page fault at ${hex(e.va)}: ${faultCodeText(e.code)} (code ${hex(e.code, 1)}), at ${hex(e.pc)}`;
  }
  if (c.kind === 'interrupt' && e.kind === 'upcall') {
    if (f && f !== 'upcall' && f !== 'event') return null;
    return `event upcall, interrupted ${hex(e.pc)}`;
  }
  return null;
}

/** What the points need to see of the machine. */
export interface PointView {
  readonly cpu: Domain['cpu'];
  /** Memory at the guest's addresses (virtual once paging is on). */
  readonly memory: GuestMemory;
  /** A register's value by name (`r1`, `sp`, `pc`, `flags`). */
  reg(name: string): number;
  describe(addr: number): string;
}

export class Points {
  readonly list: Point[] = [];
  private nextId = 1;

  constructor(private readonly view: PointView) {}

  /** A new point, or why not (too many). */
  add(p: Omit<Point, 'id' | 'hits' | 'enabled'>): Point | string {
    if (this.list.length >= LIMITS.points) return `too many breakpoints, watchpoints and catchpoints (at most ${LIMITS.points}): delete some first`;
    const point: Point = { ...p, id: this.nextId++, hits: 0, enabled: true };
    this.list.push(point);
    return point;
  }

  find(id: number): Point | undefined {
    return this.list.find((x) => x.id === id);
  }

  remove(p: Point): void {
    const i = this.list.indexOf(p);
    if (i >= 0) this.list.splice(i, 1);
  }

  private watched(p: Point): number | undefined {
    if (p.reg !== undefined) return this.view.reg(p.reg);
    return this.view.memory.read(p.addr!, 4);
  }

  /** Addresses the instruction at `pc` reads, for read watchpoints. */
  private reads(pc: number): { addr: number; size: number }[] {
    const cpu = this.view.cpu;
    const ins = this.view.memory.instr(pc);
    if (!ins) return [];
    const regs = cpu.regs;
    const m = ins.op.mnemonic;
    const sp = regs[REG_SP]! >>> 0;
    if (m === 'ld' || m === 'ldb' || m === 'ldh') {
      const base = ins.regs[1]! === ZERO_REG ? 0 : regs[ins.regs[1]!]!;
      return [{ addr: (base + ins.words[0]!) >>> 0, size: m === 'ld' ? 4 : m === 'ldh' ? 2 : 1 }];
    }
    if (m === 'pop' || m === 'ret' || m === 'popf') return [{ addr: sp, size: 4 }];
    if (m === 'iret') return [{ addr: sp, size: 12 }];
    return [];
  }

  /**
   * The stop condition every forward movement checks: enabled breakpoints, watchpoints,
   * catchpoints, and the exceptions that stop like signals. Made fresh for each run, because a
   * watchpoint remembers the value it last saw. `count: false` leaves hit counts and temporary
   * breakpoints alone (a reverse search tries them without using them up).
   */
  stopCondition(opts: { count?: boolean } = {}): { cond: Condition; before: (pc: number) => void } {
    const count = opts.count ?? true;
    const view = this.view;
    const watched = new Map<Point, number | undefined>();
    for (const p of this.list) if (p.kind === 'watchpoint' && p.enabled) watched.set(p, this.watched(p));
    let readHit: Point | null = null;
    const rwatch = this.list.filter((p) => p.kind === 'read watchpoint' && p.enabled);
    const breaks = this.list.filter((p) => p.kind === 'breakpoint' && p.enabled);
    const catches = this.list.filter((p) => p.kind === 'catchpoint' && p.enabled);
    const before = (pc: number): void => {
      readHit = null;
      if (!rwatch.length) return;
      for (const r of this.reads(pc)) for (const p of rwatch) if (r.addr < p.addr! + 4 && p.addr! < r.addr + r.size) readHit = p;
    };
    const hit = (p: Point, text: string): string => {
      if (count) {
        p.hits++;
        if (p.temp) this.remove(p);
      }
      return text;
    };
    const cond: Condition = (events) => {
      const pc = view.cpu.pc >>> 0;
      for (const p of breaks) if (p.addr === pc && this.list.includes(p)) return hit(p, `${p.temp ? 'Temporary breakpoint' : 'Breakpoint'} ${p.id}, ${view.describe(pc)}`);
      for (const [p, old] of watched) {
        const now = this.watched(p);
        if (now !== old) {
          watched.set(p, now);
          const title = p.reg !== undefined ? `Watchpoint ${p.id}: ${p.what}` : `Hardware watchpoint ${p.id}: ${p.what}`;
          return hit(p, `${title}\n\nOld value = ${old ?? '<unreadable>'}\nNew value = ${now ?? '<unreadable>'}`);
        }
      }
      if (readHit) return hit(readHit, `Hardware read watchpoint ${readHit.id}: ${readHit.what}\n\nValue = ${this.watched(readHit)}`);
      for (const e of events) {
        for (const p of catches) {
          const why = catchMatch(p, e);
          if (why) return hit(p, `Catchpoint ${p.id} (${why})`);
        }
        if (e.kind === 'exception' && STOP_VECTORS.has(e.vector)) return `Program received exception ${VECTOR_NAME.get(e.vector) ?? e.vector} at ${view.describe(e.pc)}`;
      }
      return null;
    };
    return { cond, before };
  }
}
