// Conditional assembly: `.ifdef NAME` / `.ifndef NAME` / `.else` / `.endif`, nestable. A file
// can give a constant a default that a file including it overrides. A conditional closes in the
// file or macro expansion that opens it (a frame); lines in a false branch are not parsed, only
// searched for the conditionals that nest inside them.
import type { Operand } from '../grammar/ast.ts';
import type { Origin } from './diagnostics.ts';
import { describeOperand } from './forms.ts';

interface Cond {
  readonly origin: Origin;
  readonly col: number;
  readonly directive: string;
  /** Whether the `.ifdef`'s test held. */
  readonly taken: boolean;
  /** Whether the lines around the conditional are being assembled. */
  readonly outer: boolean;
  inElse: boolean;
}

export const CONDITIONALS = ['.ifdef', '.ifndef', '.else', '.endif'];

// A conditional directive at the start of a line, after any labels.
const DIRECTIVE = /^\s*(?:(?:[A-Za-z_][A-Za-z0-9_.]*|[0-9]+)\s*:\s*)*(\.ifn?def|\.else|\.endif)(?![A-Za-z0-9_])/i;

export class Conditionals {
  private readonly stack: Cond[] = [];
  /** Where the current frame's conditionals start in the stack. */
  private base = 0;

  constructor(private readonly error: (origin: Origin, col: number, message: string) => void) {}

  /** True while the current lines are in a false branch. */
  get skipping(): boolean {
    const c = this.stack[this.stack.length - 1];
    return c !== undefined && !active(c);
  }

  enterFrame(): number {
    const mark = this.base;
    this.base = this.stack.length;
    return mark;
  }

  /** Close the frame: each conditional still open in it is an error at its own line. */
  leaveFrame(mark: number, where: string): void {
    while (this.stack.length > this.base) {
      const c = this.stack.pop()!;
      this.error(c.origin, c.col, `${c.directive} has no .endif before the end of ${where}`);
    }
    this.base = mark;
  }

  /** A line in a false branch: only the nesting of conditionals in it counts. */
  skipped(origin: Origin): void {
    const m = DIRECTIVE.exec(origin.text);
    if (!m) return;
    const col = m.index + m[0].length - m[1]!.length + 1;
    this.apply(m[1]!.toLowerCase(), () => false, origin, col);
  }

  /** An active conditional directive, parsed: `defined` says whether a name is defined so far. */
  directive(name: string, ops: readonly Operand[], origin: Origin, col: number, defined: (name: string) => boolean): void {
    const test = name === '.ifdef' || name === '.ifndef';
    const o = ops[0];
    if (test && (ops.length !== 1 || o?.k !== 'expr' || o.e.k !== 'sym')) {
      const what = ops.length > 1 ? `${ops.length} operands` : o?.k === 'expr' ? 'an expression' : o ? describeOperand(o) : '';
      this.error(origin, ops[1]?.col ?? o?.col ?? col, `${name} takes one symbol name${what && `, not ${what}`}`);
      // Still opened, so its .else and .endif pair up; neither branch is assembled.
      this.stack.push({ origin, col, directive: name, taken: false, outer: false, inElse: false });
      return;
    }
    if (!test && ops.length) this.error(origin, ops[0]!.col, `${name} takes no operands`);
    this.apply(name, () => {
      const sym = (o as { e: { name: string } }).e.name;
      return defined(sym) === (name === '.ifdef');
    }, origin, col);
  }

  private apply(name: string, test: () => boolean, origin: Origin, col: number): void {
    const top = this.stack.length > this.base ? this.stack[this.stack.length - 1] : undefined;
    if (name === '.ifdef' || name === '.ifndef') {
      const outer = !this.skipping;
      this.stack.push({ origin, col, directive: name, taken: outer && test(), outer, inElse: false });
    } else if (!top) {
      this.error(origin, col, `${name} without .ifdef or .ifndef`);
    } else if (name === '.else') {
      if (top.inElse) this.error(origin, col, `second .else for the ${top.directive} at ${top.origin.file}:${top.origin.line}`);
      top.inElse = true;
    } else this.stack.pop();
  }
}

const active = (c: Cond): boolean => c.outer && c.taken !== c.inElse;
