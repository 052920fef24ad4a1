// Reference semantics for the CPU tests, written independently of the interpreter: BigInt
// arithmetic for the ALU (no `| 0` or Math.imul tricks shared with cpu.ts), plain comparisons
// for the branch conditions.
const i32 = (b: bigint): number => Number(BigInt.asIntN(32, b));
const u = (x: number): bigint => BigInt(x >>> 0);
const s = (x: number): bigint => BigInt(x | 0);

/** The result as a signed 32-bit number, or 'divide' for a divide error. */
export const ALU: Record<string, (a: number, b: number) => number | 'divide'> = {
  add: (a, b) => i32(s(a) + s(b)),
  sub: (a, b) => i32(s(a) - s(b)),
  mul: (a, b) => i32(s(a) * s(b)),
  div: (a, b) => (b === 0 ? 'divide' : i32(s(a) / s(b))), // BigInt division truncates toward zero
  divu: (a, b) => (b === 0 ? 'divide' : i32(u(a) / u(b))),
  rem: (a, b) => (b === 0 ? 'divide' : i32(s(a) % s(b))), // sign of the dividend
  remu: (a, b) => (b === 0 ? 'divide' : i32(u(a) % u(b))),
  and: (a, b) => i32(s(a) & s(b)),
  or: (a, b) => i32(s(a) | s(b)),
  xor: (a, b) => i32(s(a) ^ s(b)),
  shl: (a, b) => i32(s(a) << BigInt(b & 31)),
  shr: (a, b) => i32(u(a) >> BigInt(b & 31)),
  sar: (a, b) => i32(s(a) >> BigInt(b & 31)),
};
export const ALU_MNEMONICS = Object.keys(ALU);

/** Whether each conditional branch is taken for rs = a and rt (or the value) = b. */
export const COND: Record<string, (a: number, b: number) => boolean> = {
  beq: (a, b) => s(a) === s(b),
  bne: (a, b) => s(a) !== s(b),
  blt: (a, b) => s(a) < s(b),
  bge: (a, b) => s(a) >= s(b),
  bgt: (a, b) => s(a) > s(b),
  ble: (a, b) => s(a) <= s(b),
  bltu: (a, b) => u(a) < u(b),
  bgeu: (a, b) => u(a) >= u(b),
};
export const BRANCH_MNEMONICS = Object.keys(COND);
