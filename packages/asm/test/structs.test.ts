// .struct NAME ... .ends: named field offsets (`NAME.field`) and the size (`NAME_size`), for the
// C-like structs hypercalls take pointers to, as NASM's struc. Nothing is emitted.
import { describe, expect, it } from 'vitest';
import { parseLine } from '../src/index.ts';
import { image, messages, sym, textOf, value, word } from './helpers.ts';

// Xen's evtchn_bind_virq under another name: the ABI predefines the real one.
const BIND_VIRQ = '.struct bind_virq\nvirq: .word\nvcpu: .word\nport: .word\n.ends\n';

describe('.struct', () => {
  it('gives each field its offset and the struct its size, as Xen lays out evtchn_bind_virq', () => {
    const img = image(`${BIND_VIRQ}_start: nop\n`);
    expect(['virq', 'vcpu', 'port'].map((f) => sym(img, `bind_virq.${f}`))).toEqual([0, 4, 8]);
    expect(sym(img, 'bind_virq_size')).toBe(12);
  });

  it('emits nothing', () => {
    expect(textOf(`_start: nop\n${BIND_VIRQ} nop\n`)).toBe('01 00 00 00 01 00 00 00');
  });

  it('lays out bytes, halves, words, .space and .align', () => {
    const src = '.struct s\na: .byte\nb: .byte\nc: .half\nd: .word\ne: .space 3\n.align 4\nf: .half\n.ends\n';
    const img = image(`${src}_start: nop\n`);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((f) => sym(img, `s.${f}`))).toEqual([0, 1, 2, 4, 8, 12]);
    expect(sym(img, 's_size')).toBe(14);
  });

  it('a label on a line of its own names the next field, and several labels may name one', () => {
    const img = image('.struct s\nfirst:\nalso: .word\nlast: .ends\n_start: nop\n');
    expect([sym(img, 's.first'), sym(img, 's.also'), sym(img, 's.last'), sym(img, 's_size')]).toEqual([0, 0, 4, 4]);
  });

  it('offsets and sizes work in every expression: memory operands, sizes, .equ', () => {
    const src = `${BIND_VIRQ}_start: st r1, [r2 + bind_virq.port]\n.data\nbuf: .space bind_virq_size * 2\nN = bind_virq.vcpu + 1\n`;
    const img = image(src);
    expect(img.segments.find((s) => s.kind === 'data')!.bytes.length).toBe(24);
    expect(textOf(src).endsWith(word(8))).toBe(true);
    expect(sym(img, 'N')).toBe(5);
  });

  it('fields may be declared by a macro invoked inside it', () => {
    const img = image('.macro pair a, b\n\\a: .word\n\\b: .word\n.endm\n.struct s\n pair x, y\nz: .half\n.ends\n_start: nop\n');
    expect([sym(img, 's.x'), sym(img, 's.y'), sym(img, 's.z'), sym(img, 's_size')]).toEqual([0, 4, 8, 10]);
  });

  it('a struct name can be tested with .ifdef, through its fields or size', () => {
    expect(value('V', `${BIND_VIRQ}.ifdef bind_virq.port\nV = 1\n.endif`)).toBe(1);
  });
});

describe('dotted names', () => {
  it('are one symbol, so ABI tables can predefine names like sched_shutdown.reason', () => {
    const r = parseLine(' li r1, sched_shutdown.reason + 4');
    expect(r.ok && r.line.stmt).toMatchObject({ ops: [{}, { e: { k: 'ops', first: { k: 'sym', name: 'sched_shutdown.reason' } } }] });
    expect(messages('_start: li r1, sched_poll.timeout\n')).toEqual(["1:16: undefined symbol 'sched_poll.timeout'"]);
    expect(messages('.struct evtchn_send\nport: .word\n.ends\n_start: nop\n')[0]).toMatch(/'evtchn_send.port' is a predefined symbol/);
  });

  it('may be labels and .equ names too', () => {
    const img = image('_start: nop\nloop.again: nop\nmy.const = 3\n');
    expect([sym(img, 'loop.again'), sym(img, 'my.const')]).toEqual([0x1004, 3]);
  });

  it('do not change `.` or directives', () => {
    expect(value('. - _start + 2')).toBe(2);
    expect(messages('_start: nop\nx .word 1\n')).toEqual(["2:3: unexpected '.word', expected ':', '=' or an operand"]);
  });
});

describe('.struct misuse', () => {
  it.each([
    ['an instruction inside', '.struct s\n nop\n.ends\n', "2:2: instruction 'nop' inside .struct s: a struct holds only fields (.byte, .half, .word, .space and .align) and ends with .ends"],
    ['data inside', '.struct s\n.ascii "x"\n.ends\n', '2:1: .ascii inside .struct s: a struct holds only fields (.byte, .half, .word, .space and .align) and ends with .ends'],
    ['a value on a field', '.struct s\nf: .word 5\n.ends\n', '2:10: .word in a .struct declares one field and takes no value (an array is .space N)'],
    ['a misaligned word', '.struct s\na: .byte\nb: .word\n.ends\n', '3:4: .word field at offset 1 of .struct s is not 4-byte aligned: put .align 4 before it'],
    ['a misaligned half', '.struct s\na: .byte\nb: .half\n.ends\n', '3:4: .half field at offset 1 of .struct s is not 2-byte aligned: put .align 2 before it'],
    ['a numeric label', '.struct s\n1: .word\n.ends\n', '2:1: a numeric label cannot name a field of .struct s'],
    ['a nested .struct', '.struct s\n.struct t\n.ends\n', '2:1: .struct inside .struct s (missing .ends?)'],
    ['.ends alone', '.ends\n', '1:1: .ends without .struct'],
    ['no name', '.struct\n.ends\n', '1:1: .struct takes one name: .struct NAME'],
    ['a register for a name', '.struct r1\n.ends\n', '1:9: .struct takes one name: .struct NAME'],
    ['a label before it', 's: .struct t\n.ends\n', "1:1: a label cannot stand before .struct (the struct's name follows it)"],
    ['an .equ inside', '.struct s\nX = 1\n.ends\n', "2:1: 'X =' inside .struct s: a struct holds only fields (.byte, .half, .word, .space and .align) and ends with .ends"],
    ['a bad .align', '.struct s\n.align 3\n.ends\n', '2:8: .align 3: the alignment must be a power of two from 1 to 1048576'],
    ['a negative .space', '.struct s\n.space -1\n.ends\n', '2:8: .space size -1 is out of range 0..16777216'],
    ['a .space that needs a later symbol', '.struct s\n.space N\n.ends\nN = 4\n', "2:8: 'N' must be defined before this line: sizes are fixed in the first pass"],
    ['.ends with an operand', '.struct s\n.ends 4\n', '2:7: .ends takes no operands'],
  ])('%s', (_, src, message) => {
    expect(messages(`${src}_start: nop\n`)).toEqual([message]);
  });

  it('a duplicate field is a duplicate symbol', () => {
    expect(messages('.struct s\na: .word\na: .word\n.ends\n_start: nop\n')).toEqual(["3:1: duplicate symbol 's.a' (first defined at a.s:2)"]);
  });

  it('a struct with no .ends is reported at its .struct, in the file that opens it', () => {
    expect(messages('_start: nop\n  .struct s\na: .word\n')).toEqual(['2:3: .struct s has no .ends before the end of a.s']);
    expect(messages('_start: nop\n.include "s.inc"\n.ends\n', { 's.inc': '.struct s\n' })).toEqual(['1:1: .struct s has no .ends before the end of s.inc', '3:1: .ends without .struct']);
  });
});
