// Finding the expectation block in a kernel's header (or a spec file) and cutting it into
// `key(mode): value` lines. The rule, documented in docs/grading.md:
//
//   - The header is the comment lines at the top of the file, before the first line of code.
//     A spec file is all header, and there the leading `;` is optional.
//   - Blank lines and lines holding only `;` split the header into paragraphs.
//   - A paragraph with at least one line `; key: value` or `; key(mode): value` whose key is
//     one pvm knows belongs to the expectation block; every line in it must then be such a line.
//   - Any other paragraph is prose and is ignored, except for a line that is one letter or two
//     away from a key line (`; exitz: 3`, `; exit 0`): that is a typo, never silently dropped.
import { didYouMean } from '@pvm/asm';

export interface KeyLine {
  readonly line: number;
  readonly text: string;
  readonly key: string;
  /** As written between the parentheses, or null. */
  readonly mode: string | null;
  readonly modeCol: number;
  readonly value: string;
  readonly valueCol: number;
  readonly keyCol: number;
}

/** Something wrong at a place in a file: reported as `file:line:col: error: message`. */
export interface Problem {
  readonly line: number;
  readonly col: number;
  readonly text: string;
  readonly message: string;
}

export interface Header {
  readonly keys: KeyLine[];
  readonly problems: Problem[];
}

export type SourceKind = 'kernel' | 'spec';

const KEY = /^([A-Za-z][\w-]*)(\s*)(?:\(([^()]*)\)\s*)?:/;
const WORD = /^[A-Za-z][\w-]*/;

/** The lines of the header: up to the first line of code in a kernel, all of a spec. */
function headerLines(source: string, kind: SourceKind): string[] {
  const lines = source.split(/\r?\n/);
  if (kind === 'spec') return lines;
  const end = lines.findIndex((l) => !/^\s*(;.*)?$/.test(l));
  return end < 0 ? lines : lines.slice(0, end);
}

export function readHeader(source: string, kind: SourceKind, known: readonly string[], numeric: ReadonlySet<string>): Header {
  const keys: KeyLine[] = [];
  const problems: Problem[] = [];
  const prefix = kind === 'spec' ? /^\s*(?:;\s*)?/ : /^\s*;\s*/;
  const knownSet = new Set(known);
  const lines = headerLines(source, kind);
  const known1 = (w: string): string => (knownSet.has(w) ? '' : (didYouMean(w, known) ?? ''));
  const suggestion = (w: string): string => {
    const s = didYouMean(w, known);
    return s ? `; did you mean '${s}'?` : ` (keys: ${known.join(', ')})`;
  };

  let i = 0;
  while (i < lines.length) {
    if (/^\s*;?\s*$/.test(lines[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < lines.length && !/^\s*;?\s*$/.test(lines[i]!)) i++;
    const para = lines.slice(start, i).map((text, k) => {
      const pre = prefix.exec(text)![0].length;
      const body = text.slice(pre);
      return { line: start + k + 1, text, pre, body, m: KEY.exec(body) };
    });
    const expectations = para.some((p) => p.m && knownSet.has(p.m[1]!));
    for (const p of para) {
      const bad = (col: number, message: string): void => void problems.push({ line: p.line, col, text: p.text, message });
      if (p.m) {
        const [whole, key, gap, mode] = p.m;
        if (knownSet.has(key!)) {
          const raw = p.body.slice(whole.length);
          // One space after the colon is the separator; the rest of the line is the value, verbatim.
          const skip = raw.startsWith(' ') ? 1 : 0;
          const modeAt = mode === undefined ? 0 : p.pre + key!.length + gap!.length + 2;
          keys.push({ line: p.line, text: p.text, key: key!, mode: mode ?? null, modeCol: modeAt, value: raw.slice(skip), valueCol: p.pre + whole.length + skip + 1, keyCol: p.pre + 1 });
        } else if (expectations || (/^[a-z][a-z0-9-]*$/.test(key!) && known1(key!))) bad(p.pre + 1, `unknown key '${key}'${suggestion(key!)}`);
        continue;
      }
      const word = WORD.exec(p.body)?.[0];
      const rest = word === undefined ? '' : p.body.slice(word.length);
      if (expectations) {
        if (word !== undefined && knownSet.has(word)) bad(p.pre + word.length + 1, `missing ':' after '${word}'`);
        else if (word !== undefined && known1(word)) bad(p.pre + 1, `unknown key '${word}'${suggestion(word)}`);
        else bad(p.pre + 1, "not an expectation: every line of a paragraph with expectations must be 'key: value' (put prose in its own paragraph, after an empty ';' line)");
      } else if (word !== undefined && numeric.has(word) && /^\s+[-+]?\d+[KMG]?\s*$/i.test(rest)) {
        bad(p.pre + word.length + 1, `missing ':' after '${word}'`);
      }
    }
  }
  return { keys, problems };
}
