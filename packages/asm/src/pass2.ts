// The second pass: every address is known; evaluate operands, check that each value fits its
// field, and encode.
import { FORMS, OPERAND_RANGE, PREDEFINED, ZERO_REG, encode, isRegOperand, regNumber, sizeOf, writeWord, type Instr } from '@pvm/isa';
import type { Expr, Operand } from '../grammar/ast.ts';
import { suggest, type Origin } from './diagnostics.ts';
import { evaluate, symbolNames, type Scope, type Value } from './expr.ts';
import { cycleThrough, dependenciesFirst, type Walk } from './order.ts';
import { addressOf, selfReference, type Place, type State, type Stmt, type Sym } from './state.ts';

/** Padding in .text is made of this instruction, so execution falls through it. */
const NOP: Instr = { op: FORMS.get('nop')![0]!, regs: [], words: [] };
const NOP_SIZE = sizeOf(NOP.op);

/** Inclusive ranges of the values each kind of field accepts. */
const RANGE = {
  word: [-0x8000_0000n, 0xffff_ffffn],
  half: [-0x8000n, 0xffffn],
  byte: [-0x80n, 0xffn],
  port: [BigInt(OPERAND_RANGE.port![0]), BigInt(OPERAND_RANGE.port![1])],
  hcall: [BigInt(OPERAND_RANGE.hcall![0]), BigInt(OPERAND_RANGE.hcall![1])],
  cr: [BigInt(OPERAND_RANGE.cr![0]), BigInt(OPERAND_RANGE.cr![1])],
} as const;

export class SecondPass {
  readonly text: Uint8Array;
  readonly data: Uint8Array;
  /** What an undefined name may be a typo of: the user's names, then the predefined ones. */
  private readonly names: string[];
  /** The `.equ`s being evaluated, while one is. */
  private walk: Walk | null = null;

  constructor(
    private readonly st: State,
    readonly textBase: number,
    readonly dataBase: number,
  ) {
    this.text = new Uint8Array(st.size.text);
    this.data = new Uint8Array(st.size.data);
    this.names = [...[...st.symbols.entries()].filter(([, s]) => s.kind === 'equ' || !s.local).map(([n]) => n), ...PREDEFINED.keys()];
  }

  address(p: Place): number {
    return addressOf(p, this.textBase, this.dataBase);
  }

  private error(seq: number, origin: Origin, col: number, message: string): void {
    this.st.diags.push({ origin, col, message, seq });
  }

  /**
   * The value of an `.equ`, evaluated once, after the ones it names, with cycles caught. An
   * error in it is reported at its definition, where its column belongs, and only there: a use
   * of it reports nothing more.
   */
  equValue(s: Extract<Sym, { kind: 'equ' }>, name: string, col: number): Value {
    if (s.state === 'new') dependenciesFirst(name, (n) => this.start(n), (n, walk) => this.finish(n, walk));
    if (s.state === 'done') return { ok: true, v: s.value };
    if (s.state === 'busy') return { ok: false, col, message: selfReference(cycleThrough(this.walk!, name)) };
    return { ok: false, col, message: `'${name}' has no value`, reported: true };
  }

  private start(name: string): readonly string[] | null {
    const s = this.st.symbols.get(name);
    if (s?.kind !== 'equ' || s.state !== 'new') return null;
    s.state = 'busy';
    return symbolNames(s.expr);
  }

  private finish(name: string, walk: Walk): void {
    const s = this.st.symbols.get(name) as Extract<Sym, { kind: 'equ' }>;
    const outer = this.walk;
    this.walk = walk;
    const v = evaluate(s.expr, this.scope(s.at));
    this.walk = outer;
    if (v.ok) {
      s.state = 'done';
      s.value = v.v;
    } else {
      s.state = 'failed';
      if (!v.reported) this.error(s.seq, s.origin, v.col, v.message);
    }
  }

  scope(at: Place): Scope {
    return {
      dot: this.address(at),
      symbol: (name, col) => this.symbol(name, col),
      local: (l) => {
        const target = (l as { target?: string }).target;
        const s = target ? this.st.symbols.get(target) : undefined;
        if (!s || s.kind !== 'label') return { ok: false, col: l.col, message: `no local label ${l.n} ${l.dir === 'b' ? 'before' : 'after'} this line` };
        return { ok: true, v: BigInt(this.address(s.at)) };
      },
    };
  }

  private symbol(name: string, col: number): Value {
    const s = this.st.symbols.get(name);
    if (s) return s.kind === 'label' ? { ok: true, v: BigInt(this.address(s.at)) } : this.equValue(s, name, col);
    const pre = PREDEFINED.get(name);
    if (pre !== undefined) return { ok: true, v: BigInt(pre) };
    // Never suggest the name being defined: `n = m + 1` with `m` undefined is not a typo of `n`.
    const walk = this.walk;
    const budget = this.st.suggestions;
    const hint = budget.cells < 0 ? '' : suggest(name, walk ? this.names.filter((n) => !walk.onPath.has(n)) : this.names, budget);
    return { ok: false, col, message: `undefined symbol '${name}'${hint}` };
  }

  /** Evaluate and check the range; reports and returns undefined on error. */
  private value(stmt: Stmt, e: Expr, range: readonly [bigint, bigint], what: string): number | undefined {
    const v = evaluate(e, this.scope(stmt.at));
    if (!v.ok) return void (v.reported || this.error(stmt.seq, stmt.origin, v.col, v.message));
    if (v.v < range[0] || v.v > range[1]) return void this.error(stmt.seq, stmt.origin, e.col, `${what} ${v.v} does not fit: it must be in ${range[0]}..${range[1]}`);
    return Number(BigInt.asUintN(32, v.v));
  }

  run(): void {
    // Every .equ, used or not, so an error in an unused one is still reported.
    for (const [name, s] of this.st.symbols) if (s.kind === 'equ') this.equValue(s, name, s.col);
    for (const stmt of this.st.stmts) this.statement(stmt);
  }

  private statement(stmt: Stmt): void {
    const out = stmt.at.section === 'text' ? this.text : this.data;
    const at = stmt.at.offset;
    const e = stmt.emit;
    switch (e.kind) {
      case 'instr': {
        const instr = this.operands(stmt, e.op, e.operands);
        if (instr) encode(instr, out, at);
        return;
      }
      case 'bytes':
        out.set(e.bytes, at);
        return;
      case 'values': {
        const range = e.width === 1 ? RANGE.byte : e.width === 2 ? RANGE.half : RANGE.word;
        const what = e.width === 1 ? 'byte value' : e.width === 2 ? 'half-word value' : 'value';
        e.exprs.forEach((x, i) => {
          const v = this.value(stmt, x, range, what);
          if (v === undefined) return;
          const p = at + i * e.width;
          if (e.width === 4) writeWord(out, p, v);
          else {
            out[p] = v & 0xff;
            if (e.width === 2) out[p + 1] = (v >>> 8) & 0xff;
          }
        });
        return;
      }
      case 'fill': {
        if (e.nop) {
          // Zero bytes up to a word boundary, then whole nops.
          const end = at + e.count;
          for (let p = (at + 3) & ~3; p + NOP_SIZE <= end; p += NOP_SIZE) encode(NOP, out, p);
          return;
        }
        const fill = e.fill ? this.value(stmt, e.fill, RANGE.byte, 'fill byte') : 0;
        if (fill) out.fill(fill, at, at + e.count);
        return;
      }
    }
  }

  private operands(stmt: Stmt, op: Instr['op'], ops: Operand[]): Instr | undefined {
    const regs: number[] = [];
    const words: number[] = [];
    let ok = true;
    op.operands.forEach((k, i) => {
      const o = ops[i]!;
      if (isRegOperand(k) && o.k === 'reg') regs.push(regNumber(o.r));
      else if (k === 'mem' && o.k === 'mem') {
        regs.push(o.base === null ? ZERO_REG : regNumber(o.base));
        const v = o.offset ? this.value(stmt, o.offset, RANGE.word, o.base === null ? 'address' : 'offset') : 0;
        if (v === undefined) ok = false;
        words.push(v ?? 0);
      } else if (o.k === 'expr') {
        const range = k === 'port' ? RANGE.port : k === 'hcall' ? RANGE.hcall : k === 'cr' ? RANGE.cr : RANGE.word;
        const what = k === 'port' ? 'port' : k === 'hcall' ? 'hypercall number' : k === 'cr' ? 'control register' : k === 'label' ? 'address' : 'value';
        const v = this.value(stmt, o.e, range, what);
        if (v === undefined) ok = false;
        words.push(v ?? 0);
      }
    });
    return ok ? { op, regs, words } : undefined;
  }
}
