// Hypercalls belong to the guest kernel: from guest user mode every one of them, known or not,
// with good arguments or hostile ones, is -EPERM and changes nothing. The kernel gets to user
// mode with `hcall iret` on a hand-built frame, and user code gets back with `syscall`.
import { expect, test } from 'vitest';
import { NUM_VECTORS } from '@pvm/isa';
import { EPERM, FLAG_U, VEC_PRIV, VEC_SYSCALL, VIRQ_TIMER } from '@pvm/isa/codes';
import { PVM_VERSION, UNKNOWN_HYPERCALL } from '../src/index.ts';
import { call, runKernel } from './pv-harness.ts';

/** Every hypercall a user program might try, with arguments that would work from the kernel. */
const USER_CALLS = [
  call('set_trap_table', 'traps2'),
  call('set_trap_table', 0),
  call('stack_switch', 'ustack_top'),
  call('set_callbacks', 0),
  call('set_callbacks', 'escalated'),
  call('set_timer_op', 1000, 0),
  call('xen_version', 'XENVER_version'),
  call('console_io', 'CONSOLEIO_write', 5, 'msg'),
  call('console_io', 'CONSOLEIO_read', 4, 'inbuf'),
  call('console_io', 'CONSOLEIO_write', 0xffffffff, 0xfffffff0), // hostile too: -EPERM comes first
  // iret from user mode would be a privilege escalation: a kernel-mode frame on the user stack
  `    li    r1, 0
    push  r1
    li    r1, escalated
    push  r1
    hcall iret
    REC
    add   sp, sp, 8
`,
  call('sched_op', 'SCHEDOP_yield'),
  call('sched_op', 'SCHEDOP_block'),
  call('sched_op', 'SCHEDOP_shutdown', 9),
  call('sched_op', 77),
  call('event_channel_op', 'EVTCHNOP_bind_virq', 'VIRQ_TIMER'),
  call('event_channel_op', 'EVTCHNOP_close', '[r7 + SI_CONSOLE_EVTCHN]'),
  call('event_channel_op', 'EVTCHNOP_send', '[r7 + SI_BLOCK_EVTCHN]'),
  call('event_channel_op', 'EVTCHNOP_unmask', '[r7 + SI_CONSOLE_EVTCHN]'),
  call('event_channel_op', 99, 0),
  call(1),
  call(2),
  call(63),
];

const KERNEL = `
${call('set_trap_table', 'traps')}
${call('stack_switch', 'kstack_top')}
${call('set_callbacks', 'on_event')}
    li    r1, ustack_top        ; the frame of an interrupt from user mode: pc, FLAGS, user sp
    push  r1
    li    r1, FLAG_U
    push  r1
    li    r1, user
    push  r1
    hcall iret
    li    r0, 0xbad             ; never runs
    REC
    DONE

user:
    cli                         ; privileged in user mode: bounces to the kernel's VEC_PRIV handler
${USER_CALLS.join('')}
    mov   r0, sp
    REC
    syscall
after_syscall:
    li    r0, 0xbad
    REC
    DONE

on_priv:                        ; skip the instruction and go back to user mode
    li    r0, 0x9e1
    REC
    ld    r0, [sp + 4]
    REC
    ld    r0, [sp]
    add   r0, r0, 4
    st    r0, [sp]
    hcall iret

on_syscall:                     ; supervisor again, on the stack_switch stack
    mov   r0, sp
    REC
    ld    r0, [sp]
    REC
    ld    r0, [sp + 4]
    REC
    ld    r0, [sp + 8]
    REC
${call('xen_version', 'XENVER_version')}
    DONE

on_event:
    hcall iret

escalated:
    li    r0, 0xbad
    REC
    DONE

.data
traps:  .word 0, 0, on_priv, 0, on_syscall, 0, 0, 0, 0
traps2: .word escalated, escalated, escalated, escalated, escalated, escalated, escalated, escalated, escalated
msg:    .ascii "oops!"
inbuf:  .space 4
        .align 16
        .space 256
ustack_top:
        .space 256
kstack_top:
`;

test('every hypercall from guest user mode is -EPERM, changes nothing, and user code carries on', () => {
  const r = runKernel(KERNEL, { input: 'zz' });
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  const kstack = r.sym('kstack_top');
  const ustack = r.sym('ustack_top');
  const want = [
    0, 0, 0, // the kernel's own setup
    0x9e1, FLAG_U, // the cli bounced, from user mode, events masked
    ...USER_CALLS.map(() => -EPERM),
    ustack, // the user stack is where it was
    kstack - 12, r.sym('after_syscall'), FLAG_U, ustack, // the syscall frame on the kernel stack
    PVM_VERSION, // and the kernel may call again
  ];
  expect(r.results(want.length)).toEqual(want);
  expect(r.recorded()).toBe(want.length);

  // Nothing a user-mode call asked for happened.
  const table = new Array(NUM_VECTORS).fill(0);
  table[VEC_PRIV] = r.sym('on_priv');
  table[VEC_SYSCALL] = r.sym('on_syscall');
  expect([...r.d.trapTable]).toEqual(table);
  expect(r.d.cpu.ksp).toBe(kstack);
  expect(r.d.callback).toBe(r.sym('on_event'));
  expect(r.d.timer.deadline).toBe(Infinity);
  expect(r.d.events.portOf(VIRQ_TIMER)).toBe(-1);
  expect(r.d.events.ports[r.d.consolePort]).toEqual({ kind: 'device', name: 'console' });
  expect(r.out.text()).toBe('');
  expect(r.out.consumed).toBe(0);
  expect(r.d.halted).toBe(false);
  expect(r.d.cpu.flags & FLAG_U).toBe(0); // DONE ran in the kernel, after the syscall
  // They were still hypercalls: counted by number.
  expect(r.d.stats.hypercalls.get(18)).toBe(3);
  expect(r.d.stats.hypercalls.get(29)).toBe(5); // four from user mode, the kernel's shutdown
  expect(r.d.stats.hypercalls.get(UNKNOWN_HYPERCALL)).toBe(3); // 1, 2 and 63: outside the table, one bucket
});
