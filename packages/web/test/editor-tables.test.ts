// Highlighting and hover docs come from the assembler's lexer and the one opcode and ABI tables:
// every name in them is classified and documented, and every character of real source is covered.
import { DIRECTIVES } from '@pvm/asm';
import { ABI_GROUPS, FORMS, MNEMONICS, PREDEFINED, REG_NAMES, hex } from '@pvm/isa';
import { describe, expect, it } from 'vitest';
import { docFor } from '../src/docs.ts';
import { lineTokens, type TokenClass } from '../src/tokens.ts';
import { FILES } from './helpers.ts';

const classes = (line: string): [string, TokenClass | null][] => lineTokens(line).map((t) => [line.slice(t.from, t.to), t.cls]);
const classOf = (line: string, word: string): TokenClass | null | undefined => classes(line).find(([w]) => w === word)?.[1];

describe('highlighting', () => {
  it('knows every mnemonic, in any case, at the head of a statement (after a label too)', () => {
    for (const m of MNEMONICS)
      for (const w of [m, m.toUpperCase()]) {
        expect(classOf(`    ${w} r1, r2`, w)).toBe('mnemonic');
        expect(classOf(`here: ${w}`, w)).toBe('mnemonic');
      }
  });

  it('knows every register and every predefined name as an operand', () => {
    for (const r of [...REG_NAMES, 'sp', 'fp', 'SP', 'R7']) expect(classOf(`  mov r1, ${r}`, r)).toBe('register');
    for (const name of PREDEFINED.keys()) expect(classOf(`  li r1, ${name} + 1`, name)).toBe('predefined');
    // Predefined names are case-sensitive, as the assembler reads them.
    expect(classOf('  li r1, console_data', 'console_data')).toBe('symbol');
  });

  it('knows every directive, and marks one that is not', () => {
    for (const d of DIRECTIVES) expect(classOf(`  ${d} 1`, d)).toBe('directive');
    expect(classOf('  .asciiz "x"', '.asciiz')).toBe('invalid');
  });

  it('labels, local labels, comments, strings, numbers, macro parameters', () => {
    expect(classes('loop: beq r1, 0, 2f ; done?')).toEqual([
      ['loop', 'label'], [':', 'operator'], [' ', null], ['beq', 'mnemonic'], [' ', null], ['r1', 'register'], [',', 'operator'], [' ', null],
      ['0', 'number'], [',', 'operator'], [' ', null], ['2f', 'label'], [' ', null], ['; done?', 'comment'],
    ]);
    expect(classOf('1: nop', '1')).toBe('label');
    expect(classOf('  .asciz "a\\n"', '"a\\n"')).toBe('string');
    expect(classOf("  li r1, '\\n'", "'\\n'")).toBe('string');
    expect(classOf('  putc \\ch', '\\ch')).toBe('param');
    expect(classOf('  putc \\ch', 'putc')).toBe('macro');
    expect(classOf('  li r1, 12q', '12q')).toBe('invalid');
  });

  it('covers every character of every example line exactly once, in order', () => {
    for (const text of Object.values(FILES))
      for (const line of text.split('\n')) {
        let at = 0;
        for (const t of lineTokens(line)) {
          expect(t.from).toBe(at);
          expect(t.to).toBeGreaterThan(t.from);
          at = t.to;
        }
        expect(at).toBe(line.length);
      }
  });
});

describe('hover docs', () => {
  it('document every mnemonic with each of its forms, from the table', () => {
    for (const [m, forms] of FORMS) {
      const d = docFor(m.toUpperCase());
      expect(d?.lines).toHaveLength(forms.length);
      forms.forEach((op, i) => expect(d!.lines[i]).toContain(op.doc));
      if (forms[0]!.privileged) expect(d!.title).toMatch(/privileged/);
    }
  });

  it('document every predefined name with its value and its line of the ABI', () => {
    for (const [, group] of ABI_GROUPS)
      for (const e of group) {
        const d = docFor(e.name, true);
        expect(d?.title).toBe(`${e.name} = ${e.value} (${hex(e.value >>> 0, 2)})`);
        expect(d?.lines[0]).toBe(e.doc);
      }
  });

  it('say what registers are for, and nothing for other words', () => {
    expect(docFor('sp')?.title).toBe('register sp (r15)');
    expect(docFor('r1')?.lines[0]).toMatch(/argument 1/);
    expect(docFor('loop')).toBeNull();
    // `iret` is an instruction, and a hypercall's name as an operand.
    expect(docFor('iret')?.title).toMatch(/^iret — privileged/);
    expect(docFor('iret', true)?.title).toBe('iret = 23 (0x17)');
  });
});
