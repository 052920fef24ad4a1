// docs/language.md is checked against the assembler: every ```asm block assembles, every
// ```asm fails block fails with exactly the diagnostics shown in the ```text block after it,
// every directive has an example, and the operator table is the grammar's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PREC } from '../grammar/ast.ts';
import compiled from '../grammar/pvm.generated.ts';
import { DIRECTIVES } from '../src/directives.ts';
import { assemble, formatDiagnostic, memoryHost } from '../src/index.ts';

const PAGE = new URL('../../../docs/language.md', import.meta.url);
const text = readFileSync(PAGE, 'utf8');

interface Block {
  lang: string;
  attrs: string;
  body: string;
  line: number;
}

const blocks: Block[] = [...text.matchAll(/^```(\w*)([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({
  lang: m[1]!,
  attrs: m[2]!.trim(),
  body: m[3]!,
  line: text.slice(0, m.index).split('\n').length,
}));
const asmBlocks = blocks.filter((b) => b.lang === 'asm');

// Files that later blocks include (```asm file=NAME).
const files: Record<string, string> = {};
for (const b of asmBlocks) {
  const f = /^file=(\S+)$/.exec(b.attrs);
  if (f) files[f[1]!] = b.body;
}

/** A block as the file example.s, included by a wrapper that makes sure .text holds an
 * instruction (a block may show only data or constants). */
function run(b: Block): ReturnType<typeof assemble> {
  const host = memoryHost({ ...files, 'example.s': b.body, 'doc.s': '.include "example.s"\n.text\n.align 4\n    nop\n' });
  return assemble('doc.s', host);
}

describe('docs/language.md', () => {
  it('has examples, and each is marked', () => {
    expect(asmBlocks.length).toBeGreaterThan(25);
    for (const b of asmBlocks) expect(['', 'fails'].includes(b.attrs) || /^file=\S+$/.test(b.attrs), `line ${b.line}: ${b.attrs}`).toBe(true);
  });

  it.each(asmBlocks.filter((b) => b.attrs !== 'fails').map((b) => [b.line, b] as const))('the example at line %i assembles', (_, b) => {
    const r = run(b);
    expect(r.ok ? '' : r.diagnostics.map(formatDiagnostic).join('\n')).toBe('');
  });

  it.each(asmBlocks.filter((b) => b.attrs === 'fails').map((b) => [b.line, b] as const))('the mistake at line %i fails with the message shown', (_, b) => {
    const shown = blocks[blocks.indexOf(b) + 1];
    expect(shown?.lang, `a \`\`\`text block must follow line ${b.line}`).toBe('text');
    const r = run(b);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.diagnostics.map(formatDiagnostic).join('\n') + '\n').toBe(shown!.body);
  });

  it('shows every directive in an example', () => {
    const code = asmBlocks.map((b) => b.body.replace(/;.*$/gm, '').toLowerCase()).join('\n');
    const missing = DIRECTIVES.filter((d) => !new RegExp(`(^|\\s)\\${d}(\\s|$)`, 'm').test(code));
    expect(missing).toEqual([]);
  });

  it("gives the grammar's operators, at the grammar's precedence", () => {
    const table = text.slice(text.indexOf('| precedence | operators |'));
    const rows = [...table.matchAll(/^\| (\d)[^|]*\|((?:[^|\\]|\\\|)*)\|/gm)].map((m) => ({
      level: Number(m[1]),
      ops: [...m[2]!.matchAll(/`((?:[^`\\]|\\\|)+)`/g)].map((o) => o[1]!.replace('\\|', '|')),
    }));
    const byLevel = (level: number): string[] => rows.find((r) => r.level === level)?.ops.sort() ?? [];
    const levels = [...new Set(Object.values(PREC))].sort();
    for (const l of levels) expect(byLevel(l), `level ${l}`).toEqual(Object.keys(PREC).filter((o) => PREC[o] === l).sort());
    // The unary operators are the literals of the grammar's `unary` rule, one level tighter.
    const rules = (compiled as unknown as { ParserRules: { name: string; symbols: unknown[] }[] }).ParserRules;
    const unary = rules.filter((r) => r.name.startsWith('unary$')).flatMap((r) => r.symbols.map((s) => (s as { literal?: string }).literal).filter(Boolean));
    expect(byLevel(Math.max(...levels) + 1)).toEqual([...unary].sort());
    // ...and its binary operators are exactly PREC's.
    const binop = rules.filter((r) => r.name === 'binop').map((r) => (r.symbols[0] as { literal: string }).literal);
    expect(binop.sort()).toEqual(Object.keys(PREC).sort());
  });

  it('names the limits the assembler has', async () => {
    const limits = await import('../src/limits.ts');
    const n = (v: number): string => v.toLocaleString('en-US');
    for (const v of [limits.MAX_EXPR_NESTING, limits.MAX_LINE_TOKENS, limits.MAX_INCLUDED_LINES, limits.MAX_EXPANDED_LINES, limits.MAX_NESTING]) expect(text).toContain(n(v));
    expect(text).toContain(`${limits.MAX_EXPANDED_CHARS >> 20} MiB`);
  });
});
