// What a kernel's header or a spec may ask for: every value a student or an instructor writes
// is bounded here (the grader adds its own, packages/cli/src/grader/limits.ts), and
// docs/grading.md states the same numbers (test/grading-docs.test.ts holds the two together).

/** Console output a guest may produce before it is stopped (`pvm run`'s default too): a flood is contained. */
export const DEFAULT_OUTPUT_LIMIT = 16 << 20;

export const EXPECTATION_LIMITS = {
  /** Guest instructions per case and mode, unless the case says otherwise. */
  defaultMaxSteps: 10_000_000,
  /** At ~200 million instructions a second, about five seconds of one core. */
  maxSteps: 1_000_000_000,
  /** Console output per case and mode: the default is also the most a case may ask for. */
  outputLimit: DEFAULT_OUTPUT_LIMIT,
  /** The in-memory scratch disk, in 512-byte sectors (16 MiB). */
  diskSectors: 32_768,
  /** Cases in one kernel or spec. */
  cases: 256,
  /** Points of one case. */
  points: 1_000,
  /** Wall time of one case in a worker, seconds: the most a case may ask for. */
  timeout: 600,
  /** Length of a case name. */
  nameLength: 80,
  /** Console output kept in a report per case and mode (the diff sees all of it). */
  reportOutput: 64 << 10,
} as const;

/** `4096`, `64K`, `2M`, `1G` in bytes, or null when it is not a size at all. */
export function parseBytes(s: string): number | null {
  const m = /^(\d+)\s*([KMG]?)(?:i?B)?$/i.exec(s.trim());
  if (!m) return null;
  const scale = { '': 1, K: 1024, M: 1 << 20, G: 1 << 30 }[m[2]!.toUpperCase() as '' | 'K' | 'M' | 'G'];
  const n = Number(m[1]) * scale;
  return Number.isSafeInteger(n) ? n : Number.MAX_SAFE_INTEGER;
}

/** A whole number written with digits (and `_` or `,` between groups), or null. */
export function parseCount(s: string): number | null {
  const t = s.trim();
  if (!/^\d+(?:[_,]\d+)*$/.test(t)) return null;
  const n = Number(t.replace(/[_,]/g, ''));
  return Number.isSafeInteger(n) ? n : Number.MAX_SAFE_INTEGER;
}

/** A non-negative decimal (`2`, `0.5`), or null. */
export function parseDecimal(s: string): number | null {
  const t = s.trim();
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : null;
}

/** `16 MiB`, `64 KiB`, `1,000 bytes`: how the limits read in messages. */
export function bytesText(n: number): string {
  if (n >= 1 << 20 && n % (1 << 20) === 0) return `${n / (1 << 20)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n.toLocaleString('en-US')} bytes`;
}
