// Instruction-form selection: a mnemonic has one form per operand shape in @pvm/isa's table
// (`add rd, rs, rt` and `add rd, rs, imm`); the operands as written pick one, or say why none fits.
import { isRegOperand, type OpSpec, type OperandKind } from '@pvm/isa';
import type { Operand } from '../grammar/ast.ts';
import { suggest, type SuggestionBudget } from './diagnostics.ts';

// What people coming from MARS, SPIM or gas type, where spelling distance guesses wrong or not
// at all (`jal` is near nothing).
export const FOREIGN_MNEMONICS: Record<string, string> = {
  la: 'li', lw: 'ld', sw: 'st', lb: 'ldb', lbu: 'ldb', sb: 'stb', lh: 'ldh', lhu: 'ldh', sh: 'sth',
  j: 'jmp', jr: 'jmp', b: 'jmp', jal: 'call', jalr: 'call', move: 'mov', halt: 'hlt', addi: 'add', addiu: 'add',
  addu: 'add', subu: 'sub', andi: 'and', ori: 'or', xori: 'xor', sll: 'shl', srl: 'shr', sra: 'sar', reti: 'iret',
};

/** `; did you mean 'x'?` from a table of foreign spellings, else from spelling distance. */
export const hintFor = (name: string, foreign: Record<string, string>, candidates: Iterable<string>, budget: SuggestionBudget): string => {
  const f = foreign[name.toLowerCase()];
  return f ? `; did you mean '${f}'?` : suggest(name, candidates, budget);
};

/** The form the operands select, or the error that says why none does. */
export function pickForm(forms: readonly OpSpec[], ops: readonly Operand[], name: string, col: number): OpSpec | { col: number; message: string } {
  for (const f of forms) if (f.operands.length === ops.length && f.operands.every((k, i) => fits(k, ops[i]!))) return f;
  const counts = [...new Set(forms.map((f) => f.operands.length))];
  if (!counts.includes(ops.length)) {
    const n = counts.join(' or ');
    return { col: ops[counts[0]!]?.col ?? col, message: `'${name}' takes ${n} operand${n === '1' ? '' : 's'}, got ${ops.length} (${usage(forms)})` };
  }
  const same = forms.filter((f) => f.operands.length === ops.length);
  // Point at the first operand no form accepts in that position.
  for (let i = 0; i < ops.length; i++) {
    if (same.some((f) => fits(f.operands[i]!, ops[i]!))) continue;
    const want = [...new Set(same.map((f) => describeKind(f.operands[i]!)))].join(' or ');
    return { col: ops[i]!.col, message: `operand ${i + 1} of '${name}' must be ${want}, not ${describeOperand(ops[i]!)}` };
  }
  return { col, message: `no form of '${name}' takes these operands (${usage(forms)})` };
}

/** `add rd, rs, rt|value`: every form of a mnemonic in one line, per operand count. */
export function usage(forms: readonly OpSpec[]): string {
  const byCount = new Map<number, Set<string>[]>();
  for (const f of forms) {
    const cols = byCount.get(f.operands.length) ?? f.operands.map(() => new Set<string>());
    f.operands.forEach((k, i) => cols[i]!.add(k === 'mem' ? '[rs + offset]' : k === 'imm' ? 'value' : k));
    byCount.set(f.operands.length, cols);
  }
  const m = forms[0]!.mnemonic;
  return [...byCount.values()].map((cols) => [m, cols.map((c) => [...c].join('|')).join(', ')].join(' ').trim()).join(' or ');
}

function fits(k: OperandKind, o: Operand): boolean {
  if (isRegOperand(k)) return o.k === 'reg';
  if (k === 'mem') return o.k === 'mem';
  return o.k === 'expr';
}

function describeKind(k: OperandKind): string {
  if (isRegOperand(k)) return 'a register';
  if (k === 'mem') return 'a memory operand like [r1 + 4]';
  if (k === 'label') return 'a label';
  if (k === 'port') return 'a port';
  if (k === 'hcall') return 'a hypercall name or number';
  if (k === 'cr') return 'a control register (CR_PTB, CR_FAULT_ADDR, CR_FAULT_CODE)';
  return 'a value';
}

export function describeOperand(o: Operand): string {
  return o.k === 'reg' ? `register '${o.r}'` : o.k === 'mem' ? 'a memory operand' : o.k === 'str' ? 'a string' : 'a value';
}
