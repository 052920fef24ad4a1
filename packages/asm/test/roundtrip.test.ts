// Every opcode form, through source text and back: assemble a line, decode the bytes, print them
// with the disassembler's formatInstr, assemble that text, and expect the very same bytes.
import { describe, expect, it } from 'vitest';
import { OPS, decode, formatInstr, isRegOperand, sizeOf, type OperandKind, type OpSpec } from '@pvm/isa';
import { disassembleImage } from '@pvm/image';
import { image, segment } from './helpers.ts';

const SAMPLES: Record<OperandKind, readonly string[]> = {
  rd: ['r0', 'r1', 'sp', 'r9', 'fp', 'r15', 'r3'],
  rs: ['r2', 'fp', 'r0', 'r13', 'sp', 'r7', 'r11'],
  rt: ['r3', 'r14', 'r8', 'r1', 'r12', 'sp', 'r0'],
  imm: ['0', '-1', '4096', '-4097', '0x7fffffff', '0x80000000', '0xdeadbeef', 'CONSOLE_DATA + 3', "'a'", '1 << 20', '-2147483648'],
  mem: ['[r3]', '[r3 + 8]', '[sp - 4]', '[fp + 0x1234]', '[0x2000]', '[r2 - 0x7fffffff]', '[r1 + 0x80000000]', '[4]', '[r5 - 4 + 2]'],
  label: ['0x1000', '_start', '0x2000', '0xfffffffc', '_start + 8'],
  port: ['CONSOLE_DATA', '0', '255', '0x42', 'POWER_OFF', '0x99'],
  hcall: ['console_io', '0', '63', '17', 'sched_op', '1', 'iret'],
  cr: ['CR_PTB', '0', '2', 'CR_FAULT_CODE', '1'],
};

/** Variant `v` of a source line for one opcode form, with operands drawn from SAMPLES. */
function line(op: OpSpec, v: number): string {
  const ops = op.operands.map((k, i) => SAMPLES[k][(v * 2 + i) % SAMPLES[k].length]!);
  return ops.length ? `${op.mnemonic} ${ops.join(', ')}` : op.mnemonic;
}

/** The text bytes of a one-instruction program. */
function bytesOf(src: string): Uint8Array {
  const img = image(`_start: ${src}\n`);
  return img.segments.find((s) => s.kind === 'text')!.bytes;
}

const VARIANTS = 5;

describe('every opcode form round-trips through source text', () => {
  it('covers the whole table', () => {
    expect(OPS.length).toBeGreaterThan(60);
    const kinds = new Set(OPS.flatMap((o) => o.operands));
    for (const k of Object.keys(SAMPLES)) expect(kinds.has(k as OperandKind), k).toBe(true);
  });

  for (const op of OPS) {
    const name = `${op.mnemonic} ${op.operands.join(', ')} (0x${op.code.toString(16)})`;
    it(name, () => {
      const seen = new Set<string>();
      for (let v = 0; v < (op.operands.length ? VARIANTS : 1); v++) {
        const src = line(op, v);
        const bytes = bytesOf(src);
        expect(bytes.length, src).toBe(sizeOf(op));
        const instr = decode(bytes, 0);
        expect(instr, src).not.toBeNull();
        // The assembler picked this form, not another of the same mnemonic.
        expect(instr!.op, src).toBe(op);
        const text = formatInstr(instr!);
        expect(bytesOf(text), `${src} -> ${text}`).toEqual(bytes);
        // Mnemonics and registers in upper case mean the same instruction (symbols keep their case).
        const upper = text.replace(/^\w+/, (m) => m.toUpperCase()).replace(/\b(r\d+|sp|fp)\b/g, (r) => r.toUpperCase());
        expect(bytesOf(upper), upper).toEqual(bytes);
        seen.add(text);
      }
      // The variants really differ, so the loop tested more than one encoding.
      if (op.operands.length) expect(seen.size).toBeGreaterThan(1);
    });
  }

  it('encodes operands into the fields the table documents: registers in the head, values after it', () => {
    expect(segment(image(' add r1, r2, r3\n add r4, r5, 0x01020304\n st r6, [r7 - 1]\n beq r8, 9, 0x1234\n'), 'text').bytes).toBe(
      '10 01 02 03 11 04 05 00 04 03 02 01 31 06 07 00 ff ff ff ff 41 08 00 00 09 00 00 00 34 12 00 00',
    );
  });

  it('picks the register form or the value form of one mnemonic by the operand', () => {
    const forms = (src: string): number[] => {
      const bytes = image(src).segments[0]!.bytes;
      const codes: number[] = [];
      for (let at = 0; at < bytes.length; ) {
        const instr = decode(bytes, at)!;
        codes.push(instr.op.code);
        at += sizeOf(instr.op);
      }
      return codes;
    };
    const alu = OPS.filter((o) => o.operands.length === 3 && o.operands[2] === 'rt' && !o.branch);
    for (const rr of alu) {
      const ri = OPS.find((o) => o.mnemonic === rr.mnemonic && o.operands[2] === 'imm')!;
      expect(forms(` ${rr.mnemonic} r1, r2, r3\n ${rr.mnemonic} r1, r2, 3\n`), rr.mnemonic).toEqual([rr.code, ri.code]);
    }
    expect(forms(' jmp r1\n jmp 0x1000\n call r1\n call 0x1000\n in r1, r2\n in r1, 2\n out r1, r2\n out 1, r2\n').map((c) => c.toString(16))).toEqual(
      ['51', '50', '53', '52', '71', '70', '73', '72'],
    );
  });

  it('reads back a whole program from its disassembly with the same bytes', () => {
    const src = ['_start:'];
    OPS.forEach((op, i) => src.push(` ${line(op, i)}`));
    src.push('.data', 'msg: .asciz "hi"', '.word 1, 2, 3');
    const first = image(src.join('\n'));
    const again = image(disassembleImage(first));
    expect(again.segments.map((s) => [s.kind, s.addr, [...s.bytes]])).toEqual(first.segments.map((s) => [s.kind, s.addr, [...s.bytes]]));
    expect(again.entry).toBe(first.entry);
  });

  it('exercises low, high and aliased registers and the absolute base in the samples', () => {
    const regs = new Set<number>();
    for (const op of OPS.filter((o) => o.operands.some((k) => isRegOperand(k) || k === 'mem')))
      for (let v = 0; v < VARIANTS; v++) decode(bytesOf(line(op, v)), 0)!.regs.forEach((r) => regs.add(r));
    for (const r of [0, 1, 2, 3, 14, 15, 16]) expect(regs.has(r), `r${r}`).toBe(true);
    expect(regs.size).toBeGreaterThanOrEqual(12);
  });
});
