// Sources that would make the assembler work forever end in diagnostics, quickly. Found by
// the fuzzer (test/fuzz/corpus/asm/macro-*.s): a macro that invokes itself twice expanded
// 2^64 times, since only the depth was bounded; and control characters in a source reached
// the terminal through the diagnostics.
import { describe, expect, it } from 'vitest';
import { errors, messages } from './helpers.ts';

describe('limits', () => {
  it('a macro that invokes itself twice stops at the expansion budget, with two errors', () => {
    const t0 = performance.now();
    const m = messages('_start: nop\n.macro m\n m\n m\n.endm\n m\n');
    expect(m).toEqual([
      "3:2: macro 'm' expands more than 64 levels deep (does it invoke itself?)",
      "3:2: macro expansion made more than 50,000 lines: macro 'm' and the ones it invokes multiply (does a macro invoke itself?)",
    ]);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('a macro that invokes itself once: one error, not one per level', () => {
    expect(messages('_start: nop\n.macro m\n m\n.endm\n m\n m\n')).toEqual(["3:2: macro 'm' expands more than 64 levels deep (does it invoke itself?)"]);
  });

  it('a big but finite expansion is fine', () => {
    // 16 * 16 * 16 = 4,096 lines from three nested macros.
    const src = ['.macro a', ...Array(16).fill(' nop'), '.endm', '.macro b', ...Array(16).fill(' a'), '.endm', '.macro c', ...Array(16).fill(' b'), '.endm', '_start: c'].join('\n');
    expect(messages(src + '\n frob')).toEqual(["56:2: unknown instruction 'frob'"]);
  });

  it('control characters in a source are shown, never sent to the terminal', () => {
    const e = errors('_start: nop\n\x00\x1b[31m nop\n');
    expect(e).toContain("error: unexpected character '\\x00'");
    expect(e).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    // One replacement character per control character: the caret still lines up.
    expect(e.split('\n').slice(1, 3)).toEqual(['  \ufffd\ufffd[31m nop', '  ^']);
  });
});
