// The first pass: read every line (through .include, conditionals and macro expansion), define
// labels, pick each instruction's form, and lay out both sections. Nothing is encoded yet.
import { FORMS, MNEMONICS, PREDEFINED, TEXT_BASE, hex, sizeOf } from '@pvm/isa';
import type { Expr, Line, Operand, Stmt as Ast } from '../grammar/ast.ts';
import { Conditionals } from './conditionals.ts';
import type { Origin } from './diagnostics.ts';
import { directive } from './directives.ts';
import { evaluate, symbolNames, visit, type Scope, type Value } from './expr.ts';
import { FOREIGN_MNEMONICS, hintFor, pickForm } from './forms.ts';
import { MAX_INCLUDED_LINES, MAX_NESTING } from './limits.ts';
import { cycleThrough, dependenciesFirst, emptyWalk, type Walk } from './order.ts';
import { Macros } from './macros.ts';
import { leadingLabels, macroCall, parseLine } from './parse.ts';
import { readSource, type SourceHost, type SourceText } from './source.ts';
import { TEXT_LIMIT, localName, selfReference, type Emit, type Place, type State, type Sym } from './state.ts';
import { Structs } from './structs.ts';

export class FirstPass {
  readonly macros: Macros;
  readonly conds: Conditionals;
  readonly structs: Structs;
  private readonly localCount = new Map<string, number>();
  private readonly includeStack: string[] = [];
  /** Each file is read once, however often it is included. */
  private readonly files = new Map<string, SourceText | null>();
  private includedLines = 0;
  /** Values of `.equ`s in a cycle, for the evaluation under way (`runs` deep). */
  private readonly transient = new Map<string, Value>();
  private runs = 0;

  constructor(
    readonly st: State,
    private readonly host: SourceHost,
  ) {
    const error = this.error.bind(this);
    this.conds = new Conditionals(error);
    this.macros = new Macros({
      error,
      line: (o, depth) => this.line(o, depth),
      argValue: (text, origin, col) => this.argValue(text, origin, col),
      enterFrame: () => this.conds.enterFrame(),
      leaveFrame: (mark, where) => this.conds.leaveFrame(mark, where),
      suggestions: st.suggestions,
    });
    this.structs = new Structs({
      error,
      constant: (e, origin) => this.constant(e, origin),
      defineConstant: (name, value, origin, col) => this.defineConstant(name, value, origin, col),
    });
  }

  error(origin: Origin, col: number, message: string): void {
    this.st.diags.push({ origin, col, message, seq: this.st.seq });
  }

  private read(path: string): SourceText | null {
    if (!this.files.has(path)) this.files.set(path, readSource(this.host, path));
    return this.files.get(path)!;
  }

  /** Assemble a whole file; false when it cannot be read at all. */
  file(path: string, from?: { origin: Origin; col: number }): boolean {
    const src = this.read(path);
    if (src === null) {
      if (from) this.error(from.origin, from.col, `cannot read include file '${path}'`);
      return false;
    }
    if (this.includeStack.includes(path)) {
      const cycle = [...this.includeStack.slice(this.includeStack.indexOf(path)), path].join(' -> ');
      this.error(from!.origin, from!.col, `include cycle: ${cycle}`);
      return true;
    }
    if (this.includeStack.length >= MAX_NESTING) {
      this.error(from!.origin, from!.col, `includes nested more than ${MAX_NESTING} deep`);
      return true;
    }
    if (from) {
      const over = this.includedLines > MAX_INCLUDED_LINES;
      this.includedLines += src.lines.length;
      if (this.includedLines > MAX_INCLUDED_LINES) {
        if (!over) this.error(from.origin, from.col, `included files made more than ${MAX_INCLUDED_LINES.toLocaleString('en-US')} lines: is a file included over and over?`);
        return true;
      }
    }
    this.includeStack.push(path);
    const mark = this.conds.enterFrame();
    for (let i = 0; i < src.lines.length; i++) {
      const origin = { file: path, line: i + 1, text: src.lines[i]! };
      const bad = src.invalid.get(i + 1);
      if (bad) {
        this.st.seq++;
        this.error(origin, bad.col, `invalid UTF-8 byte ${hex(bad.byte, 2)}: source files must be UTF-8 (write other bytes as \\x${bad.byte.toString(16).padStart(2, '0')} in a string)`);
      } else this.line(origin, 0);
    }
    this.macros.endOfFile(path, this.includeStack.length);
    this.structs.endOfFile(path, this.includeStack.length);
    this.conds.leaveFrame(mark, path);
    this.includeStack.pop();
    return true;
  }

  line(origin: Origin, depth: number): void {
    this.st.seq++;
    if (this.macros.recording) return this.macros.bodyLine(origin);
    if (this.conds.skipping) return this.conds.skipped(origin);
    const call = macroCall(origin.text);
    const macro = call && this.macros.get(call.name);
    if (macro) {
      const labels = call.labels.map((l) => ({ ...l, tok: { type: 'ident', value: l.name, text: l.name, col: l.col } }));
      // Inside a struct, the labels name fields, and the macro declares them.
      if (this.structs.defining) this.structs.line({ labels, stmt: null }, origin);
      else for (const l of labels) this.label(l.name, l.local, origin, l.col);
      return this.macros.expand(macro, call.name, call.col, origin, depth);
    }
    const parsed = parseLine(origin.text);
    if (!parsed.ok) {
      this.error(origin, parsed.col, parsed.message);
      // Keep the line's labels, so one typo does not also make every use of them undefined.
      if (!this.structs.defining) for (const l of leadingLabels(origin.text)) this.label(l.name, l.local, origin, l.col);
      return;
    }
    this.statement(parsed.line, origin);
  }

  private statement(line: Line, origin: Origin): void {
    const s = line.stmt;
    if (s?.k === 'directive' && (s.name === '.ifdef' || s.name === '.ifndef' || s.name === '.else' || s.name === '.endif')) {
      for (const l of line.labels) this.label(l.name, l.local, origin, l.col);
      return this.conds.directive(s.name, s.ops, origin, s.col, (name) => this.st.symbols.has(name) || PREDEFINED.has(name));
    }
    if (this.structs.defining) return this.structs.line(line, origin);
    for (const l of line.labels) this.label(l.name, l.local, origin, l.col);
    if (!s) return;
    switch (s.k) {
      case 'macro':
        return this.macros.define(s, origin, this.includeStack.length);
      case 'assign':
        return this.equ(s.name, s.e, origin, s.col);
      case 'directive':
        if (s.name === '.struct') return this.structs.begin(line, origin, this.includeStack.length);
        return directive(this, s, origin);
      case 'instr':
        return this.instruction(s, origin);
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

  here(): Place {
    return { section: this.st.section, offset: this.st.size[this.st.section] };
  }

  private label(name: string, local: boolean, origin: Origin, col: number): void {
    if (local) {
      const k = this.localCount.get(name) ?? 0;
      this.localCount.set(name, k + 1);
      this.st.symbols.set(localName(name, k), { kind: 'label', at: this.here(), origin, col, local: true, seq: this.st.seq });
      return;
    }
    if (this.checkName(name, origin, col)) this.st.symbols.set(name, { kind: 'label', at: this.here(), origin, col, local: false, seq: this.st.seq });
  }

  equ(name: string, expr: Expr, origin: Origin, col: number): void {
    this.resolveLocals(expr);
    if (!this.checkName(name, origin, col)) return;
    const s: Sym = { kind: 'equ', expr, at: this.here(), origin, col, seq: this.st.seq, state: 'new', value: 0n };
    this.st.symbols.set(name, s);
    // Evaluated now, quietly: an `.equ` made of earlier ones then finds their values kept.
    this.knownSymbol(s, name);
  }

  private defineConstant(name: string, value: number, origin: Origin, col: number): void {
    const v = BigInt(value);
    if (this.checkName(name, origin, col))
      this.st.symbols.set(name, { kind: 'equ', expr: { k: 'num', v, col, tok: { type: 'decimal', value: String(value), text: String(value), col } }, at: this.here(), origin, col, seq: this.st.seq, state: 'done', value: v, known: { ok: true, v } });
  }

  /** Turn each `1b`/`1f` into the name of the definition it means, as of this line. */
  resolveLocals(e: Expr | null): void {
    if (!e) return;
    visit(e, (n) => {
      if (n.k !== 'local') return;
      const k = this.localCount.get(n.n) ?? 0;
      (n as { target?: string }).target = n.dir === 'b' ? (k > 0 ? localName(n.n, k - 1) : undefined) : localName(n.n, k);
    });
  }

  private resolveOperandLocals(ops: Operand[]): void {
    for (const o of ops) if (o.k === 'expr' || o.k === 'mem') this.resolveLocals(o.k === 'expr' ? o.e : o.offset);
  }

  /** Values needed now (sizes, alignment): only what is already known may be used. */
  constant(e: Expr, origin: Origin): bigint | undefined {
    const v = this.known(e, this.here(), emptyWalk());
    if (!v.ok) {
      this.error(origin, v.col, v.message);
      return undefined;
    }
    return v.v;
  }

  /** A `%expr` macro argument's value; columns in `text` count from `col`. */
  private argValue(text: string, origin: Origin, col: number): bigint | undefined {
    const lead = text.length - text.trimStart().length;
    const parsed = parseLine(`.word ${text.trimStart()}`);
    const at = (c: number): number => col + lead + c - 7;
    if (!parsed.ok) return void this.error(origin, at(parsed.col), parsed.message);
    const ops = (parsed.line.stmt as Extract<Ast, { k: 'directive' }>).ops;
    if (ops.length !== 1 || ops[0]!.k !== 'expr') return void this.error(origin, col, `'%' in a macro argument takes one value`);
    const v = this.known(ops[0]!.e, this.here(), emptyWalk());
    if (!v.ok) return void this.error(origin, at(v.col), v.message);
    return v.v;
  }

  /**
   * The value of `e` from what the first pass knows: `.` and labels in .text, and `.equ`s made
   * of those (data addresses wait for the final text size). `at` is where `.` is: an `.equ`
   * keeps the `.` of its own line. `walk` holds the `.equ`s being evaluated, to catch cycles.
   */
  private known(e: Expr, at: Place, walk: Walk): Value {
    const st = this.st;
    if (at.section === 'data') {
      let dot: Expr | undefined;
      visit(e, (n) => void (n.k === 'dot' && (dot ??= n)));
      if (dot) return { ok: false, col: dot.col, message: "'.' in .data is not known in the first pass" };
    }
    const scope: Scope = {
      dot: TEXT_BASE + at.offset,
      symbol: (name, col): Value => {
        const pre = PREDEFINED.get(name);
        if (pre !== undefined) return { ok: true, v: BigInt(pre) };
        const s = st.symbols.get(name);
        if (!s) return { ok: false, col, message: `'${name}' must be defined before this line: sizes are fixed in the first pass`, waitsFor: name };
        if (s.kind === 'label') {
          if (s.at.section === 'text') return { ok: true, v: BigInt(TEXT_BASE + s.at.offset) };
          return { ok: false, col, message: `the address of data label '${name}' is not known in the first pass` };
        }
        if (walk.onPath.has(name)) return { ok: false, col, message: selfReference(cycleThrough(walk, name)), transient: true };
        const v = this.transient.get(name) ?? this.knownSymbol(s, name);
        // The inner column points into the .equ's own line: point at the name on this one.
        if (v.ok || walk.path.length) return v;
        if (v.message.startsWith(selfReference([name, name]))) return { ...v, col };
        return { ...v, col, message: `${v.message} (in the value of '${name}', ${s.origin.file}:${s.origin.line})` };
      },
      local: (l) => ({ ok: false, col: l.col, message: 'a local label reference cannot give a size' }),
    };
    return evaluate(e, scope);
  }

  /** An `.equ`'s first-pass value: kept once it is final, or until the symbol it waits for is defined. */
  private knownSymbol(s: Extract<Sym, { kind: 'equ' }>, name: string): Value {
    if (this.fresh(s)) return s.known!;
    this.runs++;
    dependenciesFirst(
      name,
      (n) => {
        const d = this.st.symbols.get(n);
        return d?.kind === 'equ' && !this.fresh(d) && !this.transient.has(n) ? symbolNames(d.expr) : null;
      },
      (n, walk) => {
        const d = this.st.symbols.get(n) as Extract<Sym, { kind: 'equ' }>;
        const v = this.known(d.expr, d.at, walk);
        // A cycle depends on where it was entered: kept only while this evaluation lasts.
        if (v.ok || !v.transient) d.known = v;
        else this.transient.set(n, v);
      },
    );
    this.runs--;
    const v = this.fresh(s) ? s.known! : this.transient.get(name)!;
    if (this.runs === 0) this.transient.clear();
    return v;
  }

  private fresh(s: Extract<Sym, { kind: 'equ' }>): boolean {
    const k = s.known;
    return k !== undefined && (k.ok || k.waitsFor === undefined || !this.st.symbols.has(k.waitsFor));
  }

  // ---- emitting ----

  emit(origin: Origin, size: number, emit: Emit): void {
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
      const hint = hintFor(s.name, FOREIGN_MNEMONICS, [...MNEMONICS, ...this.macros.names()], this.st.suggestions);
      return this.error(origin, s.col, `unknown instruction '${s.name}'${hint}`);
    }
    const op = pickForm(forms, s.ops, s.name, s.col);
    if ('message' in op) return this.error(origin, op.col, op.message);
    const addr = this.here();
    if (addr.offset % 4 !== 0)
      return this.error(origin, s.col, `instruction at a misaligned address (offset ${addr.offset} in .${addr.section}): put .align 4 before it`);
    this.resolveOperandLocals(s.ops);
    this.emit(origin, sizeOf(op), { kind: 'instr', op, operands: s.ops });
  }

  /** Read an included file, relative to the one including it. */
  include(path: string, origin: Origin, col: number): void {
    this.file(path, { origin, col });
  }
}
