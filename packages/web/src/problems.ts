// The assembler's diagnostics placed in the editor's buffer: a line and a span to underline.
// An error inside an included file or a macro is shown where the buffer leads to it (the
// `.include` line, the macro call) with its own place named in the message.
import { resolveInclude, type Diagnostic, type Origin } from '@pvm/asm';

export interface Problem {
  /** 1-based line of the buffer. */
  readonly line: number;
  /** 0-based columns in that line: the span to underline (at least one character, or the line end). */
  readonly from: number;
  readonly to: number;
  readonly message: string;
  /** The name "did you mean" proposes, for a one-click fix. */
  readonly suggestion?: string;
}

/** The word-like run of characters at `col` (0-based), to underline a name or a number whole. */
function span(text: string, col: number): [number, number] {
  const c = Math.max(0, Math.min(col, text.length));
  const m = /^(?:\.?[A-Za-z0-9_$\\.]+|"(?:\\.|[^"\\])*"?|'(?:\\.|[^'\\])*'?|\S)/.exec(text.slice(c));
  return [c, c + (m ? m[0].length : 0)];
}

/** Lines of `main` that `.include` some file, with the path each resolves to. */
function includeLines(main: string, lines: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  lines.forEach((l, i) => {
    const inc = /^\s*(?:[A-Za-z_][\w.]*:\s*)?\.include\s+"([^"]*)"/i.exec(l);
    if (inc && !m.has(resolveInclude(main, inc[1]!))) m.set(resolveInclude(main, inc[1]!), i + 1);
  });
  return m;
}

/** Where in the buffer `main` a diagnostic belongs. */
export function placeDiagnostics(main: string, text: string, diags: readonly Diagnostic[]): Problem[] {
  const lines = text.split(/\r?\n/);
  const includes = includeLines(main, lines);
  return diags.map((d) => {
    const chain: Origin[] = [];
    for (let o: Origin | undefined = d.origin; o; o = o.via?.origin) chain.push(o);
    const suggestion = /did you mean '([^']+)'\?/.exec(d.message)?.[1];
    if (!d.origin.via && d.origin.file === main) {
      const lineText = lines[d.origin.line - 1] ?? '';
      const [from, to] = span(lineText, d.col - 1);
      return { line: d.origin.line, from, to, message: d.message, ...(suggestion ? { suggestion } : {}) };
    }
    const where = `${d.origin.file}:${d.origin.line}:${d.col}`;
    // The outermost place in the buffer that leads there: the macro call the user wrote.
    const mine = [...chain].reverse().find((o) => o.file === main);
    if (mine) {
      const lineText = lines[mine.line - 1] ?? '';
      const first = lineText.search(/\S/);
      return { line: mine.line, from: Math.max(0, first), to: lineText.length, message: `in the expansion of macro '${d.origin.via?.macro ?? '?'}', ${where}: ${d.message}` };
    }
    // An included file: the `.include` that brings it in (directly or not), else the first line.
    const at = includes.get(d.origin.file) ?? [...includes.values()][0] ?? 1;
    const lineText = lines[at - 1] ?? '';
    return { line: at, from: Math.max(0, lineText.search(/\S/)), to: lineText.length, message: `in ${where}: ${d.message}` };
  });
}
