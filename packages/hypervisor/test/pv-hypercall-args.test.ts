// Every hypercall handler against hostile arguments: each bad call returns a negative errno in
// r0 and the kernel carries on, records the result, and powers off cleanly. Pointers past the
// end of memory, into the hypervisor's pages at the top, wrapping around 2^32; huge, negative
// and zero lengths; bad handler addresses; out-of-range ports; unknown sub-commands and numbers.
import { describe, expect, test } from 'vitest';
import { NUM_VECTORS } from '@pvm/isa';
import {
  E2BIG, EEXIST, EFAULT, EINVAL, ENOENT, ENOSYS, FLAG_U, SI_MAGIC, SI_MAGIC_VALUE, TI_IF, VEC_DIVIDE, VEC_SYSCALL, VIRQ_CONSOLE,
  VIRQ_TIMER, XENVER_version,
} from '@pvm/isa/codes';
import { CONSOLE_IO_MAX, PVM_VERSION, UNKNOWN_HYPERCALL } from '../src/index.ts';
import { TIMER_MAX } from '../src/pv/hypercalls.ts';
import { TRAP_TABLE_MAX } from '../src/pv/traps.ts';
import { bindVirq, call, evtchn, expectResults, layout, runKernel, type Arg } from './pv-harness.ts';

const MEMORIES = [1 << 20, 64 << 10];

/** One hypercall per case, each recorded; the kernel then powers off. */
function cases(name: string, rows: readonly (readonly [...Arg[], number])[]): { src: string; want: number[] } {
  const src = rows.map((r) => call(name, ...(r.slice(0, -1) as Arg[]))).join('');
  return { src, want: rows.map((r) => r[r.length - 1] as number) };
}

describe.each(MEMORIES)('with %i bytes of memory', (mem) => {
  const L = layout(mem);

  test('the hypervisor pages are where the tests think they are', () => {
    const r = runKernel('    DONE\n', { memory: mem });
    expect(r.d.pvBase).toBe(L.pv);
    expect(r.d.startInfo).toBe(L.startInfo);
    expect(r.d.sharedInfo).toBe(L.sharedInfo);
    expect(r.d.cpu.read32(L.startInfo + SI_MAGIC)).toBe(SI_MAGIC_VALUE);
  });

  test('console_io write: hostile buffers and counts fail, good ones write exactly their bytes', () => {
    const bigOk = CONSOLE_IO_MAX <= L.pv;
    const { src, want } = cases('console_io', [
      [0, 5, 'msg', 5],
      [0, 0, 'msg', 0],
      [0, 0, L.pv, 0], // empty, ending exactly where the hypervisor's pages begin
      [0, 1, L.pv - 1, 1], // the last guest byte
      [0, 2, L.pv - 1, -EFAULT], // one byte into start_info
      [0, 16, L.startInfo, -EFAULT],
      [0, 4, L.sharedInfo, -EFAULT],
      [0, 4, L.consoleRing + 1024, -EFAULT],
      [0, 4, L.blockRing, -EFAULT],
      [0, 0x100, L.pv - 0x80, -EFAULT],
      [0, 1, L.mem - 1, -EFAULT],
      [0, 1, L.mem, -EFAULT],
      [0, 0, L.mem, -EFAULT],
      [0, 0, L.pv + 1, -EFAULT],
      [0, 0x20, 0xfffffff0, -EFAULT], // wraps around 2^32 to 0x10
      [0, 0x11, 0xfffffff0, -EFAULT], // ends one byte past 2^32
      [0, 0x10, 0xfffffff0, -EFAULT], // ends exactly at 2^32
      [0, 1, 0xffffffff, -EFAULT],
      [0, 0, 0xffffffff, -EFAULT],
      [0, 0x100, 0x80000000, -EFAULT],
      [0, CONSOLE_IO_MAX, 0, bigOk ? CONSOLE_IO_MAX : -EFAULT],
      [0, CONSOLE_IO_MAX + 1, 'msg', -E2BIG],
      [0, 0x7fffffff, 'msg', -E2BIG],
      [0, 0x7fffffff, 0xfffffff0, -E2BIG],
      [0, 0xffffffff, 'msg', -EINVAL],
      [0, 0x80000000, 'msg', -EINVAL],
      [0, -5, 'msg', -EINVAL],
      [2, 5, 'msg', -ENOSYS],
      [-1, 5, 'msg', -ENOSYS],
      [0x7fffffff, 5, 'msg', -ENOSYS],
    ]);
    const r = runKernel(`${src}    DONE\n.data\nmsg: .ascii "hello"\n`, { memory: mem });
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(want.length)).toEqual(want);
    expect(r.recorded()).toBe(want.length);
    const out = r.out.output();
    expect(out.length).toBe(5 + 1 + (bigOk ? CONSOLE_IO_MAX : 0));
    expect(new TextDecoder().decode(out.subarray(0, 5))).toBe('hello');
    expect(out[5]).toBe(r.d.cpu.mem[L.pv - 1]);
    // The big write started at address 0: the unused page below the code, then the code.
    if (bigOk) expect(out.subarray(6, 6 + 0x1010)).toEqual(r.d.cpu.mem.subarray(0, 0x1010));
  });

  test('console_io read: a refused buffer consumes no input and writes nothing', () => {
    const { src, want } = cases('console_io', [
      [1, 3, 'inbuf', 3],
      [1, 0, 'inbuf', 0],
      [1, 4, L.pv - 2, -EFAULT],
      [1, 1, L.startInfo, -EFAULT],
      [1, 8, L.sharedInfo, -EFAULT],
      [1, 8, L.consoleRing, -EFAULT],
      [1, 0x20, 0xfffffff0, -EFAULT],
      [1, 1, 0xffffffff, -EFAULT],
      [1, 1, L.mem, -EFAULT],
      [1, 0x7fffffff, 'inbuf', -E2BIG],
      [1, 0xffffffff, 'inbuf', -EINVAL],
      [1, -1, 0xfffffff0, -EINVAL],
      [1, 100, 'inbuf + 3', 5], // all that is left
      [1, 10, 'inbuf', 0], // end of input
    ]);
    const r = runKernel(`${src}    DONE\n.data\ninbuf: .space 16\n`, { memory: mem, input: 'abcdefgh' });
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(want.length)).toEqual(want);
    const inbuf = r.sym('inbuf');
    expect(new TextDecoder().decode(r.d.cpu.mem.subarray(inbuf, inbuf + 9))).toBe('abcdefgh\0');
    expect([...r.d.cpu.mem.subarray(L.pv - 2, L.pv)]).toEqual([0, 0]);
    expect(r.d.cpu.read32(L.startInfo + SI_MAGIC)).toBe(SI_MAGIC_VALUE);
    expect(r.out.consumed).toBe(8);
  });

  /** One struct trap_info as data. */
  const entry = (vector: Arg, flags: Arg, address: Arg): string => `    .byte ${vector}, ${flags}\n    .half 0\n    .word ${address}\n`;
  const END = '    .space trap_info_size\n';

  test('set_trap_table: an array with one bad entry is refused whole and the old table stays', () => {
    // Each bad array installs a different handler for VEC_DIVIDE before its bad entry.
    const badAddresses: Arg[] = ['on_syscall + 2', 'on_syscall + 1', L.mem, L.mem - 4, L.pv, L.sharedInfo, 0xfffffffc, 0xffffffff, 0x80000000];
    const bad: [Arg, Arg, Arg][] = [
      ...badAddresses.map((a): [Arg, Arg, Arg] => ['VEC_BREAK', 0, typeof a === 'number' ? a | 0 : a]),
      [NUM_VECTORS, 0, 'on_syscall'], // a vector past the table
      [255, 0, 'on_syscall'],
      ['VEC_BREAK', 8, 'on_syscall'], // a flag bit Xen does not define
      ['VEC_BREAK', 0x80 | 3, 'on_syscall'],
    ];
    const tables = bad.map(([v, f, a], i) => `bad${i}:\n${entry('VEC_DIVIDE', 0, 'other')}${entry(v, f, a)}${END}`);
    // Arrays that leave guest memory before their end: the first entry straddles, or is not there at all.
    const hostile = [L.mem, L.pv, L.pv - 4, L.pv - 7, L.sharedInfo, L.mem - 8, 0xfffffff8, 0xfffffffc, 0xffffffff, 0x80000000];
    const src = [
      call('set_trap_table', 'good'),
      ...bad.map((_, i) => call('set_trap_table', `bad${i}`)),
      ...hostile.map((p) => call('set_trap_table', p)),
      '    syscall           ; still goes to on_syscall\n',
      '    DONE\n',
      'on_syscall:\n    li r0, 0x5c\n    REC\n    hcall iret\n',
      'other:\n    DONE\n',
      `.data\n.align 4\ngood:\n${entry('VEC_SYSCALL', 1, 'on_syscall')}${END}${tables.join('')}`,
    ].join('');
    const got = expectResults(src, 1 + bad.length + hostile.length + 1, { memory: mem });
    expect(got).toEqual([0, ...bad.map(() => -EINVAL), ...hostile.map(() => -EFAULT), 0x5c]);
  });

  test('set_trap_table: an array may end exactly at the hypervisor pages; 0 clears the table', () => {
    const top = L.pv - 2 * 8; // one entry and the terminator, ending at pvBase
    const r = runKernel(
      `    li    r1, ${top}
    li    r2, VEC_SYSCALL
    stb   r2, [r1 + trap_info.vector]
    li    r2, 3
    stb   r2, [r1 + trap_info.flags]
    li    r2, _start
    st    r2, [r1 + trap_info.address]
` +
        call('set_trap_table', top + 1) + // its terminator's last byte is in start_info
        call('set_trap_table', top) +
        call('set_trap_table', 0) +
        '    DONE\n',
      { memory: mem },
    );
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(3)).toEqual([-EFAULT, 0, 0]);
    expect([...r.d.traps.handlers]).toEqual(new Array(NUM_VECTORS).fill(0));
    expect([...r.d.traps.flags]).toEqual(new Array(NUM_VECTORS).fill(0));
  });

  test('set_trap_table: each entry replaces its own vector only, the last of two wins, refusals change nothing', () => {
    const r = runKernel(
      call('set_trap_table', 'both') + call('set_trap_table', 'one') + call('set_trap_table', 'bad') + call('set_trap_table', L.pv) + '    DONE\n' +
        `h1: nop\nh2: nop\nh3: nop\n.data\n.align 4\nboth:\n${entry('VEC_SYSCALL', 3, 'h1')}${entry('VEC_DIVIDE', 'TI_IF', 'h2')}${END}` +
        `one:\n${entry('VEC_SYSCALL', 1, 'h1')}${entry('VEC_SYSCALL', 'TI_IF | 3', 'h3')}${END}` +
        `bad:\n${entry('VEC_DIVIDE', 0, 'h1')}${entry('VEC_MEMORY', 0, 3)}${END}`,
      { memory: mem },
    );
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(4)).toEqual([0, 0, -EINVAL, -EFAULT]);
    const handlers = new Array(NUM_VECTORS).fill(0);
    const flags = new Array(NUM_VECTORS).fill(0);
    handlers[VEC_SYSCALL] = r.sym('h3');
    flags[VEC_SYSCALL] = TI_IF | 3;
    handlers[VEC_DIVIDE] = r.sym('h2');
    flags[VEC_DIVIDE] = TI_IF;
    expect([...r.d.traps.handlers]).toEqual(handlers);
    expect([...r.d.traps.flags]).toEqual(flags);
  });

  test(`set_trap_table: at most ${TRAP_TABLE_MAX} entries before the terminator, then -E2BIG`, () => {
    const many = (n: number): string => entry('VEC_SYSCALL', 1, 'h').repeat(n);
    const r = runKernel(
      call('set_trap_table', 'full') + call('set_trap_table', 'over') + '    DONE\nh: nop\n' +
        `.data\n.align 4\nfull:\n${many(TRAP_TABLE_MAX)}${END}over:\n${many(TRAP_TABLE_MAX + 1)}${END}`,
      { memory: mem },
    );
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(2)).toEqual([0, -E2BIG]);
  });

  test('stack_switch: misaligned, tiny and out-of-bounds stacks are refused', () => {
    const { src, want } = cases('stack_switch', [
      [L.pv, 0], // the initial stack top is allowed
      ['kstack_top', 0],
      [0, -EINVAL],
      [3, -EINVAL],
      [8, -EINVAL],
      ['kstack_top + 2', -EINVAL],
      ['kstack_top - 1', -EINVAL],
      [L.pv + 4, -EINVAL],
      [L.sharedInfo, -EINVAL],
      [L.mem, -EINVAL],
      [L.mem + 4, -EINVAL],
      [0xfffffff0, -EINVAL],
      [0xfffffffc, -EINVAL],
      [0x80000000, -EINVAL],
    ]);
    const r = runKernel(`${src}    DONE\n.data\n.align 16\n.space 64\nkstack_top:\n`, { memory: mem });
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(want.length)).toEqual(want);
    expect(r.d.cpu.ksp).toBe(r.sym('kstack_top'));
  });

  test('set_callbacks: handlers are validated when registered', () => {
    const { src, want } = cases('set_callbacks', [
      [0, 0], // no handler
      [L.pv - 4, 0], // the last guest word
      ['on_event', 0],
      ['on_event + 1', -EINVAL],
      ['on_event + 2', -EINVAL],
      ['on_event + 3', -EINVAL],
      [L.pv, -EINVAL],
      [L.pv - 2, -EINVAL],
      [L.sharedInfo, -EINVAL],
      [L.mem - 4, -EINVAL],
      [L.mem, -EINVAL],
      [0xfffffffc, -EINVAL],
      [0xffffffff, -EINVAL],
      [0x80000000, -EINVAL],
    ]);
    const r = runKernel(`${src}    DONE\non_event:\n    hcall iret\n`, { memory: mem });
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(want.length)).toEqual(want);
    expect(r.d.callback).toBe(r.sym('on_event'));
  });
});

describe('set_timer_op', () => {
  test('deadlines the virtual clock cannot hold are refused and the old deadline stays', () => {
    const { src, want } = cases('set_timer_op', [
      [0, 0, 0],
      [5000, 0, 0],
      [0xffffffff, 0xfffff, 0], // 2^52 - 1: the last deadline there is
      [0, 0x100000, -EINVAL], // 2^52
      [0xffffffff, 0xffffffff, -EINVAL],
      [0, 0x80000000, -EINVAL],
      [1, -1, -EINVAL],
    ]);
    const r = runKernel(`${src}    DONE\n`);
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(want.length)).toEqual(want);
    expect(r.d.timer.deadline).toBe(TIMER_MAX - 1);
  });

  test('0 cancels the timer', () => {
    const got = expectResults(call('set_timer_op', 5000, 0) + call('set_timer_op', 0, 0) + '    DONE\n', 2);
    expect(got).toEqual([0, 0]);
  });

  test('blocking until the farthest deadline keeps virtual time exact (no lost cycles, no host spin)', () => {
    const r = runKernel(`
    ld    r10, [r7 + SI_SHARED_INFO]
${bindVirq('VIRQ_TIMER')}
${call('set_timer_op', 0xfff00000, 0xfffff)}
${call('sched_op', 'SCHEDOP_block')}
    ld    r5, [r10 + SH_TIME + vcpu_time_info.tsc_timestamp]
    li    r6, 0
1:  add   r6, r6, 1
    blt   r6, 100, 1b
    hcall xen_version              ; the clock in shared_info is updated on the way back
    ld    r0, [r10 + SH_TIME + vcpu_time_info.tsc_timestamp]
    sub   r0, r0, r5
    REC
    ld    r0, [r10 + SH_TIME + vcpu_time_info.tsc_timestamp + 4]
    REC
    DONE
`);
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    // REC (st, add), ld, li, 100 x (add, blt), hcall: 205 cycles, every one counted, 2^20
    // cycles short of the end of virtual time.
    expect(r.results(5)).toEqual([3, 0, 0, 205, 0xfffff]);
    expect(Number.isSafeInteger(r.d.cpu.cycles)).toBe(true);
    expect(r.d.cpu.cycles).toBeGreaterThan(TIMER_MAX - 2 ** 20);
  });

  test('a guest that sleeps up to the end of virtual time is stopped there, not left with a clock that no longer moves', () => {
    const r = runKernel(`
${bindVirq('VIRQ_TIMER')}
${call('set_timer_op', 0xffffffff, 0xfffff)}
${call('sched_op', 'SCHEDOP_block')}
1:  jmp   1b
`);
    expect(r.stop).toMatchObject({ kind: 'halted', reason: 'virtual time reached its limit of 2^52 cycles' });
    expect(r.d.cpu.cycles).toBe(TIMER_MAX);
  });
});

test('xen_version: only XENVER_version is known', () => {
  const { src, want } = cases('xen_version', [
    [XENVER_version, PVM_VERSION],
    [1, -ENOSYS],
    [2, -ENOSYS],
    [-1, -ENOSYS],
    [0x7fffffff, -ENOSYS],
    [0x80000000, -ENOSYS],
  ]);
  expect(expectResults(`${src}    DONE\n`, want.length)).toEqual(want);
});

describe('iret', () => {
  test('a frame off the end of memory, in the hypervisor pages or wrapping is refused; sp and mode stay', () => {
    const L = layout();
    const hostile = [L.mem, L.mem - 4, L.pv, L.pv - 4, L.startInfo + 8, L.sharedInfo, L.blockRing + 8, 0xfffffffc, 0xffffffff, 0x80000000];
    const src = `
    mov   r13, sp
    li    r0, 1234              ; a good frame first: back at 1f with r0 untouched
    li    r1, 0
    push  r1
    li    r1, 1f
    push  r1
    hcall iret
    li    r0, 0xbad
1:  REC
    sub   r0, sp, r13
    REC
${hostile
  .map(
    (x) => `    li    sp, ${x | 0}
    hcall iret
    mov   r11, sp
    mov   sp, r13
    REC
    mov   r0, r11
    REC
`,
  )
  .join('')}
    ; a user frame whose saved stack pointer word is the first word of start_info
    li    r1, ${L.pv - 8}
    li    r2, 2f
    st    r2, [r1]
    li    r2, FLAG_U
    st    r2, [r1 + 4]
    mov   sp, r1
    hcall iret
    mov   r11, sp
    mov   sp, r13
    REC
    mov   r0, r11
    REC
${call('xen_version', 0)}
    DONE
2:  li    r0, 0xbad
    REC
    DONE
`;
    const got = expectResults(src, 2 + 2 * hostile.length + 3);
    expect(got).toEqual([1234, 0, ...hostile.flatMap((x) => [-EFAULT, x | 0]), -EFAULT, L.pv - 8, PVM_VERSION]);
  });
});

test('sched_op: unknown commands are -ENOSYS, yield returns 0', () => {
  const { src, want } = cases('sched_op', [
    ['SCHEDOP_yield', 0],
    [3, -ENOSYS],
    [4, -ENOSYS],
    [5, -ENOSYS],
    [-1, -ENOSYS],
    [0x7fffffff, -ENOSYS],
    [0x80000000, -ENOSYS],
  ]);
  expect(expectResults(`${src}    DONE\n`, want.length)).toEqual(want);
});

describe('event_channel_op', () => {
  const BAD_PORTS = [0, 31, 32, 33, -1, 0x7fffffff, 0x80000000, 5];
  const CONSOLE = '[r7 + SI_CONSOLE_EVTCHN]';
  const BLOCK = '[r7 + SI_BLOCK_EVTCHN]';

  test('bind_virq, close, send, unmask: ports are bounded and checked, as Xen checks them', () => {
    const rows: string[] = [];
    const want: number[] = [];
    const row = (src: string, ...results: number[]): void => void (rows.push(src), want.push(...results));
    row(evtchn('EVTCHNOP_bind_virq', 'VIRQ_TIMER'), 0); // Xen's 0; the port is in the struct
    row('    ld    r0, [args + evtchn_bind_virq.port]\n    REC\n', 3);
    row(bindVirq('VIRQ_TIMER'), -EEXIST);
    for (const v of [1, 3, 31, 32, -1, 0x7fffffff, 0x80000000]) row(bindVirq(v), -EINVAL);
    row(bindVirq('VIRQ_CONSOLE', 1), -EINVAL); // a global virq: vCPU 0 only
    row(bindVirq('VIRQ_CONSOLE', -1), -EINVAL);
    row(bindVirq('VIRQ_CONSOLE'), 4);
    row(bindVirq('VIRQ_CONSOLE'), -EEXIST);
    for (const p of BAD_PORTS) row(evtchn('EVTCHNOP_close', p), -EINVAL);
    row(evtchn('EVTCHNOP_close', CONSOLE), -EINVAL); // a device's port is not the guest's to close
    row(evtchn('EVTCHNOP_close', BLOCK), -EINVAL);
    row(evtchn('EVTCHNOP_close', 4), 0);
    row(evtchn('EVTCHNOP_close', 4), -EINVAL);
    row(evtchn('EVTCHNOP_close', 3), 0);
    row(bindVirq('VIRQ_TIMER', 1), -ENOENT); // a per-vCPU virq on a vCPU that does not exist
    row(bindVirq('VIRQ_TIMER', 0x80000000), -ENOENT);
    row(bindVirq('VIRQ_TIMER'), 3);
    row(bindVirq('VIRQ_CONSOLE'), 4);
    for (const p of BAD_PORTS) row(evtchn('EVTCHNOP_send', p), -EINVAL);
    row(evtchn('EVTCHNOP_send', 3), -EINVAL); // a virq port has no other end
    row(evtchn('EVTCHNOP_send', CONSOLE), 0);
    row(evtchn('EVTCHNOP_send', BLOCK), 0);
    for (const p of BAD_PORTS) row(evtchn('EVTCHNOP_unmask', p), -EINVAL);
    row(evtchn('EVTCHNOP_unmask', 3), 0);
    row(evtchn('EVTCHNOP_unmask', CONSOLE), 0);
    for (const c of [0, 2, 5, 6, 7, 8, 10, 100, -1, 0x7fffffff, 0x80000000]) row(evtchn(c, 3), -ENOSYS);
    const r = runKernel(`${rows.join('')}    DONE\n`);
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(want.length)).toEqual(want);
    expect(r.recorded()).toBe(want.length);
    expect(r.d.consolePort).toBe(1);
    expect(r.d.blockPort).toBe(2);
    expect(r.d.events.ports.slice(0, 6)).toEqual([
      { kind: 'free' },
      { kind: 'device', name: 'console' },
      { kind: 'device', name: 'block' },
      { kind: 'virq', virq: VIRQ_TIMER },
      { kind: 'virq', virq: VIRQ_CONSOLE },
      { kind: 'free' },
    ]);
  });

  test('a closed virq port is free again and its timer raises nothing', () => {
    const r = runKernel(`
    ld    r10, [r7 + SI_SHARED_INFO]
${bindVirq('VIRQ_TIMER')}
${evtchn('EVTCHNOP_close', 3)}
${call('set_timer_op', 10, 0)}
    li    r6, 0
1:  add   r6, r6, 1
    blt   r6, 50, 1b
${call('xen_version', 0)}
    ld    r0, [r10 + SH_EVTCHN_PENDING]
    REC
${bindVirq('VIRQ_TIMER')}
    DONE
`);
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(6)).toEqual([3, 0, 0, PVM_VERSION, 0, 3]);
  });
});

test('unknown hypercall numbers are -ENOSYS, counted by number, and the kernel carries on', () => {
  // The assembler takes 0..63; wider numbers are patched into the instruction's operand word.
  const wide = [64, 70, 0x7fffffff, 0xffffffff, 0x80000000];
  const src = [2, 5, 6, 13, 16, 63].map((n) => call(n)).join('') + wide.map((_, i) => `w${i}: hcall 0\n    REC\n`).join('') + '    DONE\n';
  const r = runKernel(src, {
    setup: ({ d, sym }) => wide.forEach((n, i) => d.cpu.write32(sym(`w${i}`) + 4, n)),
  });
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect(r.results(11)).toEqual(new Array(11).fill(-ENOSYS));
  expect(r.recorded()).toBe(11);
  // All eleven share the one bucket of numbers outside the table: the guest cannot grow the stats.
  for (const n of [2, 5, 6, 13, 16, 63, 64, 70, 0x7fffffff, 0x80000000 | 0]) expect(r.d.stats.hypercalls.get(n), `#${n}`).toBeUndefined();
  expect(r.d.stats.hypercalls.get(UNKNOWN_HYPERCALL)).toBe(11);
  expect(r.d.stats.hypercalls.get(0)).toBeUndefined(); // the patched calls never ran as #0
});

test('the user-mode bit in a refused frame is not applied', () => {
  // Guard for the iret test above: a FLAG_U frame that fails leaves the kernel in supervisor mode.
  const r = runKernel(`
    li    r1, ${layout().pv - 8}
    li    r2, FLAG_U
    st    r2, [r1 + 4]
    mov   r13, sp
    mov   sp, r1
    hcall iret
    mov   sp, r13
    REC
${call('xen_version', 0)}
    DONE
`);
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect(r.results(2)).toEqual([-EFAULT, PVM_VERSION]);
  expect(r.d.cpu.flags & FLAG_U).toBe(0);
});
