// One line of source to its syntax tree: moo tokens, classified, fed to a fresh nearley parser
// (one parser per line: a whole-file Earley parse is far too slow), with nearley's long error
// turned into a short "expected X".
import nearley from 'nearley';
import { regNumber } from '@pvm/isa';
import { lexer } from '../grammar/lexer.ts';
import type { Line, Tok } from '../grammar/ast.ts';
import compiled from '../grammar/pvm.generated.ts';

const grammar = nearley.Grammar.fromCompiled(compiled as unknown as nearley.CompiledRules);

export type ParseResult = { ok: true; line: Line } | { ok: false; col: number; message: string };

export interface ParsedTok extends Tok {
  num?: number;
}

/** Tokens of a line without whitespace and comments, or the first lexical error. */
export function tokenize(text: string): ParsedTok[] | { col: number; message: string } {
  lexer.reset(text);
  const toks: ParsedTok[] = [];
  for (let t = lexer.next(); t; t = lexer.next()) {
    const col = t.col;
    switch (t.type) {
      case 'ws':
      case 'comment':
        continue;
      case 'error':
        return { col, message: `unexpected character '${t.text[0]}'` };
      case 'badnumber':
        return { col, message: `malformed number '${t.text}'` };
      case 'badchar':
        return { col, message: 'malformed character literal (one character or escape between single quotes)' };
      case 'badstring':
        return { col, message: 'unterminated string' };
      case 'number':
      case 'decimal': {
        const digits = t.text.replace(/_/g, '');
        toks.push({ type: t.type, value: t.text, text: t.text, col, num: Number(digits) });
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
        toks.push({ type: t.type!, value: t.text, text: t.text, col });
    }
  }
  return toks;
}

/** Feeds nearley an already-tokenized line. */
class TokenStream {
  private i = 0;
  constructor(private readonly toks: ParsedTok[]) {}
  reset(): void {}
  next(): ParsedTok | undefined {
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

const describe = (t: ParsedTok): string =>
  t.type === 'reg' ? `register '${t.text}'` : t.type === 'string' ? 'string' : t.type === 'macroarg' ? `macro parameter '${t.text}' outside a macro` : `'${t.text}'`;

export function parseTokens(toks: ParsedTok[], endCol: number): ParseResult {
  const parser = new nearley.Parser(grammar, { lexer: new TokenStream(toks) });
  try {
    parser.feed('');
  } catch (e) {
    const err = e as { token?: ParsedTok };
    const bad = err.token ?? toks[toks.length - 1]!;
    if (bad.type === 'reg' && toks[toks.indexOf(bad) + 1]?.text === ':')
      return { ok: false, col: bad.col, message: `'${bad.text}' is a register and cannot be a label` };
    const table = (parser as unknown as { table: unknown[] }).table;
    return { ok: false, col: bad.col, message: `unexpected ${describe(bad)}, expected ${expected(parser, table.length - 2)}` };
  }
  const results = parser.results as Line[];
  if (results.length === 0) {
    const table = (parser as unknown as { table: unknown[] }).table;
    return { ok: false, col: endCol, message: `unexpected end of line, expected ${expected(parser, table.length - 1)}` };
  }
  if (results.length > 1) return { ok: false, col: 1, message: `internal error: the grammar is ambiguous here (${results.length} parses)` };
  return { ok: true, line: results[0]! };
}

export function parseLine(text: string): ParseResult {
  const toks = tokenize(text);
  if (!Array.isArray(toks)) return { ok: false, ...toks };
  if (toks.length === 0) return { ok: true, line: { labels: [], stmt: null } };
  const last = toks[toks.length - 1]!;
  return parseTokens(toks, last.col + last.text.length);
}

/** The labels at the start of a line that does not parse (`a: 1: ...`), read without the grammar. */
export function leadingLabels(text: string): { name: string; local: boolean; col: number }[] {
  const out: { name: string; local: boolean; col: number }[] = [];
  const re = /\s*([A-Za-z_][A-Za-z0-9_]*|[0-9]+)\s*:/y;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1]!;
    if (regNumber(name) >= 0) break;
    out.push({ name, local: /^[0-9]/.test(name), col: m.index + m[0].indexOf(name) + 1 });
  }
  return out;
}
