// The hypercalls that take a pointer to their argument struct, as Xen's do (public/sched.h,
// public/event_channel.h): every struct goes through guestRange whole. A struct past the end of
// memory, partly or wholly in the hypervisor's pages (start_info, shared_info, the rings),
// wrapping around 2^32, is -EFAULT, reads nothing, writes nothing, and the kernel carries on.
// What the structs say is then checked as Xen checks it.
import { describe, expect, test } from 'vitest';
import {
  BLKIF_REQ_PROD, EFAULT, EINVAL, OP_HCALL, SH_EVTCHN_PENDING, SHUTDOWN_crash, SHUTDOWN_poweroff, SHUTDOWN_reboot, SHUTDOWN_suspend,
  SHUTDOWN_watchdog, SI_MAGIC, SI_MAGIC_VALUE, VIRQ_TIMER, XENCONS_OUT_PROD,
} from '@pvm/isa/codes';
import { PVM_VERSION } from '../src/index.ts';
import { call, layout, runKernel, shutdown, type Arg } from './pv-harness.ts';

/** Struct pointers no call may use, for a struct of `size` bytes in a memory of layout `L`. */
function hostile(L: ReturnType<typeof layout>, size: number): number[] {
  return [
    L.pv - size + 1, // its last byte in start_info
    L.pv - 1,
    L.pv,
    L.startInfo + SI_MAGIC,
    L.sharedInfo + SH_EVTCHN_PENDING, // over the event bitmaps
    L.consoleRing + XENCONS_OUT_PROD, // over a ring's indices
    L.blockRing + BLKIF_REQ_PROD,
    L.mem - size, // wholly in the hypervisor's pages
    L.mem - 1, // partly past the end of memory
    L.mem,
    0xfffffffe, // wraps around 2^32 into the first bytes of memory
    0xfffffffc,
    0xffffffff,
    0x80000000,
  ];
}

/** start_info and the rings as a fresh domain has them: shared_info's clock changes, they do not. */
const r0Pages = (mem: number) => (m: Uint8Array): number[] => {
  const L = layout(mem);
  return [...m.subarray(L.startInfo, L.sharedInfo), ...m.subarray(L.consoleRing, L.mem)];
};
const pristine = (mem: number): Uint8Array => runKernel('    DONE\n', { memory: mem }).d.cpu.mem;

/** A struct call with a pointer `p`, then REC. */
const evtchnAt = (cmd: string, p: Arg): string => call('event_channel_op', cmd, p);

const STRUCTS: readonly (readonly [string, number])[] = [
  ['EVTCHNOP_bind_virq', 12],
  ['EVTCHNOP_close', 4],
  ['EVTCHNOP_send', 4],
  ['EVTCHNOP_unmask', 4],
];

describe.each([1 << 20, 64 << 10])('with %i bytes of memory', (mem) => {
  const L = layout(mem);

  test.each(STRUCTS)('%s: a struct out of reach is -EFAULT, and nothing is read or written', (cmd, size) => {
    const ptrs = hostile(L, size);
    const pages = r0Pages(mem);
    const r = runKernel(`${ptrs.map((p) => evtchnAt(cmd, p | 0)).join('')}${call('xen_version', 0)}    DONE\n`, { memory: mem });
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(ptrs.length + 1)).toEqual([...ptrs.map(() => -EFAULT), PVM_VERSION]);
    expect(r.d.events.portOf(VIRQ_TIMER)).toBe(-1);
    expect(r.d.cpu.read32(L.startInfo + SI_MAGIC)).toBe(SI_MAGIC_VALUE);
    expect(r.d.blockRing.inFlight).toBe(0);
    expect(r.out.consumed).toBe(0);
    // No port was written anywhere in the hypervisor's pages but where the hypervisor keeps its own state.
    expect(pages(r.d.cpu.mem)).toEqual(pages(pristine(mem)));
  });

  test('SCHEDOP_shutdown: a struct out of reach is -EFAULT and the guest runs on', () => {
    const ptrs = hostile(L, 4);
    const r = runKernel(`${ptrs.map((p) => call('sched_op', 'SCHEDOP_shutdown', p | 0, 9)).join('')}    DONE\n`, { memory: mem });
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(ptrs.length)).toEqual(ptrs.map(() => -EFAULT));
  });

  test('a struct that ends exactly where the hypervisor pages begin is fine; bind_virq writes its port there', () => {
    const at = L.pv - 12;
    const r = runKernel(
      `    li    r1, ${at}
    li    r2, VIRQ_TIMER
    st    r2, [r1 + evtchn_bind_virq.virq]
    li    r2, 0
    st    r2, [r1 + evtchn_bind_virq.vcpu]
${evtchnAt('EVTCHNOP_bind_virq', at)}
    ld    r0, [${at} + evtchn_bind_virq.port]
    REC
${evtchnAt('EVTCHNOP_unmask', L.pv - 4)}
${evtchnAt('EVTCHNOP_close', L.pv - 4)}
    DONE
`,
      { memory: mem },
    );
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(4)).toEqual([0, 3, 0, 0]);
    expect(r.d.events.portOf(VIRQ_TIMER)).toBe(-1); // closed through the port it wrote
  });
});

test('structs need no alignment: copy_from_guest takes any address', () => {
  const r = runKernel(`
    li    r1, args + 1
    li    r2, VIRQ_TIMER
    st    r2, [r1 + evtchn_bind_virq.virq]
    li    r2, 0
    st    r2, [r1 + evtchn_bind_virq.vcpu]
${evtchnAt('EVTCHNOP_bind_virq', 'args + 1')}
    ld    r0, [args + 1 + evtchn_bind_virq.port]
    REC
    DONE
`);
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect(r.results(2)).toEqual([0, 3]);
});

describe('SCHEDOP_shutdown: what each reason does', () => {
  test.each([
    [SHUTDOWN_poweroff, 7, { kind: 'poweroff', code: 7 }],
    [SHUTDOWN_reboot, 3, { kind: 'poweroff', code: 3 }], // nothing restarts a domain in pvm
    [SHUTDOWN_crash, 0, { kind: 'halted', reason: 'the guest shut down with SHUTDOWN_crash: it reports that it crashed' }],
    [SHUTDOWN_watchdog, 0, { kind: 'halted', reason: "the guest shut down with SHUTDOWN_watchdog: its watchdog expired" }],
  ] as const)('reason %i, exit code %i', (reason, code, stop) => {
    const r = runKernel(`${shutdown(reason, code)}    li r0, 0xbad\n    REC\n    DONE\n`);
    expect(r.stop).toMatchObject(stop);
    expect(r.recorded()).toBe(0); // it did not come back
    // A crash report points at the hcall that made it.
    if (r.stop?.kind === 'halted') expect(r.d.cpu.mem[r.stop.pc]).toBe(OP_HCALL);
  });

  test('a suspend is cancelled at once (Xen returns 1 then); reasons pvm does not model are -EINVAL; the guest runs on', () => {
    const r = runKernel(
      `${shutdown(SHUTDOWN_suspend, 9)}${shutdown(5, 9)}${shutdown(6, 9)}${shutdown(0x100, 9)}${shutdown(-1, 9)}${shutdown(0x80000000, 9)}    DONE\n`,
    );
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(6)).toEqual([1, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL]);
  });
});
