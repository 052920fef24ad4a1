// Serialize an image to .pvx bytes.
import { writeWord } from '@pvm/isa';
import { crc32Final, crc32Init, crc32Update } from './crc32.ts';
import {
  FILE_ENTRY, FLAG_PARAVIRT, HEADER_SIZE, LINE_ENTRY, MAGIC, SEGMENT_ENTRY, SEGMENT_KINDS, SYMBOL_ENTRY,
  SYMBOL_KINDS, VERSION, type Image,
} from './format.ts';

/** Strings interned into one NUL-terminated UTF-8 area. */
class StringArea {
  private readonly parts: Uint8Array[] = [];
  private readonly offsets = new Map<string, number>();
  size = 0;
  add(s: string): number {
    const known = this.offsets.get(s);
    if (known !== undefined) return known;
    const bytes = new TextEncoder().encode(s + '\0');
    const at = this.size;
    this.parts.push(bytes);
    this.offsets.set(s, at);
    this.size += bytes.length;
    return at;
  }
  copyTo(out: Uint8Array, at: number): void {
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
  }
}

export function writeImage(img: Image): Uint8Array {
  const strings = new StringArea();
  const symNames = img.symbols.map((s) => strings.add(s.name));
  const fileNames = img.files.map((f) => strings.add(f));
  const tables =
    HEADER_SIZE +
    img.segments.length * SEGMENT_ENTRY +
    img.symbols.length * SYMBOL_ENTRY +
    img.files.length * FILE_ENTRY +
    img.lines.length * LINE_ENTRY;
  const payloadStart = tables + strings.size;
  const size = payloadStart + img.segments.reduce((n, s) => n + s.bytes.length, 0);
  const out = new Uint8Array(size);

  out.set(MAGIC, 0);
  out[4] = VERSION & 0xff;
  out[5] = VERSION >> 8;
  out[6] = img.paravirt ? FLAG_PARAVIRT : 0;
  writeWord(out, 8, img.entry);
  writeWord(out, 12, size);
  writeWord(out, 20, img.segments.length);
  writeWord(out, 24, img.symbols.length);
  writeWord(out, 28, img.files.length);
  writeWord(out, 32, img.lines.length);
  writeWord(out, 36, strings.size);

  let at = HEADER_SIZE;
  let payload = payloadStart;
  for (const seg of img.segments) {
    writeWord(out, at, SEGMENT_KINDS.indexOf(seg.kind));
    writeWord(out, at + 4, seg.addr);
    writeWord(out, at + 8, seg.bytes.length);
    writeWord(out, at + 12, payload);
    out.set(seg.bytes, payload);
    payload += seg.bytes.length;
    at += SEGMENT_ENTRY;
  }
  img.symbols.forEach((s, i) => {
    writeWord(out, at, symNames[i]!);
    writeWord(out, at + 4, s.value);
    writeWord(out, at + 8, SYMBOL_KINDS.indexOf(s.kind));
    at += SYMBOL_ENTRY;
  });
  for (const f of fileNames) {
    writeWord(out, at, f);
    at += FILE_ENTRY;
  }
  for (const l of img.lines) {
    writeWord(out, at, l.addr);
    writeWord(out, at + 4, l.file);
    writeWord(out, at + 8, l.line);
    at += LINE_ENTRY;
  }
  strings.copyTo(out, at);
  writeWord(out, 16, checksum(out));
  return out;
}

/** CRC-32 of the whole file except the checksum field itself. */
export function checksum(bytes: Uint8Array): number {
  return crc32Final(crc32Update(crc32Update(crc32Init, bytes, 0, 16), bytes, 20));
}
