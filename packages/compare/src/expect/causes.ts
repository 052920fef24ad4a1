// The names `exits:` and `hypercalls:` bounds may count: exactly the names the hypervisor's
// stats report (its own lists), so a misspelt cause is an error (with a suggestion), never a
// silent zero that a `<=` bound would pass.
import { exitCauseNames, hypercallNames } from '@pvm/hypervisor';

let exitNames: string[] | null = null;
let hcallNames: string[] | null = null;

export const knownExitCauses = (): readonly string[] => (exitNames ??= ['total', ...exitCauseNames()]);

export const knownHypercalls = (): readonly string[] => (hcallNames ??= ['total', ...hypercallNames()]);

/** A hypercall number with no name is counted as `#N` (kept for old expectations; today they share one bucket). */
export const isNumberedHypercall = (s: string): boolean => /^#\d+$/.test(s);
