// What a kernel says about itself in its comments, for `pvm test` (clox's `// expect:` files):
//
//   ; expect: Hello, world!          one line of console output, in order (all modes)
//   ; expect(trap): ...              output lines for one mode only (replace the general ones)
//   ; input: abc\n                   console input, with the string escapes of .ascii
//   ; exit: 0                        expected exit status (default 0; 70 for a crash)
//   ; modes: native trap             where to run it (default: native trap hvm, or pv if .paravirt)
//   ;                                (a mode may carry +flags; none are defined now)
//   ; exits(trap): out CONSOLE_DATA = 14     exact count of one exit cause in one mode
//   ; exits(native): total = 0               exact total
//   ; hypercalls(pv): console_io = 1         exact count of one hypercall
//   ; disk: 16                       an in-memory scratch disk of that many sectors
//   ; max-steps: 100000              step limit (default 10,000,000)
//   ; output-limit: 4096             console output limit in bytes (default 16 MiB, as `pvm run`)
//
// They are read from the comment block at the top of the file only, so a comment further down
// that happens to start with `exit:` is just a comment.

import { DEFAULT_OUTPUT_LIMIT } from '../machine.ts';

export interface ModeSpec {
  /** As written, with any +flags. */
  readonly name: string;
  readonly mode: string;
  readonly flags: readonly string[];
}

export interface CountCheck {
  readonly what: 'exits' | 'hypercalls';
  readonly mode: string | null;
  readonly key: string;
  readonly count: number;
}

export interface Expectations {
  readonly modes: ModeSpec[] | null;
  /** Expected output lines by mode name; '' holds the lines for every mode. */
  readonly output: Map<string, string[]>;
  readonly input: Map<string, string>;
  readonly exit: Map<string, number>;
  readonly counts: CountCheck[];
  readonly disk: number;
  readonly maxSteps: number;
  readonly outputLimit: number;
  /** Lines that look like expectations but are not: reported, never silently ignored. */
  readonly problems: { line: number; message: string }[];
  /** Whether the file states anything at all (a directory scan skips files that do not). */
  readonly any: boolean;
}

const LINE = /^\s*;\s*(expect|input|exit|modes|exits|hypercalls|disk|max-steps|output-limit)(?:\(([^)]*)\))?:(.*)$/;

export function parseModeSpec(s: string): ModeSpec {
  const [mode, ...flags] = s.split('+');
  return { name: s, mode: mode!, flags };
}

/** The escapes of DESIGN.md §2, for `input:`. */
function unescape(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_, e: string) =>
    e[0] === 'x' ? String.fromCharCode(parseInt(e.slice(1), 16)) : ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[e] ?? e,
  );
}

export function parseExpectations(source: string): Expectations {
  const e: Expectations = { modes: null, output: new Map(), input: new Map(), exit: new Map(), counts: [], disk: 0, maxSteps: 10_000_000, outputLimit: DEFAULT_OUTPUT_LIMIT, problems: [], any: false };
  const mut = e as { -readonly [K in keyof Expectations]: Expectations[K] };
  const lines = source.split(/\r?\n/);
  const header = lines.findIndex((l) => !/^\s*(;.*)?$/.test(l));
  lines.slice(0, header < 0 ? lines.length : header).forEach((text, i) => {
    const m = LINE.exec(text);
    if (!m) return;
    mut.any = true;
    const [, key, mode = '', rawValue = ''] = m;
    // One space after the colon is the separator; the rest of an expect line is verbatim.
    const value = rawValue.startsWith(' ') ? rawValue.slice(1) : rawValue;
    const bad = (message: string): void => void e.problems.push({ line: i + 1, message });
    switch (key) {
      case 'expect':
        e.output.set(mode, [...(e.output.get(mode) ?? []), value]);
        return;
      case 'input':
        e.input.set(mode, (e.input.get(mode) ?? '') + unescape(value.trim()));
        return;
      case 'exit': {
        const n = Number(value.trim());
        if (!Number.isInteger(n) || n < 0 || n > 255) return bad(`exit status must be 0..255, not '${value.trim()}'`);
        e.exit.set(mode, n);
        return;
      }
      case 'modes':
        mut.modes = value.trim().split(/\s+/).filter(Boolean).map(parseModeSpec);
        return;
      case 'exits':
      case 'hypercalls': {
        const c = /^(.+?)\s*=\s*(\d+)\s*$/.exec(value.trim());
        if (!c) return bad(`${key} expects 'cause = count', not '${value.trim()}'`);
        e.counts.push({ what: key, mode: mode || null, key: c[1]!, count: Number(c[2]) });
        return;
      }
      case 'disk':
      case 'max-steps':
      case 'output-limit': {
        const n = Number(value.trim());
        if (!Number.isInteger(n) || n <= 0) return bad(`${key} must be a positive whole number, not '${value.trim()}'`);
        if (key === 'disk') mut.disk = n;
        else if (key === 'max-steps') mut.maxSteps = n;
        else mut.outputLimit = n;
        return;
      }
    }
  });
  return e;
}

/** A per-mode value (a mode with +flags is its own mode here), else the one for every mode. */
export function forMode<T>(m: Map<string, T>, spec: ModeSpec): T | undefined {
  return m.get(spec.name) ?? m.get('');
}
