// What the first pass learns and the second pass uses: symbols, section sizes, and one record
// per statement that emits bytes.
import type { Expr, Operand } from '../grammar/ast.ts';
import type { OpSpec } from '@pvm/isa';
import { shortList, type Diagnostic, type Origin, type SuggestionBudget } from './diagnostics.ts';
import type { Value } from './expr.ts';

export type Section = 'text' | 'data';

/** A place in a section: its final address is known once the text size is. */
export interface Place {
  readonly section: Section;
  readonly offset: number;
}

export type Sym =
  | { kind: 'label'; at: Place; origin: Origin; col: number; local: boolean; seq: number }
  | {
      kind: 'equ';
      expr: Expr;
      at: Place;
      origin: Origin;
      col: number;
      /** Sequence number of the defining line: an error in the value is reported there. */
      seq: number;
      state: 'new' | 'busy' | 'done' | 'failed';
      value: bigint;
      /** The first pass's value, once it is final: evaluated once however often it is used. */
      known?: Value;
    };

/** A statement that emits bytes, kept for the second pass. */
export type Emit =
  | { kind: 'instr'; op: OpSpec; operands: Operand[] }
  | { kind: 'values'; width: 1 | 2 | 4; exprs: Expr[] }
  | { kind: 'bytes'; bytes: number[] }
  | { kind: 'fill'; count: number; fill: Expr | null; nop: boolean };

export interface Stmt {
  readonly seq: number;
  readonly origin: Origin;
  readonly at: Place;
  readonly size: number;
  readonly emit: Emit;
}

export interface State {
  readonly diags: (Diagnostic & { seq: number })[];
  readonly symbols: Map<string, Sym>;
  readonly stmts: Stmt[];
  readonly size: Record<Section, number>;
  /** The largest `.align` in .data, at least 16: where .data starts must honour it too. */
  dataAlign: number;
  section: Section;
  paravirt: boolean;
  /** Sequence number of the line being processed: diagnostics are reported in this order. */
  seq: number;
  readonly suggestions: SuggestionBudget;
}

export const TEXT_LIMIT = 16 << 20;

/** Final address of a place, given where .data starts. */
export const addressOf = (p: Place, textBase: number, dataBase: number): number =>
  (p.section === 'text' ? textBase : dataBase) + p.offset;

/** Numeric local label `n` (its digits), k-th definition: a name no identifier can collide with. */
export const localName = (n: string, k: number): string => `${n}:${k}`;

/** The error for an `.equ` cycle; `chain` starts and ends with the same name. */
export const selfReference = (chain: readonly string[]): string =>
  `'${chain[0]}' is defined in terms of itself${chain.length > 2 ? ` (${shortList(chain, ' -> ')})` : ''}`;

