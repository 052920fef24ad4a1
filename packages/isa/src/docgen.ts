// Text derived from the tables: docs/ISA.md and the numeric constants module the interpreter
// switches on. `pnpm generate` writes both; a test fails when either committed file is stale.
import { ABI_GROUPS, TEXT_BASE } from './abi.ts';
import { OPS, formName, sizeOf, type OpSpec } from './opcodes.ts';

import { hex } from './hex.ts';

const hex2 = (v: number): string => hex(v, 2);

function syntax(op: OpSpec): string {
  const shown = op.operands.map((k) => (k === 'mem' ? '[rs + offset]' : k === 'imm' ? 'value' : k));
  return shown.length ? `${op.mnemonic} ${shown.join(', ')}` : op.mnemonic;
}

function flagsOf(op: OpSpec): string {
  return [op.privileged ? 'privileged' : '', op.sensitive ? 'sensitive' : ''].filter(Boolean).join(', ');
}

export function isaMarkdown(): string {
  const out: string[] = [
    '# The pvm instruction set',
    '',
    '<!-- Generated from packages/isa/src (the opcode and ABI tables) by `pnpm generate`. Do not edit. -->',
    '',
    'Every instruction is a 4-byte head `[code, a, b, c]` followed by one little-endian 32-bit word',
    'per value, label, port or memory offset. Register operands fill the fields a, b, c in order; a',
    'memory operand `[rs + offset]` takes one field for its base and one word for its offset (`[value]`',
    'uses base 16, which always reads 0). Unused fields are zero. Instructions start on 4-byte',
    `boundaries; \`.text\` is loaded at 0x${TEXT_BASE.toString(16)}, \`.data\` follows it on a 16-byte boundary.`,
    '',
    '*Privileged* opcodes act directly in `native` mode, are a VM exit emulated by the hypervisor in',
    '`trap` mode, a fault naming the hypercall to use in `pv` mode, and a privilege violation',
    '(`VEC_PRIV`) in user mode. *Sensitive* opcodes read or write privileged state without trapping.',
    '',
    '| code | form | syntax | bytes | cycles | class | what it does |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const op of OPS)
    out.push(
      `| ${hex2(op.code)} | ${formName(op)} | \`${syntax(op)}\` | ${sizeOf(op)} | ${op.cycles ?? 1} | ${flagsOf(op)} | ${op.doc} |`,
    );
  out.push('', '## Predefined symbols', '', 'The assembler knows every name below; symbols are case-sensitive.');
  for (const [title, g] of ABI_GROUPS) {
    out.push('', `### ${title}`, '', '| name | value | meaning |', '|---|---|---|');
    for (const e of g) out.push(`| \`${e.name}\` | ${e.value >= 16 ? '0x' + e.value.toString(16) : e.value} | ${e.doc} |`);
  }
  return out.join('\n') + '\n';
}

/** The constants module: one `export const` per opcode form and ABI name, as literals. */
export function codesModule(): string {
  const out: string[] = [
    '// Generated from the opcode and ABI tables by `pnpm generate`. Do not edit.',
    '// Numeric literals, so the interpreter switch compares small integers and nothing else.',
    '',
  ];
  for (const op of OPS) out.push(`export const OP_${formName(op).toUpperCase()} = ${hex2(op.code)};`);
  for (const [title, g] of ABI_GROUPS) {
    out.push('', `// ${title}`);
    const prefix = title === 'Hypercalls' ? 'HC_' : '';
    // A struct field `NAME.field` is the identifier NAME_field.
    for (const e of g) out.push(`export const ${prefix}${e.name.replace('.', '_')} = ${e.value};`);
  }
  return out.join('\n') + '\n';
}
