// Render one instruction as assembly source. The tracer, the debugger, `pvm disasm` and error
// reports all print instructions through this function, so there is one way to show one.
import { CR_NAME, HYPERCALL_NAME, PORT_NAME } from './abi.ts';
import { decode, type Instr } from './encoding.ts';
import { ZERO_REG, isRegOperand, regName } from './opcodes.ts';

/** Names a code or data address, when a symbol is known there. */
export type SymbolLookup = (addr: number) => string | undefined;

import { hex } from './hex.ts';

/** A value as a person wants to read it: small signed numbers in decimal, the rest in hex. */
export function formatValue(v: number): string {
  const s = v | 0;
  return s >= -4096 && s <= 4096 ? String(s) : hex(v);
}

function formatMem(base: number, offset: number, sym: SymbolLookup): string {
  if (base === ZERO_REG) return `[${sym(offset) ?? hex(offset)}]`;
  const off = offset | 0;
  if (off === 0) return `[${regName(base)}]`;
  // The most negative offset has no positive twin in 32 bits; print it unsigned.
  if (off < 0 && off !== -0x80000000) return `[${regName(base)} - ${formatValue(-off)}]`;
  return `[${regName(base)} + ${formatValue(offset)}]`;
}

/** The operands of an instruction, rendered as source text. */
export function formatOperands(instr: Instr, sym: SymbolLookup = () => undefined): string[] {
  let r = 0;
  let w = 0;
  return instr.op.operands.map((k) => {
    if (isRegOperand(k)) return regName(instr.regs[r++]!);
    if (k === 'mem') return formatMem(instr.regs[r++]!, instr.words[w++]!, sym);
    const v = instr.words[w++]!;
    switch (k) {
      case 'label':
        return sym(v) ?? hex(v);
      case 'port':
        return PORT_NAME.get(v) ?? formatValue(v);
      case 'hcall':
        return HYPERCALL_NAME.get(v) ?? formatValue(v);
      case 'cr':
        return CR_NAME.get(v) ?? formatValue(v);
      default:
        return formatValue(v);
    }
  });
}

export function formatInstr(instr: Instr, sym?: SymbolLookup): string {
  const ops = formatOperands(instr, sym);
  return ops.length ? `${instr.op.mnemonic} ${ops.join(', ')}` : instr.op.mnemonic;
}

/** Disassemble the instruction at `addr` of `mem`, or describe why there is none. */
export function disassembleAt(mem: Uint8Array, addr: number, sym?: SymbolLookup): string {
  const instr = decode(mem, addr);
  return instr ? formatInstr(instr, sym) : `(illegal instruction: ${hex(mem[addr] ?? 0)})`;
}
