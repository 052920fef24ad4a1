// The difference between expected and actual console output, for people: `--- expected` and
// `+++ actual` headers, `-`/`+` lines with a few lines of context, long runs of equal lines
// folded, invisible differences (trailing spaces, \r, tabs, a missing final newline) drawn
// visibly. Any size of output: the common head and tail are cut off first, the middle goes
// through Myers' O(ND) algorithm with D capped, and past the cap the report falls back to
// the first differing line.

export interface DiffOptions {
  /** Equal lines shown around each change. */
  readonly context?: number;
  /** Most lines of differences shown before the rest is counted instead. */
  readonly maxLines?: number;
  /** Most differing lines (Myers' D) the full diff is computed for. */
  readonly maxEdits?: number;
  /** Longest line shown whole. */
  readonly lineWidth?: number;
}

const DEFAULTS = { context: 3, maxLines: 120, maxEdits: 1000, lineWidth: 200 };
/** Myers' steps a diff may take: a fraction of a second. */
const WORK = 20_000_000;

/** Lines with their terminators, so a missing final newline is a difference like any other. */
function lines(s: string, from: number, to: number): string[] {
  const out: string[] = [];
  let at = from;
  while (at < to) {
    const nl = s.indexOf('\n', at);
    const end = nl < 0 || nl >= to ? to : nl + 1;
    out.push(s.slice(at, end));
    at = end;
  }
  return out;
}

/** Where the common head of two texts ends, on a line boundary. */
function commonHead(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Back to the start of the line the difference is in (or keep a whole line both end with).
  if (i === a.length && i === b.length) return i;
  return i === 0 ? 0 : a.lastIndexOf('\n', i - 1) + 1;
}

/** How many characters the texts share at their ends, on a line boundary, not overlapping `head`. */
function commonTail(a: string, b: string, head: number): number {
  let k = 0;
  const n = Math.min(a.length, b.length) - head;
  while (k < n && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  // Shorten to whole lines on both sides: the tail starts at a line start in each text.
  const lineStart = (s: string, at: number): boolean => at === head || s.charCodeAt(at - 1) === 10;
  while (k > 0 && !(lineStart(a, a.length - k) && lineStart(b, b.length - k))) k--;
  return k;
}

type Op = 0 | 1 | 2; // equal, delete (expected only), insert (actual only)

/** Myers' greedy shortest edit script, or null when it needs more than `maxD` edits. */
function myers(a: Int32Array, b: Int32Array, maxD: number): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxD);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) x++, y++;
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a.length, b.length, d);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number, dEnd: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d]!; // v as it was before round d, indexed k + d + 1
    const at = (k: number): number => v[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push(0), x--, y--;
    ops.push(prevK === k + 1 ? 2 : 1);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) ops.push(0), x--, y--;
  return ops.reverse();
}

const PICTURES: Record<string, string> = { ' ': '·', '\t': '␉', '\r': '␍' };

/** A line as shown: control characters as their Unicode pictures, trailing spaces as `·`. */
function show(line: string, width: number, used: Set<string>): string {
  let s = line.endsWith('\n') ? line.slice(0, -1) : line;
  let cut = '';
  if (s.length > width) {
    cut = ` … (${(s.length - width).toLocaleString('en-US')} more characters)`;
    s = s.slice(0, width);
  }
  const trail = cut ? '' : (/[ \t]+$/.exec(s)?.[0] ?? '');
  const body = s.slice(0, s.length - trail.length);
  const pic = (c: string): string => {
    const code = c.charCodeAt(0);
    used.add(c === '\x7f' ? '\x7f' : c);
    return code === 0x7f ? '␡' : PICTURES[c] ?? String.fromCharCode(0x2400 + code);
  };
  return body.replace(/[\x00-\x08\x0a-\x1f\x7f\t\r]/g, pic) + trail.replace(/[ \t]/g, pic) + cut;
}

function legend(used: Set<string>): string | null {
  if (!used.size) return null;
  const names: Record<string, string> = { ' ': '· a trailing space', '\t': '␉ a tab', '\r': '␍ a carriage return (\\r)', '\x7f': '␡ DEL' };
  const parts = [...used].sort().map((c) => names[c] ?? `${String.fromCharCode(0x2400 + c.charCodeAt(0))} the control character \\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `(invisible characters drawn: ${parts.join(', ')})`;
}

const plural = (n: number, what: string): string => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;

/** The report lines for two outputs that differ (empty when they are equal). */
export function diffText(expected: string, actual: string, options: DiffOptions = {}): string[] {
  if (expected === actual) return [];
  const o = { ...DEFAULTS, ...options };
  const used = new Set<string>();
  const head = commonHead(expected, actual);
  const tail = commonTail(expected, actual, head);
  const headLines = lines(expected, 0, head);
  const a = lines(expected, head, expected.length - tail);
  const b = lines(actual, head, actual.length - tail);
  const tailLines = lines(expected, expected.length - tail, expected.length);
  const out = ['--- expected', '+++ actual'];
  const noEol = (l: string, side: string): void => {
    if (!l.endsWith('\n')) out.push(`\\ no newline at the end of the ${side} output`);
  };

  // Number the distinct lines, so the diff compares integers.
  const ids = new Map<string, number>();
  const id = (l: string): number => ids.get(l) ?? (ids.set(l, ids.size), ids.size - 1);
  // Myers' time is (N + M) * D: the cap on D shrinks as the outputs grow.
  const maxD = Math.min(o.maxEdits, Math.floor(WORK / Math.max(1, a.length + b.length)));
  // D is at least the difference in length: past the cap, do not even start.
  const ops = maxD >= 1 && Math.abs(a.length - b.length) <= maxD ? myers(Int32Array.from(a, id), Int32Array.from(b, id), maxD) : null;

  if (ops === null) {
    // Too different to diff in bounded time and space: say where it starts and how big each side is.
    const line = headLines.length + 1;
    out.push(`the outputs differ from line ${line.toLocaleString('en-US')} on (expected ${plural(headLines.length + a.length + tailLines.length, 'line')}, actual ${plural(headLines.length + b.length + tailLines.length, 'line')}):`);
    if (a.length) out.push(`- ${show(a[0]!, o.lineWidth, used)}`), noEol(a[0]!, 'expected');
    else out.push('  (the expected output ends here)');
    if (b.length) out.push(`+ ${show(b[0]!, o.lineWidth, used)}`), noEol(b[0]!, 'actual');
    else out.push('  (the actual output ends here)');
    const l = legend(used);
    return l ? [...out, l] : out;
  }

  // The whole script: head (equal), the middle's ops, tail (equal).
  type Row = { op: Op; text: string };
  const rows: Row[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === 0) rows.push({ op, text: a[i++]! }), j++;
    else if (op === 1) rows.push({ op, text: a[i++]! });
    else rows.push({ op, text: b[j++]! });
  }
  const before = headLines.length;
  const all = (k: number): Row => (k < before ? { op: 0, text: headLines[k]! } : k < before + rows.length ? rows[k - before]! : { op: 0, text: tailLines[k - before - rows.length]! });
  const total = before + rows.length + tailLines.length;

  let shown = 0;
  let k = 0;
  while (k < total) {
    if (all(k).op !== 0) {
      if (shown >= o.maxLines) {
        let rest = 0;
        for (let r = k; r < total; r++) if (all(r).op !== 0) rest++;
        out.push(`... ${plural(rest, 'more differing line')} ...`);
        break;
      }
      const r = all(k);
      out.push(`${r.op === 1 ? '-' : '+'} ${show(r.text, o.lineWidth, used)}`);
      noEol(r.text, r.op === 1 ? 'expected' : 'actual');
      shown++;
      k++;
      continue;
    }
    // A run of equal lines: keep `context` at each side of a change, fold the middle.
    let end = k;
    while (end < total && all(end).op === 0) end++;
    const lead = k === 0 ? 0 : o.context;
    const trail = end === total ? 0 : o.context;
    const run = end - k;
    if (run <= lead + trail + 1) for (let r = k; r < end; r++) out.push(`  ${show(all(r).text, o.lineWidth, used)}`), noEol(all(r).text, 'expected and actual');
    else {
      for (let r = k; r < k + lead; r++) out.push(`  ${show(all(r).text, o.lineWidth, used)}`);
      out.push(`  ... ${plural(run - lead - trail, 'equal line')} ...`);
      for (let r = end - trail; r < end; r++) out.push(`  ${show(all(r).text, o.lineWidth, used)}`), noEol(all(r).text, 'expected and actual');
    }
    k = end;
  }
  const l = legend(used);
  return l ? [...out, l] : out;
}
