// Sources that would make the assembler work forever, run out of memory or overflow the stack
// end in ordinary diagnostics with a location. Found by the fuzzer and a red team
// (test/fuzz/corpus/asm/): a macro that invokes itself twice expanded 2^64 times; arguments
// that repeat a parameter grew the text 4x per level until the process died; a chain of .equs
// was evaluated 3^n times; 20,000 unary minuses overflowed the stack; `1+1+...` was quadratic.
import { describe, expect, it } from 'vitest';
import { didYouMean } from '../src/index.ts';
import { errors, image, messages, value } from './helpers.ts';

const many = (n: number, f: (i: number) => string): string[] => Array.from({ length: n }, (_, i) => f(i));

describe('macro expansion is bounded', () => {
  it('a macro that invokes itself twice stops at the expansion budget, with two errors', () => {
    const m = messages('_start: nop\n.macro m\n m\n m\n.endm\n m\n');
    expect(m).toEqual([
      "3:2: macro 'm' expands more than 64 levels deep (does it invoke itself?)",
      "3:2: macro expansion made more than 50,000 lines: macro 'm' and the ones it invokes multiply (does a macro invoke itself?)",
    ]);
  });

  it('a macro that invokes itself once: one error, not one per level', () => {
    expect(messages('_start: nop\n.macro m\n m\n.endm\n m\n m\n')).toEqual(["3:2: macro 'm' expands more than 64 levels deep (does it invoke itself?)"]);
  });

  it('a big but finite expansion is fine', () => {
    // 16 * 16 * 16 = 4,096 lines from three nested macros.
    const src = ['.macro a', ...Array(16).fill(' nop'), '.endm', '.macro b', ...Array(16).fill(' a'), '.endm', '.macro c', ...Array(16).fill(' b'), '.endm', '_start: c'].join('\n');
    expect(messages(src + '\n frob')).toEqual(["56:2: unknown instruction 'frob'"]);
  });

  // Each level multiplies its argument: the text, not the line count, is what runs away.
  it.each([
    ['four copies of its parameter', '.macro m a\n m \\a\\a\\a\\a\n.endm\n_start: m x\n', "2:2: macro expansion made more than 4,194,304 characters: macro 'm'"],
    ['two parameters, each doubled', '.macro m a, b\n m \\a\\b, \\b\\a\n.endm\n_start: m x, y\n', "2:2: macro expansion made more than 4,194,304 characters: macro 'm'"],
    ['two macros taking turns', '.macro p a\n q \\a\\a\n.endm\n.macro q a\n p \\a\\a\\a\n.endm\n_start: p xy\n', "2:2: macro expansion made more than 4,194,304 characters: macro 'q'"],
    ['labels made of the argument', '.macro m a\nl\\a: nop\n m \\a\\a\n.endm\n_start: m x\n', "3:2: macro expansion made more than 4,194,304 characters: macro 'm'"],
  ])('arguments that grow geometrically (%s) stop at the text budget, naming the macro', (_, src, first) => {
    const m = messages(src);
    expect(m[0]!.startsWith(first), m.join('\n')).toBe(true);
    expect(m).toHaveLength(1);
  });

  it('the text budget error shows where the expansion came from', () => {
    const e = errors('.macro m a\n m \\a\\a\\a\\a\n.endm\n_start: m x\n');
    expect(e.split('\n')[0]).toBe("a.s:2:2: error: macro expansion made more than 4,194,304 characters: macro 'm' and the ones it invokes multiply their text (does an argument repeat a parameter?)");
    expect(e).toContain("a.s:4: note: in expansion of macro 'm'\n  _start: m x");
  });

  it('a long argument expanded a few times is fine', () => {
    const arg = '1' + '+1'.repeat(2000);
    const img = image(`.macro m v\n li r1, \\v\n.endm\n_start: m ${arg}\n m ${arg}\n`);
    expect(img.segments[0]!.bytes.length).toBe(16);
  });
});

describe('.equ chains are evaluated once each, without recursion', () => {
  // a_i = a_(i-1) + a_(i-1) - a_(i-1): each uses the previous three times, 3^n without memoising.
  const tripling = (n: number): string => ['a0 = 1', ...many(n - 1, (i) => `a${i + 1} = a${i} + a${i} - a${i}`)].join('\n');

  it('when a size needs the last one (the first pass)', () => {
    const img = image(`${tripling(60)}\n_start: nop\n.space a59`);
    expect(img.segments[0]!.bytes.length).toBe(4 + 1);
  });

  it('when an instruction needs the last one (the second pass)', () => {
    expect(value('a59', tripling(60))).toBe(1);
  });

  it('a chain of 20,000 forward references, each naming the next, for a size and a value', () => {
    const chain = [...many(20_000, (i) => `f${i} = f${i + 1} + 1`), 'f20000 = 0'].join('\n');
    expect(image(`${chain}\n_start: nop\n.space f0 - 19990\n`).segments[0]!.bytes.length).toBe(4 + 10);
    expect(value('f0', chain)).toBe(20_000);
  });

  it('a chain of 20,000 backward references, used for a size', () => {
    const src = ['b0 = 1', ...many(19_999, (i) => `b${i + 1} = b${i} + 1`), '_start: nop', '.space b19999 - 19000'].join('\n');
    expect(image(src).segments[0]!.bytes.length).toBe(4 + 1000);
  });

  it('a cycle is still reported with its path, however it is reached', () => {
    expect(messages('A = B\nB = C\nC = A\n_start: li r1, A\n')).toEqual(["3:5: 'A' is defined in terms of itself (A -> B -> C -> A)"]);
    expect(messages('A = B + 1\nB = A\n.space B\n nop\n')).toEqual([
      "2:5: 'A' is defined in terms of itself (A -> B -> A)",
      "3:8: 'B' is defined in terms of itself (B -> A -> B)",
    ]);
  });

  it('a long cycle is reported once, without overflowing the stack', () => {
    const src = [...many(20_000, (i) => `c${i} = c${(i + 1) % 20_000}`), '_start: li r1, c0'].join('\n');
    const m = messages(src);
    expect(m).toHaveLength(1);
    expect(m[0]).toBe("20000:10: 'c0' is defined in terms of itself (c0 -> c1 -> c2 -> c3 -> c4 -> ... 19,994 more ... -> c19999 -> c0)");
  });
});

describe('expression nesting is bounded, with a location', () => {
  const deep = (n: number, open: string, close = ''): string => `${open.repeat(n)}1${close.repeat(n)}`;
  const TOO_DEEP = 'expression nested too deeply: more than 256 parentheses and unary operators';

  it.each([
    ['unary minus', '-'],
    ['bitwise not', '~'],
    ['unary plus', '+'],
    ['mixed signs', '-~+'],
  ])('%s: 256 levels assemble, 257 are refused at the 257th', (_, ops) => {
    const prefix = ops.repeat(300).slice(0, 256);
    expect(() => value(`${prefix}1`)).not.toThrow();
    // `_start: li r1, ` is 15 columns: the 257th operator is at column 16 + 256.
    expect(messages(`_start: li r1, ${ops.repeat(300).slice(0, 257)}1\n`)).toEqual([`1:272: ${TOO_DEEP}`]);
  });

  it('parentheses: 256 deep assemble, 257 and 20,000 deep are refused', () => {
    expect(value(deep(256, '(', ')'))).toBe(1);
    expect(messages(`_start: li r1, ${deep(257, '(', ')')}\n`)).toEqual([`1:272: ${TOO_DEEP}`]);
    expect(messages(`_start: li r1, ${deep(20_000, '(', ')')}\n`)).toEqual([`1:272: ${TOO_DEEP}`]);
  });

  it('20,000 nested unary minuses: a diagnostic, not an internal error', () => {
    expect(messages(`_start: li r1, ${'-'.repeat(20_000)}1\n`)).toEqual([`1:272: ${TOO_DEEP}`]);
  });

  it('parentheses and unary operators count together, in every place an expression goes', () => {
    const e = deep(128, '-(', ')');
    expect(value(e)).toBe(1);
    const over = deep(129, '-(', ')');
    expect(messages(`_start: nop\n.word ${over}\n`)).toEqual([`2:${6 + 257}: ${TOO_DEEP}`]);
    expect(messages(`X = ${over}\n_start: nop\n`)).toEqual([`1:${4 + 257}: ${TOO_DEEP}`]);
    expect(messages(`_start: ld r1, [r2 + ${over}]\n`)).toEqual([`1:${21 + 257}: ${TOO_DEEP}`]);
    expect(messages(`_start: ld r1, [${over}]\n`)).toEqual([`1:${16 + 257}: ${TOO_DEEP}`]);
  });

  it('an expression at the limit with every precedence level inside each parenthesis evaluates', () => {
    // Each level adds six operator nodes: the evaluator's recursion at the limit stays shallow.
    const level = (inner: string): string => `(1 | 2 ^ 3 & 4 << 1 + 5 * ${inner})`;
    let e = '1';
    for (let i = 0; i < 256; i++) e = level(e);
    expect(() => value(`${e} & 0`)).not.toThrow();
  });

  it('a subtraction is not a unary operator: long chains of them are no nesting', () => {
    expect(value(many(1000, () => '1').join(' - -'))).toBe(1000);
    expect(value(many(1000, () => '(1)').join(' - '))).toBe(1 - 999);
  });
});

describe('long lines are linear and correct', () => {
  it('1+1+...+1 with 40,000 terms is 40,000', () => {
    expect(value(many(40_000, () => '1').join('+'))).toBe(40_000);
  });

  it('a long chain mixing every operator groups by precedence', () => {
    // 2*3 + 4 - 1 repeated: each group is 9, and << binds looser than + and -.
    const chain = many(5_000, () => '2*3+4-1').join('+');
    expect(value(`(${chain}) << 1`)).toBe(90_000);
  });

  it('.byte with 20,000 values, and a label list on one line', () => {
    const img = image(`_start: nop\n.data\n.byte ${many(20_000, (i) => String(i & 0xff)).join(', ')}\n`);
    expect(img.segments[1]!.bytes.length).toBe(20_000);
    expect(image(`${many(500, (i) => `l${i}:`).join(' ')} nop\n`).symbols.filter((s) => s.name.startsWith('l'))).toHaveLength(500);
  });

  it('a line of more than 100,000 tokens is refused where it passes the limit', () => {
    const line = `_start: .byte ${many(50_001, () => '0').join(',')}`;
    // The 100,001st token is the comma before the last zero but one.
    expect(messages(line)).toEqual([`1:${line.length - 3}: line too long: more than 100,000 tokens`]);
  });

  it('a syntax error at the end of a long line is reported at its place', () => {
    const line = `_start: li r1, ${many(20_000, () => '1').join('+')} +`;
    expect(messages(line)).toEqual([`1:${line.length + 1}: unexpected end of line, expected an expression`]);
  });
});

describe('includes are bounded', () => {
  it('files that each include the next twice stop at the line budget', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`f${i}.s`] = `.include "f${i + 1}.s"\n.include "f${i + 1}.s"\n`;
    // Blank lines: the budget counts lines, and these cost next to nothing to assemble.
    files['f30.s'] = '\n'.repeat(10_000);
    const m = messages('_start: nop\n.include "f0.s"\n', files);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/^\d+:10: included files made more than 200,000 lines: is a file included over and over\?$/);
  });
});

describe('"did you mean" is bounded', () => {
  it('a search stops when its budget is spent, and then offers nothing', () => {
    expect(didYouMean('lopo', ['loop'], { cells: 1000 })).toBe('loop');
    expect(didYouMean('lopo', ['loop'], { cells: 2 })).toBeUndefined();
  });

  it('thousands of undefined names among thousands of labels: each reported, the first with its suggestion', () => {
    const src = ['_start: nop', ...many(5000, (i) => `label_number_${i}: nop`), ' li r1, label_numbr_7', ...many(5000, (i) => ` li r1, undefined_thing_${i}`)].join('\n');
    const m = messages(src);
    expect(m).toHaveLength(5001);
    expect(m[0]).toBe("5002:9: undefined symbol 'label_numbr_7'; did you mean 'label_number_7'?");
    expect(m[5000]).toBe("10002:9: undefined symbol 'undefined_thing_4999'");
  });
});

describe('messages stay one short line', () => {
  it('a macro with 40,000 parameters, invoked wrongly: the parameters are abbreviated', () => {
    const params = many(40_000, (i) => `p${i}`).join(', ');
    expect(messages(`.macro m ${params}\n nop\n.endm\n_start: m 1\n`)).toEqual([
      "4:9: macro 'm' takes 40000 arguments (p0, p1, p2, p3, p4, ... 39,993 more ..., p39998, p39999), got 1",
    ]);
  });
});
