// docs/language.md, directive by directive: the exact bytes each one produces and where they land.
import { describe, expect, it } from 'vitest';
import { TEXT_BASE } from '@pvm/isa';
import { assemble, memoryHost } from '../src/index.ts';
import { asm, dataOf, errors, image, messages, segment, sym, textOf, word } from './helpers.ts';

const NOP = '01 00 00 00';
const LI_R1 = (v: number): string => `03 01 00 00 ${word(v)}`;

describe('layout: .text, .data and the entry point', () => {
  it('starts .text at 0x1000 and makes its start the entry point when there is no _start', () => {
    const img = image(' nop\n li r1, 7\n');
    expect(TEXT_BASE).toBe(0x1000);
    expect(segment(img, 'text')).toEqual({ addr: 0x1000, bytes: `${NOP} ${LI_R1(7)}` });
    expect(img.entry).toBe(0x1000);
    expect(img.segments.map((s) => s.kind)).toEqual(['text']);
  });

  it('enters at _start wherever it is', () => {
    const img = image(' nop\n nop\n_start: li r1, 1\n');
    expect(img.entry).toBe(0x1008);
    expect(sym(img, '_start')).toBe(0x1008);
  });

  it.each([
    [' nop', 0x1010],
    [' nop\n nop\n nop\n nop', 0x1010],
    [' nop\n nop\n nop\n nop\n nop', 0x1020],
    [' li r1, 1\n li r1, 2\n li r1, 3', 0x1020],
  ])('puts .data at the next 16-byte boundary after .text (%#)', (code, dataAddr) => {
    const img = image(`${code}\n.data\nd: .byte 9\n`);
    expect(segment(img, 'data')).toEqual({ addr: dataAddr, bytes: '09' });
    expect(sym(img, 'd')).toBe(dataAddr);
  });

  it('lets the program switch sections back and forth, each growing where it left off', () => {
    const img = image('a: nop\n.data\nx: .byte 1\n.text\nb: li r1, x\n.data\ny: .byte 2\n.text\nc: nop\n');
    expect(segment(img, 'text')).toEqual({ addr: 0x1000, bytes: `${NOP} ${LI_R1(0x1010)} ${NOP}` });
    expect(segment(img, 'data')).toEqual({ addr: 0x1010, bytes: '01 02' });
    expect([sym(img, 'a'), sym(img, 'b'), sym(img, 'c'), sym(img, 'x'), sym(img, 'y')]).toEqual([0x1000, 0x1004, 0x100c, 0x1010, 0x1011]);
  });

  it('records labels as text or data symbols and .equ values as constants', () => {
    const img = image('_start: nop\nN = 42\n.data\nbuf: .space 4\n');
    expect(img.symbols).toEqual(
      expect.arrayContaining([
        { name: '_start', value: 0x1000, kind: 'text' },
        { name: 'N', value: 42, kind: 'const' },
        { name: 'buf', value: 0x1010, kind: 'data' },
      ]),
    );
  });

  it('records a line table from address to file and line', () => {
    const img = image(' nop\n\n li r1, 1\n.data\n .word 5\n');
    expect(img.files).toEqual(['a.s']);
    expect(img.lines).toEqual([
      { addr: 0x1000, file: 0, line: 1 },
      { addr: 0x1004, file: 0, line: 3 },
      { addr: 0x1010, file: 0, line: 5 },
    ]);
  });
});

describe('data directives', () => {
  it('.byte: one byte per value, negative values two’s complement, characters', () => {
    expect(dataOf(" nop\n.data\n.byte 1, 0xff, -1, -128, 127, 'a', '\\n'\n")).toBe('01 ff ff 80 7f 61 0a');
  });

  it('.half: two bytes little-endian per value', () => {
    expect(dataOf(' nop\n.data\n.half 0x1234, -1, 65535, -32768, 0\n')).toBe('34 12 ff ff ff ff 00 80 00 00');
  });

  it('.word: four bytes little-endian per value, signed or unsigned', () => {
    expect(dataOf(' nop\n.data\n.word 0x12345678, -1, 0xffffffff, -2147483648, 7\n')).toBe(
      '78 56 34 12 ff ff ff ff ff ff ff ff 00 00 00 80 07 00 00 00',
    );
  });

  it('.ascii: the bytes of each string, no terminator', () => {
    expect(dataOf(' nop\n.data\n.ascii "ab", "c"\n.ascii ""\n.byte 0x7e\n')).toBe('61 62 63 7e');
  });

  it('.asciz: each string followed by a zero byte', () => {
    expect(dataOf(' nop\n.data\n.asciz "ab", "c"\n.asciz ""\n')).toBe('61 62 00 63 00 00');
  });

  it('.ascii encodes non-ASCII characters as UTF-8', () => {
    expect(dataOf(' nop\n.data\n.ascii "é€"\n')).toBe('c3 a9 e2 82 ac');
  });

  it('.space n: n zero bytes', () => {
    const img = image(' nop\n.data\na: .byte 1\n.space 3\nb: .byte 2\n.space 0\nc: .byte 3\n');
    expect(segment(img, 'data').bytes).toBe('01 00 00 00 02 03');
    expect([sym(img, 'a'), sym(img, 'b'), sym(img, 'c')]).toEqual([0x1010, 0x1014, 0x1015]);
  });

  it('.space n, fill: n copies of the fill byte, which may be a forward reference or negative', () => {
    expect(dataOf(' nop\n.data\n.space 3, 0xab\n.space 2, -1\n.space 2, F\nF = 7\n')).toBe('ab ab ab ff ff 07 07');
  });

  it('.space takes its size from constants and .equs defined before it, and from code labels', () => {
    const img = image('N = 2 * 3\nstart: nop\nend:\n.data\n.space N - 1, 1\n.space end - start, 2\n.space N / 3 + CONSOLE_STATUS - CONSOLE_DATA, 3\n');
    expect(segment(img, 'data').bytes).toBe('01 01 01 01 01 02 02 02 02 03 03 03');
  });

  it('.space in .text fills with its byte too (zero by default)', () => {
    expect(textOf(' nop\n .space 4, 0xcc\n .space 4\n nop\n')).toBe(`${NOP} cc cc cc cc 00 00 00 00 ${NOP}`);
  });
});

describe('.align', () => {
  it('pads .data with zeros up to a multiple of n, and does nothing when already aligned', () => {
    const img = image(' nop\n.data\n.byte 1\n.align 4\na: .byte 2\n.align 4\n.align 2\nb: .word 3\n.align 1\n.byte 4\n');
    expect(segment(img, 'data').bytes).toBe('01 00 00 00 02 00 00 00 03 00 00 00 04');
    expect([sym(img, 'a'), sym(img, 'b')]).toEqual([0x1014, 0x1018]);
  });

  it('pads .text with nops on whole words, zeros before the first word boundary', () => {
    const img = image(' nop\n .byte 7\n .align 16\nnext: li r1, 1\n');
    expect(segment(img, 'text').bytes).toBe(`${NOP} 07 00 00 00 ${NOP} ${NOP} ${LI_R1(1)}`);
    expect(sym(img, 'next')).toBe(0x1010);
  });

  it('aligns the address, not only the offset: .data starts at its largest alignment', () => {
    const img = image(' nop\n.data\n.byte 1\n.align 64\nring: .word 1\n');
    expect(sym(img, 'ring') % 64).toBe(0);
    expect(segment(img, 'data').addr % 64).toBe(0);
    expect(sym(img, 'ring') - segment(img, 'data').addr).toBe(64);
  });

  it('aligns a page in .text to an address multiple of the page', () => {
    const img = image(' nop\n .align 8192\npage: nop\n');
    expect(sym(img, 'page')).toBe(0x2000);
  });

  it('takes only powers of two in 1..2^20', () => {
    expect(messages(' nop\n .align 12\n .align 0\n .align 1 << 21\n')).toEqual([
      '2:9: .align 12: the alignment must be a power of two (1, 2, 4, 8, ...)',
      '3:9: .align 0 is out of range 1..1048576',
      '4:9: .align 2097152 is out of range 1..1048576',
    ]);
  });
});

describe('.equ and NAME = expr', () => {
  it('defines constants by either spelling, usable before their definition', () => {
    expect(textOf(' li r1, A\n li r1, B\n.equ A, 5\nB = A * 2 + C\nC = 1\n')).toBe(`${LI_R1(5)} ${LI_R1(11)}`);
  });

  it('can name label arithmetic, forward and backward', () => {
    const img = image('len = msg_end - msg\n li r2, len\n li r3, msg\n.data\nmsg: .ascii "hello"\nmsg_end:\nhere = .\n.text\n li r4, here\n');
    expect(segment(img, 'text').bytes).toBe(`03 02 00 00 ${word(5)} 03 03 00 00 ${word(0x1020)} 03 04 00 00 ${word(0x1025)}`);
    expect(sym(img, 'len')).toBe(5);
  });

  it('gives `.` in an .equ the address of its own line', () => {
    const img = image('a = .\n nop\n nop\nb = .\n.space b - a, 0xee\nc = . - a\n nop\n');
    expect([sym(img, 'a'), sym(img, 'b'), sym(img, 'c')]).toEqual([0x1000, 0x1008, 16]);
    expect(segment(img, 'text').bytes).toBe(`${NOP} ${NOP} ee ee ee ee ee ee ee ee ${NOP}`);
  });

  it('keeps symbols case-sensitive: N and n are two names', () => {
    expect(textOf('N = 1\nn = 2\n li r1, N\n li r1, n\n')).toBe(`${LI_R1(1)} ${LI_R1(2)}`);
  });
});

describe('.include', () => {
  it('includes a file relative to the including file, through nested directories', () => {
    const files = {
      'inc/b.s': 'B = 2\n.include "sub/c.s"\n li r1, C\n',
      'inc/sub/c.s': 'C = 3\n.include "../d.s"\n',
      'inc/d.s': ' li r1, B\n',
    };
    const img = image(' nop\n.include "inc/b.s"\n nop\n', files);
    expect(segment(img, 'text').bytes).toBe(`${NOP} ${LI_R1(2)} ${LI_R1(3)} ${NOP}`);
    expect(img.files).toEqual(['a.s', 'inc/d.s', 'inc/b.s']);
    expect(img.lines.map((l) => `${img.files[l.file]}:${l.line}`)).toEqual(['a.s:1', 'inc/d.s:1', 'inc/b.s:3', 'a.s:3']);
  });

  it('resolves includes of a file in a subdirectory against that directory', () => {
    const host = memoryHost({ 'src/main.s': '.include "lib/x.s"\n', 'src/lib/x.s': ' li r1, 9\n' });
    const r = assemble('src/main.s', host);
    expect(r.ok && segment(r.image, 'text').bytes).toBe(LI_R1(9));
  });

  it('lets a file be included twice when it only defines code', () => {
    expect(textOf('.include "n.s"\n.include "./n.s"\n', { 'n.s': ' nop\n' })).toBe(`${NOP} ${NOP}`);
  });
});

describe('.macro', () => {
  it('substitutes \\param in the body at each invocation', () => {
    const src = '.macro load reg, val\n li \\reg, \\val\n.endm\n load r1, 5\n load r2, 6 + 1\n';
    expect(textOf(src)).toBe(`${LI_R1(5)} 03 02 00 00 ${word(7)}`);
  });

  it('makes \\@ unique per expansion, so a macro can hold labels', () => {
    const src = '.macro spin\nL\\@: jmp L\\@\n.endm\n spin\n spin\n';
    const img = image(src);
    const labels = img.symbols.filter((s) => s.name.startsWith('L')).map((s) => s.value);
    expect(labels).toEqual([0x1000, 0x1008]);
    expect(segment(img, 'text').bytes).toBe(`50 00 00 00 ${word(0x1000)} 50 00 00 00 ${word(0x1008)}`);
  });

  it('expands a macro that invokes another macro', () => {
    const src = [
      '.macro put r, v',
      ' li \\r, \\v',
      '.endm',
      '.macro pair v',
      ' put r1, \\v',
      ' put r2, \\v + 1',
      '.endm',
      ' pair 10',
    ].join('\n');
    expect(textOf(src)).toBe(`${LI_R1(10)} 03 02 00 00 ${word(11)}`);
  });

  it('takes arguments with brackets, strings and commas inside them', () => {
    const src = '.macro two a, b\n ld r1, \\a\n.data\n.ascii \\b\n.text\n.endm\n two [r2 + 4], "x,y"\n';
    const img = image(src);
    expect(segment(img, 'text').bytes).toBe(`30 01 02 00 ${word(4)}`);
    expect(segment(img, 'data').bytes).toBe('78 2c 79');
  });

  it('takes no arguments when it has no parameters, and is case-insensitive in .MACRO/.ENDM', () => {
    expect(textOf('.MACRO twice\n nop\n nop\n.ENDM\n twice\n')).toBe(`${NOP} ${NOP}`);
  });

  it('records the body lines of an expansion in the line table', () => {
    const img = image('.macro m\n nop\n li r1, 1\n.endm\n nop\n m\n');
    expect(img.lines.map((l) => l.line)).toEqual([5, 2, 3]);
  });
});

describe('macro arguments are text', () => {
  it('%expr passes the value of an expression as decimal text', () => {
    const src = 'N = 4\n.macro msg count\n.asciz "wrote \\count sectors"\n.endm\n_start: nop\n.data\n msg %N * 4\n msg %(-N)\n';
    expect(new TextDecoder().decode(image(src).segments[1]!.bytes)).toBe('wrote 16 sectors\0wrote -4 sectors\0');
  });

  it('%expr is exact past 2^53, and uses only what the first pass knows', () => {
    const src = '.macro m v\n.ascii "\\v"\n.endm\n_start: nop\n.data\n m %(1 << 60) + 1\n';
    expect(new TextDecoder().decode(image(src).segments[1]!.bytes)).toBe('1152921504606846977');
    expect(messages('.macro m v\n nop\n.endm\n_start: m %LATER\nLATER = 1\n')).toEqual(["4:12: 'LATER' must be defined before this line: sizes are fixed in the first pass"]);
    expect(messages('.macro m v\n nop\n.endm\n_start: m %(1 +)\n')).toEqual(['4:16: unexpected \')\', expected an expression']);
    expect(messages('.macro m v\n nop\n.endm\n_start: m %1/0\n')).toEqual(['4:13: division by zero in expression']);
  });

  it('a line that invokes a macro is not parsed as an instruction: its arguments are any text', () => {
    const src = '.macro emit a, b\n \\a, \\b\n.endm\n_start: emit li r1, 5\n';
    expect(textOf(src)).toBe(LI_R1(5));
  });

  it('a symbol may share its name with a macro: `name = value` is an assignment', () => {
    expect(sym(image('.macro m\n nop\n.endm\nm = 3\n_start: m\n'), 'm')).toBe(3);
  });
});

describe('.paravirt', () => {
  it('marks the image paravirtual', () => {
    expect(image('.paravirt\n hcall console_io\n').paravirt).toBe(true);
    expect(image(' nop\n').paravirt).toBe(false);
  });

  it('takes no operands', () => {
    expect(messages('.paravirt 1\n nop\n')).toEqual(['1:11: .paravirt takes no operands']);
  });
});

describe('the top-level file', () => {
  it('reports a missing file as missing, with no diagnostics', () => {
    expect(assemble('nope.s', memoryHost({ 'a.s': ' nop' }))).toEqual({ ok: false, diagnostics: [], missing: 'nope.s' });
  });

  it('reads files with CRLF line ends and no final newline', () => {
    expect(textOf(' nop\r\n li r1, 1\r\n nop')).toBe(`${NOP} ${LI_R1(1)} ${NOP}`);
  });

  it('fails with an error, not a missing file, when an include is missing', () => {
    const r = asm('.include "gone.s"\n nop\n');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.missing).toBeUndefined();
    expect(errors('.include "gone.s"\n nop\n')).toContain("cannot read include file 'gone.s'");
  });
});
