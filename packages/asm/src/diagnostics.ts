// Diagnostics are values with a location, collected and reported together (clox, Wren).

/** Where a line of source came from; `via` is the macro invocation that produced it. */
export interface Origin {
  readonly file: string;
  readonly line: number;
  /** The text of the line as assembled (after macro substitution). */
  readonly text: string;
  readonly via?: { readonly macro: string; readonly origin: Origin };
}

export interface Diagnostic {
  readonly origin: Origin;
  /** 1-based column. */
  readonly col: number;
  readonly message: string;
}

const MAX_NOTES = 6;

// A source file may hold control characters (NUL, escape sequences) that would act on the
// terminal: the source line shows each as one replacement character, so the caret still lines
// up, and a message names it as \xNN.
const printable = (s: string): string => s.replace(/\t/g, ' ').replace(/[\x00-\x1f\x7f]/g, '\ufffd');
const escaped = (s: string): string => s.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

// A line of a macro expansion can be a megabyte long: show a window of it around the column.
const WIDTH = 160;

function clip(text: string, col: number): { text: string; col: number } {
  if (text.length <= WIDTH) return { text, col };
  const start = Math.max(0, Math.min(col - 1 - WIDTH / 2, text.length - WIDTH));
  const head = start > 0 ? '...' : '';
  const tail = start + WIDTH < text.length ? '...' : '';
  return { text: head + text.slice(start, start + WIDTH) + tail, col: col - start + head.length };
}

/** `file:line:col: error: message`, the source line, a caret under the column, then one note
 * per macro invocation that led there, each with its line, so the call site can be seen. */
export function formatDiagnostic(d: Diagnostic): string {
  const o = d.origin;
  const full = printable(o.text);
  const col = Math.max(1, Math.min(d.col, full.length + 1));
  const window = clip(full, col);
  const out = [`${o.file}:${o.line}:${col}: error: ${escaped(d.message)}`, `  ${window.text}`, `  ${' '.repeat(window.col - 1)}^`];
  const vias: NonNullable<Origin['via']>[] = [];
  for (let v = o.via; v; v = v.origin.via) vias.push(v);
  // A runaway recursion is 64 levels deep: its innermost and outermost steps tell the story.
  const shown = vias.length > MAX_NOTES ? [...vias.slice(0, MAX_NOTES - 2), null, ...vias.slice(-2)] : vias;
  for (const v of shown) {
    if (v) out.push(`${v.origin.file}:${v.origin.line}: note: in expansion of macro '${v.macro}'`, `  ${clip(printable(v.origin.text), 1).text}`);
    else out.push(`  ... ${vias.length - MAX_NOTES + 2} more levels of macro expansion ...`);
  }
  return out.join('\n');
}

/**
 * Work left for "did you mean" searches, in cells of the distance table: a source with
 * thousands of undefined names and thousands of labels would otherwise take hours. Past it,
 * errors are still reported, without a suggestion.
 */
export interface SuggestionBudget {
  cells: number;
}

/** A list in a message: a macro may have 40,000 parameters, a message stays one short line. */
export function shortList(items: readonly string[], sep: string): string {
  if (items.length <= 8) return items.join(sep);
  return [...items.slice(0, 5), `... ${(items.length - 7).toLocaleString('en-US')} more ...`, ...items.slice(-2)].join(sep);
}

/** Levenshtein distance, bounded: returns > max as soon as it is certain. */
function distance(a: string, b: string, max: number, budget?: SuggestionBudget): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    if (budget) budget.cells -= b.length;
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest candidate to a misspelt name, if one is close enough to be a likely typo (and
 * the budget, when given, lasts the search). */
export function didYouMean(name: string, candidates: Iterable<string>, budget?: SuggestionBudget): string | undefined {
  const max = name.length <= 3 ? 1 : name.length <= 6 ? 2 : 3;
  let best: string | undefined;
  let bestD = max + 1;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    if (budget && budget.cells < 0) return undefined;
    // A difference of case alone is the likeliest typo of all.
    const d = c.toLowerCase() === lower ? 0 : distance(lower, c.toLowerCase(), max, budget);
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  if (budget && budget.cells < 0) return undefined;
  return best !== name ? best : undefined;
}

export const suggest = (name: string, candidates: Iterable<string>, budget?: SuggestionBudget): string => {
  const s = didYouMean(name, candidates, budget);
  return s ? `; did you mean '${s}'?` : '';
};
