// Names for addresses and lines for people: `task_a+8`, `examples/roundrobin.s:150` and the
// text of that line, from the image's symbol and line tables and the source files.
import { lastAtOrBefore, lineRow, type Image } from '@pvm/image';
import { hex as hexWidth, type SymbolLookup } from '@pvm/isa';
import { LIMITS } from './limits.ts';
import type { SourceFiles } from './sources.ts';

export const hex = (v: number, width = 4): string => hexWidth(v, width);

/** Cached source text at most this large in all: a hostile image may name many big files. */
const CACHE_BYTES = 4 * LIMITS.sourceBytes;

export class Where {
  /** Code labels sorted by address. */
  private readonly labels: { name: string; value: number }[];
  private readonly exact = new Map<number, string>();
  private readonly files = new Map<string, string[] | { reason: string }>();
  private cached = 0;

  constructor(
    readonly image: Image,
    private readonly sources: SourceFiles,
  ) {
    this.labels = image.symbols.filter((s) => s.kind !== 'const').map((s) => ({ name: s.name, value: s.value >>> 0 })).sort((a, b) => a.value - b.value);
    for (const l of this.labels) if (!this.exact.has(l.value)) this.exact.set(l.value, l.name);
  }

  readonly sym: SymbolLookup = (a) => this.exact.get(a >>> 0);

  /** Index of the last label at or before `a`, or -1. */
  private labelIndex(a: number): number {
    let best = lastAtOrBefore(this.labels.length, (i) => this.labels[i]!.value, a);
    // The first of several labels at one address names it, as `sym` does.
    while (best > 0 && this.labels[best - 1]!.value === this.labels[best]!.value) best--;
    return best;
  }

  /** The nearest label at or before `addr`, as `name` or `name+off`. */
  label(addr: number): string | undefined {
    const a = addr >>> 0;
    const i = this.labelIndex(a);
    if (i < 0) return undefined;
    const best = this.labels[i]!;
    if (a - best.value > 0x10000) return undefined;
    return a === best.value ? best.name : `${best.name}+${a - best.value}`;
  }

  /** The function-like label an address belongs to (for `disassemble`), with its extent. */
  extent(addr: number): { name: string; start: number; end: number } | undefined {
    const i = this.labelIndex(addr >>> 0);
    if (i < 0) return undefined;
    const start = this.labels[i]!;
    let k = i + 1;
    while (k < this.labels.length && this.labels[k]!.value <= start.value) k++;
    const next = this.labels[k];
    // Not past the end of the segment it is in (the padding before .data is no code).
    const seg = this.image.segments.find((s) => start.value >= s.addr && start.value < s.addr + s.bytes.length);
    const segEnd = seg ? seg.addr + seg.bytes.length : Infinity;
    const end = Math.min(next ? next.value : start.value + 256, segEnd);
    // Past it (code paging maps far from the image, say): no function of the image holds it.
    return (addr >>> 0) < end ? { name: start.name, start: start.value, end } : undefined;
  }

  /** The line-table row of an address inside the image; -1 elsewhere (paging makes addresses far from it). */
  private row(addr: number): number {
    const r = lineRow(this.image, addr);
    return r >= 0 && this.image.segments.some((s) => addr >= s.addr && addr < s.addr + s.bytes.length) ? r : -1;
  }

  source(addr: number): { file: string; line: number } | undefined {
    const r = this.row(addr >>> 0);
    if (r < 0) return undefined;
    const e = this.image.lines[r]!;
    return { file: this.image.files[e.file]!, line: e.line };
  }

  /** A number standing for the source line of an address (file and line), or -1: cheap to compare while stepping. */
  lineId(addr: number): number {
    const r = this.row(addr >>> 0);
    if (r < 0) return -1;
    const e = this.image.lines[r]!;
    return e.file * 0x1_0000_0000 + e.line;
  }

  /** The lines of a source file, or why it cannot be shown. */
  fileLines(file: string): string[] | { reason: string } {
    let got = this.files.get(file);
    if (got === undefined) {
      const t = this.sources.read(file);
      got = typeof t === 'string' ? t.split(/\r?\n/) : t;
      const size = typeof t === 'string' ? t.length : 0;
      // Oldest first out, so a long session over many files keeps a bounded cache.
      for (const [k, v] of this.files) {
        if (this.cached + size <= CACHE_BYTES) break;
        this.files.delete(k);
        if (Array.isArray(v)) this.cached -= v.reduce((s, l) => s + l.length + 1, 0);
      }
      this.files.set(file, got);
      this.cached += size;
    }
    return got;
  }

  /** The text of a source line, when the file can be read. */
  lineText(file: string, line: number): string | undefined {
    const l = this.fileLines(file);
    return Array.isArray(l) ? l[line - 1] : undefined;
  }

  /** `task_a+8 at examples/roundrobin.s:150`, as much of it as is known. */
  describe(addr: number): string {
    const l = this.label(addr);
    const s = this.source(addr);
    return [l ?? hex(addr), s ? `at ${s.file}:${s.line}` : ''].filter(Boolean).join(' ');
  }

  /** The current line and the next instruction (`text`, disassembled): what every stop ends with. */
  location(pc: number, text: string): string {
    const s = this.source(pc);
    const out: string[] = [];
    if (s) out.push(`${s.line}\t${this.lineText(s.file, s.line) ?? ''}`);
    const l = this.label(pc);
    out.push(`=> ${hex(pc)}${l ? ` <${l}>` : ''}:\t${text}`);
    return out.join('\n');
  }

  private inText(addr: number): boolean {
    return this.image.segments.some((s) => s.kind === 'text' && addr >= s.addr && addr < s.addr + s.bytes.length);
  }

  /** The image's file names that `file` may mean: the name itself, or one ending in `/file`. */
  filesNamed(file: string): Set<number> {
    const out = new Set<number>();
    this.image.files.forEach((f, i) => {
      if (f === file || f.endsWith('/' + file)) out.add(i);
    });
    return out;
  }

  /**
   * The first address of code for `file:line`, or of the next line after it that has code (a
   * comment or a blank line has none), as gdb places a breakpoint; undefined when none follows.
   */
  lineAddress(file: string, line: number): { addr: number; line: number; file: string } | undefined {
    const files = this.filesNamed(file);
    let best: { addr: number; line: number; file: string } | undefined;
    for (const e of this.image.lines) {
      if (!files.has(e.file) || e.line < line || !this.inText(e.addr)) continue;
      if (!best || e.line < best.line || (e.line === best.line && e.addr < best.addr)) best = { addr: e.addr, line: e.line, file: this.image.files[e.file]! };
      if (best.line === line) break;
    }
    return best;
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
