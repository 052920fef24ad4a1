// Encode and decode one instruction, both driven by the operand list of its table entry.
import { OP_BY_CODE, NUM_REGS, ZERO_REG, isRegOperand, sizeOf, type OpSpec } from './opcodes.ts';

/** One instruction: its table entry, the head register fields in order, and its words in order. */
export interface Instr {
  readonly op: OpSpec;
  /** Register fields a, b, c as the operands fill them (a memory operand's base included). */
  readonly regs: readonly number[];
  /** The 32-bit words after the head, as unsigned values. */
  readonly words: readonly number[];
}

/** Write `instr` at `at`; returns the number of bytes written. The caller checks that it fits. */
export function encode(instr: Instr, out: Uint8Array, at: number): number {
  const size = sizeOf(instr.op);
  out[at] = instr.op.code;
  out[at + 1] = instr.regs[0] ?? 0;
  out[at + 2] = instr.regs[1] ?? 0;
  out[at + 3] = instr.regs[2] ?? 0;
  for (let i = 0; i < instr.words.length; i++) writeWord(out, at + 4 + 4 * i, instr.words[i]!);
  return size;
}

export function writeWord(out: Uint8Array, at: number, v: number): void {
  out[at] = v & 0xff;
  out[at + 1] = (v >>> 8) & 0xff;
  out[at + 2] = (v >>> 16) & 0xff;
  out[at + 3] = (v >>> 24) & 0xff;
}

export const readWord = (b: Uint8Array, at: number): number =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** How many head register fields an instruction form uses, and which may be the zero base. */
function regFieldRules(op: OpSpec): { count: number; baseField: number } {
  let count = 0;
  let baseField = -1;
  for (const k of op.operands) {
    if (k === 'mem') baseField = count++;
    else if (isRegOperand(k)) count++;
  }
  return { count, baseField };
}

/**
 * Decode the instruction at `at`, or null when the bytes are not a valid canonical instruction:
 * an unassigned code, a register field out of range, a non-zero unused field, or too few bytes.
 */
export function decode(b: Uint8Array, at: number, end: number = b.length): Instr | null {
  if (at < 0 || at + 4 > end) return null;
  const op = OP_BY_CODE[b[at]!];
  if (!op) return null;
  const size = sizeOf(op);
  if (at + size > end) return null;
  const { count, baseField } = regFieldRules(op);
  const regs: number[] = [];
  for (let f = 0; f < 3; f++) {
    const r = b[at + 1 + f]!;
    if (f >= count) {
      if (r !== 0) return null;
    } else {
      if (r >= NUM_REGS && !(f === baseField && r === ZERO_REG)) return null;
      regs.push(r);
    }
  }
  const words: number[] = [];
  for (let i = 4; i < size; i += 4) words.push(readWord(b, at + i));
  return { op, regs, words };
}
