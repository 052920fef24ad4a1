// disassembleImage must print source that assembles back to the very same bytes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPS, TEXT_BASE, decode, sizeOf, type OpSpec } from '@pvm/isa';
import { disassembleImage, readImage, writeImage, type Image } from '../src/index.ts';
import { PROGRAM, build, expectRoundTrip, rng } from './helpers.ts';

const strip = (img: Image): Image => ({ ...img, symbols: [], files: [], lines: [] });

/** Every symbol of the original is defined again, at the same value and of the same kind. */
function expectSymbolsKept(img: Image, again: Image): void {
  const back = new Map(again.symbols.map((s) => [s.name, s]));
  for (const s of img.symbols) expect(back.get(s.name), s.name).toEqual(s);
}

/** One source line per instruction form, operands chosen so that every field is non-trivial. */
function everyForm(): string {
  const regs = ['r0', 'r1', 'r7', 'r13', 'fp', 'sp'];
  const imms = ['0', '-1', '4096', '-4097', '0x7fffffff', '0x80000000', '0xffffffff', 'K', 'msg', '1f', "'A'"];
  const mems = ['[r1]', '[r2 + 8]', '[fp - 12]', '[sp + 0x10000]', '[r3 - 0x80000000]', '[msg]', '[0x20000]', '[buf + 3]', '[K]'];
  const labels = ['top', 'mid', 'bottom', '1f', '1b'];
  const ports = ['CONSOLE_DATA', 'POWER_OFF', '0', '200', '255'];
  const hcalls = ['console_io', 'sched_op', '0', '63', '7'];
  const lines = ['.equ K, 0x1234', '_start:', 'top:'];
  OPS.forEach((op, n) => {
    let r = n;
    let w = n;
    const ops = op.operands.map((k) => {
      switch (k) {
        case 'rd':
        case 'rs':
        case 'rt':
          return regs[r++ % regs.length]!;
        case 'imm':
          return imms[w++ % imms.length]!;
        case 'mem':
          return mems[w++ % mems.length]!;
        case 'label':
          return labels[w++ % labels.length]!;
        case 'port':
          return ports[w++ % ports.length]!;
        case 'hcall':
          return hcalls[w++ % hcalls.length]!;
        case 'cr':
          return ['CR_PTB', 'CR_FAULT_ADDR', '2'][w++ % 3]!;
      }
    });
    if (n % 7 === 3) lines.push('1:');
    if (n === Math.floor(OPS.length / 2)) lines.push('mid:');
    lines.push(`    ${op.mnemonic} ${ops.join(', ')}`);
  });
  lines.push('1:', 'bottom:', '    jmp top', '.data', 'msg: .asciz "every form"', 'buf: .space 8');
  return lines.join('\n') + '\n';
}

const SOURCES: Record<string, string | Record<string, string>> = {
  'hello.s from examples/': readFileSync(new URL('../../../examples/hello.s', import.meta.url), 'utf8'),
  'a two-file program': PROGRAM,
  'labels in text and data, local labels': `
_start:
    li   r1, 10
1:  sub  r1, r1, 1
    bne  r1, 0, 1b
    beq  r1, r2, 1f
    jmp  2f
1:  nop
2:  ld   r3, [first]
    ldh  r4, [second]
    ldb  r5, [third]
    li   r6, fourth
    call sub1
    hlt
sub1:
    ret
.data
first:  .word 1, 2, 3
second: .half 0xbeef
third:  .byte 7
fourth: .ascii "four"
`,
  'every data directive': `
_start: hlt
.data
a:  .ascii "plain text, long enough"
b:  .asciz "with \\"quotes\\", a \\\\ backslash, a\\ttab and a newline\\n"
c:  .byte 0, 1, 0x7f, 0x80, 0xff, -1, -128, 'z'
d:  .half 0, 0xffff, -2, 0x1234
    .align 4
e:  .word 0xdeadbeef, -1, e, _start
f:  .space 7
g:  .space 3, 0x41
    .align 16
h:  .asciz ""
i:  .ascii "abc"
    .byte 0x22, 0x5c, 0x3b, 10, 9, 13
j:  .asciz "; not a comment"
k:  .ascii "\\x01\\x02x\\x03\\x04yyyy"
end_of_data:
`,
  'data in .text, with labels between and inside': `
_start:
    jmp  go
table:
    .word 0x01, 0x55000000, 0xffffffff
odd: .byte 0xff
odd2: .byte 1, 2
    .half 0x0300
    .align 4
str: .asciz "text in text"
    .align 4
tail: .byte 0x03, 0x01
    .align 4
go: ld   r1, [table]
    ldb  r2, [odd2]
    ldb  r3, [odd]
    ld   r4, [tail]
    li   r5, str
    hlt
`,
  'bytes that decode as instructions': `
_start: nop
    .word 0x00000001          ; a nop in disguise
    .word 0x00000103, 42      ; li r1, 42 as data
    .byte 0x50, 0, 0, 0
lbl: .word 0x1000             ; a jmp cut by a label: the target word is labelled
    .byte 0x40, 1, 2
    .byte 0
    hlt
    ld r1, [lbl]
`,
  'data that decodes to operands the assembler refuses': `
_start: nop
    .word 0x60, 64            ; hcall 64: hypercalls are 0..63
    .word 0x172, 0x100        ; out 256, r1: ports are 0..255
    .word 0x170, 0xffffffff   ; in r1, 0xffffffff
    .word 0x60, 63            ; hcall 63 is fine
    hlt
`,
  'a label at the very end of .text (16-aligned, then .data)': `
_start:
    nop
    nop
    li r1, msg
end_of_text:
.data
msg: .asciz "after the end"
`,
  'a label at the very end of .text, not aligned, without .data': `
_start:
    nop
    jmp end
    nop
end:
`,
  'a data label with no data, used by the code': `
_start:
    ld  r1, [heap]
    li  r2, heap
    nop
.data
heap:
`,
  'a paravirtual kernel': `
; a small paravirtual guest
.paravirt
.equ BUFSZ, 16
_start:
    li   r1, CONSOLEIO_write
    li   r2, 5
    li   r3, msg
    hcall console_io
    li   r1, SCHEDOP_shutdown
    li   r2, 0
    hcall sched_op
1:  jmp  1b
.data
msg: .ascii "hello"
buf: .space BUFSZ
`,
  '.equ constants of every shape': `
.equ ZERO, 0
.equ NEG, -5
.equ BIG, 0xffffffff
.equ SUM, ZERO + NEG * 2
LATER = 7
_start:
    li r1, NEG
    li r2, BIG
    add r3, r1, SUM
    ld r4, [r1 + LATER]
    hlt
`,
  '_start after other code': `
helper:
    ret
_start:
    call helper
    hlt
`,
  'a user label that looks made up': `
_start:
L_1010: nop
    nop
    jmp 1f
1:  nop
    jmp L_1010
`,
  'several labels at one address': `
_start:
a: b: c:
    nop
    jmp c
.data
x: y:
    .word 1
z:
`,
  'every instruction form': everyForm(),
};

describe('disassembleImage', () => {
  for (const [name, src] of Object.entries(SOURCES))
    it(`round-trips ${name}`, () => {
      const img = build(src);
      const { again } = expectRoundTrip(img);
      expectSymbolsKept(img, again);
      // And through the file format, as `pvm disasm file.pvx` sees it.
      const r = readImage(writeImage(img));
      expect(r.ok && disassembleImage(r.image)).toBe(disassembleImage(img));
    });

  for (const [name, src] of Object.entries(SOURCES))
    it(`round-trips ${name} with every symbol stripped`, () => {
      expectRoundTrip(strip(build(src)));
    });

  it('covers every instruction form of the table', () => {
    const img = build(everyForm());
    const text = img.segments[0]!;
    const seen = new Set<OpSpec>();
    for (let at = 0; at < text.bytes.length; ) {
      const i = decode(text.bytes, at);
      if (!i) return expect.fail(`no instruction at 0x${(text.addr + at).toString(16)}`);
      seen.add(i.op);
      at += sizeOf(i.op);
    }
    expect([...seen].sort((x, y) => x.code - y.code)).toEqual([...OPS]);
  });

  it('says what it is in a header comment', () => {
    expect(disassembleImage(build('_start: nop\n')).split('\n')[0]).toBe('; pvm disassembly: entry 0x1000');
    expect(disassembleImage(build('.paravirt\nx: nop\n_start: nop\n')).split('\n')[0]).toBe('; pvm disassembly: entry 0x1004, paravirtual');
  });

  it('prints constants as .equ, the paravirt switch, and labels by name', () => {
    const text = disassembleImage(build(SOURCES['a paravirtual kernel'] as string));
    expect(text).toContain('.equ BUFSZ, 0x10\n');
    expect(text).toMatch(/^\.paravirt$/m);
    expect(text).toMatch(/^ {4}hcall console_io\b/m);
    expect(text).toMatch(/^msg:$/m);
    expect(disassembleImage(build('.equ K, 1\n_start: hlt\n'))).not.toContain('.paravirt');
  });

  it('names branch targets that have no symbol', () => {
    const text = disassembleImage(strip(build('_start: nop\n1: nop\n jmp 1b\n')));
    expect(text).toMatch(/^L_1004:$/m);
    expect(text).toMatch(/^ {4}jmp L_1004 /m);
  });

  it('does not make up a name a real symbol already has', () => {
    const text = disassembleImage(build(SOURCES['a user label that looks made up'] as string));
    expect(text.match(/^L_1010:$/gm)).toHaveLength(1);
    expect(text).toMatch(/^L_1010_:$/m);
  });

  it('keeps a label that falls inside raw bytes in .text', () => {
    const text = disassembleImage(build(SOURCES['data in .text, with labels between and inside'] as string));
    for (const l of ['table', 'odd', 'odd2', 'str', 'tail']) expect(text).toMatch(new RegExp(`^${l}:$`, 'm'));
  });

  it('prints data that would not assemble as an instruction as data', () => {
    const text = disassembleImage(build(SOURCES['data that decodes to operands the assembler refuses'] as string));
    expect(text).not.toMatch(/hcall 64|out 256|in r1, 0xffffffff/);
    expect(text).toMatch(/^ {4}hcall 63 /m);
  });

  it('names the entry point _start when no symbol does and it is not the first instruction', () => {
    const text = disassembleImage(strip(build(SOURCES['_start after other code'] as string)));
    expect(text).toMatch(/^_start:\n {4}call /m);
    expect(disassembleImage(strip(build('_start: nop\n')))).not.toContain('_start');
  });

  it('warns when the layout is not the assembler’s', () => {
    const img = build('_start: nop\n.data\nx: .word 1\n');
    expect(disassembleImage(img)).not.toContain('warning');
    const moved: Image = { ...img, entry: 0x2000, segments: [{ ...img.segments[0]!, addr: 0x2000 }, img.segments[1]!] };
    expect(disassembleImage(moved).split('\n')[1]).toBe('; warning: this image was not laid out by pvm asm; re-assembling it moves its segments');
    // A .data start on a power-of-two boundary is what `.align` gives: reproduced, no warning.
    const aligned: Image = { ...img, segments: [img.segments[0]!, { ...img.segments[1]!, addr: 0x1100 }] };
    expect(disassembleImage(aligned)).not.toContain('; warning:');
    expect(disassembleImage(aligned)).toContain('.data\n    .align 256\n');
    const gap: Image = { ...img, segments: [img.segments[0]!, { ...img.segments[1]!, addr: 0x1108 }] };
    expect(disassembleImage(gap)).toContain('; warning:');
  });

  it('round-trips random programs', () => {
    const r = rng(2024);
    const regs = ['r0', 'r1', 'r2', 'r5', 'r9', 'r12', 'fp', 'sp'];
    for (let n = 0; n < 40; n++) {
      const text: string[] = ['_start:'];
      const data: string[] = ['.data'];
      const textLabels: string[] = ['_start'];
      const dataLabels: string[] = [];
      const count = 5 + r.int(40);
      for (let k = 0; k < count; k++) {
        if (r.float() < 0.3) {
          textLabels.push(`t${k}`);
          text.push(`t${k}:`);
        }
        if (r.float() < 0.3) {
          dataLabels.push(`d${k}`);
          data.push(`d${k}:`);
        }
        data.push(r.pick(dataDirectives)(r));
        if (r.float() < 0.12) {
          // Raw data in the code, maybe labelled at an odd address, then back to alignment.
          text.push(`    .byte ${Array.from({ length: 1 + r.int(6) }, () => r.int(256)).join(', ')}`);
          if (r.float() < 0.5) text.push(`t${k}x:`, `    .byte ${r.int(256)}`);
          text.push('    .align 4');
          continue;
        }
        const op = r.pick(OPS);
        const ops = op.operands.map((kind) => {
          if (kind === 'rd' || kind === 'rs' || kind === 'rt') return r.pick(regs);
          if (kind === 'label') return `t${r.int(count)}`;
          if (kind === 'port') return String(r.int(256));
          if (kind === 'hcall') return String(r.int(64));
          if (kind === 'cr') return String(r.int(3));
          if (kind === 'mem')
            return r.float() < 0.4 && dataLabels.length ? `[${r.pick(dataLabels)}]` : `[${r.pick(regs)} ${r.float() < 0.5 ? '+' : '-'} ${r.int(0x10000)}]`;
          return r.float() < 0.3 && dataLabels.length ? r.pick(dataLabels) : String(r.int(0x100000000) - 0x80000000);
        });
        text.push(`    ${op.mnemonic} ${ops.join(', ')}`);
      }
      // Every `t<k>` a branch may name exists.
      for (let k = 0; k < count; k++) if (!textLabels.includes(`t${k}`)) text.push(`t${k}:`);
      text.push('    hlt');
      if (r.float() < 0.5) data.push('data_end:');
      const src = [...(r.float() < 0.3 ? ['.paravirt'] : []), ...text, ...data].join('\n') + '\n';
      const img = build(src);
      const { again } = expectRoundTrip(img);
      expectSymbolsKept(img, again);
      expectRoundTrip(strip(img));
    }
  });
});

describe('disassembling arbitrary bytes', () => {
  it('round-trips random code and data with labels anywhere in them', () => {
    const r = rng(77);
    const codes = OPS.map((o) => o.code);
    for (let n = 0; n < 400; n++) {
      const tlen = 4 + r.int(80);
      // Mostly real opcodes and small register fields, so that instructions appear; sometimes anything.
      const text = new Uint8Array(tlen).map((_, i) => (i % 4 === 0 && r.float() < 0.7 ? r.pick(codes) : r.float() < 0.6 ? r.int(4) : r.int(256)));
      const dlen = r.int(40);
      const data = new Uint8Array(dlen).map(() => (r.float() < 0.5 ? 0x20 + r.int(95) : r.int(256)));
      const dataBase = (TEXT_BASE + tlen + 15) & ~15;
      const symbols: Image['symbols'][number][] = [];
      // Labels anywhere, the ends of both segments included.
      for (let k = r.int(8); k > 0; k--) symbols.push({ name: `t${symbols.length}`, value: TEXT_BASE + r.int(tlen + 1), kind: 'text' });
      for (let k = r.int(6); k > 0; k--) symbols.push({ name: `d${symbols.length}`, value: dataBase + r.int(dlen + 1), kind: 'data' });
      if (r.float() < 0.3) symbols.push({ name: 'C', value: r.int(2 ** 32), kind: 'const' });
      const img: Image = {
        paravirt: r.float() < 0.5,
        entry: r.float() < 0.5 ? TEXT_BASE + 4 * r.int(tlen >> 2) : TEXT_BASE,
        segments: [{ kind: 'text', addr: TEXT_BASE, bytes: text }, ...(dlen ? [{ kind: 'data' as const, addr: dataBase, bytes: data }] : [])],
        symbols,
        files: [],
        lines: [],
      };
      const { again } = expectRoundTrip(img);
      expectSymbolsKept(img, again);
      expectRoundTrip(strip(img));
    }
  });
});

type Rng = ReturnType<typeof rng>;
const dataDirectives: ((r: Rng) => string)[] = [
  (r) => `    .byte ${Array.from({ length: 1 + r.int(10) }, () => r.int(256)).join(', ')}`,
  (r) => `    .half ${Array.from({ length: 1 + r.int(4) }, () => r.int(0x10000)).join(', ')}`,
  (r) => `    .word ${Array.from({ length: 1 + r.int(4) }, () => r.int(0x100000000)).join(', ')}`,
  (r) => `    .ascii "${Array.from({ length: 1 + r.int(12) }, () => String.fromCharCode(0x30 + r.int(60))).join('').replace(/\\/g, '\\\\')}"`,
  (r) => `    .asciz "${'word '.repeat(r.int(3))}"`,
  (r) => `    .space ${r.int(9)}${r.float() < 0.5 ? `, ${r.int(256)}` : ''}`,
  (r) => `    .align ${r.pick([1, 2, 4, 8, 16])}`,
];

describe('disassembling an image without symbols', () => {
  it('still round-trips a real program, with mem operands as numbers', () => {
    const img = build(PROGRAM);
    const { text, again } = expectRoundTrip(strip(img));
    expect(text).not.toMatch(/\[(msg|counter)\]/);
    expect(again.entry).toBe(img.entry);
    expect(img.entry).not.toBe(TEXT_BASE);
  });
});
