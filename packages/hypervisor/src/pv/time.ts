// shared_info's clock, laid out as Xen's struct vcpu_time_info (xen/include/public/xen.h) and
// updated with Xen's version protocol (xen/arch/x86/time.c, __update_vcpu_system_time): the
// version goes odd, the fields are written, the version goes even. pvm writes all of it between
// two guest instructions, so the guest never sees an odd version; it still sees the version
// change under it (an update each time the hypervisor ran for it: a hypercall, an upcall between
// two of its loads), which is why it reads version, fields, version again and retries
// (docs/paravirt.md).
import type { Cpu } from '@pvm/cpu';
import {
  vcpu_time_info_system_time, vcpu_time_info_tsc_shift, vcpu_time_info_tsc_timestamp, vcpu_time_info_tsc_to_system_mul,
  vcpu_time_info_version, XEN_PVCLOCK_TSC_STABLE_BIT,
} from '@pvm/isa/codes';

const TWO32 = 0x1_0000_0000;
const NS_PER_S = 1_000_000_000;

/** ns = ((cycles << shift) * mul) >> 32, with mul < 2^32 (a negative shift shifts right). */
export interface TimeScale {
  readonly mul: number;
  readonly shift: number;
}

/** Xen's set_time_scale (xen/arch/x86/time.c): the scale for a clock of `hz` ticks a second. */
export function timeScale(hz: number): TimeScale {
  let tps = Math.round(hz);
  let shift = 0;
  while (tps > 2 * NS_PER_S) {
    tps = Math.floor(tps / 2);
    shift--;
  }
  while (tps <= NS_PER_S) {
    tps *= 2;
    shift++;
  }
  // div_frac(10^9, tps): the 32-bit fraction 10^9 / tps, rounded down.
  return { mul: Number((BigInt(NS_PER_S) << 32n) / BigInt(tps)), shift };
}

/** Nanoseconds for a difference of cycle counts, as a guest computes them from vcpu_time_info's scale. */
export function scaleDelta(cycles: number, s: TimeScale): number {
  const c = BigInt(cycles);
  const t = s.shift >= 0 ? c << BigInt(s.shift) : c >> BigInt(-s.shift);
  return Number((t * BigInt(s.mul)) >> 32n);
}

/** The low and high word of a u64 below 2^53. */
const lo = (v: number): number => (v < TWO32 ? v : v % TWO32);
const hi = (v: number): number => (v < TWO32 ? 0 : Math.floor(v / TWO32));

/**
 * The vcpu_time_info at `addr` in guest memory. system_time is the cycle count at the CPU's
 * rate, rounded down; tsc_to_system_mul and tsc_shift scale a difference of cycle counts as a
 * guest extrapolating from tsc_timestamp would, to within a nanosecond or two.
 */
export class VcpuTime {
  private readonly shiftWord: number;
  /** Nanoseconds a cycle: system time is the cycle count at this rate, rounded down. */
  private readonly nsPerCycle: number;

  readonly scale: TimeScale;

  constructor(
    private readonly cpu: Cpu,
    private readonly addr: number,
    /** The clock rate of the CPU, in Hz. */
    hz: number,
  ) {
    const scale = (this.scale = timeScale(hz));
    this.shiftWord = (scale.shift & 0xff) | (XEN_PVCLOCK_TSC_STABLE_BIT << 8); // tsc_shift, flags, pad1
    this.nsPerCycle = NS_PER_S / hz;
  }

  /**
   * One update, as Xen makes it: version odd, every field, version even. The words that rarely
   * change (the high words, the scale) are written only when guest memory does not already
   * hold them: a write costs the decode cache a check, a read does not.
   */
  update(cycles: number): void {
    const cpu = this.cpu;
    const a = this.addr;
    const version = cpu.read32(a + vcpu_time_info_version) >>> 0;
    const odd = ((version + 1) | 1) >>> 0; // version_update_begin (xen/include/xen/time.h)
    cpu.write32(a + vcpu_time_info_version, odd);
    const ns = this.ns(cycles);
    cpu.write32(a + vcpu_time_info_tsc_timestamp, lo(cycles));
    cpu.write32(a + vcpu_time_info_system_time, lo(ns));
    this.keep(a + vcpu_time_info_tsc_timestamp + 4, hi(cycles));
    this.keep(a + vcpu_time_info_system_time + 4, hi(ns));
    this.keep(a + vcpu_time_info_tsc_to_system_mul, this.scale.mul | 0);
    this.keep(a + vcpu_time_info_tsc_shift, this.shiftWord);
    cpu.write32(a + vcpu_time_info_version, (odd + 1) >>> 0); // version_update_end
  }

  /** System time at a cycle count: nanoseconds since boot, rounded down. */
  ns(cycles: number): number {
    return Math.floor(cycles * this.nsPerCycle);
  }

  /** The word at `at` is `v` afterwards (`v` as a signed 32-bit value). */
  private keep(at: number, v: number): void {
    if (this.cpu.read32(at) !== v) this.cpu.write32(at, v);
  }
}
