// System calls through the trap table's entry for VEC_SYSCALL, with Xen's trap_info flags: DPL 3
// and no TI_IF is a direct trap (Barham et al. 2003 §2.1.2: no hypervisor in between, so no exit
// and no hypervisor cycles, and nothing masks events); with TI_IF the hypervisor must mask events,
// so the call bounces through it; a DPL the caller's mode may not use is a general-protection
// fault (Xen's permit_softint). The same user process, both paths, and what each costs.
import { describe, expect, test } from 'vitest';
import { FLAG_IE, FLAG_U, OP_SYSCALL, TI_IF, VEC_BREAK, VEC_PRIV, VEC_SYSCALL } from '@pvm/isa/codes';
import { DEFAULT_COST, exceptionCause, formatStats, statsJson } from '../src/index.ts';
import { call, runKernel } from './pv-harness.ts';

const CALLS = 50;

/**
 * A kernel whose trap table has VEC_SYSCALL with `flags` (and VEC_PRIV, VEC_BREAK handlers), and
 * a user process that makes CALLS system calls with events unmasked, then `brk`, then one more
 * system call that ends the run. Each handler records what it finds: upcall_mask at entry and
 * the frame (pc, FLAGS).
 */
function kernel(flags: number): string {
  return `
    ld    r10, [r7 + SI_SHARED_INFO]
${call('set_trap_table', 'traps')}
${call('stack_switch', 'kstack_top')}
    li    r1, ustack_top
    push  r1
    li    r1, FLAG_U | FLAG_IE      ; user mode, events unmasked
    push  r1
    li    r1, user
    push  r1
    hcall iret

user:
    li    r6, 0
1:  li    r1, 0
    syscall
    add   r6, r6, 1
    blt   r6, ${CALLS}, 1b
    brk
    li    r1, 1
    syscall

on_syscall:
    beq   r1, 1, 2f
    ld    r0, [entries]
    add   r0, r0, 1
    st    r0, [entries]
    ldb   r0, [r10 + SH_UPCALL_MASK]
    st    r0, [mask_seen]
    hcall iret
2:  ldb   r0, [r10 + SH_UPCALL_MASK]
    REC
    ld    r0, [sp]
    REC
    ld    r0, [sp + 4]
    REC
    ld    r0, [entries]
    REC
    ld    r0, [mask_seen]
    REC
    ld    r0, [breaks]
    REC
    DONE

on_break:
    ldb   r0, [r10 + SH_UPCALL_MASK]
    st    r0, [breaks]
    hcall iret

on_priv:                            ; a general-protection fault: where, and with what
    ld    r0, [sp]
    REC
    ld    r0, [sp + 4]
    REC
    DONE

.data
        .align 4
traps:  .byte VEC_SYSCALL, ${flags}
        .half 0
        .word on_syscall
        .byte VEC_BREAK, 3          ; a trap gate: events stay as they were
        .half 0
        .word on_break
        .byte VEC_PRIV, TI_IF
        .half 0
        .word on_priv
        .space trap_info_size
entries:   .word 0
mask_seen: .word 0xee
breaks:    .word 0xee
        .align 16
        .space 256
ustack_top:
        .space 256
kstack_top:
`;
}

describe('a user process making system calls', () => {
  const direct = runKernel(kernel(3));
  const bounced = runKernel(kernel(TI_IF | 3));

  test('through a DPL-3 entry without TI_IF: a direct trap, no exit, no hypervisor cycles, events as they were', () => {
    expect(direct.stop).toEqual({ kind: 'poweroff', code: 0 });
    const [mask, pc, flags, entries, maskSeen, breaks] = direct.results(8).slice(2);
    expect(mask).toBe(0);
    expect(pc).toBe(direct.sym('on_syscall')); // the return address: after the last syscall, which ends `user`
    expect(flags).toBe(FLAG_U | FLAG_IE);
    expect([entries, maskSeen, breaks]).toEqual([CALLS, 0, 0]);
    expect(direct.d.stats.fastSyscalls).toBe(CALLS + 1);
    expect(direct.d.stats.exits.get(exceptionCause(VEC_SYSCALL))).toBeUndefined();
    expect(direct.d.stats.exits.get(exceptionCause(VEC_BREAK))).toBe(1); // brk has no direct trap
  });

  test('through the same entry with TI_IF: every call bounces through the hypervisor, with events masked', () => {
    expect(bounced.stop).toEqual({ kind: 'poweroff', code: 0 });
    const [mask, , flags, entries, maskSeen] = bounced.results(8).slice(2);
    expect([mask, flags, entries, maskSeen]).toEqual([1, FLAG_U | FLAG_IE, CALLS, 1]);
    expect(bounced.d.stats.fastSyscalls).toBe(0);
    expect(bounced.d.stats.exits.get(exceptionCause(VEC_SYSCALL))).toBe(CALLS + 1);
  });

  test('both paths do the same guest work; the bounce costs a hypervisor round trip per call', () => {
    expect(bounced.d.cpu.instret).toBe(direct.d.cpu.instret);
    expect(bounced.d.cpu.cycles).toBe(direct.d.cpu.cycles);
    expect(bounced.d.stats.hypervisorCycles - direct.d.stats.hypervisorCycles).toBe((CALLS + 1) * DEFAULT_COST.hypercall);
    // And the stats say so, in both forms.
    expect(statsJson(direct.d)).toMatchObject({ fastSyscalls: CALLS + 1, exits: { total: 1 } });
    expect(statsJson(bounced.d)).toMatchObject({ fastSyscalls: 0, exits: { total: CALLS + 2 } });
    expect(formatStats(direct.d)).toMatch(new RegExp(`\\nfast system calls +${CALLS + 1}\\n`));
  });
});

test.each([0, 1, 2, TI_IF | 1])('a syscall from user mode through an entry with flags %i is a general-protection fault, at the syscall', (flags) => {
  const r = runKernel(kernel(flags));
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  const user = r.sym('user');
  const [pc, frameFlags] = r.results(4).slice(2);
  expect(r.d.cpu.mem[pc!]).toBe(OP_SYSCALL);
  expect(pc).toBe(user + 16); // the first syscall (after two li), not after it
  expect(frameFlags).toBe(FLAG_U | FLAG_IE);
  expect(r.d.stats.exits.get(exceptionCause(VEC_PRIV))).toBe(1);
  expect(r.d.stats.exits.get(exceptionCause(VEC_SYSCALL))).toBeUndefined();
});

test('the kernel may use an entry of DPL 1 (it bounces), not one of DPL 0; without a VEC_PRIV handler that stops the guest', () => {
  const src = (flags: number, priv: boolean): string => `
${call('set_trap_table', 'traps')}
    syscall
    DONE
on_syscall:
    li    r0, 0x5c
    REC
    hcall iret
on_priv:
    li    r0, 0x9e
    REC
    DONE
.data
        .align 4
traps:  .byte VEC_SYSCALL, ${flags}
        .half 0
        .word on_syscall
${priv ? '        .byte VEC_PRIV, 0\n        .half 0\n        .word on_priv\n' : ''}        .space trap_info_size
`;
  const dpl1 = runKernel(src(1, false));
  expect(dpl1.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect(dpl1.results(2)).toEqual([0, 0x5c]);
  expect(dpl1.d.stats.exits.get(exceptionCause(VEC_SYSCALL))).toBe(1);
  const dpl0 = runKernel(src(0, true));
  expect(dpl0.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect(dpl0.results(2)).toEqual([0, 0x9e]);
  expect(dpl0.d.stats.exits.get(exceptionCause(VEC_PRIV))).toBe(1);
  const none = runKernel(src(0, false));
  expect(none.stop).toMatchObject({
    kind: 'crash',
    vector: VEC_PRIV,
    reason: 'general protection: syscall from the kernel through a trap_info entry with DPL 0, which the kernel may not enter, and no VEC_PRIV handler',
  });
});
