// One line of source to its syntax tree: moo tokens, classified, fed to a fresh nearley parser
// (one parser per line: a whole-file Earley parse is far too slow), with nearley's long error
// turned into a short "expected X".
import nearley from 'nearley';
import { regNumber } from '@pvm/isa';
import { lexer } from '../../../grammar/lexer.ts';
import type { Line, Tok } from '../../../grammar/ast.ts';
import compiled from '../../../grammar/pvm.generated.ts';

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

const EXPR_START = new Set(['number', 'char', 'name', 'local label reference', "'.'", "'('", "'-'", "'~'", "'+'"]);

function display(sym: unknown): string | undefined {
  if (typeof sym !== 'object' || sym === null) return undefined;
  if ('literal' in sym) return `'${String(sym.literal)}'`;
  if ('type' in sym) {
    const t = String(sym.type);
    return (
      ({ ident: 'name', decimal: 'number', reg: 'register', localref: 'local label reference', macrodef: 'directive' } as Record<string, string>)[t] ?? t
    );
  }
  return undefined;
}

/** What the parser could have accepted next, as a short phrase. */
function expected(parser: nearley.Parser, column: number): string {
  const col = (parser as unknown as { table: { states: { rule: { symbols: unknown[] }; dot: number }[] }[] }).table[column];
  const names = new Set<string>();
  for (const s of col?.states ?? []) {
    const d = display(s.rule.symbols[s.dot]);
    if (d) names.add(d);
  }
  if (names.has('number')) {
    for (const n of EXPR_START) names.delete(n);
    names.add('an expression');
  }
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
