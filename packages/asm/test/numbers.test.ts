// Numbers are exact: literals and every intermediate result are integers (BigInt), never
// rounded as a double would be past 2^53, and a value past ±(2^64 - 1) is an error where it
// arises. Whether a result fits its field is still checked where it is used.
import { describe, expect, it } from 'vitest';
import { image, messages, sym, value } from './helpers.ts';

const TOO_LARGE = 'values in expressions must be within ±(2^64 - 1)';

describe('literals past 2^53 are exact', () => {
  it.each([
    ['9007199254740993 - 9007199254740992', 1],
    ['0x20000000000001 - 0x20000000000000', 1],
    ['0b100000000000000000000000000000000000000000000000000001 - (1 << 53)', 1],
    ['18446744073709551615 - 18446744073709551614', 1],
    ['0xffff_ffff_ffff_ffff - 0xffff_ffff_ffff_fff0', 15],
    ['0x0000000000000000000000000000000000000000000000000000000000000000000000000000000000007', 7],
    ['-18446744073709551615 + 18446744073709551615', 0],
  ])('%s = %d', (expr, v) => {
    expect(value(expr)).toBe(v);
  });

  it('a literal of more than 64 bits is an error at the literal, in every base', () => {
    expect(messages('_start: li r1, 18446744073709551616\n')).toEqual([`1:16: number '18446744073709551616' is too large: ${TOO_LARGE}`]);
    expect(messages('_start: li r1, 1 + 0x1_0000_0000_0000_0000\n')).toEqual([`1:20: number '0x1_0000_0000_0000_0000' is too large: ${TOO_LARGE}`]);
    expect(messages(`_start: li r1, 0b1${'0'.repeat(64)}\n`)).toEqual([`1:16: number '0b10000000000000000000000000000000000...' is too large: ${TOO_LARGE}`]);
    expect(messages(`_start: li r1, ${'9'.repeat(5000)}\n`)).toEqual([`1:16: number '9999999999999999999999999999999999999...' is too large: ${TOO_LARGE}`]);
  });
});

describe('intermediate results are exact', () => {
  it.each([
    // Each of these is wrong in doubles: the intermediate is past 2^53.
    ['(0xffffffff * 0xffffffff) >> 32', 0xfffffffe],
    ['(0xffffffff * 0xffffffff) & 0xffffffff', 1],
    ['((1 << 60) + 1) - (1 << 60)', 1],
    ['(1 << 62) / 3 % 1000', Number(((1n << 62n) / 3n) % 1000n)],
    ['(0x7fffffffffffffff * 2 + 1) - 0xffffffffffffffff', 0],
    ['-(1 << 63) / 7', Number(BigInt.asIntN(32, -(1n << 63n) / 7n))],
  ])('%s = %d', (expr, v) => {
    expect(value(`(${expr}) & 0xffffffff`)).toBe(v | 0);
  });

  it('a result past ±(2^64 - 1) is an error at its operator', () => {
    expect(messages('_start: li r1, 0xffffffffffffffff + 1\n')).toEqual([`1:35: the result of '+' is too large: ${TOO_LARGE}`]);
    expect(messages('_start: li r1, 0x100000000 * 0x100000000\n')).toEqual([`1:28: the result of '*' is too large: ${TOO_LARGE}`]);
    expect(messages('_start: li r1, 1 << 64\n')).toEqual([`1:18: the result of '<<' is too large: ${TOO_LARGE}`]);
    expect(messages('_start: li r1, 1 << 100000000000\n')).toEqual([`1:18: the result of '<<' is too large: ${TOO_LARGE}`]);
    expect(messages('_start: li r1, -0xffffffffffffffff - 1\n')).toEqual([`1:36: the result of '-' is too large: ${TOO_LARGE}`]);
    expect(messages('_start: li r1, ~0xffffffffffffffff\n')).toEqual([`1:16: the result of '~' is too large: ${TOO_LARGE}`]);
  });

  it('in an .equ, the error is reported once, at its definition', () => {
    expect(messages('BIG = 1 << 63\nHUGE = BIG * 4\n_start: li r1, HUGE\n li r2, HUGE\n')).toEqual([`2:12: the result of '*' is too large: ${TOO_LARGE}`]);
  });
});

describe('shifts on exact integers', () => {
  it.each([
    ['1 << 31', -0x80000000],
    ['1 << 32 >> 1', -0x80000000],
    ['0xffffffff >> 4', 0x0fffffff],
    ['-16 >> 2', -4],
    ['-1 >> 100', -1],
    ['0x80000000 >> 31', 1],
    ['0 << 1000', 0],
  ])('%s = %d', (expr, v) => {
    expect(value(expr)).toBe(v);
  });

  it('a negative shift count is an error', () => {
    expect(messages('_start: li r1, 1 << -1\n')).toEqual(["1:18: shift by a negative count (-1)"]);
    expect(messages('_start: li r1, 8 >> (0 - 2)\n')).toEqual(["1:18: shift by a negative count (-2)"]);
  });
});

describe('the range of each field is checked on the exact value', () => {
  it('a value just past a field is reported with its exact digits', () => {
    expect(messages('_start: li r1, 9007199254740993\n')).toEqual(['1:16: value 9007199254740993 does not fit: it must be in -2147483648..4294967295']);
    expect(messages('_start: nop\n.data\n.byte 0xffffffffffffffff - 0xfffffffffffffff0 + 241\n')).toEqual(['3:7: byte value 256 does not fit: it must be in -128..255']);
    expect(messages('_start: li r1, 1 << 32\n')).toEqual(['1:16: value 4294967296 does not fit: it must be in -2147483648..4294967295']);
  });

  it('an .equ past 32 bits is fine until it is used in a field; the symbol table keeps its low 32 bits', () => {
    const img = image('BIG = 0x123456789\n_start: li r1, BIG >> 4\n');
    expect(sym(img, 'BIG')).toBe(0x23456789);
    expect(value('BIG >> 4', 'BIG = 0x123456789')).toBe(0x12345678);
  });

  it('.space and .align sizes are exact too', () => {
    expect(messages('_start: nop\n.space 0xffff_ffff_ffff_ffff\n')).toEqual(['2:8: .space size 18446744073709551615 is out of range 0..16777216']);
    expect(messages('_start: nop\n.align 9007199254740992\n')).toEqual(['2:8: .align 9007199254740992 is out of range 1..1048576']);
  });
});

describe('numeric local labels are exact however long', () => {
  it('labels whose numbers differ past 2^53 are different labels', () => {
    const img = image('_start:\n9007199254740993: nop\n9007199254740992: nop\n li r1, 9007199254740993b\n li r2, 9007199254740992b\n');
    const text = img.segments[0]!.bytes;
    const word = (at: number): number => new DataView(text.buffer, text.byteOffset).getUint32(at, true);
    expect([word(12), word(20)]).toEqual([0x1000, 0x1004]);
  });

  it('leading zeros do not make a different label', () => {
    const img = image('_start:\n007: nop\n li r1, 7b\n');
    const text = img.segments[0]!.bytes;
    expect(new DataView(text.buffer, text.byteOffset).getUint32(8, true)).toBe(0x1000);
  });
});
