// The hypercalls an hvm guest reaches with vmcall follow the same ABI as the paravirtual ones:
// sched_op's shutdown takes a struct sched_shutdown, checked through the same guestRange (over
// the whole of memory: an hvm guest has no hypervisor pages inside it). From guest user mode a
// vmcall is -EPERM, as Xen's HVM hypercall path answers a call made at CPL > 0 — unlike a
// paravirtual guest, whose kernel gets the fault (pv-user-mode.test.ts).
import { expect, test } from 'vitest';
import { EFAULT, EINVAL, EPERM } from '@pvm/isa/codes';
import { run, vectorTable } from './helpers.ts';

const MEM = 1 << 20;

test('hvm: SCHEDOP_shutdown reads its struct, refuses one out of reach, and ends the run with r3', () => {
  const src = (reason: string): string => `
_start:
    li    r1, SCHEDOP_shutdown
    li    r2, ${MEM - 2}            ; straddles the end of memory
    li    r3, 9
    hcall sched_op
    mov   r8, r0
    li    r2, bad
    hcall sched_op
    mov   r9, r0
    li    r2, args
    li    r3, 6
    hcall sched_op
    li    r1, 0xbad
    out   POWER_OFF, r1
.data
bad:  .word 77
args: .word ${reason}
`;
  const off = run(src('SHUTDOWN_poweroff'), 'hvm');
  expect(off.stop).toEqual({ kind: 'poweroff', code: 6 });
  expect([off.d.cpu.regs[8], off.d.cpu.regs[9]]).toEqual([-EFAULT, -EINVAL]);
  const crash = run(src('SHUTDOWN_crash'), 'hvm');
  expect(crash.stop).toMatchObject({ kind: 'halted', reason: 'the guest shut down with SHUTDOWN_crash: it reports that it crashed' });
});

test('hvm: a vmcall from guest user mode is -EPERM and does nothing', () => {
  const r = run(
    `
_start:
    li    r1, vectors
    lvt   r1
    li    r1, kstack_top
    lksp  r1
    li    r1, ustack_top            ; into user mode
    push  r1
    li    r1, FLAG_U
    push  r1
    li    r1, user
    push  r1
    iret
user:
    li    r1, CONSOLEIO_write
    li    r2, 4
    li    r3, msg
    hcall console_io
    mov   r8, r0
    li    r1, SCHEDOP_shutdown
    li    r2, args
    li    r3, 3
    hcall sched_op
    mov   r9, r0
    syscall
on_syscall:
    li    r1, 0
    out   POWER_OFF, r1
.data
${vectorTable('vectors', { syscall: 'on_syscall' })}
args: .word SHUTDOWN_poweroff
msg:  .ascii "leak"
      .align 16
      .space 256
ustack_top:
      .space 256
kstack_top:
`,
    'hvm',
  );
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect([r.d.cpu.regs[8], r.d.cpu.regs[9]]).toEqual([-EPERM, -EPERM]);
  expect(r.out).toBe('');
});
