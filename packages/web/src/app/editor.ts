/// <reference lib="dom" />
// The editor: CodeMirror 6 with pvm highlighting from the assembler's lexer, live diagnostics
// from the real assembler (in a worker), hover docs from the opcode and ABI tables, a breakpoint
// gutter and the debugger's current line.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StreamParser } from '@codemirror/language';
import { linter, lintGutter, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { Compartment, EditorState, RangeSet, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, GutterMarker, drawSelection, gutter, highlightActiveLine, highlightActiveLineGutter, hoverTooltip, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { docFor } from '../docs.ts';
import { LINT_DELAY_MS } from '../limits.ts';
import type { Problem } from '../problems.ts';
import { lineTokens, type Token, type TokenClass } from '../tokens.ts';

// ---- highlighting ----

interface LineState {
  toks: Token[];
  i: number;
}

const parser: StreamParser<LineState> = {
  name: 'pvm',
  startState: () => ({ toks: [], i: 0 }),
  copyState: (s) => ({ toks: s.toks, i: s.i }),
  token(stream, state) {
    if (stream.sol()) {
      state.toks = lineTokens(stream.string);
      state.i = 0;
    }
    while (state.i < state.toks.length && state.toks[state.i]!.to <= stream.pos) state.i++;
    const t = state.toks[state.i];
    if (!t || t.from > stream.pos) {
      stream.next();
      return null;
    }
    stream.pos = t.to;
    return t.cls;
  },
  languageData: { commentTokens: { line: ';' } },
  tokenTable: {
    comment: tags.lineComment,
    number: tags.number,
    string: tags.string,
    invalid: tags.invalid,
    directive: tags.processingInstruction,
    mnemonic: tags.keyword,
    macro: tags.macroName,
    register: tags.special(tags.variableName),
    predefined: tags.constant(tags.variableName),
    label: tags.labelName,
    symbol: tags.variableName,
    operator: tags.operator,
    param: tags.special(tags.string),
  } satisfies Record<TokenClass, unknown>,
};

const pvmLanguage = StreamLanguage.define(parser);

// Colours are CSS variables, so light and dark themes (and forced colours) choose them.
const highlight = HighlightStyle.define([
  { tag: tags.lineComment, color: 'var(--hl-comment)', fontStyle: 'italic' },
  { tag: tags.number, color: 'var(--hl-number)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--hl-string)' },
  { tag: tags.invalid, color: 'var(--hl-invalid)', textDecoration: 'underline wavy' },
  { tag: tags.processingInstruction, color: 'var(--hl-directive)' },
  { tag: tags.keyword, color: 'var(--hl-mnemonic)', fontWeight: 'bold' },
  { tag: tags.macroName, color: 'var(--hl-macro)' },
  { tag: tags.special(tags.variableName), color: 'var(--hl-register)' },
  { tag: tags.constant(tags.variableName), color: 'var(--hl-predefined)' },
  { tag: tags.labelName, color: 'var(--hl-label)', fontWeight: 'bold' },
]);

// ---- hover docs ----

const hover = hoverTooltip((view, pos) => {
  const line = view.state.doc.lineAt(pos);
  const text = line.text;
  let a = pos - line.from;
  let b = a;
  while (a > 0 && /[\w.]/.test(text[a - 1]!)) a--;
  while (b < text.length && /[\w.]/.test(text[b]!)) b++;
  const cls = lineTokens(text).find((t) => t.from <= a && a < t.to)?.cls;
  const doc = a < b ? docFor(text.slice(a, b), cls !== 'mnemonic') : null;
  if (!doc) return null;
  return {
    pos: line.from + a,
    end: line.from + b,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'pvm-doc';
      const title = dom.appendChild(document.createElement('strong'));
      title.textContent = doc.title;
      for (const l of doc.lines) dom.appendChild(document.createElement('div')).textContent = l;
      return { dom };
    },
  };
});

// ---- breakpoints and the current line ----

class BreakpointMarker extends GutterMarker {
  constructor(readonly enabled: boolean) {
    super();
  }
  override eq(o: BreakpointMarker): boolean {
    return o.enabled === this.enabled;
  }
  override toDOM(): Node {
    const el = document.createElement('span');
    el.className = this.enabled ? 'pvm-bp' : 'pvm-bp pvm-bp-off';
    el.textContent = '●';
    el.setAttribute('aria-label', 'breakpoint');
    return el;
  }
}

/** Sizes the gutter; never shown, so it is no breakpoint to a test or a screen reader. */
class SpacerMarker extends GutterMarker {
  override toDOM(): Node {
    const el = document.createElement('span');
    el.textContent = '●';
    return el;
  }
}

const ON = new BreakpointMarker(true);
const OFF = new BreakpointMarker(false);
/** Replace all breakpoint markers: 1-based lines and whether each is enabled. */
const setBreakpoints = StateEffect.define<readonly { line: number; enabled: boolean }[]>();

const breakpointField = StateField.define<RangeSet<GutterMarker>>({
  create: () => RangeSet.empty,
  update(set, tr) {
    let s = set.map(tr.changes);
    for (const e of tr.effects)
      if (e.is(setBreakpoints)) {
        const ranges = e.value
          .filter((b) => b.line >= 1 && b.line <= tr.state.doc.lines)
          .map((b) => (b.enabled ? ON : OFF).range(tr.state.doc.line(b.line).from))
          .sort((x, y) => x.from - y.from);
        s = RangeSet.of(ranges, true);
      }
    return s;
  },
});

const setCurrentLine = StateEffect.define<number | null>();
const currentLine = Decoration.line({ class: 'pvm-current', attributes: { 'aria-current': 'step' } });
const currentField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    let d = deco.map(tr.changes);
    for (const e of tr.effects)
      if (e.is(setCurrentLine)) d = e.value === null || e.value > tr.state.doc.lines ? Decoration.none : Decoration.set([currentLine.range(tr.state.doc.line(e.value).from)]);
    return d;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// ---- the editor ----

export interface EditorHooks {
  /** Problems for a text (the assembler in a worker). */
  check(text: string): Promise<Problem[]>;
  /** A gutter click or F9 on a 1-based line. */
  toggleBreakpoint(line: number): void;
  changed(text: string): void;
}

export class Editor {
  readonly view: EditorView;
  private readonly editable = new Compartment();

  constructor(parent: HTMLElement, text: string, hooks: EditorHooks) {
    const lint = linter(
      async (view) => {
        const doc = view.state.doc;
        const problems = await hooks.check(doc.toString());
        // The document may have changed meanwhile: the linter maps these only if it did not.
        return problems.map((p): LintDiagnostic => {
          const line = doc.line(Math.max(1, Math.min(p.line, doc.lines)));
          const from = line.from + Math.min(p.from, line.length);
          const to = Math.max(from, line.from + Math.min(p.to, line.length));
          const s = p.suggestion;
          return {
            from,
            to,
            severity: 'error',
            message: p.message,
            ...(s ? { actions: [{ name: `Use '${s}'`, apply: (v: EditorView, f: number, t: number) => v.dispatch({ changes: { from: f, to: t, insert: s } }) }] } : {}),
          };
        });
      },
      { delay: LINT_DELAY_MS },
    );
    const extensions: Extension[] = [
      lineNumbers(),
      gutter({
        class: 'pvm-bp-gutter',
        markers: (v) => v.state.field(breakpointField),
        initialSpacer: () => new SpacerMarker(),
        domEventHandlers: {
          mousedown: (view, block) => {
            hooks.toggleBreakpoint(view.state.doc.lineAt(block.from).number);
            return true;
          },
        },
      }),
      breakpointField,
      currentField,
      lintGutter(),
      highlightActiveLineGutter(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      pvmLanguage,
      syntaxHighlighting(highlight),
      lint,
      hover,
      this.editable.of([]),
      keymap.of([{ key: 'F9', run: (v) => (hooks.toggleBreakpoint(v.state.doc.lineAt(v.state.selection.main.head).number), true) }, ...defaultKeymap, ...historyKeymap, indentWithTab]),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) hooks.changed(u.state.doc.toString());
      }),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'Assembly source' }),
    ];
    this.view = new EditorView({ parent, state: EditorState.create({ doc: text, extensions }) });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  setText(text: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text }, effects: [setBreakpoints.of([]), setCurrentLine.of(null)] });
  }

  setBreakpoints(lines: readonly { line: number; enabled: boolean }[]): void {
    this.view.dispatch({ effects: setBreakpoints.of(lines) });
  }

  /** Breakpoint lines as they are now (they move with edits). */
  breakpointLines(): number[] {
    const out: number[] = [];
    const doc = this.view.state.doc;
    this.view.state.field(breakpointField).between(0, doc.length, (from) => void out.push(doc.lineAt(from).number));
    return out;
  }

  setCurrentLine(line: number | null): void {
    const effects: StateEffect<unknown>[] = [setCurrentLine.of(line)];
    if (line !== null && line <= this.view.state.doc.lines) effects.push(EditorView.scrollIntoView(this.view.state.doc.line(line).from, { y: 'nearest' }));
    this.view.dispatch({ effects });
  }

  setReadOnly(ro: boolean): void {
    this.view.dispatch({ effects: this.editable.reconfigure(ro ? [EditorState.readOnly.of(true), EditorView.contentAttributes.of({ 'aria-readonly': 'true' })] : []) });
  }
}
