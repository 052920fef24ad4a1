// Diagnostics as golden output: one small source per kind of error in golden/<kind>.s, its
// formatted report in golden/<kind>.err. Files under golden/inc/ are only ever included. A
// missing or different .err fails; PVM_UPDATE_GOLDEN=1 rewrites them, to be reviewed by eye.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assemble, didYouMean, formatDiagnostic, memoryHost, type Diagnostic } from '../src/index.ts';
import { messages } from './helpers.ts';

const dir = fileURLToPath(new URL('./golden/', import.meta.url));

/** Every file under golden/, by its path relative to golden/ (as the assembler names them). */
function goldenFiles(d = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) Object.assign(out, goldenFiles(p));
    else if (name.endsWith('.s')) out[relative(dir, p)] = readFileSync(p, 'utf8');
  }
  return out;
}

const files = goldenFiles();
const host = memoryHost(files);

// The kinds the brief asks for, and a few more: a missing golden source is a failure.
const KINDS = [
  'syntax-error', 'unknown-mnemonic', 'unknown-directive', 'undefined-symbol', 'duplicate-label', 'redefine-predefined',
  'byte-too-big', 'half-too-big', 'word-too-big', 'port-range', 'hcall-range', 'operand-count', 'operand-kind', 'bad-escape',
  'malformed-number', 'unterminated-string', 'division-by-zero', 'equ-self', 'equ-cycle', 'equ-error-unused', 'space-forward',
  'misaligned', 'include-error', 'macro-error', 'macro-nested-error', 'include-cycle', 'include-missing', 'macro-arg-count',
  'macro-unknown-param', 'endm-without-macro', 'macro-without-endm', 'macro-missing-endm-in-include', 'empty-text',
  'five-errors', 'register-label', 'align-not-power-of-two', 'label-on-bad-line', 'foreign-spelling', 'macro-recursion',
  'hash-comment', 'ifdef-unbalanced', 'struct-misaligned', 'expression-too-deep', 'macro-text-runaway', 'number-too-large',
];

function diagnose(kind: string): Diagnostic[] {
  const r = assemble(`${kind}.s`, host);
  expect(r.ok, `${kind}.s should not assemble`).toBe(false);
  return r.ok ? [] : r.diagnostics;
}

describe('golden diagnostics', () => {
  it('has a source for every kind and no stray sources', () => {
    const top = Object.keys(files).filter((f) => !f.includes('/')).map((f) => f.slice(0, -2));
    expect(top.sort()).toEqual([...KINDS].sort());
  });

  for (const kind of KINDS)
    it(kind, () => {
      const text = diagnose(kind).map(formatDiagnostic).join('\n') + '\n';
      const golden = join(dir, `${kind}.err`);
      if (process.env.PVM_UPDATE_GOLDEN === '1') writeFileSync(golden, text);
      expect(existsSync(golden), `${kind}.err is missing (PVM_UPDATE_GOLDEN=1 writes it)`).toBe(true);
      expect(text).toBe(readFileSync(golden, 'utf8'));
    });
});

describe('diagnostic shape', () => {
  it('reports all five errors of one file, in source order, once each', () => {
    const d = diagnose('five-errors');
    expect(d.map((x) => x.origin.line)).toEqual([3, 4, 5, 6, 10]);
    expect(d.map((x) => x.message.replace(/'.*/, ''))).toEqual([
      'unexpected end of line, expected an expression',
      'undefined symbol ',
      'unknown instruction ',
      'port 300 does not fit: it must be in 0..255',
      'unknown escape ',
    ]);
  });

  it('names the included file and its line for an error inside it', () => {
    const [d] = diagnose('include-error');
    expect(d!.origin).toMatchObject({ file: 'inc/console.s', line: 3 });
  });

  it('names the macro body line and the invocation for an error inside an expansion', () => {
    const [d, ...rest] = diagnose('macro-error');
    expect(rest).toEqual([]);
    expect(d!.origin).toMatchObject({ file: 'macro-error.s', line: 4, text: '    out  0x1ff, r1', via: { macro: 'put_to', origin: { line: 8 } } });
  });

  it('formats file:line:col, the line with tabs as spaces, and a caret under the column', () => {
    const d: Diagnostic = { origin: { file: 'k.s', line: 7, text: '\tli r1, x' }, col: 9, message: 'oops' };
    expect(formatDiagnostic(d)).toBe('k.s:7:9: error: oops\n  \tli r1, x\n          ^'.replace('\t', ' '));
  });

  it('keeps the caret on the line when the column is past its end', () => {
    const d: Diagnostic = { origin: { file: 'k.s', line: 1, text: 'ab' }, col: 40, message: 'm' };
    expect(formatDiagnostic(d)).toBe('k.s:1:3: error: m\n  ab\n    ^');
  });

  it('stops after one error per line, so one mistake does not cascade', () => {
    expect(messages(' li r1, (3 +\n nop\n')).toHaveLength(1);
    expect(diagnose('label-on-bad-line')).toHaveLength(1);
  });

  it('reports each broken .equ once, at its definition, however often it is used', () => {
    expect(messages('N = 1 / 0\n li r1, N\n li r2, N + 1\n.data\n.word N\n')).toEqual(['1:7: division by zero in expression']);
  });
});

describe('didYouMean', () => {
  it('offers the closest name within a typo’s distance', () => {
    expect(didYouMean('lopo', ['loop', 'stop', 'x'])).toBe('loop');
    expect(didYouMean('CONSOL_DATA', ['CONSOLE_DATA', 'CONSOLE_STATUS'])).toBe('CONSOLE_DATA');
    expect(didYouMean('Loop', ['loop'])).toBe('loop');
  });

  it('offers nothing for a name far from every candidate, or for the name itself', () => {
    expect(didYouMean('banana', ['loop', 'stop'])).toBeUndefined();
    expect(didYouMean('loop', ['loop'])).toBeUndefined();
    expect(didYouMean('ab', ['xy'])).toBeUndefined();
  });
});
