// The console back end: Xen's struct xencons_interface (public/io/console.h) served as
// xenconsoled serves it (tools/console/daemon/io.c). A notification hands the back end every
// byte the guest has published; the physical console takes portIo cycles a byte, charged to the
// back end (the guest does not wait for it; where it sleeps meanwhile, the time is counted once,
// on its clock), and when it is done the back end moves out_cons and notifies the guest, as
// buffer_append does. A notification that brings no new output asks
// for input instead (docs/paravirt.md, "Console input").
import {
  XENCONS_IN, XENCONS_IN_CONS, XENCONS_IN_PROD, XENCONS_IN_SIZE, XENCONS_OUT, XENCONS_OUT_CONS, XENCONS_OUT_PROD, XENCONS_OUT_SIZE,
} from '@pvm/isa/codes';
import type { Console } from '@pvm/devices';
import type { GuestView } from './guest.ts';

/** Ring indices are free-running 32-bit counters; this many are outstanding. */
export const outstanding = (prod: number, cons: number): number => (prod - cons) >>> 0;

const NEWLINE = 0x0a;

export interface ConsoleBackEnd {
  /** Cycles the physical console takes per byte (the cost model's portIo). */
  readonly perByte: number;
  /** Charge the back end's work to the hypervisor. */
  charge(cycles: number): void;
}

export class ConsoleRing {
  private readonly out = new Uint8Array(XENCONS_OUT_SIZE);
  /** When the output being written is done (Infinity: idle). */
  deadline = Infinity;
  /** When the device started on it. */
  private start = 0;
  /** The out_cons to publish then. */
  private doneCons = 0;
  /** A notification came while the device was busy: look at the ring again when it is done. */
  private kicked = false;

  constructor(
    private readonly g: GuestView,
    private readonly addr: number,
    private readonly console: Console,
    private readonly backEnd: ConsoleBackEnd,
  ) {}

  /** The guest notified the console port at `now`; true if input was put on the ring (raise the port). */
  notify(now: number): boolean {
    if (this.deadline !== Infinity) {
      this.kicked = true;
      return false;
    }
    return this.take(now);
  }

  /** The device finished at `now`: publish out_cons; true to raise the port. */
  tick(now: number): boolean {
    if (now < this.deadline) return false;
    this.deadline = Infinity;
    this.g.cpu.write32(this.addr + XENCONS_OUT_CONS, this.doneCons);
    if (this.kicked) {
      this.kicked = false;
      this.take(now);
    }
    return true;
  }

  /**
   * Take every published byte. The bytes reach pvm's output now, so nothing is lost or
   * reordered however the run ends; what the device's time changes is when the guest sees
   * out_cons move and the event. A producer index more than a ring ahead of out_cons means a
   * broken front end: the notification is ignored, as xenconsoled ignores it.
   */
  private take(now: number): boolean {
    const cpu = this.g.cpu;
    const a = this.addr;
    const cons = cpu.read32(a + XENCONS_OUT_CONS) >>> 0;
    const prod = cpu.read32(a + XENCONS_OUT_PROD) >>> 0;
    const n = outstanding(prod, cons);
    if (n > XENCONS_OUT_SIZE) return false;
    if (n > 0) {
      for (let i = 0; i < n; i++) this.out[i] = cpu.mem[a + XENCONS_OUT + ((cons + i) % XENCONS_OUT_SIZE)]!;
      this.console.put(this.out.subarray(0, n));
      const cycles = n * this.backEnd.perByte;
      this.backEnd.charge(cycles);
      this.doneCons = prod;
      this.start = now;
      this.deadline = now + cycles;
      return false;
    }
    return this.input();
  }

  /**
   * Cycles of the device's work between `from` and `to`: time the guest slept through, which the
   * back end's charge must not count a second time.
   */
  busyDuring(from: number, to: number): number {
    return this.deadline === Infinity ? 0 : Math.max(0, Math.min(to, this.deadline) - Math.max(from, this.start));
  }

  /**
   * The next input into the free part of the input ring, up to and including a newline
   * (waiting for it in host time only, never in virtual time): what the guest gets depends on
   * the input bytes alone. True if input was added.
   */
  private input(): boolean {
    const cpu = this.g.cpu;
    const a = this.addr;
    const icons = cpu.read32(a + XENCONS_IN_CONS) >>> 0;
    let iprod = cpu.read32(a + XENCONS_IN_PROD) >>> 0;
    let added = false;
    const input = this.console.backend;
    while (outstanding(iprod, icons) < XENCONS_IN_SIZE) {
      const b = input.read();
      if (b < 0) break;
      cpu.write8(a + XENCONS_IN + (iprod % XENCONS_IN_SIZE), b);
      iprod = (iprod + 1) >>> 0;
      added = true;
      if (b === NEWLINE) break;
    }
    if (added) cpu.write32(a + XENCONS_IN_PROD, iprod);
    return added;
  }

  save(): unknown {
    return { deadline: this.deadline, start: this.start, doneCons: this.doneCons, kicked: this.kicked };
  }

  load(state: unknown): void {
    Object.assign(this, state as object);
  }
}
