// Hypercalls belong to the guest kernel. Xen's hypercall gate is out of guest user mode's reach
// (int 0x82 has DPL 1), so from user mode every hypercall, known or not, with good arguments or
// hostile ones, is a general-protection fault bounced to the kernel's VEC_PRIV handler, at the
// hcall: it changes nothing and leaves r0 alone. The kernel gets to user mode with `hcall iret`
// on a hand-built frame, and user code gets back with `syscall`.
import { expect, test } from 'vitest';
import { NUM_VECTORS } from '@pvm/isa';
import { FLAG_U, OP_HCALL, VEC_PRIV, VEC_SYSCALL, VIRQ_TIMER } from '@pvm/isa/codes';
import { PVM_VERSION, exceptionCause, statsJson } from '../src/index.ts';
import { call, evtchn, runKernel } from './pv-harness.ts';

const SENTINEL = 0x5e;

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
  call('console_io', 'CONSOLEIO_write', 0xffffffff, 0xfffffff0), // hostile too: the fault comes first
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
  call('sched_op', 'SCHEDOP_shutdown', 'done_args', 9),
  call('sched_op', 77),
  evtchn('EVTCHNOP_bind_virq', 'VIRQ_TIMER'),
  evtchn('EVTCHNOP_close', '[r7 + SI_CONSOLE_EVTCHN]'),
  evtchn('EVTCHNOP_send', '[r7 + SI_BLOCK_EVTCHN]'),
  evtchn('EVTCHNOP_unmask', '[r7 + SI_CONSOLE_EVTCHN]'),
  evtchn(99, 0),
  call(1),
  call(2),
  call(63),
].map((c) => c.replace(/(\n|^)(\s+hcall )/, `$1    li    r0, ${SENTINEL}\n$2`));

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

on_priv:                        ; record the fault and the frame, skip the instruction, back to user mode
    push  r0
    push  r1
    ld    r1, [sp + 8]          ; the faulting pc, above the two pushes
    ldb   r0, [r1]              ; its opcode
    REC
    ld    r0, [sp + 12]         ; the frame's FLAGS
    REC
    ldb   r0, [r1]
    add   r1, r1, 4             ; cli: 4 bytes
    bne   r0, ${OP_HCALL}, 1f
    add   r1, r1, 4             ; hcall: 8
1:  st    r1, [sp + 8]
    pop   r1
    pop   r0
    hcall iret

on_syscall:                     ; supervisor again, on the stack_switch stack, straight from user mode
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
        .align 4
traps:  .byte VEC_PRIV, 0
        .half 0
        .word on_priv
        .byte VEC_SYSCALL, 3    ; a direct trap
        .half 0
        .word on_syscall
        .space trap_info_size
traps2: .byte VEC_SYSCALL, 3
        .half 0
        .word escalated
        .space trap_info_size
msg:    .ascii "oops!"
inbuf:  .space 4
        .align 16
        .space 256
ustack_top:
        .space 256
kstack_top:
`;

test('every hypercall from guest user mode is a general-protection fault for the kernel, changes nothing, and leaves r0 alone', () => {
  const r = runKernel(KERNEL, { input: 'zz' });
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  const kstack = r.sym('kstack_top');
  const ustack = r.sym('ustack_top');
  const want = [
    0, 0, 0, // the kernel's own setup
    r.d.cpu.mem[r.sym('user')], FLAG_U, // the cli bounced, from user mode, events masked
    ...USER_CALLS.flatMap(() => [OP_HCALL, FLAG_U, SENTINEL]), // each hcall: the fault, then r0 untouched
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
  expect([...r.d.traps.handlers]).toEqual(table);
  expect(r.d.cpu.ksp).toBe(kstack);
  expect(r.d.callback).toBe(r.sym('on_event'));
  expect(r.d.timer.deadline).toBe(Infinity);
  expect(r.d.events.portOf(VIRQ_TIMER)).toBe(-1);
  expect(r.d.events.ports[r.d.consolePort]).toEqual({ kind: 'device', name: 'console' });
  expect(r.out.text()).toBe('');
  expect(r.out.consumed).toBe(0);
  expect(r.d.halted).toBe(false);
  expect(r.d.cpu.flags & FLAG_U).toBe(0); // DONE ran in the kernel, after the syscall
  // They never reached the hypercall table: faults, counted as exits, and no hypercall of theirs.
  expect(r.d.stats.exits.get(exceptionCause(VEC_PRIV))).toBe(1 + USER_CALLS.length);
  const j = statsJson(r.d);
  expect(j.hypercalls.byName).toEqual({
    iret: 2 + USER_CALLS.length, // into user mode, and back from each fault
    set_trap_table: 1,
    stack_switch: 1,
    set_callbacks: 1,
    xen_version: 1,
    sched_op: 1,
  });
  expect(j.fastSyscalls).toBe(1);
});

test('without a VEC_PRIV handler, a hypercall from user mode stops the guest with the fault', () => {
  const r = runKernel(`
${call('stack_switch', 'kstack_top')}
    li    r1, ustack_top
    push  r1
    li    r1, FLAG_U
    push  r1
    li    r1, user
    push  r1
    hcall iret
user:
    hcall xen_version
    DONE
.data
        .align 16
        .space 256
ustack_top:
        .space 256
kstack_top:
`);
  expect(r.stop).toEqual({ kind: 'crash', vector: VEC_PRIV, pc: r.sym('user'), reason: "privilege violation: 'hcall' in user mode" });
});
