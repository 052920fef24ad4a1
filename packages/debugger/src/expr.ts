// Expressions typed at the debugger prompt: numbers, registers (r0..r15, sp, fp, pc, flags),
// symbols of the image and the ABI, `&label` (its address), C operators, and memory: `[expr]`
// or `*expr` (a word). Nesting is bounded, so no expression can exhaust the host's stack.
import { PREDEFINED, hex, regNumber } from '@pvm/isa';
import { LIMITS } from './limits.ts';

export interface ExprContext {
  reg(name: string): number | undefined;
  symbol(name: string): number | undefined;
  /** The address of a label (a symbol that is not an `.equ` constant). */
  address(name: string): number | undefined;
  /** A word of guest memory, or undefined outside it. */
  load(addr: number): number | undefined;
  /** Why `load` found nothing at `addr` (by default: cannot access memory). */
  why?(addr: number): string;
}

/** Where `set var` may store: a register (by name) or a word of memory. */
export type Place = { kind: 'reg'; name: string } | { kind: 'mem'; addr: number };

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const TOKEN = /(0[xX][0-9a-fA-F]+|0[bB][01]+|\d+|'(?:\\.|[^'\\])'|\$?[A-Za-z_][A-Za-z0-9_]*|<<|>>|[-+*/%&|^~()[\]=])/y;
const SPACE = /\s*/y;
const PREC: Record<string, number> = { '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6 };
const ESC: Record<string, number> = { n: 10, t: 9, r: 13, '0': 0, '\\': 92, "'": 39, '"': 34 };

export function tokens(s: string): string[] | string {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    SPACE.lastIndex = at;
    SPACE.exec(s);
    at = SPACE.lastIndex;
    if (at >= s.length) return out;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(s);
    if (!m) return `unexpected '${[...s.slice(at, at + 2)][0]}' in expression`;
    out.push(m[1]!);
    at = TOKEN.lastIndex;
  }
}

/** Registers the debugger names beside the ISA's r0..r15, sp and fp. */
export const PSEUDO_REGISTERS = ['pc', 'flags'] as const;
export const isRegisterName = (n: string): boolean => {
  const x = n.replace(/^\$/, '').toLowerCase();
  return regNumber(x) >= 0 || (PSEUDO_REGISTERS as readonly string[]).includes(x);
};

/** A literal's value, or an error when it does not fit in 32 bits. */
function literal(t: string): number {
  const v = /^0[xX]/.test(t) ? parseInt(t.slice(2), 16) : /^0[bB]/.test(t) ? parseInt(t.slice(2), 2) : Number(t);
  if (!(v <= 0xffffffff)) throw new ExprError(`number ${t.length > 24 ? t.slice(0, 24) + '...' : t} is too large for 32 bits`);
  return v | 0;
}

class Parser {
  i = 0;
  private depth = 0;
  constructor(
    private readonly t: string[],
    private readonly ctx: ExprContext,
  ) {}

  fail(msg: string): never {
    throw new ExprError(msg);
  }

  peek(): string | undefined {
    return this.t[this.i];
  }

  /** One level deeper into the expression; the limit is what keeps the host's stack safe. */
  private nest<T>(f: () => T): T {
    if (++this.depth > LIMITS.exprDepth) this.fail(`expression nested too deeply (more than ${LIMITS.exprDepth} levels)`);
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  expr(minPrec = 1): number {
    let left = this.unary();
    for (;;) {
      const op = this.peek();
      const p = op !== undefined ? PREC[op] : undefined;
      if (p === undefined || p < minPrec) return left;
      this.i++;
      const right = this.expr(p + 1);
      left = binary(op!, left, right);
    }
  }

  unary(): number {
    const t = this.peek();
    if (t === '&') {
      this.i++;
      return this.addressOf();
    }
    if (t === '-' || t === '~' || t === '+' || t === '*') {
      this.i++;
      const v = this.nest(() => this.unary());
      if (t === '-') return -v | 0;
      if (t === '~') return ~v;
      if (t === '*') return this.deref(v);
      return v;
    }
    return this.primary();
  }

  /** `&label` is the label's address; `&*expr` and `&[expr]` are the address inside. */
  private addressOf(): number {
    const t = this.peek();
    if (t === '*') {
      this.i++;
      return this.nest(() => this.unary());
    }
    if (t === '[') {
      this.i++;
      const v = this.nest(() => this.expr());
      if (this.t[this.i++] !== ']') this.fail("expected ']'");
      return v;
    }
    if (t === undefined || !/^\$?[A-Za-z_]/.test(t)) this.fail("'&' needs a label: &name");
    this.i++;
    const name = t.replace(/^\$/, '');
    if (isRegisterName(name)) this.fail(`cannot take the address of register ${name}`);
    const a = this.ctx.address(name);
    if (a !== undefined) return a | 0;
    if (this.ctx.symbol(name) !== undefined || PREDEFINED.has(name)) this.fail(`"${name}" is a constant, not a label: it has no address`);
    return this.fail(`no symbol "${name}" in current context`);
  }

  deref(addr: number): number {
    const v = this.ctx.load(addr >>> 0);
    if (v === undefined) this.fail(this.ctx.why?.(addr >>> 0) ?? `cannot access memory at address ${hex(addr >>> 0, 1)}`);
    return v;
  }

  primary(): number {
    const t = this.t[this.i++];
    if (t === undefined) this.fail('expression ends too early');
    if (t === '(' || t === '[') {
      const v = this.nest(() => this.expr());
      const close = t === '(' ? ')' : ']';
      if (this.t[this.i++] !== close) this.fail(`expected '${close}'`);
      return t === '[' ? this.deref(v) : v;
    }
    if (/^\d/.test(t)) return literal(t);
    if (t.startsWith("'")) {
      const body = t.slice(1, -1);
      return body.startsWith('\\') ? (ESC[body[1]!] ?? body.charCodeAt(1)) : body.charCodeAt(0);
    }
    if (/^\$?[A-Za-z_]/.test(t)) {
      const name = t.replace(/^\$/, '');
      if (isRegisterName(name)) return this.ctx.reg(name.toLowerCase())!;
      const v = this.ctx.symbol(name) ?? PREDEFINED.get(name);
      if (v === undefined) this.fail(`no symbol "${name}" in current context`);
      return v | 0;
    }
    return this.fail(`unexpected '${t}' in expression`);
  }
}

class ExprError extends Error {}

function binary(op: string, a: number, b: number): number {
  switch (op) {
    case '+': return (a + b) | 0;
    case '-': return (a - b) | 0;
    case '*': return Math.imul(a, b);
    case '/':
    case '%':
      if (b === 0) throw new ExprError('division by zero');
      return op === '/' ? (a / b) | 0 : a % b | 0;
    case '<<': return a << (b & 31);
    case '>>': return a >> (b & 31);
    case '&': return a & b;
    case '|': return a | b;
    case '^': return a ^ b;
  }
  throw new ExprError(`unknown operator ${op}`);
}

/** Evaluate an expression to a 32-bit value (as a signed int). */
export function evaluate(src: string, ctx: ExprContext): Result<number> {
  const t = tokens(src);
  if (typeof t === 'string') return { ok: false, error: t };
  if (t.length === 0) return { ok: false, error: 'an expression is needed' };
  const p = new Parser(t, ctx);
  try {
    const v = p.expr();
    if (p.i !== t.length) return { ok: false, error: `unexpected '${t[p.i]}' in expression` };
    return { ok: true, value: v };
  } catch (e) {
    if (e instanceof ExprError) return { ok: false, error: e.message };
    throw e;
  }
}

/** The place an assignment's left side names: a register, `[expr]`, `*expr` or a data label. */
export function place(src: string, ctx: ExprContext): Result<Place> {
  const s = src.trim();
  const name = s.replace(/^\$/, '');
  if (isRegisterName(name)) return { ok: true, value: { kind: 'reg', name: name.toLowerCase() } };
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    const a = ctx.address(name);
    if (a === undefined) return { ok: false, error: `"${name}" is not a register or a label with an address` };
    return { ok: true, value: { kind: 'mem', addr: a >>> 0 } };
  }
  const inner = s.startsWith('*') ? s.slice(1) : s.startsWith('[') && s.endsWith(']') ? s.slice(1, -1) : null;
  if (inner === null) return { ok: false, error: `cannot assign to "${s}": use a register, a label, [address] or *address` };
  const a = evaluate(inner, ctx);
  return a.ok ? { ok: true, value: { kind: 'mem', addr: a.value >>> 0 } } : a;
}
