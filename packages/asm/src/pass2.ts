// The second pass: every address is known; evaluate operands, check that each value fits its
// field, and encode.
import { PREDEFINED, ZERO_REG, encode, isRegOperand, regNumber, writeWord, type Instr } from '@pvm/isa';
import { startCol, type Expr, type Operand } from '../grammar/ast.ts';
import { suggest, type Origin } from './diagnostics.ts';
import { evaluate, type Scope, type Value } from './expr.ts';
import { addressOf, selfReference, type Place, type State, type Stmt, type Sym } from './state.ts';

const NOP = 0x01;

/** Inclusive ranges of the values each kind of field accepts. */
const RANGE = {
  word: [-0x8000_0000, 0xffff_ffff],
  half: [-0x8000, 0xffff],
  byte: [-0x80, 0xff],
  port: [0, 0xff],
  hcall: [0, 63],
} as const;

export class SecondPass {
  readonly text: Uint8Array;
  readonly data: Uint8Array;
  private readonly userNames: string[];
  /** The `.equ`s being evaluated, innermost last: a cycle is reported with its whole path. */
  private readonly evaluating: string[] = [];

  constructor(
    private readonly st: State,
    readonly textBase: number,
    readonly dataBase: number,
  ) {
    this.text = new Uint8Array(st.size.text);
    this.data = new Uint8Array(st.size.data);
    this.userNames = [...st.symbols.entries()].filter(([, s]) => s.kind === 'equ' || !s.local).map(([n]) => n);
  }

  address(p: Place): number {
    return addressOf(p, this.textBase, this.dataBase);
  }

  private error(seq: number, origin: Origin, col: number, message: string): void {
    this.st.diags.push({ origin, col, message, seq });
  }

  /**
   * The value of an `.equ`, evaluated once, with cycles caught. An error in it is reported at
   * its definition, where its column belongs, and only there: a use of it reports nothing more.
   */
  equValue(s: Extract<Sym, { kind: 'equ' }>, name: string, col: number): Value {
    if (s.state === 'done') return { ok: true, v: s.value };
    if (s.state === 'failed') return { ok: false, col, message: `'${name}' has no value`, reported: true };
    if (s.state === 'busy') return { ok: false, col, message: selfReference([...this.evaluating.slice(this.evaluating.indexOf(name)), name]) };
    s.state = 'busy';
    this.evaluating.push(name);
    const v = evaluate(s.expr, this.scope(s.at));
    this.evaluating.pop();
    if (v.ok) {
      s.state = 'done';
      s.value = v.v;
      return v;
    }
    s.state = 'failed';
    if (!v.reported) this.error(s.seq, s.origin, v.col, v.message);
    return { ok: false, col, message: `'${name}' has no value`, reported: true };
  }

  scope(at: Place): Scope {
    return {
      dot: this.address(at),
      symbol: (name, col) => this.symbol(name, col),
      local: (l) => {
        const target = (l as { target?: string }).target;
        const s = target ? this.st.symbols.get(target) : undefined;
        if (!s || s.kind !== 'label') return { ok: false, col: l.col, message: `no local label ${l.n} ${l.dir === 'b' ? 'before' : 'after'} this line` };
        return { ok: true, v: this.address(s.at) };
      },
    };
  }

  private symbol(name: string, col: number): Value {
    const s = this.st.symbols.get(name);
    if (s) return s.kind === 'label' ? { ok: true, v: this.address(s.at) } : this.equValue(s, name, col);
    const pre = PREDEFINED.get(name);
    if (pre !== undefined) return { ok: true, v: pre };
    // Never suggest the name being defined: `n = m + 1` with `m` undefined is not a typo of `n`.
    const names = [...this.userNames, ...PREDEFINED.keys()].filter((n) => !this.evaluating.includes(n));
    return { ok: false, col, message: `undefined symbol '${name}'${suggest(name, names)}` };
  }

  /** Evaluate and check the range; reports and returns undefined on error. */
  private value(stmt: Stmt, e: Expr, range: readonly [number, number], what: string): number | undefined {
    const v = evaluate(e, this.scope(stmt.at));
    if (!v.ok) return void (v.reported || this.error(stmt.seq, stmt.origin, v.col, v.message));
    if (!Number.isInteger(v.v) || v.v < range[0] || v.v > range[1]) {
      const shown = Number.isInteger(v.v) ? String(v.v) : 'a fraction';
      return void this.error(stmt.seq, stmt.origin, startCol(e), `${what} ${shown} does not fit: it must be in ${range[0]}..${range[1]}`);
    }
    return v.v >>> 0;
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
          for (let p = (at + 3) & ~3; p + 4 <= end; p += 4) out[p] = NOP;
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
        const range = k === 'port' ? RANGE.port : k === 'hcall' ? RANGE.hcall : RANGE.word;
        const what = k === 'port' ? 'port' : k === 'hcall' ? 'hypercall number' : k === 'label' ? 'address' : 'value';
        const v = this.value(stmt, o.e, range, what);
        if (v === undefined) ok = false;
        words.push(v ?? 0);
      }
    });
    return ok ? { op, regs, words } : undefined;
  }
}
