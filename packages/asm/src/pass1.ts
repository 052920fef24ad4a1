// The first pass: read every line (through .include and macro expansion), define labels, pick
// each instruction's form, and lay out both sections. Nothing is encoded yet.
import { FORMS, MNEMONICS, PREDEFINED, TEXT_BASE, sizeOf, isRegOperand, type OpSpec, type OperandKind } from '@pvm/isa';
import { startCol, type Expr, type Line, type Operand, type Stmt as Ast } from '../grammar/ast.ts';
import { suggest, type Origin } from './diagnostics.ts';
import { evaluate, type Scope, type Value } from './expr.ts';
import { leadingLabels, parseLine } from './parse.ts';
import { resolveInclude, type SourceHost } from './source.ts';
import { TEXT_LIMIT, localName, selfReference, type Emit, type Place, type Section, type State } from './state.ts';
import { decodeEscapes } from './strings.ts';

interface Macro {
  readonly name: string;
  readonly params: string[];
  /** `bad`: the line names an unknown parameter, reported once at the definition. */
  readonly body: { text: string; line: number; bad: boolean }[];
  readonly file: string;
  readonly origin: Origin;
}

const DIRECTIVES = ['.text', '.data', '.byte', '.half', '.word', '.ascii', '.asciz', '.space', '.align', '.equ', '.include', '.macro', '.endm', '.paravirt'];
const MAX_DEPTH = 64;
/** Lines macros may produce in one assembly: a macro that invokes itself twice would otherwise make 2^64. */
const MAX_EXPANDED_LINES = 50_000;

// What people coming from MARS, SPIM or gas type, where spelling distance guesses wrong or not
// at all (`.asciiz` is as near to `.ascii` as to `.asciz`; `jal` is near nothing).
const FOREIGN_DIRECTIVES: Record<string, string> = {
  '.asciiz': '.asciz', '.string': '.asciz', '.long': '.word', '.int': '.word', '.short': '.half',
  '.skip': '.space', '.zero': '.space', '.set': '.equ', '.balign': '.align', '.section': '.text',
};
const FOREIGN_MNEMONICS: Record<string, string> = {
  la: 'li', lw: 'ld', sw: 'st', lb: 'ldb', lbu: 'ldb', sb: 'stb', lh: 'ldh', lhu: 'ldh', sh: 'sth',
  j: 'jmp', jr: 'jmp', b: 'jmp', jal: 'call', jalr: 'call', move: 'mov', halt: 'hlt', addi: 'add', addiu: 'add',
  addu: 'add', subu: 'sub', andi: 'and', ori: 'or', xori: 'xor', sll: 'shl', srl: 'shr', sra: 'sar', reti: 'iret',
};

const hintFor = (name: string, foreign: Record<string, string>, candidates: Iterable<string>): string => {
  const f = foreign[name.toLowerCase()];
  return f ? `; did you mean '${f}'?` : suggest(name, candidates);
};

export class FirstPass {
  private readonly macros = new Map<string, Macro>();
  private defining: { macro: Macro; depth: number } | null = null;
  private readonly localCount = new Map<number, number>();
  private readonly includeStack: string[] = [];
  private expansions = 0;
  /** Lines expanded (or refused) so far: bounds the work, not just the depth. */
  private expandedLines = 0;
  /** Macros already reported as too deep: one error each, not one per attempt. */
  private readonly tooDeep = new Set<string>();

  constructor(
    private readonly st: State,
    private readonly host: SourceHost,
  ) {}

  private error(origin: Origin, col: number, message: string): void {
    this.st.diags.push({ origin, col, message, seq: this.st.seq });
  }

  /** Assemble a whole file; false when it cannot be read at all. */
  file(path: string, from?: { origin: Origin; col: number }): boolean {
    const text = this.host.readFile(path);
    if (text === null) {
      if (from) this.error(from.origin, from.col, `cannot read include file '${path}'`);
      return false;
    }
    if (this.includeStack.includes(path)) {
      const cycle = [...this.includeStack.slice(this.includeStack.indexOf(path)), path].join(' -> ');
      this.error(from!.origin, from!.col, `include cycle: ${cycle}`);
      return true;
    }
    if (this.includeStack.length >= MAX_DEPTH) {
      this.error(from!.origin, from!.col, `includes nested more than ${MAX_DEPTH} deep`);
      return true;
    }
    this.includeStack.push(path);
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    for (let i = 0; i < lines.length; i++) this.line({ file: path, line: i + 1, text: lines[i]! }, 0);
    // A definition ends in the file that starts it: otherwise a missing .endm in an included
    // file would silently swallow the rest of the file that includes it.
    if (this.defining && this.defining.depth === this.includeStack.length) {
      const m = this.defining.macro;
      this.error(m.origin, m.origin.text.search(/\S/) + 1, `macro '${m.name.replace('\0', '')}' has no .endm before the end of ${path}`);
      this.defining = null;
    }
    this.includeStack.pop();
    return true;
  }

  private line(origin: Origin, depth: number): void {
    this.st.seq++;
    if (this.defining) return this.bodyLine(origin);
    const parsed = parseLine(origin.text);
    if (!parsed.ok) {
      this.error(origin, parsed.col, parsed.message);
      // Keep the line's labels, so one typo does not also make every use of them undefined.
      for (const l of leadingLabels(origin.text)) this.label(l.name, l.local, origin, l.col);
      return;
    }
    this.statement(parsed.line, origin, depth);
  }

  private bodyLine(origin: Origin): void {
    const d = this.defining!;
    if (/^\s*\.endm\b/i.test(origin.text)) {
      this.macros.set(d.macro.name, d.macro);
      this.defining = null;
    } else if (/^\s*\.macro\b/i.test(origin.text)) {
      this.error(origin, origin.text.indexOf('.') + 1, `.macro inside the definition of macro '${d.macro.name.replace('\0', '')}' (missing .endm?)`);
    } else {
      const m = d.macro;
      // Substituting each parameter by itself keeps the columns of the line as written.
      const { bad } = substitute(origin.text, m.params, m.params.map((p) => `\\${p}`), '\\@');
      if (bad) this.error(origin, bad.col, `macro '${m.name.replace('\0', '')}' has no parameter '${bad.name}'${suggest(bad.name.slice(1), m.params)}`);
      m.body.push({ text: origin.text, line: origin.line, bad: !!bad });
    }
  }

  private statement(line: Line, origin: Origin, depth: number): void {
    for (const l of line.labels) this.label(l.name, l.local, origin, l.col);
    const s = line.stmt;
    if (!s) return;
    switch (s.k) {
      case 'macro':
        return this.defineMacro(s, origin);
      case 'assign':
        return this.equ(s.name, s.e, origin, s.col);
      case 'directive':
        return this.directive(s, origin);
      case 'instr': {
        const macro = this.macros.get(s.name);
        if (macro) return this.expand(macro, s, origin, depth);
        return this.instruction(s, origin);
      }
    }
  }

  // ---- symbols ----

  private checkName(name: string, origin: Origin, col: number): boolean {
    const pre = PREDEFINED.get(name);
    if (pre !== undefined) {
      this.error(origin, col, `'${name}' is a predefined symbol (value ${pre}) and cannot be redefined`);
      return false;
    }
    const old = this.st.symbols.get(name);
    if (old) {
      const o = old.origin;
      this.error(origin, col, `duplicate ${old.kind === 'label' ? 'label' : 'symbol'} '${name}' (first defined at ${o.file}:${o.line})`);
      return false;
    }
    return true;
  }

  private here() {
    return { section: this.st.section, offset: this.st.size[this.st.section] };
  }

  private label(name: string, local: boolean, origin: Origin, col: number): void {
    if (local) {
      const n = Number(name);
      const k = this.localCount.get(n) ?? 0;
      this.localCount.set(n, k + 1);
      this.st.symbols.set(localName(n, k), { kind: 'label', at: this.here(), origin, col, local: true, seq: this.st.seq });
      return;
    }
    if (this.checkName(name, origin, col)) this.st.symbols.set(name, { kind: 'label', at: this.here(), origin, col, local: false, seq: this.st.seq });
  }

  private equ(name: string, expr: Expr, origin: Origin, col: number): void {
    this.resolveLocals(expr);
    if (this.checkName(name, origin, col))
      this.st.symbols.set(name, { kind: 'equ', expr, at: this.here(), origin, col, seq: this.st.seq, state: 'new', value: 0 });
  }

  /** Turn each `1b`/`1f` into the name of the definition it means, as of this line. */
  private resolveLocals(e: Expr | null): void {
    if (!e) return;
    if (e.k === 'local') {
      const k = this.localCount.get(e.n) ?? 0;
      (e as { target?: string }).target = e.dir === 'b' ? (k > 0 ? localName(e.n, k - 1) : undefined) : localName(e.n, k);
    } else if (e.k === 'un') this.resolveLocals(e.e);
    else if (e.k === 'bin') {
      this.resolveLocals(e.l);
      this.resolveLocals(e.r);
    }
  }

  private resolveOperandLocals(ops: Operand[]): void {
    for (const o of ops) if (o.k === 'expr' || o.k === 'mem') this.resolveLocals(o.k === 'expr' ? o.e : o.offset);
  }

  /** Values needed now (sizes, alignment): only what is already known may be used. */
  private constant(e: Expr, origin: Origin): number | undefined {
    const v = this.known(e, this.here(), []);
    if (!v.ok) {
      this.error(origin, v.col, v.message);
      return undefined;
    }
    return v.v;
  }

  /**
   * The value of `e` from what the first pass knows: `.` and labels in .text, and `.equ`s made
   * of those (data addresses wait for the final text size). `at` is where `.` is: an `.equ`
   * keeps the `.` of its own line. `chain` holds the `.equ`s being evaluated, to catch cycles.
   */
  private known(e: Expr, at: Place, chain: string[]): Value {
    const st = this.st;
    const dot = at.section === 'data' ? findDot(e) : undefined;
    if (dot) return { ok: false, col: dot.col, message: "'.' in .data is not known in the first pass" };
    const scope: Scope = {
      dot: TEXT_BASE + at.offset,
      symbol: (name, col): Value => {
        const pre = PREDEFINED.get(name);
        if (pre !== undefined) return { ok: true, v: pre };
        const s = st.symbols.get(name);
        if (!s) return { ok: false, col, message: `'${name}' must be defined before this line: sizes are fixed in the first pass` };
        if (s.kind === 'label') {
          if (s.at.section === 'text') return { ok: true, v: TEXT_BASE + s.at.offset };
          return { ok: false, col, message: `the address of data label '${name}' is not known in the first pass` };
        }
        if (chain.includes(name)) return { ok: false, col, message: selfReference([...chain.slice(chain.indexOf(name)), name]) };
        const v = this.known(s.expr, s.at, [...chain, name]);
        // The inner column points into the .equ's own line: point at the name on this one.
        if (v.ok || chain.length) return v;
        if (v.message.startsWith(selfReference([name, name]))) return { ok: false, col, message: v.message };
        return { ok: false, col, message: `${v.message} (in the value of '${name}', ${s.origin.file}:${s.origin.line})` };
      },
      local: (l) => ({ ok: false, col: l.col, message: 'a local label reference cannot give a size' }),
    };
    return evaluate(e, scope);
  }

  // ---- emitting ----

  private emit(origin: Origin, size: number, emit: Emit): void {
    const st = this.st;
    const at = this.here();
    if (at.offset + size > TEXT_LIMIT) {
      this.error(origin, 1, `section .${at.section} grows past ${TEXT_LIMIT >> 20} MiB`);
      return;
    }
    st.stmts.push({ seq: st.seq, origin, at, size, emit });
    st.size[at.section] += size;
  }

  private instruction(s: Extract<Ast, { k: 'instr' }>, origin: Origin): void {
    const forms = FORMS.get(s.name.toLowerCase());
    if (!forms) {
      const hint = hintFor(s.name, FOREIGN_MNEMONICS, [...MNEMONICS, ...this.macros.keys()]);
      return this.error(origin, s.col, `unknown instruction '${s.name}'${hint}`);
    }
    const op = this.pickForm(forms, s.ops, s.name, origin, s.col);
    if (!op) return;
    const addr = this.here();
    if (addr.offset % 4 !== 0)
      return this.error(origin, s.col, `instruction at a misaligned address (offset ${addr.offset} in .${addr.section}): put .align 4 before it`);
    this.resolveOperandLocals(s.ops);
    this.emit(origin, sizeOf(op), { kind: 'instr', op, operands: s.ops });
  }

  private pickForm(forms: readonly OpSpec[], ops: Operand[], name: string, origin: Origin, col: number): OpSpec | undefined {
    for (const f of forms) if (f.operands.length === ops.length && f.operands.every((k, i) => fits(k, ops[i]!))) return f;
    const counts = [...new Set(forms.map((f) => f.operands.length))];
    if (!counts.includes(ops.length)) {
      const n = counts.join(' or ');
      this.error(origin, ops[counts[0]!]?.col ?? col, `'${name}' takes ${n} operand${n === '1' ? '' : 's'}, got ${ops.length} (${usage(forms)})`);
      return undefined;
    }
    const same = forms.filter((f) => f.operands.length === ops.length);
    // Point at the first operand no form accepts in that position.
    for (let i = 0; i < ops.length; i++) {
      if (same.some((f) => fits(f.operands[i]!, ops[i]!))) continue;
      const want = [...new Set(same.map((f) => describeKind(f.operands[i]!)))].join(' or ');
      this.error(origin, ops[i]!.col, `operand ${i + 1} of '${name}' must be ${want}, not ${describeOperand(ops[i]!)}`);
      return undefined;
    }
    this.error(origin, col, `no form of '${name}' takes these operands (${usage(forms)})`);
    return undefined;
  }

  // ---- directives ----

  private directive(s: Extract<Ast, { k: 'directive' }>, origin: Origin): void {
    const st = this.st;
    const ops = s.ops;
    const want = (n: number, what: string): boolean => {
      if (ops.length === n) return true;
      this.error(origin, ops[n]?.col ?? s.col, `${s.name} takes ${what}`);
      return false;
    };
    switch (s.name) {
      case '.text':
      case '.data':
        if (want(0, 'no operands')) st.section = s.name.slice(1) as Section;
        return;
      case '.paravirt':
        if (want(0, 'no operands')) st.paravirt = true;
        return;
      case '.endm':
        return this.error(origin, s.col, '.endm without .macro');
      case '.byte':
      case '.half':
      case '.word': {
        const width = s.name === '.byte' ? 1 : s.name === '.half' ? 2 : 4;
        const exprs = this.exprs(ops, s.name, origin);
        if (!exprs) return;
        if (exprs.length === 0) return this.error(origin, s.col, `${s.name} needs at least one value`);
        return this.emit(origin, width * exprs.length, { kind: 'values', width, exprs });
      }
      case '.ascii':
      case '.asciz': {
        if (ops.length === 0) return this.error(origin, s.col, `${s.name} needs a string`);
        const bytes: number[] = [];
        for (const o of ops) {
          if (o.k !== 'str') return this.error(origin, o.col, `${s.name} takes strings, not ${describeOperand(o)}`);
          const d = decodeEscapes(o.tok.text.slice(1, -1));
          if (!d.ok) return this.error(origin, o.col + 1 + d.offset, d.message);
          bytes.push(...d.bytes);
          if (s.name === '.asciz') bytes.push(0);
        }
        return this.emit(origin, bytes.length, { kind: 'bytes', bytes });
      }
      case '.space': {
        if (ops.length < 1 || ops.length > 2) return this.error(origin, ops[2]?.col ?? s.col, '.space takes a size and an optional fill byte');
        const exprs = this.exprs(ops, s.name, origin);
        if (!exprs) return;
        const n = this.constant(exprs[0]!, origin);
        if (n === undefined) return;
        if (!Number.isInteger(n) || n < 0 || n > TEXT_LIMIT) return this.error(origin, startCol(exprs[0]!), `.space size ${n} is out of range 0..${TEXT_LIMIT}`);
        return this.emit(origin, n, { kind: 'fill', count: n, fill: exprs[1] ?? null, nop: false });
      }
      case '.align': {
        if (!want(1, 'one operand, the alignment in bytes')) return;
        const exprs = this.exprs(ops, s.name, origin);
        if (!exprs) return;
        const n = this.constant(exprs[0]!, origin);
        if (n === undefined) return;
        if (!Number.isInteger(n) || n < 1 || n > 1 << 20) return this.error(origin, startCol(exprs[0]!), `.align ${n} is out of range 1..${1 << 20}`);
        // Only a power of two divides every larger one, so that .data's start can honour it.
        if (n & (n - 1)) return this.error(origin, startCol(exprs[0]!), `.align ${n}: the alignment must be a power of two (1, 2, 4, 8, ...)`);
        // The address must be a multiple of n, not just the offset: .text starts at TEXT_BASE,
        // and .data's start is aligned to its largest .align.
        const off = st.size[st.section];
        const pad = (n - ((st.section === 'text' ? TEXT_BASE + off : off) % n)) % n;
        if (st.section === 'data') st.dataAlign = Math.max(st.dataAlign, n);
        // Padding in code is made of nops where it can be, so execution may fall through it.
        if (pad) this.emit(origin, pad, { kind: 'fill', count: pad, fill: null, nop: st.section === 'text' });
        return;
      }
      case '.equ': {
        const name = ops[0];
        if (ops.length !== 2 || !name || name.k !== 'expr' || name.e.k !== 'sym')
          return this.error(origin, name?.col ?? s.col, '.equ takes a name and a value: .equ NAME, value');
        const e = ops[1]!;
        if (e.k !== 'expr') return this.error(origin, e.col, `.equ value must be an expression, not ${describeOperand(e)}`);
        return this.equ(name.e.name, e.e, origin, name.col);
      }
      case '.include': {
        const f = ops[0];
        if (ops.length !== 1 || !f || f.k !== 'str') return this.error(origin, f?.col ?? s.col, '.include takes one file name in double quotes');
        const d = decodeEscapes(f.tok.text.slice(1, -1));
        if (!d.ok) return this.error(origin, f.col + 1 + d.offset, d.message);
        const rel = new TextDecoder().decode(new Uint8Array(d.bytes));
        this.file(resolveInclude(origin.file, rel), { origin, col: f.col });
        return;
      }
    }
    if (s.name === '.globl' || s.name === '.global')
      return this.error(origin, s.col, `unknown directive '${s.name}': pvm links nothing, so every label is already visible`);
    this.error(origin, s.col, `unknown directive '${s.name}'${hintFor(s.name, FOREIGN_DIRECTIVES, DIRECTIVES)}`);
  }

  /** The operands of a data directive, all of which must be expressions. */
  private exprs(ops: Operand[], name: string, origin: Origin): Expr[] | undefined {
    const out: Expr[] = [];
    for (const o of ops) {
      if (o.k !== 'expr') {
        this.error(origin, o.col, `${name} takes values, not ${describeOperand(o)}${o.k === 'str' ? ' (use .ascii)' : ''}`);
        return undefined;
      }
      this.resolveLocals(o.e);
      out.push(o.e);
    }
    return out;
  }

  // ---- macros ----

  private defineMacro(s: Extract<Ast, { k: 'macro' }>, origin: Origin): void {
    const name = s.name;
    let ok = true;
    if (FORMS.has(name.toLowerCase())) {
      this.error(origin, s.col, `macro '${name}' would hide the instruction '${name.toLowerCase()}'`);
      ok = false;
    } else if (this.macros.has(name)) {
      const o = this.macros.get(name)!.origin;
      this.error(origin, s.col, `macro '${name}' is already defined at ${o.file}:${o.line}`);
      ok = false;
    }
    const params: string[] = [];
    for (const p of s.params) {
      if (params.includes(p.value)) this.error(origin, p.col, `macro parameter '${p.value}' appears twice`);
      params.push(p.value);
    }
    const macro: Macro = { name: ok ? name : `\0${name}`, params, body: [], file: origin.file, origin };
    this.defining = { macro, depth: this.includeStack.length };
  }

  private expand(m: Macro, s: Extract<Ast, { k: 'instr' }>, origin: Origin, depth: number): void {
    const over = this.expandedLines > MAX_EXPANDED_LINES;
    this.expandedLines += Math.max(1, m.body.length);
    if (this.expandedLines > MAX_EXPANDED_LINES) {
      if (!over) this.error(origin, s.col, `macro expansion made more than ${MAX_EXPANDED_LINES.toLocaleString('en-US')} lines: macro '${m.name}' and the ones it invokes multiply (does a macro invoke itself?)`);
      return;
    }
    if (depth >= MAX_DEPTH) {
      if (this.tooDeep.has(m.name)) return;
      this.tooDeep.add(m.name);
      return this.error(origin, s.col, `macro '${m.name}' expands more than ${MAX_DEPTH} levels deep (does it invoke itself?)`);
    }
    const args = splitArgs(origin.text, s.col - 1 + s.name.length);
    if (args.length !== m.params.length)
      return this.error(origin, s.col, `macro '${m.name}' takes ${m.params.length} argument${m.params.length === 1 ? '' : 's'} (${m.params.join(', ')}), got ${args.length}`);
    const id = String(this.expansions++);
    for (const b of m.body) {
      // Reported at the definition; expanding it would only add a confusing parse error.
      if (b.bad) continue;
      const o: Origin = { file: m.file, line: b.line, text: substitute(b.text, m.params, args, id).text, via: { macro: m.name, origin } };
      this.line(o, depth + 1);
    }
  }
}

/**
 * A macro body line with `\param` and `\@` replaced. Outside quotes, an unknown `\name` is an
 * error (`bad`, with its column); inside quotes it is a string escape like `"\n"`, kept as it
 * is. Nothing is replaced in a comment.
 */
export function substitute(text: string, params: readonly string[], args: readonly string[], id: string): { text: string; bad?: { name: string; col: number } } {
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
      const m = /^\\([A-Za-z_][A-Za-z0-9_]*|@)/.exec(text.slice(i));
      const k = m ? params.indexOf(m[1]!) : -1;
      if (m && (m[1] === '@' || k >= 0)) {
        out += m[1] === '@' ? id : args[k]!;
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
  return bad ? { text: out, bad } : { text: out };
}

/** Macro arguments: the text after the name, split on commas outside quotes and brackets. */
export function splitArgs(text: string, from: number): string[] {
  const args: string[] = [];
  let cur = '';
  let depth = 0;
  let quote: string | null = null;
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
      args.push(cur.trim());
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur.trim() !== '' || args.length) args.push(cur.trim());
  return args;
}

/** `add rd, rs, rt|value`: every form of a mnemonic in one line, per operand count. */
export function usage(forms: readonly OpSpec[]): string {
  const byCount = new Map<number, Set<string>[]>();
  for (const f of forms) {
    const cols = byCount.get(f.operands.length) ?? f.operands.map(() => new Set<string>());
    f.operands.forEach((k, i) => cols[i]!.add(k === 'mem' ? '[rs + offset]' : k === 'imm' ? 'value' : k));
    byCount.set(f.operands.length, cols);
  }
  const m = forms[0]!.mnemonic;
  return [...byCount.values()].map((cols) => [m, cols.map((c) => [...c].join('|')).join(', ')].join(' ').trim()).join(' or ');
}

/** The first `.` in an expression, if any. */
function findDot(e: Expr): Expr | undefined {
  if (e.k === 'dot') return e;
  if (e.k === 'un') return findDot(e.e);
  if (e.k === 'bin') return findDot(e.l) ?? findDot(e.r);
  return undefined;
}

function fits(k: OperandKind, o: Operand): boolean {
  if (isRegOperand(k)) return o.k === 'reg';
  if (k === 'mem') return o.k === 'mem';
  return o.k === 'expr';
}

function describeKind(k: OperandKind): string {
  if (isRegOperand(k)) return 'a register';
  if (k === 'mem') return 'a memory operand like [r1 + 4]';
  if (k === 'label') return 'a label';
  if (k === 'port') return 'a port';
  if (k === 'hcall') return 'a hypercall name or number';
  return 'a value';
}

function describeOperand(o: Operand): string {
  return o.k === 'reg' ? `register '${o.r}'` : o.k === 'mem' ? 'a memory operand' : o.k === 'str' ? 'a string' : 'a value';
}
