// What a kernel says about itself in its header (clox's `// expect:` files), or what an
// instructor's spec says about a submission: one or more cases, each with its input, expected
// output, exit status, modes, bounds on exits and hypercalls, limits and points.
//
//   ; expect: Hello, world!          one line of console output, in order (all modes)
//   ; expect(trap): ...              output lines for one mode only (replace the general ones)
//   ; input: abc\n                   console input, with the string escapes of .ascii
//   ; exit: 0                        expected exit status (default 0; 70 for a crash)
//   ; modes: native trap             where to run it (default: native trap, or pv if .paravirt);
//   ;                                a mode may carry flags: trap+popf-traps
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
// header.ts says which lines form the expectation block.
import { didYouMean } from '@pvm/asm';
import { MODES } from '@pvm/hypervisor';
import { isNumberedHypercall, knownExitCauses, knownHypercalls } from './causes.ts';
import { readHeader, type KeyLine, type Problem, type SourceKind } from './header.ts';
import { LIMITS, bytesText, parseBytes, parseCount, parseDecimal } from './limits.ts';

export type { Problem } from './header.ts';

export interface ModeSpec {
  /** As written: `trap+popf-traps`. */
  readonly name: string;
  readonly mode: string;
  readonly flags: readonly string[];
}

export type CountOp = '=' | '<=' | '>=' | '<' | '>';

export interface CountCheck {
  readonly what: 'exits' | 'hypercalls';
  readonly mode: string | null;
  readonly key: string;
  readonly op: CountOp;
  readonly count: number;
}

export const VISIBILITIES = ['visible', 'hidden', 'after_due_date', 'after_published'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

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

/** Mode flags a case may ask for, by the mode they apply to. */
export const MODE_FLAGS: Record<string, readonly string[]> = { 'popf-traps': ['trap'] };

const KEYS = ['expect', 'input', 'exit', 'modes', 'exits', 'hypercalls', 'disk', 'max-steps', 'output-limit', 'case', 'points', 'timeout', 'visibility', 'file'] as const;
type Key = (typeof KEYS)[number];
const WITH_MODE = new Set<string>(['expect', 'input', 'exit', 'exits', 'hypercalls']);
const NUMERIC = new Set<string>(['exit', 'disk', 'max-steps', 'output-limit', 'points', 'timeout']);
/** Keys that may appear once per case (and mode). */
const SINGLE = new Set<string>(['exit', 'modes', 'disk', 'max-steps', 'output-limit', 'points', 'timeout', 'visibility', 'file']);

export function parseModeSpec(s: string): ModeSpec {
  const [mode, ...flags] = s.split('+');
  return { name: s, mode: mode!, flags };
}

/** Why a mode name (`trap+popf-traps`) is not one pvm runs, or null. */
export function modeProblem(s: string): string | null {
  const spec = parseModeSpec(s);
  if (!MODES.includes(spec.mode as (typeof MODES)[number])) {
    const hint = didYouMean(spec.mode, MODES);
    return `unknown mode '${spec.mode}'${hint ? `; did you mean '${hint}'?` : ` (modes: ${MODES.join(', ')})`}`;
  }
  for (const f of spec.flags) {
    const modes = MODE_FLAGS[f];
    if (!modes) {
      const hint = didYouMean(f, Object.keys(MODE_FLAGS));
      return `unknown mode flag '${f}'${hint ? `; did you mean '${hint}'?` : ` (flags: ${Object.keys(MODE_FLAGS).join(', ')})`}`;
    }
    if (!modes.includes(spec.mode)) return `mode flag '${f}' applies only to ${modes.join(', ')}`;
  }
  return null;
}

/** The escapes of .ascii strings, for `input:`: a byte string (one char per byte), where
 * `\xNN` is that byte and other text is its UTF-8. */
function unescape(s: string): string {
  const utf8 = (t: string): string => {
    let r = '';
    for (const b of new TextEncoder().encode(t)) r += String.fromCharCode(b);
    return r;
  };
  let out = '';
  let at = 0;
  for (const m of s.matchAll(/\\(x[0-9a-fA-F]{2}|.)/g)) {
    out += utf8(s.slice(at, m.index));
    const e = m[1]!;
    out += e[0] === 'x' ? String.fromCharCode(parseInt(e.slice(1), 16)) : utf8(({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[e] ?? e);
    at = m.index! + m[0].length;
  }
  return out + utf8(s.slice(at));
}

function blank(name: string | null, line: number): Case {
  return { name, line, points: 1, modes: null, output: new Map(), input: new Map(), exit: new Map(), counts: [], disk: 0, maxSteps: LIMITS.defaultMaxSteps, outputLimit: LIMITS.outputLimit, timeout: null, visibility: 'visible', files: [] };
}

function inherit(d: Case, name: string, line: number): Case {
  return { ...d, name, line, output: new Map([...d.output].map(([k, v]) => [k, [...v]])), input: new Map(d.input), exit: new Map(d.exit), counts: [...d.counts], files: [...d.files] };
}

/** A submission path pattern: relative, no `..`, `*` and `?` as wildcards. */
function patternProblem(p: string): string | null {
  if (p.startsWith('/')) return `file pattern '${p}' must be relative to the submission`;
  if (p.split('/').includes('..')) return `file pattern '${p}' may not leave the submission ('..')`;
  if (/[\x00-\x1f]/.test(p)) return `file pattern '${p}' holds a control character`;
  return null;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Parse the expectation block of a kernel (its header) or a spec file (all of it). */
export function parseSpec(source: string, kind: SourceKind = 'kernel'): Spec {
  const header = readHeader(source, kind, KEYS, NUMERIC);
  const problems = [...header.problems];
  const defaults = blank(null, 0);
  const cases: Case[] = [];
  let cur: Mutable<Case> = defaults;
  // Per case: keys it set itself (a case's first `expect` replaces the inherited lines).
  const own = new Map<Case, Map<string, number>>([[defaults, new Map()]]);
  const modeRefs: { kl: KeyLine; mode: string; owner: Case }[] = [];

  for (const kl of header.keys) {
    const key = kl.key as Key;
    const bad = (message: string, col = kl.valueCol): void => void problems.push({ line: kl.line, col, text: kl.text, message });
    const v = kl.value.trim();
    if (kl.mode !== null && !WITH_MODE.has(key)) {
      bad(`'${key}' takes no (mode): it applies to every mode of the case`, kl.modeCol);
      continue;
    }
    if (kl.mode !== null) {
      const p = modeProblem(kl.mode.trim());
      if (p) {
        bad(p, kl.modeCol);
        continue;
      }
      modeRefs.push({ kl, mode: kl.mode.trim(), owner: cur });
    }
    const mode = kl.mode?.trim() ?? '';
    const seen = own.get(cur)!;
    const slot = `${key}(${mode})`;
    if (SINGLE.has(key) && seen.has(slot)) {
      bad(`'${key}${kl.mode !== null ? `(${mode})` : ''}' is given twice in this ${cur.name === null ? (cases.length ? 'header' : 'file') : 'case'} (first at line ${seen.get(slot)})`, kl.keyCol);
      continue;
    }
    const first = !seen.has(slot);
    seen.set(slot, kl.line);
    switch (key) {
      case 'case': {
        const name = v;
        if (!name) bad('a case needs a name: `case: echo-abc`');
        else if (name.length > LIMITS.nameLength) bad(`a case name is at most ${LIMITS.nameLength} characters`);
        else if (/[\x00-\x1f\x7f]/.test(name)) bad('a case name may not hold control characters');
        else if (cases.some((c) => c.name === name)) bad(`case '${name}' is declared twice (first at line ${cases.find((c) => c.name === name)!.line})`);
        else if (cases.length >= LIMITS.cases) bad(`at most ${LIMITS.cases} cases`);
        else {
          cur = inherit(defaults, name, kl.line);
          own.set(cur, new Map());
          cases.push(cur);
        }
        break;
      }
      case 'expect':
        if (first) cur.output.set(mode, []);
        cur.output.get(mode)!.push(kl.value);
        break;
      case 'input':
        cur.input.set(mode, (first ? '' : (cur.input.get(mode) ?? '')) + unescape(v));
        break;
      case 'exit': {
        const n = parseCount(v);
        if (n === null || n > 255) bad(`exit status must be 0..255, not '${v}'`);
        else cur.exit.set(mode, n);
        break;
      }
      case 'modes': {
        const names = v.split(/\s+/).filter(Boolean);
        if (!names.length) {
          bad(`modes: name at least one of ${MODES.join(', ')}`);
          break;
        }
        let col = kl.valueCol;
        let ok = true;
        for (const n of names) {
          col = kl.text.indexOf(n, col - 1) + 1;
          const p = modeProblem(n);
          if (p) bad(p, col), (ok = false);
        }
        if (ok) cur.modes = [...new Set(names)].map(parseModeSpec);
        break;
      }
      case 'exits':
      case 'hypercalls': {
        const c = /^(.*?[^<>=\s])\s*(<=|>=|==|=|<|>)\s*(\S+)$/.exec(v);
        const n = c ? parseCount(c[3]!) : null;
        if (!c || n === null) {
          bad(`${key} expects 'name = count' (or <=, >=, <, >), not '${v}'`);
          break;
        }
        const name = c[1]!;
        const names = key === 'exits' ? knownExitCauses() : knownHypercalls();
        if (!names.includes(name) && !(key === 'hypercalls' && isNumberedHypercall(name))) {
          const hint = didYouMean(name, names);
          bad(`unknown ${key === 'exits' ? 'exit cause' : 'hypercall'} '${name}'${hint ? `; did you mean '${hint}'?` : ` (see 'pvm run --stats' for the names)`}`);
          break;
        }
        cur.counts.push({ what: key, mode: mode || null, key: name, op: (c[2] === '==' ? '=' : c[2]) as CountOp, count: n });
        break;
      }
      case 'disk': {
        const n = parseCount(v);
        if (n === null || n === 0) bad(`disk expects a number of 512-byte sectors, not '${v}'`);
        else if (n > LIMITS.diskSectors) bad(`disk is at most ${LIMITS.diskSectors.toLocaleString('en-US')} sectors (${bytesText(LIMITS.diskSectors * 512)}), not ${v}`);
        else cur.disk = n;
        break;
      }
      case 'max-steps': {
        const n = parseCount(v);
        if (n === null || n === 0) bad(`max-steps expects a positive whole number, not '${v}'`);
        else if (n > LIMITS.maxSteps) bad(`max-steps is at most ${LIMITS.maxSteps.toLocaleString('en-US')}, not ${v}`);
        else cur.maxSteps = n;
        break;
      }
      case 'output-limit': {
        const n = parseBytes(v);
        if (n === null || n === 0) bad(`output-limit expects a size like 4096, 64K or 2M, not '${v}'`);
        else if (n > LIMITS.outputLimit) bad(`output-limit is at most ${bytesText(LIMITS.outputLimit)}, not ${v}`);
        else cur.outputLimit = n;
        break;
      }
      case 'points': {
        const n = parseDecimal(v);
        if (n === null) bad(`points expects a number like 2 or 0.5, not '${v}'`);
        else if (n > LIMITS.points) bad(`points is at most ${LIMITS.points.toLocaleString('en-US')}, not ${v}`);
        else cur.points = n;
        break;
      }
      case 'timeout': {
        const n = parseDecimal(v);
        if (n === null || n === 0) bad(`timeout expects a number of seconds like 5 or 0.5, not '${v}'`);
        else if (n > LIMITS.timeout) bad(`timeout is at most ${LIMITS.timeout} seconds, not ${v}`);
        else cur.timeout = n;
        break;
      }
      case 'visibility': {
        if ((VISIBILITIES as readonly string[]).includes(v)) cur.visibility = v as Visibility;
        else {
          const hint = didYouMean(v, VISIBILITIES);
          bad(`visibility is one of ${VISIBILITIES.join(', ')}${hint ? `; did you mean '${hint}'?` : ''}, not '${v}'`);
        }
        break;
      }
      case 'file': {
        if (kind !== 'spec') {
          bad("'file' belongs in a spec given with --spec: a kernel's own header describes that kernel", kl.keyCol);
          break;
        }
        const pats = v.split(/\s+/).filter(Boolean);
        const p = pats.length ? pats.map(patternProblem).find((x) => x !== null) : 'file names a file of the submission: `file: kernel.s`';
        if (p) bad(p);
        else cur.files = pats;
        break;
      }
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

/** A per-mode value (`trap+popf-traps` is its own mode here), else the one for every mode. */
export function forMode<T>(m: Map<string, T>, spec: ModeSpec): T | undefined {
  return m.get(spec.name) ?? m.get('');
}
