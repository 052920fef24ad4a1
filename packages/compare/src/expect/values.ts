// Reading the value of each expectation key: what it may be, and the message when it is not.
// Every number is bounded by EXPECTATION_LIMITS, and a name pvm knows (a mode, an exit cause, a
// hypercall, a visibility) is checked with a suggestion for a near miss.
import { didYouMean } from '@pvm/asm';
import { MODES } from '@pvm/hypervisor';
import { VMCS_SWITCHES } from '@pvm/isa';
import { isNumberedHypercall, knownExitCauses, knownHypercalls } from './causes.ts';
import { EXPECTATION_LIMITS, bytesText, parseBytes, parseCount, parseDecimal } from './limits.ts';

/** A value, or why not; `at` is where the trouble starts in the value (0-based), if not at its start. */
export type Read<T> = { readonly value: T } | { readonly error: string; readonly at?: number };

export interface ModeSpec {
  /** As written: `hvm+no-hlt-exiting`. */
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

/** Mode flags a case may ask for, by the modes they apply to: hvm with a VM-execution control off (`hvm+no-hlt-exiting`). */
export const MODE_FLAGS: Record<string, readonly string[]> = {
  ...Object.fromEntries(VMCS_SWITCHES.map((c) => [`no-${c.name}`, ['hvm']])),
  'io-bitmap-none': ['hvm'],
};

const hint = (name: string, known: readonly string[], otherwise = ''): string => {
  const s = didYouMean(name, known);
  return s ? `; did you mean '${s}'?` : otherwise;
};

export function parseModeSpec(s: string): ModeSpec {
  const [mode, ...flags] = s.split('+');
  return { name: s, mode: mode!, flags };
}

/** Why a mode name (`hvm+no-hlt-exiting`) is not one pvm runs, or null. */
export function modeProblem(s: string): string | null {
  const spec = parseModeSpec(s);
  if (!MODES.includes(spec.mode as (typeof MODES)[number])) return `unknown mode '${spec.mode}'${hint(spec.mode, MODES, ` (modes: ${MODES.join(', ')})`)}`;
  for (const f of spec.flags) {
    const modes = MODE_FLAGS[f];
    if (!modes) return `unknown mode flag '${f}'${hint(f, Object.keys(MODE_FLAGS), ` (flags: ${Object.keys(MODE_FLAGS).join(', ')})`)}`;
    if (!modes.includes(spec.mode)) return `mode flag '${f}' applies only to ${modes.join(', ')}`;
  }
  return null;
}

/** `modes: native hvm+no-hlt-exiting`: each name checked where it stands. */
export function readModes(v: string): Read<ModeSpec[]> {
  const names = v.split(/\s+/).filter(Boolean);
  if (!names.length) return { error: `modes: name at least one of ${MODES.join(', ')}` };
  let at = 0;
  for (const n of names) {
    at = v.indexOf(n, at);
    const p = modeProblem(n);
    if (p) return { error: p, at };
    at += n.length;
  }
  return { value: [...new Set(names)].map(parseModeSpec) };
}

/** The escapes of .ascii strings, for `input:`: a byte string (one char per byte), where
 * `\xNN` is that byte and other text is its UTF-8. */
export function unescape(s: string): string {
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

/** `exits: out CONSOLE_DATA <= 14`, `hypercalls: console_io = 1`: a bound on a name pvm counts. */
export function readCount(what: 'exits' | 'hypercalls', mode: string | null, v: string): Read<CountCheck> {
  // The name may not end with an operator's character, so `total => 3` is malformed, not `total =`.
  const c = /^(.*?[^<>=\s])\s*(<=|>=|==|=|<|>)\s*(\S+)$/.exec(v);
  const n = c ? parseCount(c[3]!) : null;
  if (!c || n === null) return { error: `${what} expects 'name = count' (or <=, >=, <, >), not '${v}'` };
  const name = c[1]!;
  const names = what === 'exits' ? knownExitCauses() : knownHypercalls();
  if (!names.includes(name) && !(what === 'hypercalls' && isNumberedHypercall(name)))
    return { error: `unknown ${what === 'exits' ? 'exit cause' : 'hypercall'} '${name}'${hint(name, names, " (see 'pvm run --stats' for the names)")}` };
  return { value: { what, mode, key: name, op: (c[2] === '==' ? '=' : c[2]) as CountOp, count: n } };
}

export function readExit(v: string): Read<number> {
  const n = parseCount(v);
  return n === null || n > 255 ? { error: `exit status must be 0..255, not '${v}'` } : { value: n };
}

export function readVisibility(v: string): Read<Visibility> {
  if ((VISIBILITIES as readonly string[]).includes(v)) return { value: v as Visibility };
  return { error: `visibility is one of ${VISIBILITIES.join(', ')}${hint(v, VISIBILITIES)}, not '${v}'` };
}

/** `file: kernel.s src/*.s`: relative paths, no `..`, `*` and `?` as wildcards. */
export function readPatterns(v: string): Read<string[]> {
  const pats = v.split(/\s+/).filter(Boolean);
  if (!pats.length) return { error: 'file names a file of the submission: `file: kernel.s`' };
  for (const p of pats) {
    if (p.startsWith('/')) return { error: `file pattern '${p}' must be relative to the submission` };
    if (p.split('/').includes('..')) return { error: `file pattern '${p}' may not leave the submission ('..')` };
    if (/[\x00-\x1f\x7f]/.test(p)) return { error: `file pattern '${p}' holds a control character` };
  }
  return { value: pats };
}

export function readCaseName(v: string, taken: (name: string) => number | undefined): Read<string> {
  if (!v) return { error: 'a case needs a name: `case: echo-abc`' };
  if (v.length > EXPECTATION_LIMITS.nameLength) return { error: `a case name is at most ${EXPECTATION_LIMITS.nameLength} characters` };
  if (/[\x00-\x1f\x7f]/.test(v)) return { error: 'a case name may not hold control characters' };
  const line = taken(v);
  return line !== undefined ? { error: `case '${v}' is declared twice (first at line ${line})` } : { value: v };
}

interface Bounded {
  readonly parse: (s: string) => number | null;
  /** The least value allowed (0 or 1). */
  readonly min: number;
  readonly max: number;
  readonly expects: string;
  readonly most: string;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

/** The numeric keys: how each reads, and its bound (EXPECTATION_LIMITS). */
export const NUMBERS = {
  disk: { parse: parseCount, min: 1, max: EXPECTATION_LIMITS.diskSectors, expects: 'a number of 512-byte sectors', most: `${fmt(EXPECTATION_LIMITS.diskSectors)} sectors (${bytesText(EXPECTATION_LIMITS.diskSectors * 512)})` },
  'max-steps': { parse: parseCount, min: 1, max: EXPECTATION_LIMITS.maxSteps, expects: 'a positive whole number', most: fmt(EXPECTATION_LIMITS.maxSteps) },
  'output-limit': { parse: parseBytes, min: 1, max: EXPECTATION_LIMITS.outputLimit, expects: 'a size like 4096, 64K or 2M', most: bytesText(EXPECTATION_LIMITS.outputLimit) },
  points: { parse: parseDecimal, min: 0, max: EXPECTATION_LIMITS.points, expects: 'a number like 2 or 0.5', most: fmt(EXPECTATION_LIMITS.points) },
  timeout: { parse: parseDecimal, min: Number.MIN_VALUE, max: EXPECTATION_LIMITS.timeout, expects: 'a number of seconds like 5 or 0.5', most: `${EXPECTATION_LIMITS.timeout} seconds` },
} as const satisfies Record<string, Bounded>;

export function readNumber(key: keyof typeof NUMBERS, v: string): Read<number> {
  const b: Bounded = NUMBERS[key];
  const n = b.parse(v);
  if (n === null || n < b.min) return { error: `${key} expects ${b.expects}, not '${v}'` };
  if (n > b.max) return { error: `${key} is at most ${b.most}, not ${v}` };
  return { value: n };
}
