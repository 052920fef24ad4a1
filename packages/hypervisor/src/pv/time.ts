// shared_info's clock, laid out as Xen's struct vcpu_time_info (xen/include/public/xen.h) and
// updated with Xen's version protocol (xen/arch/x86/time.c, __update_vcpu_system_time): the
// version goes odd, the fields are written, the version goes even. pvm writes all of it between
// two guest instructions, so the guest never sees an odd version; it still sees the version
// change under it (an update each time the hypervisor ran for it: a hypercall, an upcall between
// two of its loads), which is why it reads version, fields, version again and retries
// (docs/paravirt.md).
import type { Cpu } from '@pvm/cpu';
import {
  vcpu_time_info_flags, vcpu_time_info_system_time, vcpu_time_info_tsc_shift, vcpu_time_info_tsc_timestamp,
  vcpu_time_info_tsc_to_system_mul, vcpu_time_info_version, XEN_PVCLOCK_TSC_STABLE_BIT,
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

/** floor(t * mul / 2^32) exactly, for t < 2^53 and mul < 2^32, without BigInt (it runs on every return to the guest). */
function mulFrac(t: number, mul: number): number {
  const a = Math.floor(t / TWO32);
  const b = t - a * TWO32;
  const m1 = Math.floor(mul / 0x10000);
  const m0 = mul - m1 * 0x10000;
  const x = b * m1; // < 2^48: exact, as is every partial sum below
  const y = b * m0;
  const xHi = Math.floor(x / 0x10000);
  return a * mul + xHi + Math.floor(((x - xHi * 0x10000) * 0x10000 + y) / TWO32);
}

/** Nanoseconds for a cycle count, as a guest computes them from vcpu_time_info's scale. */
export function scaleDelta(cycles: number, s: TimeScale): number {
  const t = s.shift >= 0 ? cycles * 2 ** s.shift : Math.floor(cycles / 2 ** -s.shift);
  if (t < 2 ** 53) return mulFrac(t, s.mul);
  return Number(((BigInt(cycles) << BigInt(Math.max(s.shift, 0))) * BigInt(s.mul)) >> 32n);
}

/** The vcpu_time_info at `addr` in guest memory. */
export class VcpuTime {
  constructor(
    private readonly cpu: Cpu,
    private readonly addr: number,
    readonly scale: TimeScale,
  ) {}

  /** One update, as Xen makes it: version odd, every field, version even. */
  update(cycles: number): void {
    const cpu = this.cpu;
    const a = this.addr;
    const version = cpu.read32(a + vcpu_time_info_version) >>> 0;
    const odd = ((version + 1) | 1) >>> 0; // version_update_begin (xen/include/xen/time.h)
    cpu.write32(a + vcpu_time_info_version, odd);
    const ns = scaleDelta(cycles, this.scale);
    cpu.write32(a + vcpu_time_info_tsc_timestamp, cycles % TWO32);
    cpu.write32(a + vcpu_time_info_tsc_timestamp + 4, Math.floor(cycles / TWO32));
    cpu.write32(a + vcpu_time_info_system_time, ns % TWO32);
    cpu.write32(a + vcpu_time_info_system_time + 4, Math.floor(ns / TWO32));
    cpu.write32(a + vcpu_time_info_tsc_to_system_mul, this.scale.mul);
    cpu.write8(a + vcpu_time_info_tsc_shift, this.scale.shift & 0xff);
    cpu.write8(a + vcpu_time_info_flags, XEN_PVCLOCK_TSC_STABLE_BIT);
    cpu.write32(a + vcpu_time_info_version, (odd + 1) >>> 0); // version_update_end
  }
}
