// Event delivery to a paravirtual guest: an upcall only when an event is pending AND the guest
// has not masked it (upcall_mask byte, per-port mask bits); SCHEDOP_block unmasks and sleeps;
// the upcall frame carries FLAGS.IE = "events were unmasked" and `hcall iret` restores the mask
// from it; traps bounced to the kernel mask events until their iret. Plus hypercall accounting.
import { expect, test } from 'vitest';
import { EFAULT, ENOSYS, FLAG_IE } from '@pvm/isa/codes';
import { PVM_VERSION, UNKNOWN_HYPERCALL as UNKNOWN, statsJson } from '../src/index.ts';
import { bindVirq, call, evtchn, runKernel } from './pv-harness.ts';

const UPCALL = 0xe1;

/**
 * The event handler records [UPCALL, upcall_mask as it sees it, the frame's FLAGS], counts
 * itself, takes every pending event, and returns with `hcall iret`, clearing FLAGS.IE in the
 * frame first when `keep_masked` is set. r10 = shared_info. `fire` makes the timer event
 * pending: a deadline already past, noticed on the way back from the hypercall.
 */
const LIB = `
on_event:
    push  r0
    push  r1
    li    r0, ${UPCALL}
    REC
    ldb   r0, [r10 + SH_UPCALL_MASK]
    REC
    ld    r0, [sp + 12]             ; FLAGS, above the two pushes and the return pc
    REC
    ld    r0, [upcalls]
    add   r0, r0, 1
    st    r0, [upcalls]
    li    r1, 0
    stb   r1, [r10 + SH_UPCALL_PENDING]
    st    r1, [r10 + SH_EVTCHN_PENDING]
    ld    r1, [keep_masked]
    beq   r1, 0, 1f
    ld    r0, [sp + 12]
    and   r0, r0, ~FLAG_IE
    st    r0, [sp + 12]
1:  pop   r1
    pop   r0
    hcall iret

fire:
    li    r1, 1
    li    r2, 0
    hcall set_timer_op
    ret

.data
upcalls:     .word 0
keep_masked: .word 0
tport:       .word 0
deadline:    .word 0
`;

const SETUP = `
    ld    r10, [r7 + SI_SHARED_INFO]
${call('set_callbacks', 'on_event')}
${bindVirq('VIRQ_TIMER')}
    st    r0, [tport]
`;

const rec = (what: string): string => `    ${what}\n    REC\n`;

test('an upcall comes only when an event is pending and not masked, at the next return to the guest', () => {
  const r = runKernel(`${SETUP}
${rec('ldb   r0, [r10 + SH_UPCALL_MASK]')}
    call  fire                      ; pending, but the guest starts with events masked
${rec('ld    r0, [upcalls]')}
${rec('ldb   r0, [r10 + SH_UPCALL_PENDING]')}
${rec('ld    r0, [r10 + SH_EVTCHN_PENDING]')}
    li    r1, 0
    stb   r1, [r10 + SH_UPCALL_MASK] ; unmask with a plain store: no trap, no hypercall
${rec('ld    r0, [upcalls]')}
${call('xen_version', 0)}
${rec('ld    r0, [upcalls]')}
${rec('ldb   r0, [r10 + SH_UPCALL_MASK]')}
${call('xen_version', 0)}
    ; a port's own mask bit: the event is pending but flags no upcall
    ld    r1, [tport]
    li    r2, 1
    shl   r2, r2, r1
    st    r2, [r10 + SH_EVTCHN_MASK]
    call  fire
${rec('ld    r0, [upcalls]')}
${rec('ldb   r0, [r10 + SH_UPCALL_PENDING]')}
${rec('ld    r0, [r10 + SH_EVTCHN_PENDING]')}
${evtchn('EVTCHNOP_unmask', '[tport]')}
${rec('ld    r0, [upcalls]')}
${rec('ld    r0, [r10 + SH_EVTCHN_MASK]')}
    DONE
${LIB}`);
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  const want = [
    0, 3, // set_callbacks, bind_virq
    1, // a guest starts masked
    0, 1, 1 << 3, // no upcall; upcall_pending and the port's bit are set
    0, // unmasked, but no upcall until the guest next comes back from the hypervisor
    UPCALL, 1, FLAG_IE, PVM_VERSION, // then it comes, masked inside, frame FLAGS.IE set
    1, 0, // one upcall; iret unmasked again from FLAGS.IE
    PVM_VERSION, // nothing pending: no upcall
    1, 0, 1 << 3, // a masked port: pending, no upcall_pending, no upcall
    UPCALL, 1, FLAG_IE, 0, // EVTCHNOP_unmask finds it pending and delivers it
    2, 0,
  ];
  expect(r.results(want.length)).toEqual(want);
  expect(r.recorded()).toBe(want.length);
  expect(r.d.stats.upcalls).toBe(2);
});

test('SCHEDOP_block unmasks events and sleeps until one arrives; iret restores the mask from FLAGS.IE', () => {
  const r = runKernel(`${SETUP}
    ld    r1, [r10 + SH_TIME + vcpu_time_info.tsc_timestamp]
    add   r1, r1, 5000
    st    r1, [deadline]
    li    r2, 0
    hcall set_timer_op
    REC
${rec('ldb   r0, [r10 + SH_UPCALL_MASK]')}
${call('sched_op', 'SCHEDOP_block')}
    ld    r0, [r10 + SH_TIME + vcpu_time_info.tsc_timestamp]    ; slept until the deadline
    ld    r1, [deadline]
    sub   r0, r0, r1
    REC
${rec('ldb   r0, [r10 + SH_UPCALL_MASK]')}
    li    r1, 1                     ; the handler now returns with FLAGS.IE clear
    st    r1, [keep_masked]
    call  fire
${rec('ldb   r0, [r10 + SH_UPCALL_MASK]')}
    li    r1, 0
    st    r1, [keep_masked]
    call  fire                      ; masked: pending, no upcall
${rec('ld    r0, [upcalls]')}
${call('sched_op', 'SCHEDOP_block')}
${rec('ld    r0, [upcalls]')}
    DONE
${LIB}`);
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  const got = r.results(r.recorded());
  // Woken at the deadline; the clock then also holds the upcall handler's own cycles.
  const slept = got[8]!;
  expect(slept).toBeGreaterThanOrEqual(0);
  expect(slept).toBeLessThan(50);
  expect(got).toEqual([
    0, 3, 0, // set_callbacks, bind, set_timer_op
    1, // masked before blocking
    UPCALL, 1, FLAG_IE, 0, // block unmasked; the upcall sees IE in its frame; block returned 0
    slept,
    0, // iret restored "unmasked"
    UPCALL, 1, FLAG_IE, // the next upcall, whose handler clears FLAGS.IE ...
    1, // ... so iret leaves events masked
    2, // masked: the next event waits
    UPCALL, 1, FLAG_IE, 0, // SCHEDOP_block unmasks it at once
    3,
  ]);
  expect(r.d.cpu.cycles).toBeGreaterThan(5000);
});

test('SCHEDOP_block with nothing that could wake the guest stops it instead of spinning', () => {
  const r = runKernel(`${call('xen_version', 0)}${call('sched_op', 'SCHEDOP_block')}    DONE\n`);
  expect(r.stop).toMatchObject({ kind: 'halted', reason: expect.stringMatching(/SCHEDOP_block.*sleep forever/) });
  expect(r.results(1)).toEqual([PVM_VERSION]);
  expect(r.recorded()).toBe(1);
});

test('a trap bounced through an entry with TI_IF masks events until its iret, whose FLAGS.IE unmasks them', () => {
  const r = runKernel(`${SETUP}
${call('set_trap_table', 'traps')}
    li    r1, 0
    stb   r1, [r10 + SH_UPCALL_MASK]
    syscall
${rec('ld    r0, [upcalls]')}
    DONE
on_sys:
    li    r0, 0x5c
    REC
${rec('ldb   r0, [r10 + SH_UPCALL_MASK]')}
${rec('ld    r0, [sp + 4]')}
    call  fire                      ; raised while masked: waits
${rec('ld    r0, [upcalls]')}
    hcall iret                      ; events unmasked again: delivered on the way out
${LIB}
traps: .byte VEC_SYSCALL, TI_IF | 1     ; struct trap_info: the kernel may enter, events masked
       .half 0
       .word on_sys
       .space trap_info_size
`);
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect(r.results(r.recorded())).toEqual([0, 3, 0, 0x5c, 1, FLAG_IE, 0, UPCALL, 1, FLAG_IE, 1]);
});

test('hypercalls are counted by number, failed and unknown ones included', () => {
  const r = runKernel(
    call('xen_version', 0) +
      call('xen_version', 1) +
      call('xen_version', 0) +
      call('console_io', 'CONSOLEIO_write', 2, 'msg') +
      call('console_io', 'CONSOLEIO_write', 2, 0xffffffff) +
      call(2) +
      call(63) +
      evtchn('EVTCHNOP_send', '[r7 + SI_CONSOLE_EVTCHN]') +
      evtchn(42, 0) +
      '    DONE\n.data\nmsg: .ascii "ok"\n',
  );
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect(r.results(9)).toEqual([PVM_VERSION, -ENOSYS, PVM_VERSION, 2, -EFAULT, -ENOSYS, -ENOSYS, 0, -ENOSYS]);
  // Numbers outside the table (2, 63) share one bucket: a guest cannot grow the stats.
  expect(Object.fromEntries(r.d.stats.hypercalls)).toEqual({ 17: 3, 18: 2, [UNKNOWN]: 2, 32: 2, 29: 1 });
  expect(r.d.stats.hypercallTotal).toBe(10);
  const j = statsJson(r.d);
  expect(j.hypercalls.total).toBe(10);
  expect(j.hypercalls.byName).toMatchObject({ xen_version: 3, console_io: 2, event_channel_op: 2, sched_op: 1, 'unknown (ENOSYS)': 2 });
  expect(j.exits.total).toBe(0);
  expect(r.out.text()).toBe('ok');
});
