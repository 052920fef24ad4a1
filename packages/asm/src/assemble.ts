// The assembler: two passes over the source, then the image with its debug tables.
import { TEXT_BASE, hex } from '@pvm/isa';
import type { Image, ImageSymbol, LineEntry, Segment } from '@pvm/image';
import type { Diagnostic, Origin } from './diagnostics.ts';
import { MAX_SUGGESTION_CELLS } from './limits.ts';
import { FirstPass } from './pass1.ts';
import { SecondPass } from './pass2.ts';
import type { SourceHost } from './source.ts';
import type { State } from './state.ts';

/** One row of a listing: where a source line's bytes went. */
export interface ListingRow {
  readonly addr: number;
  readonly bytes: Uint8Array;
  readonly origin: Origin;
}

export type AsmResult =
  | { ok: true; image: Image; listing: ListingRow[]; diagnostics: [] }
  | { ok: false; diagnostics: Diagnostic[]; missing?: string };

/** `v` rounded up to a multiple of `n`, a power of two. */
const alignUp = (v: number, n: number): number => Math.ceil(v / n) * n;

/** Assemble the file at `path`; `missing` is set when that file itself cannot be read. */
export function assemble(path: string, host: SourceHost): AsmResult {
  const st: State = { diags: [], symbols: new Map(), stmts: [], size: { text: 0, data: 0 }, dataAlign: 16, section: 'text', paravirt: false, seq: 0, suggestions: { cells: MAX_SUGGESTION_CELLS } };
  const first = new FirstPass(st, host);
  if (!first.file(path)) return { ok: false, diagnostics: [], missing: path };

  const dataBase = alignUp(TEXT_BASE + st.size.text, st.dataAlign);
  const second = new SecondPass(st, TEXT_BASE, dataBase);
  second.run();

  const start = st.symbols.get('_start');
  const entry = start?.kind === 'label' ? second.address(start.at) : TEXT_BASE;
  const fine = st.diags.length === 0;
  const startError = (message: string): void => void st.diags.push({ origin: start!.origin, col: start!.col, message, seq: start!.seq });
  if (st.size.text === 0 && fine)
    st.diags.push({ origin: { file: path, line: 1, text: host.readFile(path)?.split(/\r?\n/)[0] ?? '' }, col: 1, message: 'no instructions: .text is empty, so there is nothing to run', seq: 0 });
  else if (start && (start.kind !== 'label' || start.at.section !== 'text')) startError("'_start' is the entry point, so it must be a label in .text");
  // After an error, a line may have emitted nothing, and _start only seem to be at the end.
  else if (start && fine && entry >= TEXT_BASE + st.size.text) startError("'_start' is the entry point, but no instruction follows it in .text");
  else if (start && fine && entry % 4) startError(`'_start' is the entry point, so it must be 4-byte aligned (it is at ${hex(entry)})`);

  if (st.diags.length) {
    // Stable sort: source order, and within a line the order found.
    const diagnostics = st.diags.map((d, i) => ({ d, i })).sort((a, b) => a.d.seq - b.d.seq || a.i - b.i).map(({ d }) => ({ origin: d.origin, col: d.col, message: d.message }));
    return { ok: false, diagnostics };
  }

  const segments: Segment[] = [];
  if (st.size.text) segments.push({ kind: 'text', addr: TEXT_BASE, bytes: second.text });
  if (st.size.data) segments.push({ kind: 'data', addr: dataBase, bytes: second.data });

  const symbols: ImageSymbol[] = [];
  for (const [name, s] of st.symbols) {
    if (s.kind === 'label') {
      if (!s.local) symbols.push({ name, value: second.address(s.at), kind: s.at.section });
    } else {
      const v = second.equValue(s, name, s.col);
      if (v.ok) symbols.push({ name, value: Number(BigInt.asUintN(32, v.v)), kind: 'const' });
    }
  }

  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const lines: LineEntry[] = [];
  const listing: ListingRow[] = [];
  for (const s of st.stmts) {
    const addr = second.address(s.at);
    const src = s.at.section === 'text' ? second.text : second.data;
    listing.push({ addr, bytes: src.subarray(s.at.offset, s.at.offset + s.size), origin: s.origin });
    if (s.size === 0) continue;
    let fi = fileIndex.get(s.origin.file);
    if (fi === undefined) {
      fi = files.length;
      files.push(s.origin.file);
      fileIndex.set(s.origin.file, fi);
    }
    lines.push({ addr, file: fi, line: s.origin.line });
  }
  lines.sort((a, b) => a.addr - b.addr);
  listing.sort((a, b) => a.addr - b.addr);
  return { ok: true, image: { paravirt: st.paravirt, entry, segments, symbols, files, lines }, listing, diagnostics: [] };
}

/** A listing as text: address, bytes (eight per row), file:line, source. */
export function formatListing(rows: readonly ListingRow[]): string {
  const out: string[] = [];
  for (const r of rows) {
    const where = `${r.origin.file}:${r.origin.line}`;
    for (let i = 0; i < Math.max(1, r.bytes.length); i += 8) {
      const chunk = [...r.bytes.subarray(i, i + 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
      const addr = (r.addr + i).toString(16).padStart(8, '0');
      out.push(i === 0 ? `${addr}  ${chunk.padEnd(23)}  ${where.padEnd(16)} ${r.origin.text.trim()}` : `${addr}  ${chunk}`);
    }
  }
  return out.join('\n') + '\n';
}
