// Evaluating expressions on exact integers (BigInt): nothing is ever rounded, and a value past
// ±(2^64 - 1) is an error where it arises. Whether a result fits is checked where it is used,
// against the field it goes into.
import type { Expr } from '../grammar/ast.ts';
import { VALUE_LIMIT } from './limits.ts';

/**
 * `reported`: the error was already reported where it arose (an `.equ`'s definition).
 * `waitsFor`: the symbol not defined yet that the first pass needed; `transient`: an error that
 * depends on the path that led to it (a cycle, the depth bound), so it is not kept.
 */
export type Value =
  | { ok: true; v: bigint }
  | { ok: false; col: number; message: string; reported?: boolean; waitsFor?: string; transient?: boolean };

export interface Scope {
  /** The value of a symbol, or an error message when it has none (yet). */
  symbol(name: string, col: number): Value;
  /** The resolved name of a numeric local reference (`1b`, `1f`). */
  local(e: Extract<Expr, { k: 'local' }>): Value;
  /** The address of the statement being assembled (`.`). */
  readonly dot: number;
}

export const TOO_LARGE = 'values in expressions must be within ±(2^64 - 1)';

const err = (col: number, message: string): Value => ({ ok: false, col, message });
const SHIFT_MAX = 64n;

function checked(v: bigint, col: number, op: string): Value {
  if (v < VALUE_LIMIT && v > -VALUE_LIMIT) return { ok: true, v };
  return err(col, `the result of '${op}' is too large: ${TOO_LARGE}`);
}

function apply(op: string, a: bigint, b: bigint, col: number): Value {
  switch (op) {
    case '+': return checked(a + b, col, op);
    case '-': return checked(a - b, col, op);
    case '*': return checked(a * b, col, op);
    case '/':
    case '%':
      if (b === 0n) return err(col, 'division by zero in expression');
      // BigInt division truncates toward zero, as C's does.
      return { ok: true, v: op === '/' ? a / b : a % b };
    case '<<':
    case '>>':
      if (b < 0n) return err(col, `shift by a negative count (${b})`);
      if (op === '>>') return { ok: true, v: a >> (b > SHIFT_MAX ? SHIFT_MAX : b) };
      // Checked before shifting: `1 << 100000000` must not build a huge number first.
      return a === 0n ? { ok: true, v: 0n } : b > SHIFT_MAX ? checked(VALUE_LIMIT, col, op) : checked(a << b, col, op);
    case '&': return checked(a & b, col, op);
    case '|': return checked(a | b, col, op);
    case '^': return checked(a ^ b, col, op);
  }
  return err(col, `unknown operator '${op}'`);
}

export function evaluate(e: Expr, scope: Scope): Value {
  switch (e.k) {
    case 'num':
      return { ok: true, v: e.v };
    case 'sym':
      return scope.symbol(e.name, e.col);
    case 'local':
      return scope.local(e);
    case 'dot':
      return { ok: true, v: BigInt(scope.dot) };
    case 'un': {
      const x = evaluate(e.e, scope);
      if (!x.ok) return x;
      return e.op === '-' ? { ok: true, v: -x.v } : e.op === '~' ? checked(~x.v, e.col, '~') : x;
    }
    case 'ops': {
      let acc = evaluate(e.first, scope);
      for (const s of e.rest) {
        if (!acc.ok) return acc;
        const r = evaluate(s.e, scope);
        if (!r.ok) return r;
        acc = apply(s.op, acc.v, r.v, s.col);
      }
      return acc;
    }
  }
}

/** Call `fn` on every node of an expression, parents first. */
export function visit(e: Expr, fn: (e: Expr) => void): void {
  fn(e);
  if (e.k === 'un') visit(e.e, fn);
  else if (e.k === 'ops') {
    visit(e.first, fn);
    for (const s of e.rest) visit(s.e, fn);
  }
}

/** The symbol names an expression uses, each once. */
export function symbolNames(e: Expr): string[] {
  const names = new Set<string>();
  visit(e, (n) => void (n.k === 'sym' && names.add(n.name)));
  return [...names];
}
