// The shapes the grammar produces for one line, and the postprocessors that build them. The
// generated grammar calls these, so it stays free of logic and of `any` leaking into the
// assembler.

/** A token as the parser sees it: moo's token after the assembler has classified it. */
export interface Tok {
  type: string;
  value: string;
  text: string;
  col: number;
}

export type Expr =
  | { k: 'num'; v: number; col: number; tok: Tok }
  | { k: 'sym'; name: string; col: number }
  | { k: 'local'; n: number; dir: 'b' | 'f'; col: number }
  | { k: 'dot'; col: number }
  | { k: 'un'; op: string; e: Expr; col: number }
  | { k: 'bin'; op: string; l: Expr; r: Expr; col: number };

export type Operand =
  | { k: 'reg'; r: string; col: number }
  | { k: 'str'; tok: Tok; col: number }
  | { k: 'mem'; base: string | null; offset: Expr | null; col: number }
  | { k: 'expr'; e: Expr; col: number };

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

type D = any[];

/** Where an expression starts: a binary node's own column is its operator's, for `1/0`. */
export const startCol = (e: Expr): number => (e.k === 'bin' ? startCol(e.l) : e.col);

export const line = ([labels, stmt]: D): Line => ({ labels, stmt });
export const label = ([t]: D): Label => ({ name: t.value, local: false, col: t.col, tok: t });
export const localLabel = ([t]: D): Label => ({ name: t.value, local: true, col: t.col, tok: t });

export const instr = ([t, ops]: D): Stmt => ({ k: 'instr', name: t.value, ops: ops ?? [], col: t.col });
export const assign = ([t, , e]: D): Stmt => ({ k: 'assign', name: t.value, e, col: t.col });
export const macro = ([t, name, params]: D): Stmt => ({ k: 'macro', name: name.value, params: params ?? [], col: t.col });
export const directive = ([t, ops]: D): Stmt => ({ k: 'directive', name: t.value, ops: ops ?? [], col: t.col });

/** `x ("," x):*` as a flat list. */
export const list = ([first, rest]: D): unknown[] => [first, ...rest.map((r: D) => r[1])];

export const reg = ([t]: D): Operand => ({ k: 'reg', r: t.value, col: t.col });
export const str = ([t]: D): Operand => ({ k: 'str', tok: t, col: t.col });
export const exprOperand = ([e]: D): Operand => ({ k: 'expr', e, col: startCol(e) });
export const memReg = ([b, r]: D): Operand => ({ k: 'mem', base: r.value, offset: null, col: b.col });
export const memAbs = ([b, e]: D): Operand => ({ k: 'mem', base: null, offset: e, col: b.col });

/** `[r - a + b]` is r + (0 - a + b): the chain after the register, regrouped with a leading zero. */
export const memRegOff = ([b, r, [sign], first, rest]: D): Operand => {
  const zero: Expr = { k: 'num', v: 0, col: sign.col, tok: sign };
  const { items, ops } = unchain(first, rest);
  return { k: 'mem', base: r.value, offset: group([zero, ...items], [sign, ...ops]), col: b.col };
};

// Binding strength of each binary operator, as in C; all are left-associative.
const PREC: Record<string, number> = { '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6 };

function unchain(first: Expr, rest: D): { items: Expr[]; ops: Tok[] } {
  const items = [first];
  const ops: Tok[] = [];
  for (const [[op], e] of rest) {
    ops.push(op);
    items.push(e);
  }
  return { items, ops };
}

/** Precedence climbing over a flat chain `e0 op1 e1 op2 e2 ...`. */
function group(items: Expr[], ops: Tok[]): Expr {
  let i = 0;
  const climb = (minPrec: number): Expr => {
    let left = items[i]!;
    while (i < ops.length && PREC[ops[i]!.value]! >= minPrec) {
      const op = ops[i++]!;
      left = { k: 'bin', op: op.value, l: left, r: climb(PREC[op.value]! + 1), col: op.col };
    }
    return left;
  };
  return climb(0);
}

/** Binary operators arrive as a flat chain (fewer Earley states than a rule per level). */
export const chain = ([first, rest]: D): Expr => {
  if (rest.length === 0) return first;
  const { items, ops } = unchain(first, rest);
  return group(items, ops);
};

export const un = ([op, e]: D): Expr => ({ k: 'un', op: (op[0] ?? op).value, e, col: (op[0] ?? op).col });
export const num = ([t]: D): Expr => ({ k: 'num', v: t.num, col: t.col, tok: t });
export const sym = ([t]: D): Expr => ({ k: 'sym', name: t.value, col: t.col });
export const local = ([t]: D): Expr => ({ k: 'local', n: Number(t.value.slice(0, -1)), dir: t.value.slice(-1), col: t.col });
export const dot = ([t]: D): Expr => ({ k: 'dot', col: t.col });
export const paren = ([, e]: D): Expr => e;
export const first = ([x]: D): unknown => x;
