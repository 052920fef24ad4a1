// Console input to a paravirtual guest depends on the input bytes alone: CONSOLEIO_read takes up
// to a line, the ring gets input when a notification asks for it, VIRQ_CONSOLE arrives when the
// guest blocks with input left — never on how the host happened to receive the bytes.
import { expect, test } from 'vitest';
import { VIRQ_CONSOLE } from '@pvm/isa/codes';
import { bindVirq, call, evtchn, layout, runKernel } from './pv-harness.ts';

const L = layout();

test('CONSOLEIO_read returns up to the end of a line, then the next line, then 0 at the end of input', () => {
  const r = runKernel(
    `
${call('console_io', 'CONSOLEIO_read', 64, 'buf')}
${call('console_io', 'CONSOLEIO_read', 3, 'buf')}
${call('console_io', 'CONSOLEIO_read', 64, 'buf')}
${call('console_io', 'CONSOLEIO_read', 64, 'buf')}
${call('console_io', 'CONSOLEIO_read', 64, 'buf')}
    DONE
.data
buf: .space 64
`,
    { input: 'ab\nlonger line\nz' },
  );
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  // 'ab\n', then 'lon' (count), 'ger line\n', 'z' (end of input), then 0.
  expect(r.results(5)).toEqual([3, 3, 9, 1, 0]);
});

test('the console ring gets input only when a notification brings no output, a line at a time', () => {
  const r = runKernel(
    `
    ld    r9, [r7 + SI_CONSOLE_RING]
    li    r1, 'x'
    stb   r1, [r9 + XENCONS_OUT]
    li    r1, 1
    st    r1, [r9 + XENCONS_OUT_PROD]
${evtchn('EVTCHNOP_send', '[r7 + SI_CONSOLE_EVTCHN]')}
    ld    r0, [r9 + XENCONS_IN_PROD]     ; output only: no input taken
    REC
${evtchn('EVTCHNOP_send', '[r7 + SI_CONSOLE_EVTCHN]')}
    ld    r0, [r9 + XENCONS_IN_PROD]     ; the console is still busy with 'x': nothing yet
    REC
${call('sched_op', 'SCHEDOP_block')}
    ld    r0, [r9 + XENCONS_IN_PROD]     ; done, out_cons moved, and the second notification,
    REC                                  ; which brought no output, got one line
${evtchn('EVTCHNOP_send', '[r7 + SI_CONSOLE_EVTCHN]')}
    ld    r0, [r9 + XENCONS_IN_PROD]     ; and the next, at once
    REC
    DONE
`,
    { input: 'one\ntwo\n' },
  );
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect(r.results(8)).toEqual([0, 0, 0, 0, 0, 4, 0, 8]);
  expect(r.out.text()).toBe('x');
  expect(Buffer.from(r.d.cpu.mem.subarray(L.consoleRing, L.consoleRing + 8)).toString()).toBe('one\ntwo\n');
});

test('VIRQ_CONSOLE is raised when a guest that bound it blocks with input left, and not at the end of input', () => {
  const kernel = `
${call('set_callbacks', 'on_event')}
${bindVirq('VIRQ_CONSOLE')}
    mov   r10, r0                    ; the port
${call('sched_op', 'SCHEDOP_block')}
    ld    r0, [seen]
    REC
    DONE
on_event:
    li    r1, 1
    st    r1, [seen]
    ld    r2, [r7 + SI_SHARED_INFO]
    li    r1, 0
    st    r1, [r2 + SH_EVTCHN_PENDING]
    stb   r1, [r2 + SH_UPCALL_PENDING]
    hcall iret
.data
seen: .word 0
`;
  const withInput = runKernel(kernel, { input: 'k' });
  expect(withInput.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect(withInput.results(4)[3]).toBe(1);
  expect(withInput.d.stats.upcalls).toBe(1);
  // At the end of input nothing can arrive: the guest would sleep forever, and pvm says so.
  const atEof = runKernel(kernel, { input: '' });
  expect(atEof.stop).toMatchObject({ kind: 'halted' });
  expect(atEof.d.events.portOf(VIRQ_CONSOLE)).toBeGreaterThan(0);
});

test('a ring flush with no disk fails as the port interface does, and every flush that reaches the disk is counted', () => {
  const flush = `
    ld    r9, [r7 + SI_BLOCK_RING]
    li    r1, 7
    st    r1, [r9 + BLKIF_RING + BLKIF_ID]
    li    r1, BLKIF_OP_FLUSH_DISKCACHE
    st    r1, [r9 + BLKIF_RING + BLKIF_OP]
    li    r1, 1
    st    r1, [r9 + BLKIF_REQ_PROD]
${evtchn('EVTCHNOP_send', '[r7 + SI_BLOCK_EVTCHN]')}
${call('sched_op', 'SCHEDOP_block')}
    ld    r0, [r9 + BLKIF_RING + BLKIF_STATUS]
    REC
    DONE
`;
  const none = runKernel(flush, { sectors: 0 });
  expect(none.results(3)[2]).toBe(-1); // BLKIF_RSP_ERROR
  expect(none.d.block.flushes).toBe(0);
  const disk = runKernel(flush, { sectors: 4 });
  expect(disk.results(3)[2]).toBe(0); // BLKIF_RSP_OKAY
  expect(disk.d.block.flushes).toBe(1);
  expect(disk.disk.flushes).toBe(1);
});
