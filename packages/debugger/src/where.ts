// Names for addresses and lines for people: `task_a+8`, `examples/roundrobin.s:150` and the
// text of that line, from the image's symbol and line tables and the source files.
import { sourceOf, type Image } from '@pvm/image';
import { disassembleAt, hex as hexWidth, type SymbolLookup } from '@pvm/isa';
import type { SourceHost } from '@pvm/asm';

export const hex = (v: number, width = 4): string => hexWidth(v, width);

export class Where {
  /** Code labels sorted by address. */
  private readonly labels: { name: string; value: number }[];
  private readonly exact = new Map<number, string>();
  private readonly files = new Map<string, string[] | null>();

  constructor(
    readonly image: Image,
    private readonly host: SourceHost,
  ) {
    this.labels = image.symbols.filter((s) => s.kind !== 'const').map((s) => ({ name: s.name, value: s.value })).sort((a, b) => a.value - b.value);
    for (const l of this.labels) if (!this.exact.has(l.value)) this.exact.set(l.value, l.name);
  }

  readonly sym: SymbolLookup = (a) => this.exact.get(a >>> 0);

  /** The nearest label at or before `addr`, as `name` or `name+off`. */
  label(addr: number): string | undefined {
    const a = addr >>> 0;
    let best: { name: string; value: number } | undefined;
    for (const l of this.labels) {
      if (l.value > a) break;
      best = l;
    }
    if (!best || a - best.value > 0x10000) return undefined;
    return a === best.value ? best.name : `${best.name}+${a - best.value}`;
  }

  /** The function-like label an address belongs to (for `disassemble`), with its extent. */
  extent(addr: number): { name: string; start: number; end: number } | undefined {
    const a = addr >>> 0;
    let i = -1;
    for (let k = 0; k < this.labels.length && this.labels[k]!.value <= a; k++) i = k;
    if (i < 0) return undefined;
    const start = this.labels[i]!;
    const next = this.labels.slice(i + 1).find((l) => l.value > start.value);
    // Not past the end of the segment it is in (the padding before .data is no code).
    const seg = this.image.segments.find((s) => start.value >= s.addr && start.value < s.addr + s.bytes.length);
    const segEnd = seg ? seg.addr + seg.bytes.length : Infinity;
    return { name: start.name, start: start.value, end: Math.min(next ? next.value : start.value + 256, segEnd) };
  }

  source(addr: number): { file: string; line: number } | undefined {
    return sourceOf(this.image, addr >>> 0);
  }

  /** The text of a source line, when the file can be read. */
  lineText(file: string, line: number): string | undefined {
    if (!this.files.has(file)) {
      const t = this.host.readFile(file);
      this.files.set(file, t === null ? null : t.split(/\r?\n/));
    }
    return this.files.get(file)?.[line - 1];
  }

  fileLines(file: string): string[] | null {
    this.lineText(file, 1);
    return this.files.get(file) ?? null;
  }

  /** `task_a+8 at examples/roundrobin.s:150`, as much of it as is known. */
  describe(addr: number): string {
    const l = this.label(addr);
    const s = this.source(addr);
    return [l ?? hex(addr), s ? `at ${s.file}:${s.line}` : ''].filter(Boolean).join(' ');
  }

  /** The current line and the next instruction: what every stop ends with. */
  location(mem: Uint8Array, pc: number): string {
    const s = this.source(pc);
    const out: string[] = [];
    if (s) out.push(`${s.line}\t${this.lineText(s.file, s.line) ?? ''}`);
    const l = this.label(pc);
    out.push(`=> ${hex(pc)}${l ? ` <${l}>` : ''}:\t${disassembleAt(mem, pc, this.sym)}`);
    return out.join('\n');
  }

  /** First address of a source line (`file:line`), from the line table. */
  addressOfLine(file: string, line: number): number | undefined {
    const files = this.image.files.map((f, i) => [f, i] as const).filter(([f]) => f === file || f.endsWith('/' + file));
    for (const [, i] of files) {
      const e = this.image.lines.find((r) => r.file === i && r.line === line);
      if (e) return e.addr;
    }
    return undefined;
  }

  symbolValue(name: string): number | undefined {
    return this.image.symbols.find((s) => s.name === name)?.value;
  }

  labelAddress(name: string): number | undefined {
    return this.image.symbols.find((s) => s.name === name && s.kind !== 'const')?.value;
  }

  get symbolNames(): string[] {
    return this.image.symbols.map((s) => s.name);
  }
}
