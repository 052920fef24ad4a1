// The host side of each device: tiny interfaces the CLI implements over stdin/stdout and a
// disk-image file, and tests implement over memory. Device models import nothing from `node:`.
import { SECTOR_SIZE } from '@pvm/isa';

/**
 * State that can be saved and put back: the debugger's reverse execution restores devices and
 * their in-memory backends to an earlier instant.
 */
export interface Snapshottable {
  save(): unknown;
  load(state: unknown): void;
}

export const isSnapshottable = (x: unknown): x is Snapshottable =>
  typeof x === 'object' && x !== null && typeof (x as Snapshottable).save === 'function' && typeof (x as Snapshottable).load === 'function';

export interface ConsoleBackend {
  /** Write guest output bytes. */
  write(bytes: Uint8Array): void;
  /** The next input byte without consuming it, or -1 once input is exhausted. */
  peek(): number;
  /** Consume and return the next input byte, or -1 once input is exhausted. */
  read(): number;
}

export interface BlockBackend {
  /** Number of 512-byte sectors. */
  readonly sectors: number;
  readonly readOnly: boolean;
  /** Fill `dst` (512 bytes) from sector `lba`; an error message on failure. */
  read(lba: number, dst: Uint8Array): string | null;
  /** Write `src` (512 bytes) to sector `lba`, durably enough to survive the process dying. */
  write(lba: number, src: Uint8Array): string | null;
  /** Make every write durable on the medium (fsync). */
  flush(): string | null;
}

/** Console over in-memory input and an output buffer (tests, `pvm test`, the debugger). */
export class BufferConsole implements ConsoleBackend, Snapshottable {
  private pos = 0;
  private readonly chunks: Uint8Array[] = [];
  private readonly input: Uint8Array;
  constructor(input: Uint8Array | string = new Uint8Array(0)) {
    this.input = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  }
  write(bytes: Uint8Array): void {
    this.chunks.push(bytes.slice());
  }
  peek(): number {
    return this.pos < this.input.length ? this.input[this.pos]! : -1;
  }
  read(): number {
    return this.pos < this.input.length ? this.input[this.pos++]! : -1;
  }
  /** Everything written so far. */
  output(): Uint8Array {
    const n = this.chunks.reduce((s, c) => s + c.length, 0);
    const out = new Uint8Array(n);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
  text(): string {
    return new TextDecoder().decode(this.output());
  }
  /** Input bytes consumed so far (for record and replay). */
  get consumed(): number {
    return this.pos;
  }
  save(): unknown {
    return { pos: this.pos, chunks: this.chunks.length };
  }
  load(state: unknown): void {
    const s = state as { pos: number; chunks: number };
    this.pos = s.pos;
    this.chunks.length = s.chunks;
  }
}

/** A disk held in memory. */
export class MemoryDisk implements BlockBackend, Snapshottable {
  readonly data: Uint8Array;
  flushes = 0;
  constructor(
    sectors: number,
    readonly readOnly = false,
  ) {
    this.data = new Uint8Array(sectors * SECTOR_SIZE);
  }
  get sectors(): number {
    return this.data.length / SECTOR_SIZE;
  }
  read(lba: number, dst: Uint8Array): string | null {
    dst.set(this.data.subarray(lba * SECTOR_SIZE, (lba + 1) * SECTOR_SIZE));
    return null;
  }
  write(lba: number, src: Uint8Array): string | null {
    this.data.set(src, lba * SECTOR_SIZE);
    return null;
  }
  flush(): string | null {
    this.flushes++;
    return null;
  }
  save(): unknown {
    return { data: this.data.slice(), flushes: this.flushes };
  }
  load(state: unknown): void {
    const s = state as { data: Uint8Array; flushes: number };
    this.data.set(s.data);
    this.flushes = s.flushes;
  }
}
