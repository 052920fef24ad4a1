// `.struct NAME` ... `.ends`: named field offsets, as NASM's `struc`. Each label inside names a
// field, `NAME.field` its offset; `NAME_size` is the offset at `.ends`. Fields are declared with
// `.byte`, `.half`, `.word` (one each, naturally aligned), `.space N` and `.align N`; nothing is
// emitted, and no padding is added that the source does not ask for.
import type { Expr, Line } from '../grammar/ast.ts';
import type { Origin } from './diagnostics.ts';
import { TEXT_LIMIT } from './state.ts';

export interface StructHost {
  error(origin: Origin, col: number, message: string): void;
  /** A value known in the first pass; reports and returns undefined when there is none. */
  constant(e: Expr, origin: Origin): bigint | undefined;
  /** Define a symbol with a known value (reports a duplicate). */
  defineConstant(name: string, value: number, origin: Origin, col: number): void;
}

interface Open {
  /** Null for a `.struct` line without a proper name: its fields define nothing. */
  readonly name: string | null;
  readonly origin: Origin;
  readonly col: number;
  readonly includeDepth: number;
  offset: number;
}

const WIDTH: Record<string, number> = { '.byte': 1, '.half': 2, '.word': 4 };
const FIELDS = '.byte, .half, .word, .space and .align';

export class Structs {
  private open: Open | null = null;

  constructor(private readonly host: StructHost) {}

  /** True between `.struct` and `.ends`. */
  get defining(): boolean {
    return this.open !== null;
  }

  begin(line: Line, origin: Origin, includeDepth: number): void {
    const s = line.stmt as Extract<Line['stmt'], { k: 'directive' }>;
    const o = s.ops[0];
    for (const l of line.labels) this.host.error(origin, l.col, `a label cannot stand before .struct (the struct's name follows it)`);
    const named = s.ops.length === 1 && o?.k === 'expr' && o.e.k === 'sym';
    if (!named) this.host.error(origin, s.ops[1]?.col ?? o?.col ?? s.col, '.struct takes one name: .struct NAME');
    // Opened even without a name, so its lines and its .ends pair up; it defines nothing.
    this.open = { name: named ? (o.e as { name: string }).name : null, origin, col: o?.col ?? s.col, includeDepth, offset: 0 };
  }

  /** One line between `.struct` and `.ends`. */
  line(line: Line, origin: Origin): void {
    const st = this.open!;
    const name = st.name ?? '(unnamed)';
    for (const l of line.labels) {
      if (l.local) this.host.error(origin, l.col, `a numeric label cannot name a field of .struct ${name}`);
      else if (st.name !== null) this.host.defineConstant(`${st.name}.${l.name}`, st.offset, origin, l.col);
    }
    const s = line.stmt;
    if (!s) return;
    if (s.k !== 'directive') {
      const what = s.k === 'instr' ? `instruction '${s.name}'` : s.k === 'macro' ? '.macro' : `'${s.name} ='`;
      return this.host.error(origin, s.col, `${what} inside .struct ${name}: a struct holds only fields (${FIELDS}) and ends with .ends`);
    }
    const width = WIDTH[s.name];
    if (width !== undefined) {
      if (s.ops.length) return this.host.error(origin, s.ops[0]!.col, `${s.name} in a .struct declares one field and takes no value (an array is .space N)`);
      if (st.offset % width) return this.host.error(origin, s.col, `${s.name} field at offset ${st.offset} of .struct ${name} is not ${width}-byte aligned: put .align ${width} before it`);
      st.offset += width;
      return;
    }
    switch (s.name) {
      case '.ends':
        if (s.ops.length) this.host.error(origin, s.ops[0]!.col, '.ends takes no operands');
        if (st.name !== null) this.host.defineConstant(`${st.name}_size`, st.offset, st.origin, st.col);
        this.open = null;
        return;
      case '.space':
      case '.align': {
        const e = s.ops[0];
        if (s.ops.length !== 1 || e?.k !== 'expr') return this.host.error(origin, s.ops[1]?.col ?? e?.col ?? s.col, `${s.name} in a .struct takes one value`);
        const v = this.host.constant(e.e, origin);
        if (v === undefined) return;
        if (s.name === '.space') {
          if (v < 0n || st.offset + Number(v) > TEXT_LIMIT) return this.host.error(origin, e.col, `.space size ${v} is out of range 0..${TEXT_LIMIT - st.offset}`);
          st.offset += Number(v);
        } else {
          if (v < 1n || v > 1n << 20n || (v & (v - 1n)) !== 0n) return this.host.error(origin, e.col, `.align ${v}: the alignment must be a power of two from 1 to ${1 << 20}`);
          st.offset = Math.ceil(st.offset / Number(v)) * Number(v);
        }
        return;
      }
      case '.struct':
        return this.host.error(origin, s.col, `.struct inside .struct ${name} (missing .ends?)`);
    }
    this.host.error(origin, s.col, `${s.name} inside .struct ${name}: a struct holds only fields (${FIELDS}) and ends with .ends`);
  }

  /** At the end of a file: a struct ends in the file that starts it. */
  endOfFile(path: string, includeDepth: number): void {
    const st = this.open;
    if (!st || st.includeDepth !== includeDepth) return;
    this.host.error(st.origin, st.origin.text.search(/\S/) + 1, `.struct ${st.name ?? '(unnamed)'} has no .ends before the end of ${path}`);
    this.open = null;
  }
}
