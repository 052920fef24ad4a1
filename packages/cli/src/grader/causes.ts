// The names `exits:` and `hypercalls:` bounds may count: exactly the names the hypervisor's
// stats report, so a misspelt cause is an error (with a suggestion), never a silent zero that
// a `<=` bound would pass.
import { causeName, exceptionCause, hypercallName, interruptCause, privCause } from '@pvm/hypervisor';
import { HYPERCALL_NAME, NUM_VECTORS, OPS } from '@pvm/isa';

/** Ports on the bus, and one past it (the hypervisor's "port out of range"). */
const PORT_SPACE = 0x101;

let exitNames: string[] | null = null;
let hypercallNames: string[] | null = null;

export function knownExitCauses(): readonly string[] {
  if (exitNames) return exitNames;
  const names = new Set<string>(['total']);
  for (const op of OPS) {
    if (op.privileged) {
      const ports = op.mnemonic === 'in' || op.mnemonic === 'out' ? PORT_SPACE : 1;
      for (let p = 0; p < ports; p++) names.add(causeName(privCause(op.code, p)));
    }
    if (op.sensitive) names.add(op.mnemonic);
  }
  for (let v = 0; v < NUM_VECTORS; v++) {
    names.add(causeName(exceptionCause(v)));
    names.add(causeName(interruptCause(v)));
  }
  return (exitNames = [...names]);
}

export function knownHypercalls(): readonly string[] {
  return (hypercallNames ??= ['total', ...[...HYPERCALL_NAME.keys()].map(hypercallName)]);
}

/** A hypercall number with no name is counted as `#N`. */
export const isNumberedHypercall = (s: string): boolean => /^#\d+$/.test(s);
