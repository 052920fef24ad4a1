// Seeded random hypercalls: thousands of (nr, r1..r5) drawn from edge values and random words,
// numbers 0..70, issued by a kernel that records every r0. The calls that take a struct
// (event_channel_op, sched_op's shutdown) get pointers to structs of random contents, or hostile
// pointers. No host exception, every result either >= 0 or a known negative errno (the one each
// handler may give), results that follow from the arguments alone checked against a model of
// docs/paravirt.md, every call counted.
import { expect, test } from 'vitest';
import {
  E2BIG, EEXIST, EFAULT, EINVAL, ENOENT, ENOSPC, ENOSYS, evtchn_bind_virq_size, SCHEDOP_block, SCHEDOP_shutdown, SCHEDOP_yield,
  sched_shutdown_size, SHUTDOWN_suspend, trap_info_size,
} from '@pvm/isa/codes';
import { CONSOLE_IO_MAX, HYPERCALL_TABLE, PVM_VERSION, UNKNOWN_HYPERCALL } from '../src/index.ts';
import { MMU_BATCH_MAX } from '../src/pv/mm.ts';
import { KNOWN_ERRNOS, layout, prepare } from './pv-harness.ts';
import { rng } from './helpers.ts';

const CALLS = 4000;
const MAX_NR = 70;
const KNOWN_NRS = [0, 1, 3, 4, 14, 15, 17, 18, 23, 26, 29, 32];
/** What the iret stub returns when the frame it built was taken (iret leaves r0 alone). */
const IRET_OK = 0x7e7;
/** The kernel image lives here; random words that land in it are drawn again (a console read there would overwrite the kernel). */
const IMAGE_LO = 0x1000;
const IMAGE_HI = 0x40000;

const L = layout();


// Addresses: free memory, the edges of the hypervisor pages, past the end, wrapping.
const ADDRS = [
  0, 1, 4, 0x100, 0x800, 0x80000, L.pv - 0x10000, L.pv - 0x100, L.pv - 36, L.pv - 16, L.pv - 8, L.pv - 4, L.pv - 1, L.pv,
  L.pv + 1, L.pv + 4, L.startInfo + 8, L.sharedInfo, L.sharedInfo + 1, L.consoleRing, L.consoleRing + 1024, L.blockRing,
  L.blockRing + 64, L.mem - 4, L.mem - 1, L.mem, L.mem + 4, 0x7ffffffc, 0x80000000, 0xfffffff0, 0xfffffffc, 0xffffffff,
];
const LENGTHS = [0, 1, 2, 16, 36, 0x100, 0x4000, CONSOLE_IO_MAX - 1, CONSOLE_IO_MAX, CONSOLE_IO_MAX + 1, 0x7fffffff, 0x80000000, 0xfffffff0, 0xffffffff];
const SMALL = [0, 1, 2, 3, 4, 5, 7, 8, 9, 16, 22, 31, 32, 33, 63, 64, 100];
const PORTS = [0, 1, 2, 3, 4, 5, 6, 30, 31, 32, 33, 0x7fffffff, 0x80000000, 0xffffffff];
const BIG = [0x7ffffffe, 0x7fffffff, 0x80000000, 0x80000001, 0xfffff, 0x100000, 0xfffffffe, 0xffffffff];
const POOL = [...ADDRS, ...LENGTHS, ...SMALL, ...BIG];
/** Stack pointers iret must refuse (the stub switches to them only for the call). */
const HOSTILE_SP = [L.mem, L.mem - 4, L.mem + 8, L.pv, L.pv - 4, L.startInfo + 8, L.sharedInfo, L.blockRing + 8, 0xfffffff8, 0xfffffffc, 0xffffffff, 0x80000000];

/** mmu_update targets: free memory with each command in bits 1:0, the hypervisor's pages, past memory, wrapping. */
const MMU_PTRS = [0x80000, 0x80004 + 1, 0x80008 + 2, 0x8000c + 3, 0x81000, L.pv, L.sharedInfo, L.mem - 4, L.mem, 0xfffffffc];
/** mmuext_op commands: all but MMUEXT_NEW_BASEPTR (5), and some that do not exist. */
const EXT_CMDS = [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 99, 0xffffffff];

type Call = [nr: number, a1: number, a2: number, a3: number, a4: number, a5: number];
/** A struct a call points at, planted in its own slot: three words. */
type Struct = [number, number, number];
/** Bytes per struct slot (the largest struct, evtchn_bind_virq, and room). */
const SLOT = 16;
/** Shutdown reasons that leave the guest running: a cancelled suspend, and reasons pvm refuses. */
const REASONS = [SHUTDOWN_suspend, 5, 6, 99, 0x100, 0x80000000, 0xffffffff];
/** Addresses no struct of `size` bytes may be read from. */
const outside = (size: number): number[] => ADDRS.filter((a) => a + size > L.pv);

function generate(seed: number, n: number, slots: number): { calls: Call[]; structs: Map<number, Struct> } {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[next() % xs.length]!;
  const random = (): number => {
    for (;;) {
      const w = next();
      if (w < IMAGE_LO || w >= IMAGE_HI) return w;
    }
  };
  const word = (pool: readonly number[] = POOL): number => (next() % 3 === 0 ? random() : pick(pool));
  const calls: Call[] = [];
  const structs = new Map<number, Struct>();
  /** A pointer to call i's own slot, planted with `s`. */
  const slot = (i: number, s: Struct): number => (structs.set(i, s), slots + SLOT * i);
  for (let i = 0; i < n; i++) {
    const nr = next() % 5 < 3 ? pick(KNOWN_NRS) : next() % (MAX_NR + 1);
    const a: Call = [nr, word(), word(), word(), word(), word()];
    if (nr === 18) {
      a[1] = next() % 4 < 3 ? next() % 2 : word(SMALL);
      a[2] = word(LENGTHS);
      a[3] = word(ADDRS);
    } else if (nr === 29) {
      a[1] = next() % 3 ? pick([SCHEDOP_shutdown, SCHEDOP_shutdown, SCHEDOP_block, SCHEDOP_yield]) : word(SMALL);
      // A shutdown that would end the run is DONE's: here its struct is out of reach or its
      // reason one the guest survives.
      if (a[1] === SCHEDOP_shutdown) a[2] = next() % 2 ? pick(outside(sched_shutdown_size)) : slot(i, [pick(REASONS), word(), word()]);
    } else if (nr === 32) {
      a[1] = word([1, 1, 1, 3, 4, 9, 0, 2, 5, 10]);
      // bind_virq's struct takes a virq and a vCPU, the others' a port.
      const s: Struct = a[1] === 1 ? [pick([0, 2, 0, 2, 0, 2, 1, 3, 31, 32, 0xffffffff]), pick([0, 0, 0, 1, 0x80000000]), word()] : [word(PORTS), word(), word()];
      a[2] = next() % 3 ? slot(i, s) : next() % 2 ? pick(outside(evtchn_bind_virq_size)) : word();
    } else if (nr === 23) {
      a[3] = next() % 2 ? 0 : pick(HOSTILE_SP);
    } else if (nr === 17) {
      a[1] = word(SMALL);
    } else if (nr === 1 || nr === 26) {
      // Requests planted in the call's slot; a second one reads the slot's unplanted fourth word
      // (0). mmu_update may write any frame that is no table, as a store could, so its targets
      // stay out of the kernel; mmuext_op never turns paging on (pv-paging.test.ts does).
      const s: Struct = nr === 1 ? [pick(MMU_PTRS), word(), pick(MMU_PTRS)] : [pick(EXT_CMDS), word([0, 1, 0x80, 0xff, 0x100, 0xfffff, 0xffffffff]), word()];
      a[1] = next() % 4 ? slot(i, s) : pick(outside(8));
      a[2] = pick([0, 1, 1, 1, 2, MMU_BATCH_MAX + 1, 0xffffffff]);
      a[3] = pick([0, 0, 0, 0x80040, L.pv, L.mem - 2, 0xfffffffe]);
    }
    calls.push(a);
  }
  return { calls, structs };
}

const inside = (addr: number, len: number): boolean => addr + len <= L.pv; // both unsigned

/** The results that follow from the arguments alone (docs/paravirt.md); undefined where state decides. */
function model([nr, a1, a2, a3]: Call): number | readonly number[] | undefined {
  switch (nr) {
    case 3:
      return a1 % 4 === 0 && a1 >= 16 && a1 <= L.pv ? 0 : -EINVAL;
    case 4:
      return a1 === 0 || (a1 % 4 === 0 && a1 + 4 <= L.pv) ? 0 : -EINVAL;
    case 15:
      return a2 * 2 ** 32 + a1 < 2 ** 52 ? 0 : -EINVAL;
    case 17:
      return a1 === 0 ? PVM_VERSION : -ENOSYS;
    case 18: {
      if (a1 !== 0 && a1 !== 1) return -ENOSYS;
      const n = a2 | 0;
      if (n < 0) return -EINVAL;
      if (n > CONSOLE_IO_MAX) return -E2BIG;
      if (!inside(a3, n)) return -EFAULT;
      return a1 === 0 ? n : undefined; // a read takes what input there is
    }
    case 23:
      return a3 === 0 ? IRET_OK : -EFAULT;
    case 29:
      if (a1 === SCHEDOP_shutdown) return inside(a2, sched_shutdown_size) ? [1, -EINVAL] : -EFAULT;
      return a1 === SCHEDOP_yield || a1 === SCHEDOP_block ? 0 : -ENOSYS;
    case 0:
      if (a1 === 0) return 0;
      return inside(a1, trap_info_size) ? [0, -EINVAL, -EFAULT, -E2BIG] : -EFAULT;
    case 1: // mmu_update and mmuext_op: their results depend on what the requests find in memory
    case 26:
      return a2 > MMU_BATCH_MAX ? -EINVAL : undefined;
    case 14: // update_va_mapping needs paging on, which no call here turns on
      return -EINVAL;
    case 32: {
      if (![1, 3, 4, 9].includes(a1)) return -ENOSYS;
      const size = a1 === 1 ? evtchn_bind_virq_size : 4;
      return inside(a2, size) ? undefined : -EFAULT;
    }
  }
  return -ENOSYS;
}

/** The kernel: a loop over the call table, a stub per number, an event handler. */
function kernel(): string {
  const stubs: string[] = [];
  for (let nr = 0; nr <= MAX_NR; nr++) {
    const hc = nr <= 63 ? `hcall ${nr}` : 'hcall 0'; // the assembler stops at 63: patched below
    let body = `stub_${nr}:\n    ${hc}\n    ret\n`;
    if (nr === 4)
      // set_callbacks: put the real handler back at once (events are masked meanwhile)
      body = `stub_4:\n    ${hc}\n    push  r0\n    li    r1, on_event\n    hcall set_callbacks\n    pop   r0\n    ret\n`;
    if (nr === 23)
      body = `stub_23:
    beq   r3, 0, 2f
    mov   r13, sp
    mov   sp, r3
    ${hc}
    mov   sp, r13
    ret
2:  and   r2, r2, FLAG_IE         ; a good frame: back at 3f, events as its FLAGS.IE says
    push  r2
    li    r8, 3f
    push  r8
    li    r0, ${IRET_OK}
    ${hc}
3:  li    r8, 1
    stb   r8, [r10 + SH_UPCALL_MASK]
    ret
`;
    if (nr === 29)
      body = `stub_29:
    bne   r1, SCHEDOP_block, 1f   ; make sure something will wake it: the timer, bound, soon
    push  r1
    push  r2
    li    r1, EVTCHNOP_bind_virq
    li    r2, bind_timer
    hcall event_channel_op
    ld    r1, [r10 + SH_TIME + vcpu_time_info.tsc_timestamp]
    add   r1, r1, 50
    li    r2, 0
    hcall set_timer_op
    pop   r2
    pop   r1
1:  ${hc}
    li    r8, 1
    stb   r8, [r10 + SH_UPCALL_MASK]
    ret
`;
    stubs.push(`${nr > 63 ? `wide_${nr}:\n` : ''}${body}`);
  }
  return `
    ld    r10, [r7 + SI_SHARED_INFO]
    li    sp, kstack_top
    li    r1, on_event
    hcall set_callbacks
    li    r12, rres
    li    r11, calls
    li    r9, calls + ${CALLS * 24}
loop:
    ld    r6, [r11]
    shl   r6, r6, 2
    ld    r6, [r6 + stubs]
    ld    r1, [r11 + 4]
    ld    r2, [r11 + 8]
    ld    r3, [r11 + 12]
    ld    r4, [r11 + 16]
    ld    r5, [r11 + 20]
    call  r6
    st    r0, [r12]
    add   r12, r12, 4
    add   r11, r11, 24
    bltu  r11, r9, loop
    DONE

on_event:                          ; take every event, keep every register
    push  r0
    li    r0, 0
    stb   r0, [r10 + SH_UPCALL_PENDING]
    st    r0, [r10 + SH_EVTCHN_PENDING]
    ld    r0, [upcalls]
    add   r0, r0, 1
    st    r0, [upcalls]
    pop   r0
    hcall iret

${stubs.join('')}
.data
stubs:   .word ${Array.from({ length: MAX_NR + 1 }, (_, i) => `stub_${i}`).join(', ')}
upcalls: .word 0
bind_timer: .word VIRQ_TIMER, 0, 0      ; struct evtchn_bind_virq
         .align 16
         .space 4096
kstack_top:
calls:   .space ${CALLS * 24}
rres:    .space ${CALLS * 4}
slots:   .space ${CALLS * SLOT}
image_end:
`;
}

test.each([1, 2, 3])(`seed %i: ${CALLS} random hypercalls, no host exception, only known results`, (seed) => {
  let calls: Call[] = [];
  const p = prepare(kernel(), {
    input: 'random input for console reads, 64 bytes of it: 0123456789abcdef',
    maxSteps: 5e6,
    setup: ({ d, sym }) => {
      expect(sym('image_end')).toBeLessThanOrEqual(IMAGE_HI);
      for (let nr = 64; nr <= MAX_NR; nr++) d.cpu.write32(sym(`wide_${nr}`) + 4, nr);
      const g = generate(seed, CALLS, sym('slots'));
      calls = g.calls;
      const base = sym('calls');
      calls.forEach((c, i) => c.forEach((v, j) => d.cpu.write32(base + 24 * i + 4 * j, v)));
      for (const [i, words] of g.structs) words.forEach((v, j) => d.cpu.write32(sym('slots') + SLOT * i + 4 * j, v));
    },
  });
  let stop: ReturnType<typeof p.d.run> = null;
  expect(() => (stop = p.d.run())).not.toThrow();
  expect(stop).toEqual({ kind: 'poweroff', code: 0 });

  const rres = p.sym('rres');
  expect(p.d.cpu.regs[12]).toBe(rres + 4 * CALLS);
  const results = calls.map((_, i) => p.d.cpu.read32(rres + 4 * i) | 0);
  const seen = new Map<number, number>();
  results.forEach((r0, i) => {
    const c = calls[i]!;
    const what = `call ${i}: nr ${c[0]}, args ${c.slice(1).map((v) => '0x' + (v >>> 0).toString(16)).join(' ')} -> ${r0}`;
    expect(r0 >= 0 || KNOWN_ERRNOS.has(r0), what).toBe(true);
    const want = model(c);
    if (typeof want === 'number') expect(r0, what).toBe(want);
    else if (want) expect(want, what).toContain(r0);
    if (c[0] === 32) expect([-EFAULT, -EINVAL, -EEXIST, -ENOSPC, -ENOENT, -ENOSYS, 0].includes(r0), what).toBe(true);
    if (c[0] === 18 && c[1] === 1 && r0 >= 0) expect(r0, what).toBeLessThanOrEqual(c[2]! | 0);
    seen.set(r0 < 0 ? r0 : 0, (seen.get(r0 < 0 ? r0 : 0) ?? 0) + 1);
  });
  // The draw reaches every kind of failure, and plenty of successes.
  for (const e of [-EFAULT, -EINVAL, -ENOSYS, -E2BIG, -EEXIST, -ENOENT]) expect(seen.get(e) ?? 0, `errno ${e}: ${[...seen]}`).toBeGreaterThan(0);
  // Every struct call met each kind of pointer: out of reach, and planted.
  for (const nr of [29, 32]) {
    const mine = calls.map((c, i) => [c, results[i]!] as const).filter(([c]) => c[0] === nr && (nr === 32 ? [1, 3, 4, 9].includes(c[1]) : c[1] === SCHEDOP_shutdown));
    expect(mine.filter(([, r0]) => r0 === -EFAULT).length, `nr ${nr}`).toBeGreaterThan(10);
    expect(mine.filter(([, r0]) => r0 !== -EFAULT).length, `nr ${nr}`).toBeGreaterThan(10);
  }
  expect(seen.get(0)).toBeGreaterThan(CALLS / 10);
  // The paging calls did work and were refused, each many times.
  for (const nr of [1, 26]) {
    const mine = calls.map((c, i) => [c, results[i]!] as const).filter(([c]) => c[0] === nr);
    expect(mine.filter(([, r0]) => r0 === 0).length, `nr ${nr}`).toBeGreaterThan(10);
    expect(mine.filter(([, r0]) => r0 < 0).length, `nr ${nr}`).toBeGreaterThan(10);
  }

  // Every hypercall counted by its number: the random ones, the stubs' own, setup and shutdown.
  const want = new Map<number, number>();
  const add = (nr: number, k = 1): void => void want.set(nr, (want.get(nr) ?? 0) + k);
  add(4); // the kernel's set_callbacks
  add(29); // DONE
  add(23, p.d.stats.upcalls); // every upcall returns with hcall iret
  for (const [nr, a1] of calls) {
    add(nr in HYPERCALL_TABLE ? nr : UNKNOWN_HYPERCALL); // the guest's choice of number is bounded
    if (nr === 4) add(4);
    if (nr === 29 && a1 === SCHEDOP_block) {
      add(32); // the stub binds the timer ...
      add(15); // ... and sets it before blocking
    }
  }
  expect(new Map([...p.d.stats.hypercalls].sort((a, b) => a[0] - b[0]))).toEqual(new Map([...want].sort((a, b) => a[0] - b[0])));
  // Blocking really slept and woke through the event path.
  const blocks = calls.filter(([nr, a1]) => nr === 29 && a1 === SCHEDOP_block).length;
  expect(blocks).toBeGreaterThan(0);
  expect(p.d.stats.upcalls).toBeGreaterThanOrEqual(blocks);
});
