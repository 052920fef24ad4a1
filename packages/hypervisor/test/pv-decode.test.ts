// The CPU decodes each instruction once and must forget it when its bytes change (docs/machine.md,
// CPU and memory). The hypervisor's own writes into guest memory count too: console input put on the ring, and the upcall_pending / upcall_mask bytes of shared_info. A guest that runs code
// there must see the new bytes, not a stale decode.
import { expect, test } from 'vitest';
import { build, call, evtchn, runKernel } from './pv-harness.ts';

/** The machine code of an instruction sequence. */
function code(src: string): Uint8Array {
  const text = build(`snip:\n${src}\n`).segments.find((s) => s.kind === 'text');
  if (!text) throw new Error('no text');
  return text.bytes;
}

test('code on the console ring is decoded again after the back end writes input over it', () => {
  const two = code('    li    r0, 2\n    ret');
  expect([...two].every((b) => b < 0x80)).toBe(true); // so the input string carries the bytes as they are
  const r = runKernel(
    `
    ld    r9, [r7 + SI_CONSOLE_RING]
    li    r1, one                   ; copy "li r0, 1; ret" to the start of the input buffer
    ld    r2, [r1]
    st    r2, [r9 + XENCONS_IN]
    ld    r2, [r1 + 4]
    st    r2, [r9 + XENCONS_IN + 4]
    ld    r2, [r1 + 8]
    st    r2, [r9 + XENCONS_IN + 8]
    ld    r2, [r1 + 12]
    st    r2, [r9 + XENCONS_IN + 12]
    call  r9                        ; decoded and run: r0 = 1
    REC
${evtchn('EVTCHNOP_send', '[r7 + SI_CONSOLE_EVTCHN]')}
    call  r9                        ; the back end wrote "li r0, 2; ret" there
    REC
    DONE
one:
    li    r0, 1
    ret
    nop
`,
    { input: String.fromCharCode(...two) },
  );
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect(r.out.consumed).toBe(two.length);
  expect(r.results(3)).toEqual([1, 0, 2]);
});

test('code on the shared_info page is decoded again after the hypervisor sets upcall_mask', () => {
  // `li r0, 7` starts [opcode, rd, ...]: rd is the upcall_mask byte. When a trap bounce masks
  // events (an entry with TI_IF), the hypervisor writes 1 there, and the same bytes say `li r1, 7`.
  const r = runKernel(
    `
    ld    r10, [r7 + SI_SHARED_INFO]
${call('set_trap_table', 'traps')}
    li    r1, snippet
    ld    r2, [r1]
    st    r2, [r10]
    ld    r2, [r1 + 4]
    st    r2, [r10 + 4]
    ld    r2, [r1 + 8]
    st    r2, [r10 + 8]
    ld    r2, [r1 + 12]
    st    r2, [r10 + 12]
    li    r0, 0
    call  r10                       ; upcall_mask is 0 now: li r0, 7
    REC
    syscall
    DONE
on_syscall:                         ; events masked by the bounce: upcall_mask = 1
    li    r0, 0
    li    r1, 0
    call  r10                       ; li r1, 7
    REC
    mov   r0, r1
    REC
    hcall iret
snippet:
    li    r0, 7
    ret
    nop
.data
traps: .byte VEC_SYSCALL, TI_IF | 1
       .half 0
       .word on_syscall
       .space trap_info_size
`,
  );
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect(r.results(4)).toEqual([0, 7, 0, 7]);
});
