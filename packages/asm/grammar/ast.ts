// The shapes the grammar produces for one line, and the postprocessors that build them. The
// generated grammar calls these, so it stays free of logic and of `any` leaking into the
// assembler. nearley runs a postprocessor wherever its rule could end, so every one here is
// O(1): lists and operator chains are built back to front and turned into arrays and trees once,
// by `finish`, after the parse.

/** A token as the parser sees it: moo's token after the assembler has classified it. */
export interface Tok {
  type: string;
  value: string;
  text: string;
  col: number;
  /** The exact value of a number or character literal. */
  num?: bigint;
}

/** One operator and the operand after it, in an `ops` node. */
export interface Step {
  readonly op: string;
  /** The operator's column: `1/0` is reported at the `/`. */
  readonly col: number;
  readonly e: Expr;
}

/** `col` is where the expression starts. */
export type Expr =
  | { k: 'num'; v: bigint; col: number; tok: Tok }
  | { k: 'sym'; name: string; col: number }
  /** `n` is the label's number in canonical decimal (`007b` is `7`), never rounded. */
  | { k: 'local'; n: string; dir: 'b' | 'f'; col: number }
  | { k: 'dot'; col: number }
  | { k: 'un'; op: string; e: Expr; col: number }
  /** Operators of one precedence, applied left to right: `a - b + c` is one node, not a tree
   * as deep as the chain is long. */
  | { k: 'ops'; first: Expr; rest: readonly Step[]; col: number };

export type Operand<E = Expr> =
  | { k: 'reg'; r: string; col: number }
  | { k: 'str'; tok: Tok; col: number }
  | { k: 'mem'; base: string | null; offset: Expr | null; col: number }
  | { k: 'expr'; e: E; col: number };

export type Label = { name: string; local: boolean; col: number; tok: Tok };

export type Stmt =
  | { k: 'instr'; name: string; ops: Operand[]; col: number }
  | { k: 'assign'; name: string; e: Expr; col: number }
  | { k: 'macro'; name: string; params: Tok[]; col: number }
  | { k: 'directive'; name: string; ops: Operand[]; col: number };

export interface Line {
  labels: Label[];
  stmt: Stmt | null;
}

// ---- what the parser builds, before `finish` ----

/** A list built back to front, one cell per item. */
export interface List<T> {
  readonly prev: List<T> | null;
  readonly item: T;
}

/** `e0 op1 e1 ... opN eN` built back to front; `col` is where e0 starts. */
export interface Chain {
  readonly prev: Chain | null;
  readonly op: Tok | null;
  readonly e: Expr;
  readonly col: number;
}

type RawOperand = Operand<Chain>;
type RawStmt =
  | { k: 'instr'; name: string; ops: List<RawOperand> | null; col: number }
  | { k: 'assign'; name: string; e: Chain; col: number }
  | { k: 'macro'; name: string; params: List<Tok> | null; col: number }
  | { k: 'directive'; name: string; ops: List<RawOperand> | null; col: number };

export interface RawLine {
  labels: List<Label> | null;
  stmt: RawStmt | null;
}

function toArray<T>(l: List<T> | null): T[] {
  const out: T[] = [];
  for (let c = l; c; c = c.prev) out.push(c.item);
  return out.reverse();
}

/** Binding strength of each binary operator, as in C; all are left-associative. */
export const PREC: Readonly<Record<string, number>> = { '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6 };
const TIGHTEST = 6;

/** A chain grouped by precedence: one `ops` node per run of operators of one level. */
export function group(chain: Chain): Expr {
  const items: Expr[] = [];
  const ops: Tok[] = [];
  for (let c: Chain | null = chain; c; c = c.prev) {
    items.push(c.e);
    if (c.op) ops.push(c.op);
  }
  items.reverse();
  ops.reverse();
  // ops[p - 1] is the operator after the item just consumed.
  let p = 0;
  const level = (prec: number): Expr => {
    if (prec > TIGHTEST) return items[p++]!;
    const first = level(prec + 1);
    const rest: Step[] = [];
    while (p - 1 < ops.length && PREC[ops[p - 1]!.value] === prec) {
      const op = ops[p - 1]!;
      rest.push({ op: op.value, col: op.col, e: level(prec + 1) });
    }
    return rest.length ? { k: 'ops', first, rest, col: first.col } : first;
  };
  return level(1);
}

const finishOperand = (o: RawOperand): Operand => (o.k === 'expr' ? { k: 'expr', e: group(o.e), col: o.col } : o);

/** The line as the assembler uses it: arrays and grouped expressions. */
export function finish(l: RawLine): Line {
  const s = l.stmt;
  let stmt: Stmt | null = null;
  if (s?.k === 'assign') stmt = { k: 'assign', name: s.name, e: group(s.e), col: s.col };
  else if (s?.k === 'macro') stmt = { k: 'macro', name: s.name, params: toArray(s.params), col: s.col };
  else if (s) stmt = { k: s.k, name: s.name, ops: toArray(s.ops).map(finishOperand), col: s.col };
  return { labels: toArray(l.labels), stmt };
}

// ---- the postprocessors ----

type D = any[];

export const line = ([labels, stmt]: D): RawLine => ({ labels, stmt });
export const none = (): null => null;
export const append = ([prev, item]: D): List<unknown> => ({ prev, item });
export const appendLast = ([prev, , item]: D): List<unknown> => ({ prev, item });
export const start = ([item]: D): List<unknown> => ({ prev: null, item });

export const label = ([t]: D): Label => ({ name: t.value, local: false, col: t.col, tok: t });
/** A local label's number as digits without leading zeros: exact however long (`007:` is `7:`). */
const canonical = (digits: string): string => digits.replace(/^0+(?=[0-9])/, '');

export const localLabel = ([t]: D): Label => ({ name: canonical(t.value), local: true, col: t.col, tok: t });

export const instr = ([t, ops]: D): RawStmt => ({ k: 'instr', name: t.value, ops, col: t.col });
export const assign = ([t, , e]: D): RawStmt => ({ k: 'assign', name: t.value, e, col: t.col });
export const macro = ([t, name, params]: D): RawStmt => ({ k: 'macro', name: name.value, params, col: t.col });
export const directive = ([t, ops]: D): RawStmt => ({ k: 'directive', name: t.value, ops, col: t.col });

export const reg = ([t]: D): RawOperand => ({ k: 'reg', r: t.value, col: t.col });
export const str = ([t]: D): RawOperand => ({ k: 'str', tok: t, col: t.col });
export const exprOperand = ([c]: D): RawOperand => ({ k: 'expr', e: c, col: c.col });
export const memReg = ([b, r]: D): RawOperand => ({ k: 'mem', base: r.value, offset: null, col: b.col });
export const memAbs = ([b, c]: D): RawOperand => ({ k: 'mem', base: null, offset: group(c), col: b.col });
export const memRegOff = ([b, r, c]: D): RawOperand => ({ k: 'mem', base: r.value, offset: group(c), col: b.col });

export const chainStart = ([e]: D): Chain => ({ prev: null, op: null, e, col: e.col });
export const chainNext = ([prev, [op], e]: D): Chain => ({ prev, op, e, col: prev.col });
/** `[r - a + b]` is r + (0 - a + b): the chain after the register, with a leading zero. */
export const offsetStart = ([[sign], e]: D): Chain => {
  const zero: Expr = { k: 'num', v: 0n, col: sign.col, tok: sign };
  return { prev: { prev: null, op: null, e: zero, col: sign.col }, op: sign, e, col: sign.col };
};

export const un = ([op, e]: D): Expr => ({ k: 'un', op: (op[0] ?? op).value, e, col: (op[0] ?? op).col });
export const num = ([t]: D): Expr => ({ k: 'num', v: t.num, col: t.col, tok: t });
export const sym = ([t]: D): Expr => ({ k: 'sym', name: t.value, col: t.col });
export const local = ([t]: D): Expr => ({ k: 'local', n: canonical(t.value.slice(0, -1)), dir: t.value.slice(-1), col: t.col });
export const dot = ([t]: D): Expr => ({ k: 'dot', col: t.col });
export const paren = ([, c]: D): Expr => group(c);
export const first = ([x]: D): unknown => x;
