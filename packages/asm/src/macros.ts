// Macros: `.macro NAME a, b` ... `.endm` records the body's lines as written; an invocation
// substitutes `\a`, `\b` and `\@` (a number unique to the expansion) and assembles the lines.
// Expansion is bounded in depth, in lines and in characters, so no source can make it run away.
import { FORMS } from '@pvm/isa';
import type { Stmt as Ast } from '../grammar/ast.ts';
import { shortList, suggest, type Origin, type SuggestionBudget } from './diagnostics.ts';
import { MAX_EXPANDED_CHARS, MAX_EXPANDED_LINES, MAX_NESTING } from './limits.ts';

interface Macro {
  readonly name: string;
  readonly params: string[];
  /** Each parameter's position, for substitution. */
  readonly index: ReadonlyMap<string, number>;
  /** `\\a` for each parameter `a`: substituted for themselves, they find unknown names. */
  readonly selves: readonly string[];
  /** `bad`: the line names an unknown parameter, reported once at the definition. */
  readonly body: { text: string; line: number; bad: boolean }[];
  readonly file: string;
  readonly origin: Origin;
}

/** What macros need from the pass that uses them. */
export interface MacroHost {
  error(origin: Origin, col: number, message: string): void;
  /** Assemble one line, `depth` expansions deep. */
  line(origin: Origin, depth: number): void;
  /** The value of a `%expr` argument, from what is known so far; reports and returns undefined if none. */
  argValue(text: string, origin: Origin, col: number): bigint | undefined;
  /** Conditionals opened in an expansion must close in it: a frame around each. */
  enterFrame(): number;
  leaveFrame(mark: number, where: string): void;
  readonly suggestions: SuggestionBudget;
}

const n = (v: number): string => v.toLocaleString('en-US');

/** Each name's first position (a duplicate parameter is an error, reported at the definition). */
function firstIndex(names: readonly string[]): ReadonlyMap<string, number> {
  const m = new Map<string, number>();
  names.forEach((p, i) => m.has(p) || m.set(p, i));
  return m;
}
const shownName = (m: Macro): string => m.name.replace('\0', '');

export class Macros {
  private readonly table = new Map<string, Macro>();
  private defining: { macro: Macro; depth: number } | null = null;
  private expansions = 0;
  /** Lines and characters expanded (or refused) so far: bounds the work, not just the depth. */
  private expandedLines = 0;
  private expandedChars = 0;
  /** Macros already reported as too deep: one error each, not one per attempt. */
  private readonly tooDeep = new Set<string>();

  constructor(private readonly host: MacroHost) {}

  get(name: string): Macro | undefined {
    return this.table.get(name);
  }

  names(): IterableIterator<string> {
    return this.table.keys();
  }

  /** True while the lines of a definition are being recorded. */
  get recording(): boolean {
    return this.defining !== null;
  }

  define(s: Extract<Ast, { k: 'macro' }>, origin: Origin, includeDepth: number): void {
    const name = s.name;
    let ok = true;
    if (FORMS.has(name.toLowerCase())) {
      this.host.error(origin, s.col, `macro '${name}' would hide the instruction '${name.toLowerCase()}'`);
      ok = false;
    } else if (this.table.has(name)) {
      const o = this.table.get(name)!.origin;
      this.host.error(origin, s.col, `macro '${name}' is already defined at ${o.file}:${o.line}`);
      ok = false;
    }
    const params: string[] = [];
    const seen = new Set<string>();
    for (const p of s.params) {
      if (seen.has(p.value)) this.host.error(origin, p.col, `macro parameter '${p.value}' appears twice`);
      seen.add(p.value);
      params.push(p.value);
    }
    // A name no invocation can match: the body is still read to its .endm, then forgotten.
    const macro: Macro = { name: ok ? name : `\0${name}`, params, index: firstIndex(params), selves: params.map((p) => `\\${p}`), body: [], file: origin.file, origin };
    this.defining = { macro, depth: includeDepth };
  }

  /** One line of a definition being recorded. */
  bodyLine(origin: Origin): void {
    const d = this.defining!;
    const m = d.macro;
    if (/^\s*\.endm\b/i.test(origin.text)) {
      this.table.set(m.name, m);
      this.defining = null;
    } else if (/^\s*\.macro\b/i.test(origin.text)) {
      this.host.error(origin, origin.text.indexOf('.') + 1, `.macro inside the definition of macro '${shownName(m)}' (missing .endm?)`);
    } else {
      // Substituting each parameter by itself keeps the columns of the line as written.
      const { bad } = substitute(origin.text, m.index, m.selves, '\\@', Infinity);
      if (bad) this.host.error(origin, bad.col, `macro '${shownName(m)}' has no parameter '${bad.name}'${suggest(bad.name.slice(1), m.params, this.host.suggestions)}`);
      m.body.push({ text: origin.text, line: origin.line, bad: !!bad });
    }
  }

  /** At the end of a file: a definition ends in the file that starts it, or it would swallow the
   * rest of the file that includes it. */
  endOfFile(path: string, includeDepth: number): void {
    if (!this.defining || this.defining.depth !== includeDepth) return;
    const m = this.defining.macro;
    this.host.error(m.origin, m.origin.text.search(/\S/) + 1, `macro '${shownName(m)}' has no .endm before the end of ${path}`);
    this.defining = null;
  }

  /** Expand `m`, invoked as `name` at column `col` of the origin's line. */
  expand(m: Macro, name: string, col: number, origin: Origin, depth: number): void {
    const over = this.expandedLines > MAX_EXPANDED_LINES || this.expandedChars > MAX_EXPANDED_CHARS;
    this.expandedLines += Math.max(1, m.body.length);
    if (this.expandedLines > MAX_EXPANDED_LINES) {
      if (!over) this.host.error(origin, col, `macro expansion made more than ${n(MAX_EXPANDED_LINES)} lines: macro '${m.name}' and the ones it invokes multiply (does a macro invoke itself?)`);
      return;
    }
    if (over) return;
    if (depth >= MAX_NESTING) {
      if (this.tooDeep.has(m.name)) return;
      this.tooDeep.add(m.name);
      return this.host.error(origin, col, `macro '${m.name}' expands more than ${MAX_NESTING} levels deep (does it invoke itself?)`);
    }
    const args = splitArgs(origin.text, col - 1 + name.length);
    if (args.length !== m.params.length)
      return this.host.error(origin, col, `macro '${m.name}' takes ${m.params.length} argument${m.params.length === 1 ? '' : 's'} (${shortList(m.params, ', ')}), got ${args.length}`);
    const texts: string[] = [];
    for (const a of args) {
      // `%expr` passes the expression's value as decimal text, as GNU as does in .altmacro mode.
      if (!a.text.startsWith('%')) texts.push(a.text);
      else {
        const v = this.host.argValue(a.text.slice(1), origin, a.col + 1);
        if (v === undefined) return;
        texts.push(v.toString());
      }
    }
    const id = String(this.expansions++);
    const mark = this.host.enterFrame();
    for (const b of m.body) {
      // Reported at the definition; expanding it would only add a confusing parse error.
      if (b.bad) continue;
      const sub = substitute(b.text, m.index, texts, id, MAX_EXPANDED_CHARS - this.expandedChars);
      this.expandedChars += sub.text.length;
      if (sub.overflow) {
        this.expandedChars = MAX_EXPANDED_CHARS + 1;
        this.host.error(origin, col, `macro expansion made more than ${n(MAX_EXPANDED_CHARS)} characters: macro '${m.name}' and the ones it invokes multiply their text (does an argument repeat a parameter?)`);
        break;
      }
      this.host.line({ file: m.file, line: b.line, text: sub.text, via: { macro: m.name, origin } }, depth + 1);
      if (this.expandedChars > MAX_EXPANDED_CHARS) break;
    }
    this.host.leaveFrame(mark, `the expansion of macro '${m.name}'`);
  }
}

/**
 * A macro body line with `\param` and `\@` replaced. Outside quotes, an unknown `\name` is an
 * error (`bad`, with its column); inside quotes it is a string escape like `"\n"`, kept as it
 * is. Nothing is replaced in a comment. Stops with `overflow` once the text passes `budget`
 * characters, before it is built.
 */
export function substitute(
  text: string,
  params: ReadonlyMap<string, number>,
  args: readonly string[],
  id: string,
  budget: number,
): { text: string; bad?: { name: string; col: number }; overflow?: boolean } {
  let out = '';
  let quote: string | null = null;
  let bad: { name: string; col: number } | undefined;
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (!quote && c === ';') {
      out += text.slice(i);
      break;
    }
    if (c === '\\') {
      const m = /^\\([A-Za-z_][A-Za-z0-9_]*|@)/.exec(text.slice(i, i + 256));
      const k = m ? (params.get(m[1]!) ?? -1) : -1;
      if (m && (m[1] === '@' || k >= 0)) {
        const piece = m[1] === '@' ? id : args[k]!;
        if (out.length + piece.length > budget) return { text: '', overflow: true };
        out += piece;
        i += m[0].length;
        continue;
      }
      if (m && !quote) bad ??= { name: m[0], col: out.length + 1 };
      // An escape: its character must not end the quote.
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (quote ? c === quote : c === '"' || c === "'") quote = quote ? null : c;
    out += c;
    i++;
  }
  if (out.length > budget) return { text: '', overflow: true };
  return bad ? { text: out, bad } : { text: out };
}

/** Macro arguments: the text after the name, split on commas outside quotes and brackets, each
 * with the 1-based column where it starts. */
export function splitArgs(text: string, from: number): { text: string; col: number }[] {
  const args: { text: string; col: number }[] = [];
  let cur = '';
  let start = from;
  let depth = 0;
  let quote: string | null = null;
  const push = (): void => {
    const lead = cur.length - cur.trimStart().length;
    args.push({ text: cur.trim(), col: start + lead + 1 });
  };
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      cur += c;
      if (c === '\\') cur += text[++i] ?? '';
      else if (c === quote) quote = null;
      continue;
    }
    if (c === ';') break;
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      push();
      cur = '';
      start = i + 1;
      continue;
    }
    cur += c;
  }
  if (cur.trim() !== '' || args.length) push();
  return args;
}
