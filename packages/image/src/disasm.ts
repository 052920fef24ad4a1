// Disassemble a whole image into source that re-assembles to the identical bytes: labels from
// the symbol table (or made up for branch targets), instructions through the one instruction
// formatter of @pvm/isa, and data as .ascii/.byte.
import { OPERAND_RANGE, decode, formatInstr, hex, isWordOperand, sizeOf, TEXT_BASE, type Instr } from '@pvm/isa';
import type { Image, Segment } from './format.ts';

const align16 = (v: number): number => (v + 15) & ~15;
const alignUp = (v: number, a: number): number => Math.ceil(v / a) * a;
/** The largest power of two dividing `v` (v > 0). */
const lowestBit = (v: number): number => (v >>> 0) & -(v >>> 0) || 0x8000_0000;

interface Decoded {
  addr: number;
  instr?: Instr;
  bytes: Uint8Array;
}

/** Whether pvm asm accepts the operands as printed: it takes ports 0..255 and hypercalls 0..63 only. */
function assemblable(instr: Instr): boolean {
  let w = 0;
  for (const k of instr.op.operands) {
    if (!isWordOperand(k)) continue;
    const v = instr.words[w++]!;
    const range = OPERAND_RANGE[k];
    if (range && (v < range[0] || v > range[1])) return false;
  }
  return true;
}

/** Split a text segment into instructions, falling back to data where the bytes do not decode. */
function decodeText(seg: Segment, labelAt: (a: number) => boolean): Decoded[] {
  const out: Decoded[] = [];
  let pos = 0;
  const b = seg.bytes;
  while (pos < b.length) {
    const addr = seg.addr + pos;
    const decoded = addr % 4 === 0 ? decode(b, pos) : null;
    // Data that decodes to an operand the assembler would refuse must stay data.
    const instr = decoded && assemblable(decoded) ? decoded : null;
    const size = instr ? sizeOf(instr.op) : Math.min(4 - (addr % 4), b.length - pos);
    let cut = false;
    // An instruction must not swallow a label: then the label's address would be lost.
    for (let i = 1; instr && i < size; i++) if (labelAt(addr + i)) cut = true;
    if (instr && !cut) out.push({ addr, instr, bytes: b.subarray(pos, pos + size) });
    else {
      let n = instr ? 4 : size;
      // Raw bytes must not swallow a label either: end the .byte row where the label starts.
      for (let i = 1; i < n; i++)
        if (labelAt(addr + i)) {
          n = i;
          break;
        }
      out.push({ addr, bytes: b.subarray(pos, pos + n) });
      pos += n;
      continue;
    }
    pos += size;
  }
  return out;
}

const PRINTABLE = (c: number): boolean => (c >= 0x20 && c < 0x7f) || c === 10 || c === 9;

function escape(bytes: Uint8Array): string {
  let s = '';
  for (const c of bytes) {
    if (c === 10) s += '\\n';
    else if (c === 9) s += '\\t';
    else if (c === 0x22) s += '\\"';
    else if (c === 0x5c) s += '\\\\';
    else s += String.fromCharCode(c);
  }
  return s;
}

/** Data bytes as directives: printable runs as .ascii (.asciz when NUL-terminated), the rest as .byte. */
function dataLines(bytes: Uint8Array): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < bytes.length) {
    let j = i;
    while (j < bytes.length && PRINTABLE(bytes[j]!)) j++;
    if (j - i >= 4) {
      const z = j < bytes.length && bytes[j] === 0;
      out.push(`    ${z ? '.asciz' : '.ascii'} "${escape(bytes.subarray(i, j))}"`);
      i = z ? j + 1 : j;
      continue;
    }
    const end = Math.min(bytes.length, i + 8);
    let k = i;
    const row: string[] = [];
    while (k < end && !(k > i && PRINTABLE(bytes[k]!) && k + 4 <= bytes.length && [...bytes.subarray(k, k + 4)].every(PRINTABLE))) {
      row.push(hex(bytes[k]!));
      k++;
    }
    out.push(`    .byte ${row.join(', ')}`);
    i = k;
  }
  return out;
}

export function disassembleImage(img: Image): string {
  const labels = new Map<number, string[]>();
  const addLabel = (addr: number, name: string): void => void labels.set(addr, [...(labels.get(addr) ?? []), name]);
  for (const s of img.symbols) if (s.kind !== 'const') addLabel(s.value, s.name);
  const text = img.segments.filter((s) => s.kind === 'text');
  const data = img.segments.filter((s) => s.kind === 'data');
  const out: string[] = [`; pvm disassembly: entry ${hex(img.entry)}${img.paravirt ? ', paravirtual' : ''}`];

  const textEnd = text.length ? text[0]!.addr + text[0]!.bytes.length : TEXT_BASE;
  // .data starts at the next boundary of its largest .align (at least 16): a `.align` at its
  // start reproduces any start that is such a boundary.
  const dataAlign = data.length ? lowestBit(data[0]!.addr) : 16;
  const standard =
    text.length === 1 &&
    text[0]!.addr === TEXT_BASE &&
    data.length <= 1 &&
    (data.length === 0 || (dataAlign >= 16 && data[0]!.addr === alignUp(textEnd, dataAlign)));
  if (!standard) out.push('; warning: this image was not laid out by pvm asm; re-assembling it moves its segments');
  if (!img.symbols.some((s) => s.name === '_start') && img.entry !== (text[0]?.addr ?? TEXT_BASE)) addLabel(img.entry, '_start');

  const decoded = text.map((seg) => decodeText(seg, (a) => labels.has(a)));
  // Name every branch target that lands on an instruction and has no symbol yet.
  const starts = new Set(decoded.flat().filter((d) => d.instr).map((d) => d.addr));
  const taken = new Set(img.symbols.map((s) => s.name));
  for (const d of decoded.flat())
    d.instr?.op.operands.forEach((k, i) => {
      if (k !== 'label') return;
      const w = d.instr!.op.operands.slice(0, i).filter((x) => x !== 'rd' && x !== 'rs' && x !== 'rt').length;
      const target = d.instr!.words[w]!;
      if (!starts.has(target) || labels.has(target)) return;
      // A made-up name must not collide with a real symbol elsewhere.
      let name = `L_${target.toString(16)}`;
      while (taken.has(name)) name += '_';
      taken.add(name);
      addLabel(target, name);
    });
  const kindOf = new Map(img.symbols.map((s) => [s.name, s.kind]));
  const sym = (a: number): string | undefined => labels.get(a)?.[0];

  for (const s of img.symbols) if (s.kind === 'const') out.push(`.equ ${s.name}, ${hex(s.value)}`);
  if (img.paravirt) out.push('.paravirt');
  decoded.forEach((seg) => {
    out.push('.text');
    for (const d of seg) {
      for (const l of labels.get(d.addr) ?? []) out.push(`${l}:`);
      out.push(
        d.instr
          ? `    ${formatInstr(d.instr, sym).padEnd(32)}; ${hex(d.addr)}`
          : `    .byte ${[...d.bytes].map(hex).join(', ')}`.padEnd(36) + `; ${hex(d.addr)}`,
      );
    }
    // Labels just past the last instruction (an `end:` marker) belong to the code, not the data.
    const last = seg[seg.length - 1];
    const end = last ? last.addr + last.bytes.length : TEXT_BASE;
    for (const l of labels.get(end) ?? []) if (kindOf.get(l) === 'text') out.push(`${l}:`);
  });
  for (const seg of data) {
    out.push('.data');
    if (seg.addr !== align16(textEnd) && dataAlign > 16) out.push(`    .align ${dataAlign}`);
    const cuts = [...new Set([0, ...[...labels.keys()].filter((a) => a > seg.addr && a < seg.addr + seg.bytes.length).map((a) => a - seg.addr)])].sort((x, y) => x - y);
    cuts.forEach((c, i) => {
      for (const l of labels.get(seg.addr + c) ?? []) if (c > 0 || kindOf.get(l) !== 'text') out.push(`${l}:`);
      // One line at a time: a large .space makes more lines than a call can take as arguments.
      for (const l of dataLines(seg.bytes.subarray(c, cuts[i + 1] ?? seg.bytes.length))) out.push(l);
    });
    for (const l of labels.get(seg.addr + seg.bytes.length) ?? []) if (kindOf.get(l) !== 'text') out.push(`${l}:`);
  }
  // Labels of an empty .data still name an address (where .data would start) that code may use.
  const bare = data.length ? [] : (labels.get(align16(textEnd)) ?? []).filter((l) => kindOf.get(l) === 'data');
  if (bare.length) out.push('.data', ...bare.map((l) => `${l}:`));
  return out.join('\n') + '\n';
}
