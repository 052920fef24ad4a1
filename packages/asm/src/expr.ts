// Evaluating expressions. Arithmetic is exact (doubles), bitwise operators work on 32 bits as in
// C; whether a result fits is checked where it is used, against the field it goes into.
import type { Expr } from '../grammar/ast.ts';
import { decodeEscapes } from './strings.ts';

/** `reported`: the error was already reported where it arose (an `.equ`'s definition). */
export type Value = { ok: true; v: number } | { ok: false; col: number; message: string; reported?: boolean };

export interface Scope {
  /** The value of a symbol, or an error message when it has none (yet). */
  symbol(name: string, col: number): Value;
  /** The resolved name of a numeric local reference (`1b`, `1f`). */
  local(e: Extract<Expr, { k: 'local' }>): Value;
  /** The address of the statement being assembled (`.`). */
  readonly dot: number;
}

const err = (col: number, message: string): Value => ({ ok: false, col, message });

export function charValue(text: string, col: number): Value {
  const d = decodeEscapes(text.slice(1, -1));
  if (!d.ok) return err(col + 1 + d.offset, d.message);
  if (d.bytes.length !== 1) return err(col, `character literal ${text} is not one byte`);
  return { ok: true, v: d.bytes[0]! };
}

export function evaluate(e: Expr, scope: Scope): Value {
  switch (e.k) {
    case 'num':
      if (e.tok.type === 'char') return charValue(e.tok.text, e.col);
      return { ok: true, v: e.v };
    case 'sym':
      return scope.symbol(e.name, e.col);
    case 'local':
      return scope.local(e);
    case 'dot':
      return { ok: true, v: scope.dot };
    case 'un': {
      const x = evaluate(e.e, scope);
      if (!x.ok) return x;
      return { ok: true, v: e.op === '-' ? -x.v : e.op === '~' ? ~x.v : x.v };
    }
    case 'bin': {
      const l = evaluate(e.l, scope);
      if (!l.ok) return l;
      const r = evaluate(e.r, scope);
      if (!r.ok) return r;
      const a = l.v;
      const b = r.v;
      switch (e.op) {
        case '+': return { ok: true, v: a + b };
        case '-': return { ok: true, v: a - b };
        case '*': return { ok: true, v: a * b };
        case '/':
        case '%':
          if (b === 0) return err(e.col, 'division by zero in expression');
          return { ok: true, v: e.op === '/' ? Math.trunc(a / b) : a % b };
        case '<<': return { ok: true, v: a << (b & 31) };
        case '>>': return { ok: true, v: a >> (b & 31) };
        case '&': return { ok: true, v: a & b };
        case '|': return { ok: true, v: a | b };
        case '^': return { ok: true, v: a ^ b };
      }
      return err(e.col, `unknown operator '${e.op}'`);
    }
  }
}

/** Every symbol name an expression mentions (for forward-reference checks). */
export function* symbolsOf(e: Expr): Generator<Extract<Expr, { k: 'sym' }>> {
  if (e.k === 'sym') yield e;
  else if (e.k === 'un') yield* symbolsOf(e.e);
  else if (e.k === 'bin') {
    yield* symbolsOf(e.l);
    yield* symbolsOf(e.r);
  }
}
