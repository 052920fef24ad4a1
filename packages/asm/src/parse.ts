// One line of source to its syntax tree: moo tokens, classified, fed to a fresh nearley parser
// (one parser per line: a whole-file Earley parse is far too slow), with nearley's long error
// turned into a short "expected X".
import nearley from 'nearley';
import { regNumber } from '@pvm/isa';
import { lexer } from '../grammar/lexer.ts';
import { finish, type Line, type RawLine, type Tok } from '../grammar/ast.ts';
import compiled from '../grammar/pvm.generated.ts';
import { MAX_EXPR_NESTING, MAX_LINE_TOKENS, VALUE_LIMIT } from './limits.ts';
import { TOO_LARGE } from './expr.ts';
import { decodeEscapes } from './strings.ts';

const grammar = nearley.Grammar.fromCompiled(compiled as unknown as nearley.CompiledRules);

export type ParseResult = { ok: true; line: Line } | { ok: false; col: number; message: string };

type Problem = { col: number; message: string };

/** A literal's text in a message: a 10,000-digit number is shown by its start. */
const shown = (text: string): string => (text.length > 40 ? `${text.slice(0, 37)}...` : text);

/** The exact value of a number literal (`_` separators allowed), or why it has none. */
function literal(text: string): bigint | string {
  const digits = text.replace(/_/g, '');
  const prefix = /^0[xXbB]/.test(digits) ? digits.slice(0, 2) : '';
  // Leading zeros say nothing; past them, 70 digits are more than 64 bits in any base.
  const body = digits.slice(prefix.length).replace(/^0+(?=.)/, '');
  const v = body.length > 70 ? VALUE_LIMIT : BigInt(prefix + body);
  return v < VALUE_LIMIT ? v : `number '${shown(text)}' is too large: ${TOO_LARGE}`;
}

/** What a `#` probably meant: a comment (`add r1, r1, 1  # x`), or an immediate (`li r1, #5`). */
function hash(prev: Tok | undefined, head: boolean, next: string): string {
  const operandExpected = prev !== undefined && (head || [',', '(', '[', '+', '-'].includes(prev.text));
  if (operandExpected && /[0-9A-Za-z_'(-]/.test(next)) return "unexpected character '#': a value takes no '#' in pvm (write 5, not #5)";
  return "unexpected character '#': comments start with ';'";
}

/** Tokens of a line without whitespace and comments, or the first lexical error. */
export function tokenize(text: string): Tok[] | Problem {
  lexer.reset(text);
  const toks: Tok[] = [];
  // Index of the first token after the line's labels: the mnemonic or directive.
  let head = 0;
  for (let t = lexer.next(); t; t = lexer.next()) {
    const col = t.col;
    if (toks.length >= MAX_LINE_TOKENS) return { col, message: `line too long: more than ${MAX_LINE_TOKENS.toLocaleString('en-US')} tokens` };
    switch (t.type) {
      case 'ws':
      case 'comment':
        continue;
      case 'error': {
        const c = t.text[0]!;
        if (c === '#') return { col, message: hash(toks[toks.length - 1], toks.length === head + 1, t.text[1] ?? '') };
        return { col, message: `unexpected character '${c}'` };
      }
      case 'badnumber':
        return { col, message: `malformed number '${shown(t.text)}'` };
      case 'badchar':
        return { col, message: 'malformed character literal (one character or escape between single quotes)' };
      case 'badstring':
        return { col, message: 'unterminated string' };
      case 'number':
      case 'decimal': {
        const v = literal(t.text);
        if (typeof v === 'string') return { col, message: v };
        toks.push({ type: t.type, value: t.text, text: t.text, col, num: v });
        continue;
      }
      case 'char': {
        const d = decodeEscapes(t.text.slice(1, -1));
        if (!d.ok) return { col: col + 1 + d.offset, message: d.message };
        if (d.bytes.length !== 1) return { col, message: `character literal ${t.text} is not one byte` };
        toks.push({ type: 'char', value: t.text, text: t.text, col, num: BigInt(d.bytes[0]!) });
        continue;
      }
      case 'ident':
        toks.push({ type: regNumber(t.text) >= 0 ? 'reg' : 'ident', value: t.text, text: t.text, col });
        continue;
      case 'directive': {
        const d = t.text.toLowerCase();
        toks.push({ type: d === '.macro' ? 'macrodef' : 'directive', value: d, text: d, col });
        continue;
      }
      default:
        // `name:` and `1:` before the statement are labels.
        if (t.text === ':' && head === toks.length - 1) head = toks.length + 1;
        toks.push({ type: t.type!, value: t.text, text: t.text, col });
    }
  }
  return toks;
}

// Tokens after which a `-`, `+` or `~` is binary: those that end an operand.
const ENDS_OPERAND = new Set(['number', 'decimal', 'char', 'ident', 'reg', 'localref', 'string']);

/**
 * Where an expression nests deeper than the evaluator may recurse, counting parentheses and
 * unary operators, or null. Checked on tokens, before the parser builds anything that deep.
 */
export function tooDeep(toks: readonly Tok[]): Problem | null {
  let head = 0;
  while ((toks[head]?.type === 'ident' || toks[head]?.type === 'decimal') && toks[head + 1]?.text === ':') head += 2;
  const message = `expression nested too deeply: more than ${MAX_EXPR_NESTING} parentheses and unary operators`;
  let depth = 0;
  let unary = 0;
  const outer: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    const binary = prev !== undefined && (ENDS_OPERAND.has(prev.type) ? i - 1 !== head : prev.text === ')' || prev.text === ']' || prev.text === '.');
    if (t.type === 'op' && (t.text === '-' || t.text === '+' || t.text === '~') && !binary) unary++;
    else if (t.text === '(' || t.text === '[') {
      outer.push(depth);
      depth += unary + (t.text === '(' ? 1 : 0);
      unary = 0;
    } else if (t.text === ')' || t.text === ']') depth = outer.pop() ?? 0;
    else unary = 0;
    if (depth + unary > MAX_EXPR_NESTING) return { col: t.col, message };
  }
  return null;
}

/** Feeds nearley an already-tokenized line. */
class TokenStream {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}
  reset(): void {}
  next(): Tok | undefined {
    return this.toks[this.i++];
  }
  save(): object {
    return {};
  }
  formatError(): string {
    return '';
  }
  has(): boolean {
    return true;
  }
}

const TOKEN_NAMES: Record<string, string> = {
  ident: 'a name',
  decimal: 'a number',
  number: 'a number',
  char: 'a character',
  reg: 'a register',
  string: 'a string',
  localref: 'a local label reference',
  directive: 'a directive',
  macrodef: 'a directive',
};
const EXPR_START = ['a number', 'a character', 'a name', 'a local label reference', "'.'", "'('", "'-'", "'~'", "'+'"];
const BINOPS = ["'|'", "'^'", "'&'", "'<<'", "'>>'", "'+'", "'-'", "'*'", "'/'", "'%'"];
const OPERAND = ['an expression', 'a register', 'a string', "'['"];
const STATEMENT_START = ['a directive', 'a name', 'a number'];

function display(sym: unknown): string | undefined {
  if (typeof sym !== 'object' || sym === null) return undefined;
  if ('literal' in sym) return `'${String(sym.literal)}'`;
  if ('type' in sym) return TOKEN_NAMES[String(sym.type)] ?? String(sym.type);
  return undefined;
}

/** Replace a whole group of alternatives by one word for it: ten operators are "an operator". */
function collapse(names: Set<string>, group: readonly string[], word: string, when: (n: Set<string>) => boolean): void {
  if (!when(names)) return;
  for (const n of group) names.delete(n);
  names.add(word);
}

/** What the parser could have accepted next, as a short phrase. */
function expected(parser: nearley.Parser, column: number): string {
  const col = (parser as unknown as { table: { states: { rule: { symbols: unknown[] }; dot: number }[] }[] }).table[column];
  const names = new Set<string>();
  for (const s of col?.states ?? []) {
    const d = display(s.rule.symbols[s.dot]);
    if (d) names.add(d);
  }
  // '(' can only start an expression; '+' and '-' alone may be operators or signs.
  collapse(names, EXPR_START, 'an expression', (n) => n.has("'('"));
  collapse(names, BINOPS, 'an operator', (n) => BINOPS.every((b) => n.has(b)));
  collapse(names, OPERAND, 'an operand', (n) => OPERAND.every((o) => n.has(o)));
  // Where a statement may start, name the kinds of statement rather than the tokens.
  collapse(names, STATEMENT_START, 'a label, an instruction or a directive', (n) => n.size === 3 && STATEMENT_START.every((s) => n.has(s)));
  const list = [...names].sort();
  if (list.length === 0) return 'end of line';
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

const describe = (t: Tok): string =>
  t.type === 'reg' ? `register '${t.text}'` : t.type === 'string' ? 'string' : t.type === 'macroarg' ? `macro parameter '${t.text}' outside a macro` : `'${t.text}'`;

export function parseTokens(toks: Tok[], endCol: number): ParseResult {
  const deep = tooDeep(toks);
  if (deep) return { ok: false, ...deep };
  const parser = new nearley.Parser(grammar, { lexer: new TokenStream(toks) });
  // nearley's own report walks every parse path; ours is built from the table below.
  (parser as unknown as { reportError(): string }).reportError = () => '';
  try {
    parser.feed('');
  } catch (e) {
    // Only a syntax error carries the token it stopped at; anything else is a bug to surface.
    if (!(e instanceof Error) || !('token' in e)) throw e;
    const bad = (e.token as Tok | undefined) ?? toks[toks.length - 1]!;
    if (bad.type === 'reg' && toks[toks.indexOf(bad) + 1]?.text === ':')
      return { ok: false, col: bad.col, message: `'${bad.text}' is a register and cannot be a label` };
    const table = (parser as unknown as { table: unknown[] }).table;
    return { ok: false, col: bad.col, message: `unexpected ${describe(bad)}, expected ${expected(parser, table.length - 2)}` };
  }
  const results = parser.results as RawLine[];
  if (results.length === 0) {
    const table = (parser as unknown as { table: unknown[] }).table;
    return { ok: false, col: endCol, message: `unexpected end of line, expected ${expected(parser, table.length - 1)}` };
  }
  if (results.length > 1) return { ok: false, col: 1, message: `internal error: the grammar is ambiguous here (${results.length} parses)` };
  return { ok: true, line: finish(results[0]!) };
}

export function parseLine(text: string): ParseResult {
  const toks = tokenize(text);
  if (!Array.isArray(toks)) return { ok: false, ...toks };
  if (toks.length === 0) return { ok: true, line: { labels: [], stmt: null } };
  const last = toks[toks.length - 1]!;
  return parseTokens(toks, last.col + last.text.length);
}

type LeadingLabel = { name: string; local: boolean; col: number };

/** The labels at the start of a line, read without the grammar (`a: 1: ...`); `end` is where they stop. */
function labelPrefix(text: string): { labels: LeadingLabel[]; end: number } {
  const labels: LeadingLabel[] = [];
  const re = /\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*|[0-9]+)\s*:/y;
  let end = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1]!;
    if (regNumber(name) >= 0) break;
    const local = /^[0-9]/.test(name);
    labels.push({ name: local ? name.replace(/^0+(?=[0-9])/, '') : name, local, col: m.index + m[0].indexOf(name) + 1 });
    end = re.lastIndex;
  }
  return { labels, end };
}

/** The labels at the start of a line that does not parse, so they are still defined. */
export const leadingLabels = (text: string): LeadingLabel[] => labelPrefix(text).labels;

/**
 * A line that may invoke a macro: its labels, and the name after them with its column. Macro
 * arguments are text, split by the macro (`m %N` is no expression), so such a line is not parsed.
 */
export function macroCall(text: string): { labels: LeadingLabel[]; name: string; col: number } | null {
  const { labels, end } = labelPrefix(text);
  const m = /\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)(?=[\s;]|$)(?!\s*=)/y;
  m.lastIndex = end;
  const r = m.exec(text);
  return r ? { labels, name: r[1]!, col: r.index + r[0].length - r[1]!.length + 1 } : null;
}
