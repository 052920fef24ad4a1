// The directives that lay out the sections: .text .data .byte .half .word .ascii .asciz .space
// .align .equ .include .paravirt. Macros, conditionals and structs have files of their own.
import { TEXT_BASE } from '@pvm/isa';
import type { Expr, Operand, Stmt as Ast } from '../grammar/ast.ts';
import { CONDITIONALS } from './conditionals.ts';
import type { Origin } from './diagnostics.ts';
import { describeOperand, hintFor } from './forms.ts';
import type { FirstPass } from './pass1.ts';
import { resolveInclude } from './source.ts';
import { TEXT_LIMIT, type Section } from './state.ts';
import { decodeEscapes } from './strings.ts';

export const DIRECTIVES = [
  '.text', '.data', '.byte', '.half', '.word', '.ascii', '.asciz', '.space', '.align', '.equ', '.include', '.macro', '.endm', '.paravirt',
  ...CONDITIONALS, '.struct', '.ends',
];

// What people coming from MARS, SPIM or gas type, where spelling distance guesses wrong or not
// at all (`.asciiz` is as near to `.ascii` as to `.asciz`).
const FOREIGN_DIRECTIVES: Record<string, string> = {
  '.asciiz': '.asciz', '.string': '.asciz', '.long': '.word', '.int': '.word', '.short': '.half',
  '.skip': '.space', '.zero': '.space', '.set': '.equ', '.balign': '.align', '.section': '.text',
  '.if': '.ifdef', '.endstruct': '.ends', '.endstruc': '.ends', '.struc': '.struct',
};

const MAX_ALIGN = 1 << 20;

export function directive(p: FirstPass, s: Extract<Ast, { k: 'directive' }>, origin: Origin): void {
  const st = p.st;
  const ops = s.ops;
  const want = (n: number, what: string): boolean => {
    if (ops.length === n) return true;
    p.error(origin, ops[n]?.col ?? s.col, `${s.name} takes ${what}`);
    return false;
  };
  switch (s.name) {
    case '.text':
    case '.data':
      if (want(0, 'no operands')) st.section = s.name.slice(1) as Section;
      return;
    case '.paravirt':
      if (want(0, 'no operands')) st.paravirt = true;
      return;
    case '.endm':
      return p.error(origin, s.col, '.endm without .macro');
    case '.ends':
      return p.error(origin, s.col, '.ends without .struct');
    case '.byte':
    case '.half':
    case '.word': {
      const width = s.name === '.byte' ? 1 : s.name === '.half' ? 2 : 4;
      const exprs = values(p, ops, s.name, origin);
      if (!exprs) return;
      if (exprs.length === 0) return p.error(origin, s.col, `${s.name} needs at least one value`);
      return p.emit(origin, width * exprs.length, { kind: 'values', width, exprs });
    }
    case '.ascii':
    case '.asciz': {
      if (ops.length === 0) return p.error(origin, s.col, `${s.name} needs a string`);
      const bytes: number[] = [];
      for (const o of ops) {
        if (o.k !== 'str') return p.error(origin, o.col, `${s.name} takes strings, not ${describeOperand(o)}`);
        const d = decodeEscapes(o.tok.text.slice(1, -1));
        if (!d.ok) return p.error(origin, o.col + 1 + d.offset, d.message);
        for (const b of d.bytes) bytes.push(b);
        if (s.name === '.asciz') bytes.push(0);
      }
      return p.emit(origin, bytes.length, { kind: 'bytes', bytes });
    }
    case '.space': {
      if (ops.length < 1 || ops.length > 2) return p.error(origin, ops[2]?.col ?? s.col, '.space takes a size and an optional fill byte');
      const exprs = values(p, ops, s.name, origin);
      if (!exprs) return;
      const n = p.constant(exprs[0]!, origin);
      if (n === undefined) return;
      if (n < 0n || n > BigInt(TEXT_LIMIT)) return p.error(origin, exprs[0]!.col, `.space size ${n} is out of range 0..${TEXT_LIMIT}`);
      return p.emit(origin, Number(n), { kind: 'fill', count: Number(n), fill: exprs[1] ?? null, nop: false });
    }
    case '.align': {
      if (!want(1, 'one operand, the alignment in bytes')) return;
      const exprs = values(p, ops, s.name, origin);
      if (!exprs) return;
      const v = p.constant(exprs[0]!, origin);
      if (v === undefined) return;
      if (v < 1n || v > BigInt(MAX_ALIGN)) return p.error(origin, exprs[0]!.col, `.align ${v} is out of range 1..${MAX_ALIGN}`);
      const n = Number(v);
      // Only a power of two divides every larger one, so that .data's start can honour it.
      if (n & (n - 1)) return p.error(origin, exprs[0]!.col, `.align ${n}: the alignment must be a power of two (1, 2, 4, 8, ...)`);
      // The address must be a multiple of n, not just the offset: .text starts at TEXT_BASE,
      // and .data's start is aligned to its largest .align.
      const off = st.size[st.section];
      const pad = (n - ((st.section === 'text' ? TEXT_BASE + off : off) % n)) % n;
      if (st.section === 'data') st.dataAlign = Math.max(st.dataAlign, n);
      // Padding in code is made of nops where it can be, so execution may fall through it.
      if (pad) p.emit(origin, pad, { kind: 'fill', count: pad, fill: null, nop: st.section === 'text' });
      return;
    }
    case '.equ': {
      const name = ops[0];
      if (ops.length !== 2 || !name || name.k !== 'expr' || name.e.k !== 'sym')
        return p.error(origin, name?.col ?? s.col, '.equ takes a name and a value: .equ NAME, value');
      const e = ops[1]!;
      if (e.k !== 'expr') return p.error(origin, e.col, `.equ value must be an expression, not ${describeOperand(e)}`);
      return p.equ(name.e.name, e.e, origin, name.col);
    }
    case '.include': {
      const f = ops[0];
      if (ops.length !== 1 || !f || f.k !== 'str') return p.error(origin, f?.col ?? s.col, '.include takes one file name in double quotes');
      const d = decodeEscapes(f.tok.text.slice(1, -1));
      if (!d.ok) return p.error(origin, f.col + 1 + d.offset, d.message);
      const rel = new TextDecoder().decode(new Uint8Array(d.bytes));
      return p.include(resolveInclude(origin.file, rel), origin, f.col);
    }
  }
  if (s.name === '.globl' || s.name === '.global')
    return p.error(origin, s.col, `unknown directive '${s.name}': pvm links nothing, so every label is already visible`);
  p.error(origin, s.col, `unknown directive '${s.name}'${hintFor(s.name, FOREIGN_DIRECTIVES, DIRECTIVES, st.suggestions)}`);
}

/** The operands of a data directive, all of which must be expressions. */
function values(p: FirstPass, ops: Operand[], name: string, origin: Origin): Expr[] | undefined {
  const out: Expr[] = [];
  for (const o of ops) {
    if (o.k !== 'expr') {
      p.error(origin, o.col, `${name} takes values, not ${describeOperand(o)}${o.k === 'str' ? ' (use .ascii)' : ''}`);
      return undefined;
    }
    p.resolveLocals(o.e);
    out.push(o.e);
  }
  return out;
}
