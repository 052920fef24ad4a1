// Hover docs, from the one opcode table and the ABI groups: what a mnemonic does in each of its
// forms, what a predefined name stands for.
import { ABI_GROUPS, FORMS, REG_FP, REG_SP, hex, regName, regNumber } from '@pvm/isa';
import { isRegister } from './tokens.ts';

export interface Doc {
  readonly title: string;
  readonly lines: readonly string[];
}

const ABI = new Map(ABI_GROUPS.flatMap(([group, entries]) => entries.map((e) => [e.name, { group, e }] as const)));

/**
 * The doc for a word of source, if it names an instruction, a register or a predefined name.
 * `operand`: the word is not a statement's head (`hcall iret` names the hypercall, not the instruction).
 */
export function docFor(word: string, operand = false): Doc | null {
  const forms = operand ? undefined : FORMS.get(word.toLowerCase());
  if (forms) {
    const flags = forms[0]!.privileged ? ' — privileged: a VM exit when deprivileged (trap mode)' : forms[0]!.sensitive ? ' — sensitive but not privileged (Popek–Goldberg)' : '';
    return {
      title: `${forms[0]!.mnemonic}${flags}`,
      lines: forms.map((op) => `${op.mnemonic} ${op.operands.join(', ')}`.trim() + ` — ${op.doc}` + (op.cycles ? ` (${op.cycles} cycles)` : '')),
    };
  }
  const abi = ABI.get(word);
  if (abi) return { title: `${abi.e.name} = ${abi.e.value} (${hex(abi.e.value >>> 0, 2)})`, lines: [abi.e.doc, abi.group] };
  if (isRegister(word)) {
    const n = regNumber(word.toLowerCase());
    const role = n === REG_SP ? 'the stack pointer' : n === REG_FP ? 'the frame pointer' : n === 0 ? 'the result (of a call or a hypercall)' : n <= 5 ? `argument ${n} (of a call or a hypercall)` : null;
    const name = regName(n) === `r${n}` ? `r${n}` : `${regName(n)} (r${n})`;
    return { title: `register ${name}`, lines: role ? [`by convention: ${role}`] : [] };
  }
  return null;
}
