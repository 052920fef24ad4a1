// Parsing the arguments commands share: counts, and nothing where nothing is expected.
import { LIMITS } from './limits.ts';
import type { Session } from './session.ts';

/**
 * The N of `stepi N` and friends: 1 when absent, else a whole number from 1 to `max`. Zero,
 * negative and huge counts are errors, as in gdb (which has no reverse meaning for -1).
 */
export function countArg(s: Session, cmd: string, args: string, max: number = LIMITS.stepCount): number | undefined {
  const a = args.trim();
  if (a === '') return 1;
  if (/^\d+$/.test(a)) {
    const n = Number(a);
    if (n >= 1 && n <= max) return n;
  }
  s.error(`${cmd}: the count must be a whole number from 1 to ${max.toLocaleString('en-US')}, not "${a.length > 40 ? a.slice(0, 40) + '...' : a}"`);
  return undefined;
}

/** True when there are no arguments; otherwise says so. */
export function noArgs(s: Session, cmd: string, args: string): boolean {
  if (args.trim() === '') return true;
  s.error(`${cmd}: no argument expected`);
  return false;
}
