// A privileged opcode in a paravirtual kernel is a fault, reported with the hypercall (or shared
// memory write) that replaces it (docs/machine.md), and the kernel does not go on.
import { expect, test } from 'vitest';
import { VEC_PRIV } from '@pvm/isa/codes';
import { runKernel } from './pv-harness.ts';

const CASES: readonly (readonly [string, RegExp])[] = [
  ['out   CONSOLE_DATA, r1', /'out CONSOLE_DATA'.*use hcall console_io/],
  ['in    r1, CONSOLE_STATUS', /'in CONSOLE_STATUS'.*use hcall console_io/],
  ['in    r1, TIMER_NOW', /'in TIMER_NOW'.*use hcall set_timer_op/],
  ['out   TIMER_PERIOD, r1', /'out TIMER_PERIOD'.*use hcall set_timer_op/],
  ['out   POWER_OFF, r1', /'out POWER_OFF'.*use hcall sched_op with SCHEDOP_shutdown/],
  ['out   BLOCK_CMD, r1', /'out BLOCK_CMD'.*block ring.*EVTCHNOP_send/],
  ['li    r2, CONSOLE_DATA\n    out   r2, r1', /'out CONSOLE_DATA'.*use hcall console_io/], // port in a register
  ['li    r2, -1\n    in    r1, r2', /'in' in a paravirtual guest; paravirtual guests have no I\/O ports/],
  ['out   0x99, r1', /'out 153'.*no I\/O ports/],
  ['hlt', /'hlt'.*use hcall sched_op with SCHEDOP_block/],
  ['cli', /'cli'.*upcall_mask/],
  ['sti', /'sti'.*upcall_mask/],
  ['iret', /'iret'.*use hcall iret/],
  ['lvt   r1', /'lvt'.*use hcall set_trap_table/],
  ['lksp  r1', /'lksp'.*use hcall stack_switch/],
];

test.each(CASES)('%s stops a pv kernel naming its replacement', (insn, reason) => {
  const r = runKernel(`
    li    r0, 1
    REC
    li    r1, 0x41
bad:
    ${insn}
    li    r0, 0xbad
    REC
    DONE
`);
  // The fault is at the privileged instruction itself, not at a preceding `li`.
  const start = r.sym('bad');
  expect(r.stop).toMatchObject({ kind: 'crash', vector: VEC_PRIV });
  if (r.stop?.kind !== 'crash') return;
  expect(r.stop.pc).toBe(insn.startsWith('li') ? start + 8 : start);
  expect(r.stop.reason).toMatch(/privileged instruction .* in a paravirtual guest/);
  expect(r.stop.reason).toMatch(reason);
  expect(r.recorded()).toBe(1);
  expect(r.out.text()).toBe('');
});
