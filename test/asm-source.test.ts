// `pvm asm` on sources that once broke it: the CLI hands the assembler the file's bytes (so a
// byte that is not UTF-8 is reported where it is), and the bombs end in exit 65 with a location.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasStackTrace, pvm, tempDir } from './helpers.ts';

describe('pvm asm on hostile sources', () => {
  const t = tempDir();
  afterAll(() => t.done());
  const file = (name: string, content: string | Uint8Array): string => {
    const p = join(t.path, name);
    writeFileSync(p, content);
    return p;
  };

  it('a raw 0xff byte in a string is an error at its line and column, exit 65', () => {
    const p = file('ff.s', Buffer.concat([Buffer.from('_start: nop\n.data\n.ascii "a'), Buffer.from([0xff]), Buffer.from('"\n')]));
    const r = pvm(['asm', p]);
    expect(r.status).toBe(65);
    expect(r.stderr.split('\n')[0]).toBe(`${p}:3:10: error: invalid UTF-8 byte 0xff: source files must be UTF-8 (write other bytes as \\xff in a string)`);
  });

  it.each([
    ['macro text', '.macro m a\n m \\a\\a\\a\\a\n.endm\n_start: m x\n', ':2:2: error: macro expansion made more than 4,194,304 characters'],
    ['nested minus', `_start: li r1, ${'-'.repeat(20_000)}1\n`, ':1:272: error: expression nested too deeply'],
    ['a tripling .equ chain', ['a0 = 1', ...Array.from({ length: 59 }, (_, i) => `a${i + 1} = a${i} + a${i} - a${i}`), '_start: nop', '.space a59 - 2'].join('\n'), ':62:8: error: .space size -1 is out of range'],
    ['a number past 2^64', '_start: li r1, 18446744073709551616\n', ":1:16: error: number '18446744073709551616' is too large"],
  ])('%s: one clear error, exit 65, no stack trace', (_, src, head) => {
    const p = file('bomb.s', src);
    const r = pvm(['asm', p]);
    expect(r.status).toBe(65);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr.startsWith(p + head), r.stderr.slice(0, 300)).toBe(true);
    expect(r.stderr).toMatch(/\n1 error generated\.\n$/);
  });

  it('the help names the language reference', () => {
    const r = pvm(['asm', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('docs/language.md');
  });
});
