// docs/language.md's expressions, literals, labels, operands and case rules, checked by the bytes
// they assemble to.
import { describe, expect, it } from 'vitest';
import { PREDEFINED } from '@pvm/isa';
import { parseLine } from '../src/index.ts';
import { dataOf, image, messages, segment, sym, textOf, value, word } from './helpers.ts';

describe('operators', () => {
  it.each([
    ['1 + 2', 3],
    ['7 - 10', -3],
    ['6 * 7', 42],
    ['7 / 2', 3],
    ['-7 / 2', -3],
    ['7 % 3', 1],
    ['-7 % 3', -1],
    ['1 << 4', 16],
    ['256 >> 4', 16],
    ['-16 >> 2', -4],
    ['0xf0 & 0x3c', 0x30],
    ['0xf0 | 0x0f', 0xff],
    ['0xff ^ 0x0f', 0xf0],
    ['-5', -5],
    ['~0', -1],
    ['~0x0f & 0xff', 0xf0],
    ['+5', 5],
    ['- -5', 5],
    ['-(2 + 3)', -5],
    ['1 << 31', -0x80000000],
  ])('%s = %d', (expr, v) => {
    expect(value(expr)).toBe(v);
  });

  it.each([
    // * / % bind tighter than + -, which bind tighter than << >>, then & then ^ then |, as in C.
    ['1 + 2 * 3', 7],
    ['2 * 3 + 1', 7],
    ['10 - 4 / 2', 8],
    ['10 - 7 % 4', 7],
    ['1 << 2 + 1', 8],
    ['1 + 1 << 2', 8],
    ['32 >> 1 + 1', 8],
    ['6 & 3 + 1', 4],
    ['1 | 2 & 3', 3],
    ['3 & 1 | 4', 5],
    ['2 ^ 3 & 1', 3],
    ['1 | 2 ^ 3', 1],
    ['4 ^ 1 | 2', 7],
    ['1 | 6 ^ 3 & 5 << 1 + 1 * 2', 1 | (6 ^ (3 & (5 << (1 + 1 * 2))))],
    ['-2 * 3', -6],
    ['~1 + 1', -1],
  ])('precedence: %s = %d', (expr, v) => {
    expect(value(expr)).toBe(v);
  });

  it.each([
    ['10 - 3 - 2', 5],
    ['100 / 10 / 2', 5],
    ['100 % 7 % 3', 2],
    ['2 * 3 % 4', 2],
    ['256 >> 2 >> 1', 32],
    ['1 << 2 << 3', 32],
    ['10 - 2 + 3', 11],
    ['12 / 2 * 3', 18],
  ])('left associativity: %s = %d', (expr, v) => {
    expect(value(expr)).toBe(v);
  });

  it.each([
    ['(1 + 2) * 3', 9],
    ['2 * (3 + 4)', 14],
    ['((((1))))', 1],
    ['(1 << 2) + 1', 5],
    ['10 - (3 - 2)', 9],
    ['(6 & 3) + 1', 3],
  ])('parentheses: %s = %d', (expr, v) => {
    expect(value(expr)).toBe(v);
  });
});

describe('numbers and characters', () => {
  it.each([
    ['0', 0],
    ['1234', 1234],
    ['0x1f', 31],
    ['0X1F', 31],
    ['0xDEADBEEF', 0xdeadbeef | 0],
    ['0b1010', 10],
    ['0B11', 3],
    ['0x1_0', 16],
    ['0b1000_0001', 129],
    ['-0x10', -16],
    ['-2147483648', -2147483648],
    ['4294967295', -1],
  ])('%s = %d', (expr, v) => {
    expect(value(expr)).toBe(v);
  });

  it('tells 0b1 (binary) from 1b (a local label) and 0x10 from 10f', () => {
    expect(textOf('1: li r1, 0b1\n li r2, 1b\n li r3, 0x10\n li r4, 1f\n1: nop\n')).toBe(
      `03 01 00 00 ${word(1)} 03 02 00 00 ${word(0x1000)} 03 03 00 00 ${word(16)} 03 04 00 00 ${word(0x1020)} 01 00 00 00`,
    );
  });

  it.each([
    ["'a'", 97],
    ["'Z'", 90],
    ["' '", 32],
    ["'\\n'", 10],
    ["'\\t'", 9],
    ["'\\r'", 13],
    ["'\\0'", 0],
    ["'\\\\'", 92],
    ["'\\''", 39],
    ["'\\\"'", 34],
    ["'\"'", 34],
    ["'\\x41'", 0x41],
    ["'\\xff'", 255],
    ["'a' + 1", 98],
    ["'z' - 'a'", 25],
  ])('character %s = %d', (expr, v) => {
    expect(value(expr)).toBe(v);
  });

  it('decodes every string escape of docs/language.md', () => {
    expect(dataOf(' nop\n.data\n.ascii "a\\nb\\tc\\rd\\0e\\\\f\\"g\\x41\\x7Eh\\\'"\n')).toBe(
      '61 0a 62 09 63 0d 64 00 65 5c 66 22 67 41 7e 68 27',
    );
  });

  it('keeps ; and , inside strings and characters, and strips comments elsewhere', () => {
    expect(dataOf(" nop ; a comment, with ; and ,\n.data\n.ascii \"a;b,c\" ; trailing\n.byte ';', ','\n")).toBe('61 3b 62 2c 63 3b 2c');
  });
});

describe('symbols', () => {
  it('takes `.` as the address of the current statement, in .text and in .data', () => {
    const img = image(' nop\nhere: li r1, .\n li r2, . + 8\n.data\n.word 1, .\n.byte . - 0x1020\n');
    expect(segment(img, 'text').bytes).toBe(`01 00 00 00 03 01 00 00 ${word(0x1004)} 03 02 00 00 ${word(0x1014)}`);
    // One statement, one `.`: every value of a .word list sees the statement's address.
    expect(segment(img, 'data')).toEqual({ addr: 0x1020, bytes: `${word(1)} ${word(0x1020)} 08` });
  });

  it('takes labels defined before or after their use', () => {
    expect(textOf('a: jmp b\nb: jmp a\n')).toBe(`50 00 00 00 ${word(0x1008)} 50 00 00 00 ${word(0x1000)}`);
  });

  it.each([
    ['CONSOLE_DATA', 0x10],
    ['CONSOLE_STATUS', 0x11],
    ['POWER_OFF', 0xf0],
    ['VEC_DIVIDE', 0],
    ['VEC_TIMER', 6],
    ['FLAG_IE', 1],
    ['FLAG_U', 2],
    ['BLOCK_WRITE', 2],
    ['set_trap_table', 0],
    ['console_io', 18],
    ['sched_op', 29],
    ['event_channel_op', 32],
    ['iret', 23],
    ['CONSOLEIO_write', 0],
    ['CONSOLEIO_read', 1],
    ['SCHEDOP_shutdown', 2],
    ['EVTCHNOP_send', 4],
    ['EVTCHNOP_bind_virq', 1],
    ['VIRQ_TIMER', 0],
    ['EINVAL', 22],
    ['ENOSYS', 38],
    ['-EPERM', -1],
    ['FLAG_IE | FLAG_U', 3],
  ])('predefines %s = %d', (expr, v) => {
    expect(value(expr)).toBe(v);
  });

  it('predefines every ABI name of @pvm/isa with its value', () => {
    const names = [...PREDEFINED.keys()];
    const img = image(`.data\n.word ${names.join(', ')}\n.text\n nop\n`);
    const bytes = img.segments.find((s) => s.kind === 'data')!.bytes;
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(names.map((_, i) => view.getUint32(4 * i, true))).toEqual([...PREDEFINED.values()].map((v) => v >>> 0));
  });

  it('uses hypercall names and sub-commands in hcall and its arguments', () => {
    expect(textOf('.paravirt\n li r1, CONSOLEIO_write\n hcall console_io\n hcall iret\n hcall 63\n')).toBe(
      `03 01 00 00 ${word(0)} 60 00 00 00 ${word(18)} 60 00 00 00 ${word(23)} 60 00 00 00 ${word(63)}`,
    );
  });

  it('takes ports as names, expressions or registers', () => {
    expect(textOf(' out CONSOLE_DATA, r1\n in r2, CONSOLE_STATUS\n out r3, r4\n in r5, r6\n out 0x20 + 1, r1\n')).toBe(
      `72 01 00 00 ${word(0x10)} 70 02 00 00 ${word(0x11)} 73 03 04 00 71 05 06 00 72 01 00 00 ${word(0x21)}`,
    );
  });
});

describe('numeric local labels', () => {
  it('resolve 1b to the nearest definition before and 1f to the nearest after, among several', () => {
    const src = ['1: nop', ' jmp 1b', ' jmp 1f', '1: nop', ' jmp 1b', ' jmp 1f', '1: jmp 1b', '2: jmp 2b', ' jmp 1b'].join('\n');
    const J = (a: number): string => `50 00 00 00 ${word(a)}`;
    expect(textOf(src)).toBe(
      ['01 00 00 00', J(0x1000), J(0x1014), '01 00 00 00', J(0x1014), J(0x1028), J(0x1028), J(0x1030), J(0x1028)].join(' '),
    );
  });

  it('is what a label on the referring line itself means by 1b, and the next one by 1f', () => {
    expect(textOf('1: jmp 1b\n1: jmp 1f\n1: nop\n')).toBe(`50 00 00 00 ${word(0x1000)} 50 00 00 00 ${word(0x1010)} 01 00 00 00`);
  });

  it('works in data, in .equ and in memory operands', () => {
    const img = image('1: nop\nA = 1b + 4\n ld r1, [1f]\n.data\n1: .word 1b, 2f\n2:\n');
    expect(img.symbols.find((s) => s.name === 'A')!.value).toBe(0x1004);
    expect(dataOf('1: nop\n ld r1, [1f]\n.data\n1: .word 1b, 2f\n2:\n')).toBe(`${word(0x1010)} ${word(0x1018)}`);
  });

  it('is not in the symbol table and does not clash with names', () => {
    const img = image('1: nop\n1: nop\n');
    expect(img.symbols).toEqual([]);
  });

  it('reports a reference with no such label before or after', () => {
    expect(messages(' jmp 1b\n jmp 3f\n1: nop\n')).toEqual(['1:6: no local label 1 before this line', '2:6: no local label 3 after this line']);
  });
});

describe('memory operands', () => {
  const LD = (base: number, off: number): string => `30 01 ${base.toString(16).padStart(2, '0')} 00 ${word(off)}`;

  it.each([
    ['[r2]', LD(2, 0)],
    ['[r2 + 8]', LD(2, 8)],
    ['[r2 - 8]', LD(2, -8)],
    ['[r2 - 4 + 2]', LD(2, -2)],
    ['[r2 + 4 - 2]', LD(2, 2)],
    ['[r2 - 2 * 3]', LD(2, -6)],
    ['[r2 + 1 << 2]', LD(2, 4)],
    ['[r2 - (1 + 2)]', LD(2, -3)],
    ['[r2 + -4]', LD(2, -4)],
    ['[sp + 4]', LD(15, 4)],
    ['[fp - 4]', LD(14, -4)],
    ['[0x2000]', LD(16, 0x2000)],
    ['[0x2000 + 4 * 2]', LD(16, 0x2008)],
    ['[-4]', LD(16, -4)],
    ['[X]', LD(16, 0x40)],
    ['[r2 + X]', LD(2, 0x40)],
  ])('ld r1, %s', (mem, bytes) => {
    expect(textOf(`X = 0x40\n ld r1, ${mem}\n`)).toBe(bytes);
  });

  it('works for every load and store width', () => {
    expect(textOf(' ld r1, [r2]\n st r1, [r2]\n ldb r1, [r2]\n stb r1, [r2]\n ldh r1, [r2]\n sth r1, [r2]\n')).toBe(
      ['30', '31', '32', '33', '34', '35'].map((c) => `${c} 01 02 00 00 00 00 00`).join(' '),
    );
  });

  it('refuses an operator other than + or - after the register, or a second register', () => {
    expect(messages(' ld r1, [r2 * 2]\n ld r1, [r2 + r3]\n')).toEqual([
      "1:13: unexpected '*', expected '+', '-' or ']'",
      "2:15: unexpected register 'r3', expected an expression",
    ]);
  });
});

describe('case', () => {
  it('reads mnemonics, registers and directives in any case', () => {
    expect(textOf('LI R1, 5\n Li r2, 6\n.DATA\n.Word 1\n.TEXT\n NOP\n MOV SP, FP\n')).toBe(
      `03 01 00 00 ${word(5)} 03 02 00 00 ${word(6)} 01 00 00 00 02 0f 0e 00`,
    );
  });

  it('maps sp to r15 and fp to r14', () => {
    expect(textOf(' mov sp, fp\n mov r15, r14\n push SP\n pop Fp\n')).toBe('02 0f 0e 00 02 0f 0e 00 55 0f 00 00 56 0e 00 00');
  });

  it('keeps symbols, including predefined ones, case-sensitive', () => {
    expect(messages(' li r1, console_data\nLoop: jmp loop\n')).toEqual([
      "1:9: undefined symbol 'console_data'; did you mean 'CONSOLE_DATA'?",
      "2:11: undefined symbol 'loop'; did you mean 'Loop'?",
    ]);
  });

  it('does not take r16 or r01 as registers', () => {
    expect(messages(' mov r16, r1\n mov r01, r1\n')).toEqual([
      "1:6: operand 1 of 'mov' must be a register, not a value",
      "2:6: operand 1 of 'mov' must be a register, not a value",
    ]);
  });
});

describe('parseLine', () => {
  it('builds the tree of a labelled instruction', () => {
    const r = parseLine('loop: add r1, r1, 2 ; comment');
    expect(r.ok && r.line).toMatchObject({
      labels: [{ name: 'loop', local: false, col: 1 }],
      stmt: { k: 'instr', name: 'add', ops: [{ k: 'reg', r: 'r1' }, { k: 'reg', r: 'r1' }, { k: 'expr', e: { k: 'num', v: 2n } }] },
    });
  });

  it('groups a chain of operators by precedence, one node per run of one level', () => {
    const r = parseLine(' li r1, 1 + 2 * 3 - 4');
    expect(r.ok && r.line.stmt).toMatchObject({
      ops: [{}, { e: { k: 'ops', first: { v: 1n }, rest: [{ op: '+', e: { k: 'ops', first: { v: 2n }, rest: [{ op: '*', e: { v: 3n } }] } }, { op: '-', e: { v: 4n } }] } }],
    });
  });

  it('accepts an empty or comment-only line, and several labels on one line', () => {
    expect(parseLine('   ; nothing')).toEqual({ ok: true, line: { labels: [], stmt: null } });
    const r = parseLine('a: 1: b:');
    expect(r.ok && r.line.labels.map((l) => l.name)).toEqual(['a', '1', 'b']);
  });
});

describe('values at the edges of their fields', () => {
  it('accepts the extremes of each field', () => {
    expect(textOf(' li r1, -2147483648\n li r1, 4294967295\n out 255, r1\n out 0, r1\n hcall 0\n hcall 63\n')).toBe(
      `03 01 00 00 ${word(-0x80000000)} 03 01 00 00 ${word(-1)} 72 01 00 00 ${word(255)} 72 01 00 00 ${word(0)} 60 00 00 00 ${word(0)} 60 00 00 00 ${word(63)}`,
    );
    expect(dataOf(' nop\n.data\n.byte -128, 255\n.half -32768, 65535\n')).toBe('80 ff 00 80 ff ff');
  });

  it('rejects one past each extreme', () => {
    expect(messages(' li r1, -2147483649\n li r1, 4294967296\n out -1, r1\n hcall 64\n.data\n.byte -129\n.half 65536\n.space 1, 256\n')).toEqual([
      '1:9: value -2147483649 does not fit: it must be in -2147483648..4294967295',
      '2:9: value 4294967296 does not fit: it must be in -2147483648..4294967295',
      '3:6: port -1 does not fit: it must be in 0..255',
      '4:8: hypercall number 64 does not fit: it must be in 0..63',
      '6:7: byte value -129 does not fit: it must be in -128..255',
      '7:7: half-word value 65536 does not fit: it must be in -32768..65535',
      '8:11: fill byte 256 does not fit: it must be in -128..255',
    ]);
  });

  it('points at the start of an expression that does not fit, not at its operator', () => {
    expect(messages(' nop\n.data\n.byte 200 + 100\n')).toEqual(['3:7: byte value 300 does not fit: it must be in -128..255']);
  });
});

describe('the image symbol table', () => {
  it('holds .equ values as unsigned 32-bit', () => {
    const img = image('M = -1\n nop\n');
    expect(sym(img, 'M')).toBe(0xffffffff);
  });
});
