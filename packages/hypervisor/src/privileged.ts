// The privileged instructions, read from guest memory the way a trap-and-emulate hypervisor
// must read them (the head word and, for a port operand, the word after it). One decoder serves
// every mode: native runs what it says, trap emulates it after an exit, pv refuses it.
import type { Cpu } from '@pvm/cpu';
import { SIZES } from '@pvm/isa';
import { OP_IN_RP, OP_IN_RR, OP_MFCR, OP_MTCR, OP_OUT_PR, OP_OUT_RR } from '@pvm/isa/codes';

/** A decoded privileged instruction; reused, never allocated per exit. */
export interface PrivInstr {
  code: number;
  /** Head fields a and b: the register operands. */
  a: number;
  b: number;
  /** The I/O port for in/out (any 32-bit value the guest chose), -1 for the others. */
  port: number;
  /** The control register of mtcr / mfcr (any 32-bit value the bytes hold), -1 for the others. */
  cr: number;
  /** Bytes, from the opcode table: where execution goes on. */
  size: number;
}

export const newPrivInstr = (): PrivInstr => ({ code: 0, a: 0, b: 0, port: -1, cr: -1, size: 4 });

/**
 * Decode the privileged instruction at physical address `pc` into `out` (the CPU has checked
 * it is one, whole, in memory; with paging on, `cpu.pcPhys()` is where).
 */
export function decodePrivileged(cpu: Cpu, pc: number, out: PrivInstr): PrivInstr {
  const m = cpu.mem;
  const code = m[pc]!;
  out.code = code;
  out.a = m[pc + 1]!;
  out.b = m[pc + 2]!;
  out.size = SIZES[code]!;
  // in rd, PORT / out PORT, rs carry the port in the word after the head; the register forms name it.
  if (code === OP_IN_RP || code === OP_OUT_PR) out.port = cpu.read32(pc + 4);
  else if (code === OP_IN_RR) out.port = cpu.regs[out.b]!;
  else if (code === OP_OUT_RR) out.port = cpu.regs[out.a]!;
  else out.port = -1;
  out.cr = code === OP_MTCR || code === OP_MFCR ? cpu.read32(pc + 4) >>> 0 : -1;
  return out;
}

/** The register an `in` writes or an `out` reads. */
export const ioRegister = (i: PrivInstr): number => (i.code === OP_OUT_RR ? i.b : i.a);
