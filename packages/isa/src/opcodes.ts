// THE instruction set. Every other piece of pvm — encoder, decoder, disassembler, tracer,
// assembler, interpreter constants, docs/ISA.md — is derived from this one table.
//
// Encoding: a 4-byte head [code, a, b, c] followed by one 32-bit little-endian word per
// immediate-like operand. Register operands fill the head fields a, b, c in order; immediates
// fill the words after the head in order; a memory operand takes one register field (its base)
// and one word (its offset). So an instruction is 4, 8 or 12 bytes and always starts on a
// 4-byte boundary. Unused head fields are zero: the decoder rejects anything else, which keeps
// the encoding canonical and the disassembly round trip exact.

/** What an operand is, as the assembler parses it and the disassembler prints it. */
export type OperandKind =
  | 'rd' // register written
  | 'rs' // register read
  | 'rt' // second register read
  | 'imm' // 32-bit value
  | 'mem' // [base + offset]: one register field and one word
  | 'label' // code address (branch, jump or call target)
  | 'port' // I/O port number
  | 'hcall' // hypercall number
  | 'cr'; // control register number

export interface OpSpec {
  /** The mnemonic as written in source; several opcodes share one when their forms differ. */
  readonly mnemonic: string;
  readonly code: number;
  readonly operands: readonly OperandKind[];
  /** Traps (VM exit) when executed deprivileged; a privilege violation from user mode. */
  readonly privileged?: boolean;
  /** Reads or writes privileged state without trapping (Popek–Goldberg's troublemakers). */
  readonly sensitive?: boolean;
  /** Cycles charged by the cost model; 1 when absent. */
  readonly cycles?: number;
  /** Changes control flow (ends a basic block). */
  readonly branch?: boolean;
  readonly doc: string;
}

const ALU = [
  ['add', 0x10, 'rd = rs + operand'],
  ['sub', 0x12, 'rd = rs - operand'],
  ['mul', 0x14, 'rd = low 32 bits of rs * operand'],
  ['div', 0x16, 'rd = rs / operand, signed, rounded toward zero; divide error on 0'],
  ['divu', 0x18, 'rd = rs / operand, unsigned; divide error on 0'],
  ['rem', 0x1a, 'rd = rs % operand, signed (sign of rs); divide error on 0'],
  ['remu', 0x1c, 'rd = rs % operand, unsigned; divide error on 0'],
  ['and', 0x1e, 'rd = rs & operand'],
  ['or', 0x20, 'rd = rs | operand'],
  ['xor', 0x22, 'rd = rs ^ operand'],
  ['shl', 0x24, 'rd = rs << (operand & 31)'],
  ['shr', 0x26, 'rd = rs >>> (operand & 31), logical'],
  ['sar', 0x28, 'rd = rs >> (operand & 31), arithmetic'],
] as const;

const BRANCHES = [
  ['beq', 0x40, 'equal'],
  ['bne', 0x42, 'not equal'],
  ['blt', 0x44, 'less than, signed'],
  ['bge', 0x46, 'greater or equal, signed'],
  ['bltu', 0x48, 'less than, unsigned'],
  ['bgeu', 0x4a, 'greater or equal, unsigned'],
  ['bgt', 0x4c, 'greater than, signed'],
  ['ble', 0x4e, 'less or equal, signed'],
] as const;

const cyclesOf = (m: string): number | undefined =>
  m === 'mul' ? 3 : m.startsWith('div') || m.startsWith('rem') ? 12 : undefined;

function build(): OpSpec[] {
  const ops: OpSpec[] = [
    { mnemonic: 'nop', code: 0x01, operands: [], doc: 'do nothing' },
    { mnemonic: 'mov', code: 0x02, operands: ['rd', 'rs'], doc: 'rd = rs' },
    { mnemonic: 'li', code: 0x03, operands: ['rd', 'imm'], doc: 'rd = value' },
  ];
  for (const [m, code, doc] of ALU) {
    const cycles = cyclesOf(m);
    ops.push({ mnemonic: m, code, operands: ['rd', 'rs', 'rt'], doc: doc.replace('operand', 'rt'), ...(cycles ? { cycles } : {}) });
    ops.push({ mnemonic: m, code: code + 1, operands: ['rd', 'rs', 'imm'], doc: doc.replace('operand', 'value'), ...(cycles ? { cycles } : {}) });
  }
  ops.push(
    { mnemonic: 'ld', code: 0x30, operands: ['rd', 'mem'], doc: 'rd = 32-bit word at address' },
    { mnemonic: 'st', code: 0x31, operands: ['rs', 'mem'], doc: 'store rs as a 32-bit word at address' },
    { mnemonic: 'ldb', code: 0x32, operands: ['rd', 'mem'], doc: 'rd = byte at address, zero-extended' },
    { mnemonic: 'stb', code: 0x33, operands: ['rs', 'mem'], doc: 'store the low byte of rs at address' },
    { mnemonic: 'ldh', code: 0x34, operands: ['rd', 'mem'], doc: 'rd = 16-bit half at address, zero-extended' },
    { mnemonic: 'sth', code: 0x35, operands: ['rs', 'mem'], doc: 'store the low 16 bits of rs at address' },
  );
  for (const [m, code, what] of BRANCHES) {
    ops.push({ mnemonic: m, code, operands: ['rs', 'rt', 'label'], branch: true, doc: `go to label if rs and rt are ${what}` });
    ops.push({ mnemonic: m, code: code + 1, operands: ['rs', 'imm', 'label'], branch: true, doc: `go to label if rs and value are ${what}` });
  }
  ops.push(
    { mnemonic: 'jmp', code: 0x50, operands: ['label'], branch: true, doc: 'go to label' },
    { mnemonic: 'jmp', code: 0x51, operands: ['rs'], branch: true, doc: 'go to the address in rs' },
    { mnemonic: 'call', code: 0x52, operands: ['label'], branch: true, cycles: 2, doc: 'push the return address, go to label' },
    { mnemonic: 'call', code: 0x53, operands: ['rs'], branch: true, cycles: 2, doc: 'push the return address, go to the address in rs' },
    { mnemonic: 'ret', code: 0x54, operands: [], branch: true, cycles: 2, doc: 'pop the return address and go there' },
    { mnemonic: 'push', code: 0x55, operands: ['rs'], doc: 'sp -= 4; store rs at [sp]' },
    { mnemonic: 'pop', code: 0x56, operands: ['rd'], doc: 'rd = [sp]; sp += 4' },
    { mnemonic: 'hcall', code: 0x60, operands: ['hcall'], branch: true, doc: 'hypercall: arguments in r1..r5, result in r0 (paravirtual guests)' },
    { mnemonic: 'syscall', code: 0x61, operands: [], branch: true, doc: 'enter the kernel through VEC_SYSCALL' },
    { mnemonic: 'brk', code: 0x62, operands: [], branch: true, doc: 'breakpoint exception through VEC_BREAK' },
    { mnemonic: 'pushf', code: 0x68, operands: [], sensitive: true, doc: 'push FLAGS as one word' },
    { mnemonic: 'popf', code: 0x69, operands: [], sensitive: true, branch: true, doc: 'pop FLAGS; without privilege IE and U are silently left unchanged' },
    { mnemonic: 'in', code: 0x70, operands: ['rd', 'port'], privileged: true, doc: 'rd = read from I/O port' },
    { mnemonic: 'in', code: 0x71, operands: ['rd', 'rs'], privileged: true, doc: 'rd = read from the I/O port numbered by rs' },
    { mnemonic: 'out', code: 0x72, operands: ['port', 'rs'], privileged: true, doc: 'write rs to I/O port' },
    { mnemonic: 'out', code: 0x73, operands: ['rt', 'rs'], privileged: true, doc: 'write rs to the I/O port numbered by rt' },
    { mnemonic: 'cli', code: 0x74, operands: [], privileged: true, doc: 'clear FLAGS.IE: mask interrupts' },
    { mnemonic: 'sti', code: 0x75, operands: [], privileged: true, branch: true, doc: 'set FLAGS.IE: unmask interrupts' },
    { mnemonic: 'hlt', code: 0x76, operands: [], privileged: true, branch: true, doc: 'wait for the next interrupt' },
    { mnemonic: 'iret', code: 0x77, operands: [], privileged: true, branch: true, cycles: 2, doc: 'return from an interrupt: pop PC, then FLAGS' },
    { mnemonic: 'lvt', code: 0x78, operands: ['rs'], privileged: true, doc: 'load the vector-table base from rs' },
    { mnemonic: 'lksp', code: 0x79, operands: ['rs'], privileged: true, doc: 'load the kernel stack pointer used on entry from user mode' },
    { mnemonic: 'mtcr', code: 0x7a, operands: ['cr', 'rs'], privileged: true, branch: true, doc: 'write rs to a control register: CR_PTB loads the page-table base (0: paging off) and empties the TLB' },
    { mnemonic: 'mfcr', code: 0x7b, operands: ['rd', 'cr'], privileged: true, doc: 'rd = a control register (CR_FAULT_ADDR, CR_FAULT_CODE: the last page fault)' },
    { mnemonic: 'invlpg', code: 0x7c, operands: ['rs'], privileged: true, doc: 'forget the TLB entry of the page that holds the virtual address in rs' },
  );
  return ops;
}

/** Every opcode, in code order. */
export const OPS: readonly OpSpec[] = Object.freeze(build().sort((x, y) => x.code - y.code));

/** Opcode spec by numeric code; undefined for an unassigned code. */
export const OP_BY_CODE: readonly (OpSpec | undefined)[] = (() => {
  const t: (OpSpec | undefined)[] = new Array(256).fill(undefined);
  for (const op of OPS) {
    if (t[op.code]) throw new Error(`opcode table: code 0x${op.code.toString(16)} used twice`);
    t[op.code] = op;
  }
  return t;
})();

/** Cycles per opcode by code, for the interpreter and the hypervisor's emulation alike. */
export const CYCLES: Readonly<Uint8Array> = (() => {
  const t = new Uint8Array(256).fill(1);
  for (const op of OPS) t[op.code] = op.cycles ?? 1;
  return t;
})();

/** The forms of each mnemonic (lower case), in code order. */
export const FORMS: ReadonlyMap<string, readonly OpSpec[]> = (() => {
  const m = new Map<string, OpSpec[]>();
  for (const op of OPS) m.set(op.mnemonic, [...(m.get(op.mnemonic) ?? []), op]);
  return m;
})();

export const MNEMONICS: readonly string[] = [...FORMS.keys()];

/** Operand kinds that live in the words after the head. */
export const isWordOperand = (k: OperandKind): boolean => k !== 'rd' && k !== 'rs' && k !== 'rt';
export const isRegOperand = (k: OperandKind): boolean => k === 'rd' || k === 'rs' || k === 'rt';

/** Size in bytes of an instruction of this form. */
export const sizeOf = (op: OpSpec): number => 4 + 4 * op.operands.filter(isWordOperand).length;

/** Bytes per opcode by code (0 for an unassigned code). */
export const SIZES: Readonly<Uint8Array> = (() => {
  const t = new Uint8Array(256);
  for (const op of OPS) t[op.code] = sizeOf(op);
  return t;
})();

/** A unique name per form, used for the interpreter's constants and in docs: add_rr, add_ri, jmp_l, jmp_r. */
export function formName(op: OpSpec): string {
  const forms = FORMS.get(op.mnemonic)!;
  if (forms.length === 1) return op.mnemonic;
  const suffix = op.operands
    .map((k) => (isRegOperand(k) ? 'r' : k === 'mem' ? 'm' : k === 'label' ? 'l' : k === 'port' ? 'p' : k === 'cr' ? 'c' : 'i'))
    .join('');
  return `${op.mnemonic}_${suffix}`;
}

/** What the assembler accepts for each bounded word operand, and the disassembler prints back. */
export const OPERAND_RANGE: Readonly<Partial<Record<OperandKind, readonly [number, number]>>> = { port: [0, 255], hcall: [0, 63], cr: [0, 2] };

export const NUM_REGS = 16;
/** Register file slot that always reads 0: the base of an absolute memory operand `[expr]`. */
export const ZERO_REG = 16;
export const REG_SP = 15;
export const REG_FP = 14;
export const REG_NAMES: readonly string[] = Array.from({ length: NUM_REGS }, (_, i) => `r${i}`);

/** Register number for a name (case-insensitive, `sp` and `fp` included), or -1. */
export function regNumber(name: string): number {
  const n = name.toLowerCase();
  if (n === 'sp') return REG_SP;
  if (n === 'fp') return REG_FP;
  const m = /^r(\d{1,2})$/.exec(n);
  if (!m) return -1;
  const i = Number(m[1]);
  return i < NUM_REGS && String(i) === m[1] ? i : -1;
}

/** How a register is printed: sp and fp by their alias. */
export const regName = (r: number): string => (r === REG_SP ? 'sp' : r === REG_FP ? 'fp' : `r${r}`);
