// The .pvx container: what an image is, and how it is laid out in bytes.
//
//   header (48 bytes, little-endian)
//     0  magic      'P' 'V' 'X' 0x1a
//     4  version    u16 (1)
//     6  flags      u16 (bit 0: paravirtual kernel)
//     8  entry      u32
//    12  size       u32   length of the whole file, so truncation is caught before anything else
//    16  checksum   u32   CRC-32 of the file with these four bytes left out
//    20  segments   u32   count of 16-byte entries: kind, address, size, file offset
//    24  symbols    u32   count of 12-byte entries: name offset, value, kind
//    28  files      u32   count of 4-byte entries: name offset (source files of the line table)
//    32  lines      u32   count of 12-byte entries: address, file index, line
//    36  strings    u32   size of the string area: NUL-terminated UTF-8 names
//    40  reserved   8 bytes, zero
//   tables in that order, the string area, then segment contents in table order, not sharing
//   bytes. A name offset points at the first byte of a name, never into the middle of one.

export const MAGIC = [0x50, 0x56, 0x58, 0x1a] as const;
export const VERSION = 1;
export const HEADER_SIZE = 48;
export const FLAG_PARAVIRT = 1;
export const SEGMENT_ENTRY = 16;
export const SYMBOL_ENTRY = 12;
export const FILE_ENTRY = 4;
export const LINE_ENTRY = 12;

export const SEGMENT_KINDS = ['text', 'data'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];
export const SYMBOL_KINDS = ['text', 'data', 'const'] as const;
export type SymbolKind = (typeof SYMBOL_KINDS)[number];

export interface Segment {
  readonly kind: SegmentKind;
  readonly addr: number;
  readonly bytes: Uint8Array;
}

export interface ImageSymbol {
  readonly name: string;
  readonly value: number;
  /** text and data symbols are addresses (labels); const symbols are `.equ` values. */
  readonly kind: SymbolKind;
}

/** One row of the line table: the instruction or data at `addr` came from files[file]:line. */
export interface LineEntry {
  readonly addr: number;
  readonly file: number;
  readonly line: number;
}

export interface Image {
  readonly paravirt: boolean;
  readonly entry: number;
  readonly segments: readonly Segment[];
  readonly symbols: readonly ImageSymbol[];
  readonly files: readonly string[];
  /** Sorted by address. */
  readonly lines: readonly LineEntry[];
}
