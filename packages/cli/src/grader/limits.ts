// What the grader may be asked for: the bounds of the expectations a kernel or a spec states
// (shared with `pvm compare` and the playground), and the grader's own — wall time in a worker,
// how far a submission directory is searched. docs/grading.md states the same numbers
// (test/grading-docs.test.ts holds the two together).
import { EXPECTATION_LIMITS } from '@pvm/compare';

export { bytesText, parseBytes, parseCount, parseDecimal } from '@pvm/compare';

export const LIMITS = {
  ...EXPECTATION_LIMITS,
  /** Wall time of one case in a worker, seconds, unless the case says otherwise (at most `timeout`). */
  defaultTimeout: 10,
  /** Entries and depth a submission directory is searched to. */
  walkEntries: 10_000,
  walkDepth: 16,
} as const;
