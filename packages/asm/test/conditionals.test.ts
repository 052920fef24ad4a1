// Conditional assembly: .ifdef / .ifndef / .else / .endif, nestable, so a file can give a
// constant a default that a file including it overrides; unbalanced ones are errors where the
// unmatched directive is.
import { describe, expect, it } from 'vitest';
import { image, messages, sym, value } from './helpers.ts';

describe('.ifdef and .ifndef', () => {
  it.each([
    ['.ifdef of a defined .equ', 'X = 1\n.ifdef X\nV = 1\n.else\nV = 2\n.endif', 1],
    ['.ifdef of an undefined name', '.ifdef X\nV = 1\n.else\nV = 2\n.endif', 2],
    ['.ifndef of an undefined name', '.ifndef X\nV = 1\n.else\nV = 2\n.endif', 1],
    ['.ifndef of a defined label', 'X:\n.ifndef X\nV = 1\n.else\nV = 2\n.endif', 2],
    ['.ifdef of a predefined name', '.ifdef CONSOLE_DATA\nV = 1\n.else\nV = 2\n.endif', 1],
    ['.ifdef without .else, false', 'V = 3\n.ifdef X\nW = 1\n.endif', 3],
    ['a name defined only further down', '.ifdef X\nV = 1\n.else\nV = 2\n.endif\nX = 1', 2],
    ['case-insensitive directives', '.IFNDEF X\nV = 1\n.ELSE\nV = 2\n.ENDIF', 1],
  ])('%s', (_, src, v) => {
    expect(value('V', src)).toBe(v);
  });

  it('nest, each branch choosing independently', () => {
    const pick = (a: boolean, b: boolean): number =>
      value('V', `${a ? 'A = 1\n' : ''}${b ? 'B = 1\n' : ''}.ifdef A\n.ifdef B\nV = 11\n.else\nV = 10\n.endif\n.else\n.ifdef B\nV = 1\n.else\nV = 0\n.endif\n.endif`);
    expect([pick(true, true), pick(true, false), pick(false, true), pick(false, false)]).toEqual([11, 10, 1, 0]);
  });

  it('a false branch is not assembled, not even parsed', () => {
    const img = image('.ifdef NOPE\n this is ))) not assembly\n frob r1\n.word "x"\n.macro\n.else\n_start: nop\n.endif\n');
    expect(img.segments[0]!.bytes.length).toBe(4);
  });

  it('a false branch keeps track of the conditionals nested in it', () => {
    expect(value('V', '.ifdef NOPE\n.ifndef NOPE\nV = 1\n.else\nV = 2\n.endif\nV = 3\n.else\nV = 4\n.endif')).toBe(4);
  });

  it('labels may stand on a conditional line, and are defined only when it is assembled', () => {
    const img = image('_start: nop\nhere: .ifdef NOPE\nthere: .else\nelse_: .endif\n');
    expect(img.symbols.map((s) => s.name).sort()).toEqual(['_start', 'else_', 'here']);
  });

  it('gives a constant a default that an including file overrides', () => {
    const lib = '.ifndef COUNT\nCOUNT = 4\n.endif\n_start: li r1, COUNT\n';
    expect(sym(image('.include "lib.s"\n', { 'lib.s': lib }), 'COUNT')).toBe(4);
    expect(sym(image('COUNT = 16\n.include "lib.s"\n', { 'lib.s': lib }), 'COUNT')).toBe(16);
  });

  it('works inside a macro, evaluated at each expansion', () => {
    const src = '.macro m\n.ifdef FAST\n nop\n.else\n nop\n nop\n.endif\n.endm\n_start: m\nFAST = 1\n m\n';
    expect(image(src).segments[0]!.bytes.length).toBe(12);
  });
});

describe('unbalanced and misused conditionals', () => {
  it.each([
    ['.endif alone', '_start: nop\n.endif\n', ['2:1: .endif without .ifdef or .ifndef']],
    ['.else alone', '_start: nop\n  .else\n', ['2:3: .else without .ifdef or .ifndef']],
    ['a second .else', '_start: nop\n.ifdef X\n.else\n.else\n.endif\n', ['4:1: second .else for the .ifdef at a.s:2']],
    ['.ifdef without .endif', '_start: nop\n.ifdef X\n nop\n', ['2:1: .ifdef has no .endif before the end of a.s']],
    ['.ifndef without .endif, nested', '_start: nop\n.ifdef X\n.else\n  .ifndef Y\n.endif\n', ['2:1: .ifdef has no .endif before the end of a.s']],
    ['.ifdef with no name', '_start: nop\n.ifdef\n.endif\n', ['2:1: .ifdef takes one symbol name']],
    ['.ifdef with an expression', '_start: nop\n.ifdef X + 1\n.endif\n', ['2:8: .ifdef takes one symbol name, not an expression']],
    ['.ifndef with a register', '_start: nop\n.ifndef r1\n.endif\n', ["2:9: .ifndef takes one symbol name, not register 'r1'"]],
    ['.ifdef with two names', '_start: nop\n.ifdef X, Y\n.endif\n', ['2:11: .ifdef takes one symbol name, not 2 operands']],
    ['.endif with an operand', '_start: nop\n.ifndef X\n.endif X\n', ['3:8: .endif takes no operands']],
    ['a misspelt one', '_start: nop\n.ifdf X\n', ["2:1: unknown directive '.ifdf'; did you mean '.ifdef'?"]],
    ['gas spelling', '_start: nop\n.if X\n', ["2:1: unknown directive '.if'; did you mean '.ifdef'?"]],
  ])('%s', (_, src, want) => {
    expect(messages(src)).toEqual(want);
  });

  it('a conditional closes in the file that opens it', () => {
    expect(messages('_start: nop\n.ifndef X\n.include "inc.s"\n', { 'inc.s': ' nop\n.endif\n' })).toEqual([
      '2:1: .endif without .ifdef or .ifndef',
      '2:1: .ifndef has no .endif before the end of a.s',
    ]);
    expect(messages('_start: nop\n.include "inc.s"\n.endif\n', { 'inc.s': '.ifndef X\n' })).toEqual([
      '1:1: .ifndef has no .endif before the end of inc.s',
      '3:1: .endif without .ifdef or .ifndef',
    ]);
  });

  it('and in the macro expansion that opens it', () => {
    expect(messages('.macro m\n.ifdef X\n.endm\n_start: m\n nop\n')).toEqual(['2:1: .ifdef has no .endif before the end of the expansion of macro \'m\'']);
    expect(messages('.macro m\n.endif\n.endm\n_start: nop\n.ifndef X\n m\n.endif\n')).toEqual(['2:1: .endif without .ifdef or .ifndef']);
  });

  it('an .ifdef with a bad operand still pairs with its .else and .endif', () => {
    expect(messages('_start: nop\n.ifdef 1\n nop\n.else\n nop\n.endif\n frob\n')).toEqual(['2:8: .ifdef takes one symbol name, not an expression', "7:2: unknown instruction 'frob'"]);
  });
});
