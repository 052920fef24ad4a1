// shared_info's clock as Xen's struct vcpu_time_info: the scale Xen's set_time_scale computes,
// system time in nanoseconds at the preset's clock rate (the cycle count over GHz, rounded
// down), the version protocol (odd while being written, +2 an update), and why a guest reads it in a loop: it is rewritten whenever the
// hypervisor runs for the guest, so a hypercall or an upcall between two loads tears a read that
// does not check the version. The guest never sees an odd version; stepping it in the debugger
// changes nothing it sees.
import { describe, expect, test } from 'vitest';
import { PRESETS } from '@pvm/isa';
import { XEN_PVCLOCK_TSC_STABLE_BIT } from '@pvm/isa/codes';
import { costModel, PvDomain } from '../src/index.ts';
import { scaleDelta, timeScale, VcpuTime } from '../src/pv/time.ts';
import { rng } from './helpers.ts';
import { bindVirq, call, layout, prepare, runKernel } from './pv-harness.ts';

const T = layout().sharedInfo + 16; // SH_TIME
const word = (d: PvDomain, off: number): number => d.cpu.read32(T + off) >>> 0;
const u64 = (d: PvDomain, off: number): number => word(d, off) + word(d, off + 4) * 2 ** 32;

describe('the scale', () => {
  test.each([...PRESETS.map((p) => p.ghz * 1e9), 1e9, 2e9 + 1, 500e6, 1e6])('at %d Hz, the header\'s own formula gives the clock rate back', (hz) => {
    const { mul, shift } = timeScale(hz);
    expect(mul).toBeGreaterThan(0);
    expect(mul).toBeLessThan(2 ** 32);
    // public/xen.h: CPU frequency (Hz) = ((10^9 << 32) / tsc_to_system_mul) >> tsc_shift
    const f = Number((10n ** 9n << 32n) / BigInt(mul));
    const freq = shift >= 0 ? f / 2 ** shift : f * 2 ** -shift;
    expect(Math.abs(freq - hz) / hz).toBeLessThan(1e-6);
  });

  test('system time, the cycle count at the clock rate rounded down, stays within 2 ns of what the scale says, to the end of time', () => {
    const next = rng(7);
    // Clocks of a gigahertz or more, as every preset's: a nanosecond count never outgrows the cycle count.
    for (const hz of [...PRESETS.map((p) => p.ghz * 1e9), 1e9, 5e9]) {
      const t = new VcpuTime({} as never, 0, hz);
      for (let i = 0; i < 2000; i++) {
        const c = i < 5 ? [0, 1, 2 ** 32 - 1, 2 ** 32, 2 ** 52 - 1][i]! : Math.floor((next() / 2 ** 32) * 2 ** (1 + (next() % 52)));
        const ns = t.ns(c);
        expect(Number.isSafeInteger(ns), `${c} at ${hz}`).toBe(true);
        expect(Math.abs(ns - (c * 1e9) / hz), `${c} at ${hz}`).toBeLessThan(1 + 1e-6 * ns);
        // A guest that extrapolates with the scale from tsc_timestamp = 0 lands within 2 ns (per 10^9).
        expect(Math.abs(scaleDelta(c, t.scale) - ns), `${c} at ${hz}`).toBeLessThanOrEqual(2 + 2e-9 * ns);
      }
    }
  });
});

describe('in a guest', () => {
  test.each(PRESETS.map((p) => p.name))('with --cpu %s: version even, the cycle count, nanoseconds at the preset\'s clock, the scale', (name) => {
    const cost = costModel(name)!;
    const r = runKernel(`    li r6, 0\n1:  add r6, r6, 1\n    blt r6, 5000, 1b\n${call('xen_version', 0)}    DONE\n`, { cost });
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    const d = r.d;
    const s = timeScale(PRESETS.find((p) => p.name === name)!.ghz * 1e9);
    expect(word(d, 0) % 2).toBe(0);
    expect(word(d, 24)).toBe(s.mul);
    expect((d.cpu.mem[T + 28]! << 24) >> 24).toBe(s.shift);
    expect(d.cpu.mem[T + 29]).toBe(XEN_PVCLOCK_TSC_STABLE_BIT);
    // Last rewritten on the way back from xen_version: the shutdown that follows stops first.
    const tsc = u64(d, 8);
    expect(tsc).toBeGreaterThan(10_000);
    expect(d.cpu.cycles - tsc).toBeGreaterThan(0);
    expect(d.cpu.cycles - tsc).toBeLessThan(20);
    expect(u64(d, 16)).toBe(d.time.ns(tsc));
    expect(Math.abs(u64(d, 16) - tsc / PRESETS.find((p) => p.name === name)!.ghz)).toBeLessThan(1);
    expect(Math.abs(scaleDelta(tsc, s) - u64(d, 16))).toBeLessThanOrEqual(2);
  });

  test('each hypervisor entry is one update, +2 to the version; a version the guest scribbled odd comes back even', () => {
    const r = runKernel(`
    ld    r10, [r7 + SI_SHARED_INFO]
    ld    r0, [r10 + SH_TIME + vcpu_time_info.version]
    REC
${call('xen_version', 0)}
    ld    r0, [r10 + SH_TIME + vcpu_time_info.version]
    REC
    li    r1, 7
    st    r1, [r10 + SH_TIME + vcpu_time_info.version]
${call('xen_version', 0)}
    ld    r0, [r10 + SH_TIME + vcpu_time_info.version]
    REC
    DONE
`);
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    const [v0, , v1, , v2] = r.results(5);
    expect(v0! % 2).toBe(0);
    expect(v1).toBe(v0! + 2);
    expect(v2).toBe(((7 + 1) | 1) + 1); // Xen's version_update_begin, then _end
  });

  // The kernel reads the clock CASES times, with a hypercall between the two halves of each read
  // when `between` says so, with and without the version loop. It records the retries and whether
  // any read it accepted was torn: system_time that is not the scale of tsc_timestamp.
  const reader = (loop: boolean): string => `
    ld    r10, [r7 + SI_SHARED_INFO]
    li    r6, 0
next:
    li    r8, 1                     ; this read gets a hypercall between its halves, once
again:
    ld    r0, [r10 + SH_TIME + vcpu_time_info.version]
    ld    r4, [r10 + SH_TIME + vcpu_time_info.tsc_timestamp]
    beq   r8, 0, 1f
    li    r8, 0
    li    r1, XENVER_version
    hcall xen_version
1:  ld    r5, [r10 + SH_TIME + vcpu_time_info.system_time]
    ld    r3, [r10 + SH_TIME + vcpu_time_info.version]
${loop ? `    beq   r3, r0, 2f
    ld    r1, [retries]
    add   r1, r1, 1
    st    r1, [retries]
    jmp   again
2:` : ''}
    mul   r1, r6, 8                 ; keep (tsc, ns)
    st    r4, [r1 + pairs]
    st    r5, [r1 + pairs + 4]
    add   r6, r6, 1
    blt   r6, 20, next
    ld    r0, [retries]
    REC
    DONE
.data
retries: .word 0
pairs:   .space 160
`;

  test('a read with an update between its loads is torn; the version loop sees it and reads again', () => {
    const check = (loop: boolean): { retries: number; torn: number } => {
      const r = runKernel(reader(loop));
      expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
      const d = r.d;
      let torn = 0;
      for (let i = 0; i < 20; i++) {
        const tsc = d.cpu.read32(r.sym('pairs') + 8 * i) >>> 0;
        const ns = d.cpu.read32(r.sym('pairs') + 8 * i + 4) >>> 0;
        if (ns !== d.time.ns(tsc) % 2 ** 32) torn++;
      }
      return { retries: r.results(1)[0]!, torn };
    };
    expect(check(false)).toEqual({ retries: 0, torn: 20 });
    expect(check(true)).toEqual({ retries: 20, torn: 0 });
  });

  test('the guest never sees an odd version, across hypercalls, upcalls, sleeps and time slices', () => {
    const r = runKernel(
      `
    ld    r10, [r7 + SI_SHARED_INFO]
${call('set_callbacks', 'on_event')}
${bindVirq('VIRQ_TIMER')}
    li    r1, 0
    stb   r1, [r10 + SH_UPCALL_MASK]
    li    r6, 0
1:  ld    r0, [r10 + SH_TIME + vcpu_time_info.version]
    and   r0, r0, 1
    ld    r1, [odd]
    add   r1, r1, r0
    st    r1, [odd]
    and   r2, r6, 1023
    bne   r2, 0, 2f
    ld    r1, [r10 + SH_TIME + vcpu_time_info.tsc_timestamp]
    add   r1, r1, 3000
    li    r2, 0
    hcall set_timer_op
2:  add   r6, r6, 1
    blt   r6, 1500000, 1b
    ld    r0, [odd]
    REC
    ld    r0, [upcalls]
    REC
    DONE
on_event:
    push  r1
    ld    r1, [upcalls]
    add   r1, r1, 1
    st    r1, [upcalls]
    li    r1, 0
    stb   r1, [r10 + SH_UPCALL_PENDING]
    st    r1, [r10 + SH_EVTCHN_PENDING]
    pop   r1
    hcall iret
.data
odd:     .word 0
upcalls: .word 0
`,
      { maxSteps: 2e7 },
    );
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    const [odd, upcalls] = r.results(4).slice(2);
    expect(odd).toBe(0);
    expect(upcalls).toBeGreaterThan(1000);
    expect(r.d.cpu.cycles).toBeGreaterThan(2 ** 23); // past a few of the run loop's slices
  });

  test('single-stepping a guest (the debugger, --trace) shows it the same clock as running it', () => {
    const src = `
    ld    r10, [r7 + SI_SHARED_INFO]
${bindVirq('VIRQ_TIMER')}
${call('set_timer_op', 5000, 0)}
${call('sched_op', 'SCHEDOP_block')}
    li    r6, 0
1:  ld    r0, [r10 + SH_TIME + vcpu_time_info.version]
    REC
    ld    r0, [r10 + SH_TIME + vcpu_time_info.system_time]
    REC
    add   r6, r6, 1
    blt   r6, 20, 1b
    DONE
`;
    const whole = runKernel(src);
    const stepped = prepare(src);
    while (stepped.d.run(1) === null);
    expect(stepped.d.stopped).toEqual(whole.stop);
    expect(stepped.results(stepped.recorded())).toEqual(whole.results(whole.recorded()));
    expect(stepped.d.cpu.cycles).toBe(whole.d.cpu.cycles);
  });
});
