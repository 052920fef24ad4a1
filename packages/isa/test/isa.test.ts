import { describe, expect, it } from 'vitest';
import {
  ABI_GROUPS, FORMS, HYPERCALLS, OPS, OP_BY_CODE, PREDEFINED, ZERO_REG, codes, decode, disassembleAt, encode, formName,
  formatInstr, isRegOperand, isWordOperand, regNumber, sizeOf, type Instr, type OpSpec,
} from '../src/index.ts';

// The minimum instruction set of docs/language.md: the table must hold every one of these.
const REQUIRED = `nop mov li add sub mul div divu rem remu and or xor shl shr sar ld st ldb stb ldh sth
  beq bne blt bge bltu bgeu jmp call ret push pop hcall syscall brk in out cli sti hlt iret lvt lksp pushf popf`.split(/\s+/);

/** A deterministic instruction of each form with varied operand values. */
export function sample(op: OpSpec, seed: number): Instr {
  const regs: number[] = [];
  const words: number[] = [];
  let x = seed * 2654435761;
  const rnd = (): number => (x = (Math.imul(x ^ (x >>> 15), 2246822519) + 0x9e3779b9) >>> 0);
  for (const k of op.operands) {
    if (isRegOperand(k)) regs.push(rnd() % 16);
    else if (k === 'mem') {
      regs.push(seed % 3 === 0 ? ZERO_REG : rnd() % 16);
      words.push(rnd());
    } else words.push(k === 'port' ? rnd() % 256 : k === 'hcall' ? rnd() % 64 : rnd());
  }
  return { op, regs, words };
}

describe('the opcode table', () => {
  it('holds the whole minimum instruction set', () => {
    for (const m of REQUIRED) expect(FORMS.has(m), m).toBe(true);
  });

  it('gives each code one entry, never 0 (zeroed memory must not execute)', () => {
    const seen = new Set<number>();
    for (const op of OPS) {
      expect(op.code).toBeGreaterThan(0);
      expect(op.code).toBeLessThan(256);
      expect(seen.has(op.code)).toBe(false);
      seen.add(op.code);
      expect(OP_BY_CODE[op.code]).toBe(op);
    }
  });

  it('tells the forms of one mnemonic apart by their operand kinds', () => {
    for (const [m, forms] of FORMS) {
      const shapes = forms.map((f) => f.operands.map((k) => (isRegOperand(k) ? 'reg' : k === 'mem' ? 'mem' : 'expr')).join(','));
      expect(new Set(shapes).size, m).toBe(shapes.length);
    }
  });

  it('marks the privileged and sensitive opcodes of §2', () => {
    const privileged = [...new Set(OPS.filter((o) => o.privileged).map((o) => o.mnemonic))].sort();
    expect(privileged).toEqual(['cli', 'hlt', 'in', 'invlpg', 'iret', 'lksp', 'lvt', 'mfcr', 'mtcr', 'out', 'sti']);
    expect(OPS.filter((o) => o.sensitive).map((o) => o.mnemonic)).toEqual(['pushf', 'popf']);
  });

  it('sizes every instruction as the head plus one word per value', () => {
    for (const op of OPS) expect(sizeOf(op)).toBe(4 + 4 * op.operands.filter(isWordOperand).length);
  });

  it('exports one numeric constant per form, matching the table', () => {
    const c = codes as Record<string, number>;
    for (const op of OPS) expect(c[`OP_${formName(op).toUpperCase()}`]).toBe(op.code);
  });
});

describe('encode and decode', () => {
  it('round-trips every opcode with varied operands', () => {
    for (const op of OPS)
      for (let seed = 1; seed <= 20; seed++) {
        const ins = sample(op, seed);
        const buf = new Uint8Array(12);
        expect(encode(ins, buf, 0)).toBe(sizeOf(op));
        const back = decode(buf, 0);
        expect(back).toEqual({ op, regs: ins.regs, words: ins.words.map((w) => w >>> 0) });
      }
  });

  it('rejects unassigned codes, bad registers, non-zero unused fields and short input', () => {
    expect(decode(new Uint8Array([0, 0, 0, 0]), 0)).toBeNull();
    expect(decode(new Uint8Array([0xff, 0, 0, 0]), 0)).toBeNull();
    expect(decode(new Uint8Array([0x02, 16, 1, 0]), 0)).toBeNull(); // mov r16
    expect(decode(new Uint8Array([0x02, 1, 1, 7]), 0)).toBeNull(); // unused field c
    expect(decode(new Uint8Array([0x01, 0, 0, 1]), 0)).toBeNull(); // nop with a stray byte
    expect(decode(new Uint8Array([0x03, 1, 0, 0, 1, 2]), 0)).toBeNull(); // li cut short
    // The zero register is only a memory operand's base.
    expect(decode(new Uint8Array([0x30, 1, 16, 0, 0, 0x20, 0, 0]), 0)?.regs).toEqual([1, 16]);
    expect(decode(new Uint8Array([0x30, 16, 1, 0, 0, 0x20, 0, 0]), 0)).toBeNull();
  });
});

describe('the disassembler', () => {
  it('prints names for ports, hypercalls and symbols, and aliases for sp and fp', () => {
    const buf = new Uint8Array(12);
    const at = (m: string, i: number): OpSpec => FORMS.get(m)![i]!;
    encode({ op: at('out', 0), regs: [1], words: [0x10] }, buf, 0);
    expect(disassembleAt(buf, 0)).toBe('out CONSOLE_DATA, r1');
    encode({ op: at('hcall', 0), regs: [], words: [18] }, buf, 0);
    expect(disassembleAt(buf, 0)).toBe('hcall console_io');
    encode({ op: at('ld', 0), regs: [3, 15], words: [-8 >>> 0] }, buf, 0);
    expect(disassembleAt(buf, 0)).toBe('ld r3, [sp - 8]');
    encode({ op: at('st', 0), regs: [14, 16], words: [0x2000] }, buf, 0);
    expect(formatInstr(decode(buf, 0)!, (a) => (a === 0x2000 ? 'buf' : undefined))).toBe('st fp, [buf]');
    encode({ op: at('beq', 1), regs: [1], words: [5, 0x1010] }, buf, 0);
    expect(formatInstr(decode(buf, 0)!, (a) => (a === 0x1010 ? 'loop' : undefined))).toBe('beq r1, 5, loop');
    expect(disassembleAt(new Uint8Array([0xee, 0, 0, 0]), 0)).toBe('(illegal instruction: 0xee)');
  });
});

describe('the ABI', () => {
  it('uses Xen numbers for hypercalls', () => {
    const n = Object.fromEntries(HYPERCALLS.map((h) => [h.name, h.value]));
    expect(n).toMatchObject({ set_trap_table: 0, stack_switch: 3, set_callbacks: 4, set_timer_op: 15, xen_version: 17, console_io: 18, iret: 23, sched_op: 29, event_channel_op: 32 });
    expect(PREDEFINED.get('EINVAL')).toBe(22);
    expect(PREDEFINED.get('ENOSYS')).toBe(38);
    expect(PREDEFINED.get('EVTCHNOP_unmask')).toBe(9);
  });

  it('names every predefined symbol once, none of them a register', () => {
    const names = ABI_GROUPS.flatMap(([, g]) => g.map((e) => e.name));
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(regNumber(n)).toBe(-1);
  });
});
