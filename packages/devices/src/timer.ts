// The timer, in virtual time: a periodic or one-shot interrupt N guest cycles from now, and a
// readable clock. Virtual time never looks at the wall clock, so runs are reproducible.
import { TIMER_NOW, TIMER_NOW_HI, TIMER_ONESHOT, TIMER_PERIOD } from '@pvm/isa/codes';
import type { Snapshottable } from './backends.ts';
import type { PortDevice } from './bus.ts';

export interface Clock {
  /** Current virtual time in guest cycles. */
  now(): number;
}

export class Timer implements PortDevice, Snapshottable {
  period = 0;
  /** Absolute virtual time of the next interrupt, or Infinity. */
  deadline = Infinity;
  /** The interrupt fired and has not been delivered yet (edge-triggered, latched). */
  pending = false;
  fired = 0;
  private hi = 0;

  constructor(private readonly clock: Clock) {}

  read(port: number): number {
    if (port === TIMER_NOW) {
      const t = this.clock.now();
      this.hi = Math.floor(t / 0x1_0000_0000);
      return t >>> 0 | 0;
    }
    if (port === TIMER_NOW_HI) return this.hi | 0;
    if (port === TIMER_PERIOD) return this.period | 0;
    return -1;
  }

  write(port: number, value: number): void {
    const n = value >>> 0;
    if (port === TIMER_PERIOD) {
      this.period = n;
      this.deadline = n ? this.clock.now() + n : Infinity;
    } else if (port === TIMER_ONESHOT) {
      this.period = 0;
      this.deadline = n ? this.clock.now() + n : Infinity;
    }
  }

  save(): unknown {
    return { period: this.period, deadline: this.deadline, pending: this.pending, fired: this.fired, hi: this.hi };
  }

  load(state: unknown): void {
    Object.assign(this, state as object);
  }

  /** Absolute deadline set by a paravirtual guest (set_timer_op): one shot. */
  setAbsolute(t: number): void {
    this.period = 0;
    this.deadline = t > 0 ? t : Infinity;
  }

  /** Latch the interrupt if its time has come, and schedule the next one. */
  tick(now: number): boolean {
    if (now < this.deadline) return false;
    this.pending = true;
    this.fired++;
    if (this.period) {
      // After a long idle stretch, skip the missed periods rather than fire them all.
      const missed = Math.floor((now - this.deadline) / this.period);
      this.deadline += (missed + 1) * this.period;
    } else this.deadline = Infinity;
    return true;
  }
}
