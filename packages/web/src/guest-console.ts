// The guest console in the playground: output streamed to the page, input typed by the user
// as the guest runs. The CLI's console blocks the interpreter until input comes; a worker must
// not block, so a read with no input yet (and input not ended) marks the console starved, the
// runner puts the machine back to where the slice began, and runs it again once input comes.
// Replay is exact (virtual time never depends on the wall clock), and output already shown is
// not shown twice.
import type { ConsoleBackend, Snapshottable } from '@pvm/devices';

export class GuestConsole implements ConsoleBackend, Snapshottable {
  private input = new Uint8Array(256);
  private len = 0;
  private pos = 0;
  private ended = false;
  /** Bytes the guest has written in this timeline; bytes already shown (across replays). */
  private produced = 0;
  private shown = 0;
  private readonly decoder = new TextDecoder();
  /** Set when the guest asked for input that has not come yet: the slice is to be run again. */
  starved = false;

  constructor(
    private readonly show: (text: string) => void,
    private readonly onStarve: () => void,
  ) {}

  /** Input typed by the user, in order. */
  feed(bytes: Uint8Array): void {
    if (this.len + bytes.length > this.input.length) {
      const grown = new Uint8Array(Math.max(this.input.length * 2, this.len + bytes.length));
      grown.set(this.input.subarray(0, this.len));
      this.input = grown;
    }
    this.input.set(bytes, this.len);
    this.len += bytes.length;
  }

  /** No more input: the guest's next read sees the end (-1). */
  end(): void {
    this.ended = true;
  }

  get inputEnded(): boolean {
    return this.ended;
  }

  write(bytes: Uint8Array): void {
    // What the guest writes after it starved is in a future that will be replayed.
    if (this.starved) return;
    const skip = Math.min(bytes.length, Math.max(0, this.shown - this.produced));
    this.produced += bytes.length;
    if (skip < bytes.length) {
      this.shown = this.produced;
      const text = this.decoder.decode(bytes.subarray(skip), { stream: true });
      if (text) this.show(text);
    }
  }

  private next(consume: boolean): number {
    if (this.pos < this.len) return consume ? this.input[this.pos++]! : this.input[this.pos]!;
    if (!this.ended && !this.starved) {
      this.starved = true;
      this.onStarve();
    }
    return -1;
  }

  peek(): number {
    return this.next(false);
  }

  read(): number {
    return this.next(true);
  }

  save(): unknown {
    return { pos: this.pos, produced: this.produced };
  }

  load(state: unknown): void {
    const s = state as { pos: number; produced: number };
    this.pos = s.pos;
    this.produced = s.produced;
  }
}
