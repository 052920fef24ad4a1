// The guest console in the playground: output streamed to the page, input typed by the user
// as the guest runs. The CLI's console blocks the interpreter until input comes; a worker must
// not block, so a read with no input yet (and input not ended) marks the console starved, the
// runner puts the machine back to where the slice began, and runs it again once input comes.
// Replay is exact (virtual time never depends on the wall clock), and output already shown is
// not shown twice.
import { ShownOnce } from '@pvm/debugger';
import type { ConsoleBackend, Snapshottable } from '@pvm/devices';

export class GuestConsole implements ConsoleBackend, Snapshottable {
  private input = new Uint8Array(256);
  private len = 0;
  private pos = 0;
  private ended = false;
  private readonly out: ShownOnce;
  /** Set when the guest asked for input that has not come yet: the slice is to be run again. */
  starved = false;

  constructor(
    show: (text: string) => void,
    private readonly onStarve: () => void,
  ) {
    this.out = new ShownOnce(show);
  }

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
    if (!this.starved) this.out.write(bytes);
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
    return { pos: this.pos, produced: this.out.produced };
  }

  load(state: unknown): void {
    const s = state as { pos: number; produced: number };
    this.pos = s.pos;
    this.out.produced = s.produced;
  }
}
