// Error messages beyond the golden files: each directive's and operand's misuse, checked as
// `line:col: message`, and the cases where one mistake must not turn into several.
import { describe, expect, it } from 'vitest';
import { parseLine } from '../src/index.ts';
import { asm, image, messages, sym, textOf, word } from './helpers.ts';

describe('directive misuse', () => {
  it.each([
    ['.equ 5, 3', '1:6: .equ takes a name and a value: .equ NAME, value'],
    ['.equ X', '1:6: .equ takes a name and a value: .equ NAME, value'],
    ['.equ Y, r1', "1:9: .equ value must be an expression, not register 'r1'"],
    ['.include foo', '1:10: .include takes one file name in double quotes'],
    ['.include "a.s", "b.s"', '1:10: .include takes one file name in double quotes'],
    ['.text 1', '1:7: .text takes no operands'],
    ['.data r1', "1:7: .data takes no operands"],
    ['.byte', '1:1: .byte needs at least one value'],
    ['.ascii 5', '1:8: .ascii takes strings, not a value'],
    ['.asciz', '1:1: .asciz needs a string'],
    ['.space', '1:1: .space takes a size and an optional fill byte'],
    ['.space 1, 2, 3', '1:14: .space takes a size and an optional fill byte'],
    ['.space -1', '1:8: .space size -1 is out of range 0..16777216'],
    ['.space 20000000', '1:8: .space size 20000000 is out of range 0..16777216'],
    ['.space 1 / 0', '1:10: division by zero in expression'],
    ['.align', '1:1: .align takes one operand, the alignment in bytes'],
    ['.word "s"', '1:7: .word takes values, not a string (use .ascii)'],
    ['.half r1', "1:7: .half takes values, not register 'r1'"],
    ['.byte [r1]', '1:7: .byte takes values, not a memory operand'],
    ['.ascii "a\\x4"', "1:10: '\\x' needs two hex digits"],
    ['.ascii "\\', '1:8: unterminated string'],
  ])('%s', (line, message) => {
    expect(messages(`${line}\n nop\n`)).toEqual([message]);
  });

  it('reports a .space or .align whose size needs what the first pass cannot know', () => {
    expect(messages(' nop\n.data\nd: .byte 1\n.text\n.space d\n.data\n.space . - 1\n.text\n.space 1b\n')).toEqual([
      "5:8: the address of data label 'd' is not known in the first pass",
      "7:8: '.' in .data is not known in the first pass",
      '9:8: a local label reference cannot give a size',
    ]);
  });

  it('explains which .equ a size depends on when that .equ cannot be evaluated yet', () => {
    expect(messages('N = K * 2\n.space N\nK = 3\n nop\n')).toEqual([
      "2:8: 'K' must be defined before this line: sizes are fixed in the first pass (in the value of 'N', a.s:1)",
    ]);
    expect(messages(' nop\n.data\nhere = .\n.text\n.space here\n')).toEqual([
      "5:8: '.' in .data is not known in the first pass (in the value of 'here', a.s:3)",
    ]);
  });

  it('reports an .equ cycle met while sizing a .space, without overflowing the stack', () => {
    expect(messages('A = B\nB = A\n.space A\n nop\n')).toEqual([
      "2:5: 'A' is defined in terms of itself (A -> B -> A)",
      "3:8: 'A' is defined in terms of itself (A -> B -> A)",
    ]);
  });

  it('rejects redefining a symbol, a label or a predefined name', () => {
    expect(messages('x = 1\nx: nop\ny: nop\ny = 2\nVEC_TIMER: nop\n.equ EINVAL, 1\niret: nop\n')).toEqual([
      "2:1: duplicate symbol 'x' (first defined at a.s:1)",
      "4:1: duplicate label 'y' (first defined at a.s:3)",
      "5:1: 'VEC_TIMER' is a predefined symbol (value 6) and cannot be redefined",
      "6:6: 'EINVAL' is a predefined symbol (value 22) and cannot be redefined",
      "7:1: 'iret' is a predefined symbol (value 23) and cannot be redefined",
    ]);
  });
});

describe('the entry point', () => {
  it.each([
    [' nop\n_start:\n', "2:1: '_start' is the entry point, but no instruction follows it in .text"],
    [' nop\n.data\n_start: .word 1\n', "3:1: '_start' is the entry point, so it must be a label in .text"],
    ['_start = 0x1000\n nop\n', "1:1: '_start' is the entry point, so it must be a label in .text"],
    [' .byte 1\n_start: .byte 2\n.align 4\n nop\n', "2:1: '_start' is the entry point, so it must be 4-byte aligned (it is at 0x1001)"],
  ])('rejects a bad _start (%#)', (src, message) => {
    expect(messages(src)).toEqual([message]);
  });

  it('does not blame _start when the instruction after it failed for another reason', () => {
    expect(messages('_start: addd r1, r1, 1\n')).toEqual(["1:9: unknown instruction 'addd'; did you mean 'add'?"]);
    expect(messages('_start:\n li r1, 1 +\n')).toEqual(['2:12: unexpected end of line, expected an expression']);
  });

  it('does not report an empty .text when there are other errors', () => {
    expect(messages('.data\n.byte 300\n')).toEqual(['2:7: byte value 300 does not fit: it must be in -128..255']);
  });
});

describe('operands', () => {
  it.each([
    [' hcall r1', "1:8: operand 1 of 'hcall' must be a hypercall name or number, not register 'r1'"],
    [' jmp [r1]', "1:6: operand 1 of 'jmp' must be a label or a register, not a memory operand"],
    [' out r1, 5', "1:10: operand 2 of 'out' must be a register, not a value"],
    [' ld r1, r2', "1:9: operand 2 of 'ld' must be a memory operand like [r1 + 4], not register 'r2'"],
    [' st 5, [r1]', "1:5: operand 1 of 'st' must be a register, not a value"],
    [' li r1, "s"', "1:9: operand 2 of 'li' must be a value, not a string"],
    [' push 1 + 2', "1:7: operand 1 of 'push' must be a register, not a value"],
    [' nop r1', "1:6: 'nop' takes 0 operands, got 1 (nop)"],
    [' ret 1, 2', "1:6: 'ret' takes 0 operands, got 2 (ret)"],
    [' beq r1, r2', "1:2: 'beq' takes 3 operands, got 2 (beq rs, rt|value, label)"],
    [' jmp', "1:2: 'jmp' takes 1 operand, got 0 (jmp label|rs)"],
    [' ld r1, [r2 + 0x100000000]', '1:13: offset 4294967296 does not fit: it must be in -2147483648..4294967295'],
    [' ld r1, [-0x80000001]', '1:10: address -2147483649 does not fit: it must be in -2147483648..4294967295'],
    [' jmp 0x1_0000_0000', '1:6: address 4294967296 does not fit: it must be in -2147483648..4294967295'],
    [' li r1, 0x10000 * 0x10000', '1:9: value 4294967296 does not fit: it must be in -2147483648..4294967295'],
  ])('%s', (line, message) => {
    expect(messages(`${line}\n`)).toEqual([message]);
  });
});

describe('lexical errors', () => {
  it.each([
    [' li r1, 0x_', "1:9: malformed number '0x_'"],
    [' li r1, 0x', "1:9: malformed number '0x'"],
    [' li r1, 0b2', "1:9: malformed number '0b2'"],
    [' li r1, 1_000', "1:9: malformed number '1_000'"],
    [' li r1, 12abc', "1:9: malformed number '12abc'"],
    [" li r1, 'ab'", '1:9: malformed character literal (one character or escape between single quotes)'],
    [" li r1, ''", '1:9: malformed character literal (one character or escape between single quotes)'],
    [" li r1, '\\q'", "1:10: unknown escape '\\q'"],
    [' li r1, @', "1:9: unexpected character '@'"],
    [' li r1, \\x', "1:9: unexpected macro parameter '\\x' outside a macro, expected an operand"],
  ])('%s', (line, message) => {
    expect(messages(`${line}\n`)).toEqual([message]);
  });
});

describe('syntax errors say what was expected', () => {
  it.each([
    ['sp: nop', "1: 'sp' is a register and cannot be a label"],
    [', foo', "1: unexpected ',', expected a label, an instruction or a directive"],
    ['x: :', "4: unexpected ':', expected a label, an instruction or a directive"],
    [' li r1 5', "8: unexpected '5', expected ','"],
    [' li r1, , 5', "9: unexpected ',', expected an operand"],
    [' li r1,', '8: unexpected end of line, expected an operand'],
    [' li r1, 2 3', "11: unexpected '3', expected ',' or an operator"],
    [' li r1, (3', "11: unexpected end of line, expected ')' or an operator"],
    [' li r1, 5)', "10: unexpected ')', expected ',' or an operator"],
    [' li r1, 1 + * 2', "13: unexpected '*', expected an expression"],
    [' ld r1, [', '10: unexpected end of line, expected a register or an expression'],
    [' ld r1, [r1', "12: unexpected end of line, expected '+', '-' or ']'"],
    ['x = ', '4: unexpected end of line, expected an expression'],
    ['1 = 5', "3: unexpected '=', expected ':'"],
    [' .macro', '8: unexpected end of line, expected a name'],
    [' .macro m a,', '13: unexpected end of line, expected a name'],
  ])('%s', (line, message) => {
    const r = parseLine(line);
    expect(r.ok ? 'parsed' : `${r.col}: ${r.message}`).toBe(message);
  });
});

describe('one mistake, one error', () => {
  it('keeps the labels of a line that does not parse', () => {
    expect(messages('loop: li r1, (3\n jmp loop\n1: 2: li r1, )\n jmp 1b\n jmp 2b\n')).toEqual([
      "1:16: unexpected end of line, expected ')' or an operator",
      "3:14: unexpected ')', expected an operand",
    ]);
  });

  it('reports an error in an .equ at its definition only, even when unused', () => {
    expect(messages('A = B + 1\nC = 1 / 0\n li r1, A\n li r1, A\n li r1, C\n')).toEqual([
      "1:5: undefined symbol 'B'; did you mean 'C'?",
      '2:7: division by zero in expression',
    ]);
  });

  it('does not suggest the name being defined for an undefined name in its value', () => {
    expect(messages('ab = ac + 1\n nop\n')).toEqual(["1:6: undefined symbol 'ac'"]);
  });

  it('reports an unknown macro parameter once, at the definition, even if never invoked', () => {
    expect(messages('.macro m x\n li r1, \\y\n.endm\n m 1\n m 2\n')).toEqual(["2:9: macro 'm' has no parameter '\\y'; did you mean 'x'?"]);
    expect(messages('.macro m x\n li r1, \\xx\n.endm\n nop\n')).toEqual(["2:9: macro 'm' has no parameter '\\xx'; did you mean 'x'?"]);
  });

  it('ends a macro definition left open at the end of its own file', () => {
    const files = { 'm.s': '.macro m\n nop\n' };
    expect(messages('.include "m.s"\n nop\n', files)).toEqual(["1:1: macro 'm' has no .endm before the end of m.s"]);
  });
});

describe('macro definitions', () => {
  it('rejects a macro that would hide an instruction, a second definition, and a repeated parameter', () => {
    expect(messages('.macro ADD x\n.endm\n.macro m a, a\n.endm\n.macro m\n.endm\n nop\n')).toEqual([
      "1:1: macro 'ADD' would hide the instruction 'add'",
      "3:13: macro parameter 'a' appears twice",
      "5:1: macro 'm' is already defined at a.s:3",
    ]);
  });

  it('rejects .macro inside a definition', () => {
    expect(messages('.macro m\n.macro n\n.endm\n nop\n')).toEqual(["2:1: .macro inside the definition of macro 'm' (missing .endm?)"]);
  });

  it('counts arguments as written, including none', () => {
    expect(messages('.macro m a, b\n.endm\n m\n m 1\n m 1, 2, 3\n nop\n')).toEqual([
      "3:2: macro 'm' takes 2 arguments (a, b), got 0",
      "4:2: macro 'm' takes 2 arguments (a, b), got 1",
      "5:2: macro 'm' takes 2 arguments (a, b), got 3",
    ]);
  });

  it('keeps string and character escapes in a body, and leaves comments alone', () => {
    const src = '.macro say s\n.data\n.asciz "\\t>", \\s ; a \\comment\n.byte \'\\n\', \'\\\'\'\n.text\n.endm\n say "hi"\n nop\n';
    const img = image(src);
    expect([...img.segments.find((s) => s.kind === 'data')!.bytes]).toEqual([9, 0x3e, 0, 0x68, 0x69, 0, 10, 39]);
  });

  it('substitutes parameters inside strings, as gas does', () => {
    const img = image('.macro name n\n.data\n.ascii "<\\n>"\n.text\n.endm\n name x\n nop\n');
    expect([...img.segments.find((s) => s.kind === 'data')!.bytes]).toEqual([0x3c, 0x78, 0x3e]);
  });

  it('uses a macro defined in an included file, and includes relative to the macro’s file', () => {
    const files = { 'lib/m.s': '.macro inc_one\n.include "one.s"\n.endm\n', 'lib/one.s': ' li r1, 1\n' };
    expect(textOf('.include "lib/m.s"\n inc_one\n', files)).toBe(`03 01 00 00 ${word(1)}`);
  });

  it('defines a label on an invocation line at the first expanded byte', () => {
    const img = image('.macro two\n nop\n nop\n.endm\n nop\nhere: two\n');
    expect(sym(img, 'here')).toBe(0x1004);
  });
});

describe('includes', () => {
  it('reports a cycle through several files with the whole path', () => {
    const files = { 'b.s': '.include "c.s"\n', 'c.s': '.include "b.s"\n' };
    expect(messages(' nop\n.include "b.s"\n', files)).toEqual(['1:10: include cycle: b.s -> c.s -> b.s']);
  });

  it('reports the missing file by the path it resolved to', () => {
    expect(messages(' nop\n.include "x/../y/z.s"\n')).toEqual(["2:10: cannot read include file 'y/z.s'"]);
  });

  it('gives the included file’s name to its diagnostics', () => {
    const r = asm('.include "lib/x.s"\n', { 'lib/x.s': ' nop\n li r1, nope\n' });
    expect(!r.ok && r.diagnostics.map((d) => `${d.origin.file}:${d.origin.line}`)).toEqual(['lib/x.s:2']);
  });
});

describe("a '#' where pvm does not expect one", () => {
  const COMMENT = "unexpected character '#': comments start with ';'";
  const IMMEDIATE = "unexpected character '#': a value takes no '#' in pvm (write 5, not #5)";

  it.each([
    ['# hello', `1:1: ${COMMENT}`],
    ['   #hello', `1:4: ${COMMENT}`],
    ['## heading', `1:1: ${COMMENT}`],
    [' add r1, r1, 1  # x', `1:17: ${COMMENT}`],
    [' mov r1, r2 #copy', `1:13: ${COMMENT}`],
    ['loop: # the loop', `1:7: ${COMMENT}`],
    [' li r1, 5 #', `1:11: ${COMMENT}`],
    [' ret #', `1:6: ${COMMENT}`],
    [' li r1, #5', `1:9: ${IMMEDIATE}`],
    [' add r1, r1, #-1', `1:14: ${IMMEDIATE}`],
    [' ld r1, [r2 + #4]', `1:15: ${IMMEDIATE}`],
    [' push #3', `1:7: ${IMMEDIATE}`],
    ['.word #1', `1:7: ${IMMEDIATE}`],
  ])('%s', (line, message) => {
    expect(messages(`${line}\n nop\n`)).toEqual([message]);
  });

  it('is one line, and a # in a string or a character is just a character', () => {
    for (const m of messages('# a\n add r1, r1, 1 # b\n')) expect(m).not.toContain('\n');
    expect(image(" nop\n.data\n.ascii \"#\"\n.byte '#'\n").segments[1]!.bytes).toEqual(new Uint8Array([0x23, 0x23]));
  });
});
