// What a kernel says about itself in its header (clox's `// expect:` files), or what an
// instructor's spec says about a submission: one or more cases, each with its input, expected
// output, exit status, modes, bounds on exits and hypercalls, limits and points.
//
//   ; expect: Hello, world!          one line of console output, in order (all modes)
//   ; expect(trap): ...              output lines for one mode only (replace the general ones)
//   ; input: abc\n                   console input, with the string escapes of .ascii
//   ; exit: 0                        expected exit status (default 0; 70 for a crash)
//   ; modes: native trap             where to run it (default: native trap, or pv if .paravirt);
//   ;                                a mode may carry flags: hvm+no-hlt-exiting
//   ; exits(trap): out CONSOLE_DATA = 14     a bound on one exit cause: =, <=, >=, <, >
//   ; exits(native): total = 0               ... or on the total
//   ; hypercalls(pv): console_io <= 2        a bound on one hypercall (or the total)
//   ; disk: 16                       an in-memory scratch disk of that many sectors
//   ; max-steps: 100000              step limit (default 10,000,000)
//   ; output-limit: 4K               console output limit (default and most: 16 MiB)
//   ; case: echo-abc                 starts a case; keys before the first case apply to all
//   ; points: 2                      what the case is worth (default 1)
//   ; timeout: 5                     wall-time limit in seconds when run in a worker
//   ; visibility: hidden             Gradescope visibility of the case
//   ; file: kernel.s                 (spec only) which file of a submission the cases run
//
// header.ts says which lines form the expectation block; values.ts reads each value.
import { readHeader, type KeyLine, type Problem, type SourceKind } from './header.ts';
import { EXPECTATION_LIMITS } from './limits.ts';
import {
  NUMBERS, modeProblem, readCaseName, readCount, readExit, readModes, readNumber, readPatterns, readVisibility, unescape,
  type CountCheck, type ModeSpec, type Read, type Visibility,
} from './values.ts';

export type { Problem } from './header.ts';
export { MODE_FLAGS, VISIBILITIES, modeProblem, parseModeSpec, type CountCheck, type CountOp, type ModeSpec, type Visibility } from './values.ts';

export interface Case {
  /** null for a kernel or spec without `case:` lines: its one case. */
  readonly name: string | null;
  /** Where the case starts (its `case:` line; 0 for the single case). */
  readonly line: number;
  readonly points: number;
  readonly modes: ModeSpec[] | null;
  /** Expected output lines by mode name; '' holds the lines for every mode. */
  readonly output: Map<string, string[]>;
  readonly input: Map<string, string>;
  readonly exit: Map<string, number>;
  readonly counts: CountCheck[];
  readonly disk: number;
  readonly maxSteps: number;
  readonly outputLimit: number;
  /** Seconds, or null for the command line's (or the default) limit. */
  readonly timeout: number | null;
  readonly visibility: Visibility;
  /** Spec only: patterns naming the submission file the case runs. */
  readonly files: string[];
}

/** One case's expectations: what `pvm compare` and the single-case form use. */
export type Expectations = Case;

export interface Spec {
  readonly cases: Case[];
  readonly problems: Problem[];
  /** Whether the file states anything at all (a directory scan skips kernels that do not). */
  readonly any: boolean;
}

const KEYS = ['expect', 'input', 'exit', 'modes', 'exits', 'hypercalls', 'disk', 'max-steps', 'output-limit', 'case', 'points', 'timeout', 'visibility', 'file'] as const;
type Key = (typeof KEYS)[number];
const WITH_MODE = new Set<string>(['expect', 'input', 'exit', 'exits', 'hypercalls']);
const NUMERIC = new Set<string>(['exit', ...Object.keys(NUMBERS)]);
/** Keys that may appear once per case (and mode). */
const SINGLE = new Set<string>(['exit', 'modes', 'visibility', 'file', ...Object.keys(NUMBERS)]);

function blank(name: string | null, line: number): Case {
  return { name, line, points: 1, modes: null, output: new Map(), input: new Map(), exit: new Map(), counts: [], disk: 0, maxSteps: EXPECTATION_LIMITS.defaultMaxSteps, outputLimit: EXPECTATION_LIMITS.outputLimit, timeout: null, visibility: 'visible', files: [] };
}

function inherit(d: Case, name: string, line: number): Case {
  return { ...d, name, line, output: new Map([...d.output].map(([k, v]) => [k, [...v]])), input: new Map(d.input), exit: new Map(d.exit), counts: [...d.counts], files: [...d.files] };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Where each numeric key goes in a case. */
const SET_NUMBER: Record<keyof typeof NUMBERS, (c: Mutable<Case>, n: number) => void> = {
  disk: (c, n) => (c.disk = n),
  'max-steps': (c, n) => (c.maxSteps = n),
  'output-limit': (c, n) => (c.outputLimit = n),
  points: (c, n) => (c.points = n),
  timeout: (c, n) => (c.timeout = n),
};

/** Parse the expectation block of a kernel (its header) or a spec file (all of it). */
export function parseSpec(source: string, kind: SourceKind = 'kernel'): Spec {
  const header = readHeader(source, kind, KEYS, NUMERIC);
  const problems = [...header.problems];
  const defaults = blank(null, 0);
  const cases: Case[] = [];
  let cur: Mutable<Case> = defaults;
  // Per case: the keys it set itself, and where (a case's first `expect` replaces the inherited lines).
  const own = new Map<Case, Map<string, number>>([[defaults, new Map()]]);
  const modeRefs: { kl: KeyLine; mode: string; owner: Case }[] = [];

  for (const kl of header.keys) {
    const key = kl.key as Key;
    const bad = (message: string, col = kl.valueCol): void => void problems.push({ line: kl.line, col, text: kl.text, message });
    /** Apply a value read from the trimmed value, or report it where it went wrong. */
    const use = <T>(r: Read<T>, then: (v: T) => void): void => ('error' in r ? bad(r.error, kl.valueCol + (kl.value.length - kl.value.trimStart().length) + (r.at ?? 0)) : then(r.value));
    const v = kl.value.trim();
    const mode = kl.mode?.trim() ?? '';
    if (kl.mode !== null) {
      const p = WITH_MODE.has(key) ? modeProblem(mode) : `'${key}' takes no (mode): it applies to every mode of the case`;
      if (p) {
        bad(p, kl.modeCol);
        continue;
      }
      modeRefs.push({ kl, mode, owner: cur });
    }
    const seen = own.get(cur)!;
    const slot = `${key}(${mode})`;
    if (SINGLE.has(key) && seen.has(slot)) {
      bad(`'${key}${kl.mode !== null ? `(${mode})` : ''}' is given twice in this ${cur.name === null ? (cases.length ? 'header' : 'file') : 'case'} (first at line ${seen.get(slot)})`, kl.keyCol);
      continue;
    }
    const first = !seen.has(slot);
    seen.set(slot, kl.line);
    switch (key) {
      case 'case':
        use(readCaseName(v, (n) => cases.find((c) => c.name === n)?.line), (name) => {
          if (cases.length >= EXPECTATION_LIMITS.cases) return bad(`at most ${EXPECTATION_LIMITS.cases} cases`);
          cur = inherit(defaults, name, kl.line);
          own.set(cur, new Map());
          cases.push(cur);
        });
        break;
      case 'expect':
        if (first) cur.output.set(mode, []);
        cur.output.get(mode)!.push(kl.value);
        break;
      case 'input':
        cur.input.set(mode, (first ? '' : (cur.input.get(mode) ?? '')) + unescape(v));
        break;
      case 'exit':
        use(readExit(v), (n) => cur.exit.set(mode, n));
        break;
      case 'modes':
        use(readModes(v), (m) => (cur.modes = m));
        break;
      case 'exits':
      case 'hypercalls':
        use(readCount(key, mode || null, v), (c) => cur.counts.push(c));
        break;
      case 'visibility':
        use(readVisibility(v), (x) => (cur.visibility = x));
        break;
      case 'file':
        if (kind !== 'spec') bad("'file' belongs in a spec given with --spec: a kernel's own header describes that kernel", kl.keyCol);
        else use(readPatterns(v), (p) => (cur.files = p));
        break;
      default:
        use(readNumber(key, v), (n) => SET_NUMBER[key](cur, n));
    }
  }

  const all = cases.length ? cases : [defaults];
  // A mode-tagged line for a mode its case never runs is a typo of the modes list or the tag.
  for (const r of modeRefs) {
    const owners = r.owner === defaults ? all : [r.owner];
    if (owners.every((c) => c.modes !== null && !c.modes.some((m) => m.name === r.mode)))
      problems.push({ line: r.kl.line, col: r.kl.modeCol, text: r.kl.text, message: `'${r.kl.key}(${r.mode})' names a mode this case never runs (modes: ${owners[0]!.modes!.map((m) => m.name).join(' ')})` });
  }
  if (kind === 'spec' && header.keys.length === 0 && problems.length === 0) problems.push({ line: 1, col: 1, text: source.split(/\r?\n/)[0] ?? '', message: 'the spec states no expectations (see docs/grading.md)' });
  problems.sort((a, b) => a.line - b.line || a.col - b.col);
  return { cases: all, problems, any: header.keys.length > 0 || header.problems.length > 0 };
}

/** The single-case form's expectations (the first case), as `pvm compare` reads its workloads. */
export function parseExpectations(source: string): Expectations {
  return parseSpec(source).cases[0]!;
}

/** A per-mode value (a mode with +flags is its own mode here), else the one for every mode. */
export function forMode<T>(m: Map<string, T>, spec: ModeSpec): T | undefined {
  return m.get(spec.name) ?? m.get('');
}
