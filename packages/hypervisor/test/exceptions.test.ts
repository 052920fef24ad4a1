// Exceptions and interrupts through the guest's vector table (docs/machine.md): the frame from
// supervisor and from user mode, iret, missing handlers, frames that cannot be pushed, the timer
// in virtual time, hlt, and the step limit. Every kernel runs in native and in trap mode.
import { describe, expect, it } from 'vitest';
import { FLAG_IE, FLAG_U, VEC_BREAK, VEC_DIVIDE, VEC_ILLEGAL, VEC_MEMORY, VEC_PRIV, VEC_SYSCALL, VEC_TIMER } from '@pvm/isa/codes';
import { boot, machineState, run, sym, vectorTable, type Variant, VARIANTS } from './helpers.ts';

const MODES: readonly Variant[] = VARIANTS;

describe('the exception frame', () => {
  const fromSupervisor = `
_start:
    li   r1, table
    lvt  r1
    li   sp, 0x8000
    sti
    syscall
back:
    mov  r9, sp                 ; sp after iret
    brk
back2:
    li   r1, 0
    out  POWER_OFF, r1
on_syscall:
    mov  r6, sp                 ; sp inside the handler
    ld   r7, [sp]               ; return pc
    ld   r8, [sp + 4]           ; interrupted FLAGS
    pushf                       ; FLAGS inside the handler
    pop  r10
    iret
on_break:
    ld   r11, [sp]
    ld   r12, [sp + 4]
    mov  r13, sp
    iret
.data
${vectorTable('table', { syscall: 'on_syscall', break: 'on_break' })}
`;

  it.each(VARIANTS)('from supervisor mode: [sp] = return pc, [sp + 4] = FLAGS, on the current stack (%s)', (v) => {
    const r = run(fromSupervisor, v);
    const regs = r.d.cpu.regs;
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(regs[6]).toBe(0x8000 - 8);
    expect(regs[7]).toBe(sym(r.img, 'back')); // syscall returns to the next instruction
    expect(regs[8]).toBe(FLAG_IE);
    expect(regs[9]).toBe(0x8000); // iret popped exactly the frame
    expect([regs[11], regs[12], regs[13]]).toEqual([sym(r.img, 'back2'), FLAG_IE, 0x8000 - 8]);
    // Inside the handler IE and U are clear; a deprivileged pushf shows the real FLAGS instead.
    expect(regs[10]).toBe(v === 'trap' ? FLAG_IE | FLAG_U : 0);
    expect(r.d.cpu.flags).toBe(FLAG_IE); // iret restored IE
  });

  const fromUser = `
_start:
    li   r1, table
    lvt  r1
    li   r1, 0x8000
    lksp r1                     ; the kernel stack for entries from user mode
    li   sp, 0x9000
    li   r1, 0x6000             ; enter user mode through an iret frame: user sp, FLAGS, pc
    push r1
    li   r1, FLAG_U | FLAG_IE
    push r1
    li   r1, user
    push r1
    iret
user:
    mov  r5, sp                 ; user sp after the iret
    syscall
user_back:
    mov  r10, sp                ; user sp after returning from the syscall
    pushf
    pop  r11
    li   r1, 1
faulting_out:
    out  CONSOLE_DATA, r1       ; privileged in user mode
    li   r1, 99
    out  POWER_OFF, r1          ; never reached
on_syscall:
    mov  r6, sp
    ld   r7, [sp]
    ld   r8, [sp + 4]
    ld   r9, [sp + 8]
    iret
on_priv:
    mov  r12, sp
    ld   r13, [sp]
    ld   r4, [sp + 4]
    ld   r3, [sp + 8]
    li   r1, 0
    out  POWER_OFF, r1
.data
${vectorTable('table', { syscall: 'on_syscall', priv: 'on_priv' })}
`;

  it.each(VARIANTS)('from user mode: user sp, FLAGS, pc on the lksp stack; iret restores the user sp (%s)', (v) => {
    const r = run(fromUser, v);
    const g = r.d.cpu.regs;
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(g[5]).toBe(0x6000);
    expect([g[6], g[7], g[8], g[9]]).toEqual([0x8000 - 12, sym(r.img, 'user_back'), FLAG_U | FLAG_IE, 0x6000]);
    expect(g[10]).toBe(0x6000);
    expect(g[11]).toBe(FLAG_U | FLAG_IE); // pushf in user mode: the same in every mode
    // The privilege violation: a fault, so [sp] is the faulting instruction itself.
    expect([g[12], g[13], g[4], g[3]]).toEqual([0x8000 - 12, sym(r.img, 'faulting_out'), FLAG_U | FLAG_IE, 0x6000]);
    expect(r.d.cpu.flags).toBe(0); // in the handler: supervisor, IE clear
    expect(r.out).toBe('');
  });

  it('native and trap leave identical machines for the user-mode kernel', () => {
    expect(machineState(run(fromUser, 'trap'))).toEqual(machineState(run(fromUser, 'native')));
  });

  const faults = `
_start:
    li   r1, table
    lvt  r1
    li   r2, 0
div_at:
    div  r3, r1, r2             ; 4 bytes
ld_at:
    ld   r3, [r2 - 4]           ; 0xfffffffc: 8 bytes
ill_at:
    .word 0                     ; an illegal instruction
jmp_at:
    jmp  r2                     ; to 0: zeroed memory, illegal
    li   r1, 0
    out  POWER_OFF, r1
; Record [sp] and the vector, then skip the faulting instruction by its size.
on_divide:
    li   r5, 4
    li   r6, VEC_DIVIDE
    jmp  record
on_memory:
    li   r5, 8
    li   r6, VEC_MEMORY
    jmp  record
on_illegal:
    li   r5, 4
    li   r6, VEC_ILLEGAL
record:
    ld   r7, [sp]
    ld   r8, [n]
    shl  r9, r8, 3
    st   r7, [r9 + log]
    st   r6, [r9 + log + 4]
    add  r8, r8, 1
    st   r8, [n]
    add  r7, r7, r5
    bne  r7, 4, 1f              ; the jump to 0 would come back at 4: send it on instead
    li   r7, after_jmp
1:  st   r7, [sp]
    iret
after_jmp:
    li   r1, 0
    out  POWER_OFF, r1
.data
${vectorTable('table', { divide: 'on_divide', memory: 'on_memory', illegal: 'on_illegal' })}
n:   .word 0
log: .space 64
`;

  it.each(MODES)('faults return to the faulting instruction (%s)', (v) => {
    const r = run(faults, v);
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.word('n')).toBe(4);
    const log = [0, 1, 2, 3].map((i) => [r.word('log', 8 * i), r.word('log', 8 * i + 4)]);
    expect(log).toEqual([
      [sym(r.img, 'div_at'), VEC_DIVIDE],
      [sym(r.img, 'ld_at'), VEC_MEMORY],
      [sym(r.img, 'ill_at'), VEC_ILLEGAL],
      [0, VEC_ILLEGAL],
    ]);
  });
});

describe('a missing handler stops the machine with a clear report', () => {
  const cases: [string, string, number, string, RegExp][] = [
    ['division by zero', 'li r2, 0\nat: div r1, r1, r2', VEC_DIVIDE, 'at', /^divide error: division by zero$/],
    ['a load outside memory', 'li r2, 0\nat: ld r1, [r2 - 4]', VEC_MEMORY, 'at', /^memory fault: load from 0xfffffffc, outside guest memory \(1 MiB\)$/],
    ['a store outside memory', 'li r2, 0x100000\nat: st r1, [r2]', VEC_MEMORY, 'at', /^memory fault: store to 0x100000, outside guest memory/],
    ['a misaligned jump', 'li r2, 0x1002\njmp r2', VEC_MEMORY, '', /^memory fault: fetch from misaligned address 0x1002$/],
    ['an illegal instruction', 'at: .word 0x000000ff', VEC_ILLEGAL, 'at', /^illegal instruction \(bytes ff 00 00 00\)$/],
    ['hcall in an unmodified kernel', 'at: hcall console_io', VEC_ILLEGAL, 'at', /hcall needs a paravirtual kernel/],
    ['syscall', 'at: syscall', VEC_SYSCALL, 'at', /^syscall with no handler in the vector table$/],
    ['brk', 'at: brk', VEC_BREAK, 'at', /^breakpoint \(brk\) with no handler/],
  ];

  it.each(cases)('%s', (_what, body, vector, at, reason) => {
    const src = `_start:\n${body}\n    li r1, 0\n    out POWER_OFF, r1\n`;
    // Under hvm, hcall is vmcall: it reaches the hypervisor (hvm.test.ts).
    for (const v of body.includes('hcall') ? MODES.filter((m) => m !== 'hvm') : MODES) {
      const r = run(src, v);
      expect(r.stop?.kind).toBe('crash');
      if (r.stop?.kind !== 'crash') return;
      expect(r.stop.vector).toBe(vector);
      expect(r.stop.pc >>> 0).toBe(at ? sym(r.img, at) : 0x1002);
      expect(r.stop.reason).toMatch(reason);
    }
  });

  it('a privilege violation in user mode, with a table whose slot is 0', () => {
    const src = `
_start:
    li   r1, table
    lvt  r1
    li   r1, 0x8000
    lksp r1
    li   r1, 0x6000
    push r1
    li   r1, FLAG_U
    push r1
    li   r1, user
    push r1
    iret
user:
    cli
.data
${vectorTable('table', { syscall: '_start' })}
`;
    for (const v of MODES) {
      const r = run(src, v);
      expect(r.stop).toEqual({ kind: 'crash', vector: VEC_PRIV, pc: sym(r.img, 'user'), reason: "privilege violation: 'cli' in user mode" });
    }
  });

  it('an interrupt with no handler', () => {
    const src = `
_start:
    li   r1, 10
    out  TIMER_PERIOD, r1
    sti
1:  jmp  1b
`;
    for (const v of MODES) {
      const r = run(src, v);
      expect(r.stop?.kind).toBe('crash');
      if (r.stop?.kind !== 'crash') return;
      expect(r.stop.vector).toBe(VEC_TIMER);
      expect(r.stop.reason).toMatch(/interrupt 6 arrived with no handler/);
    }
  });

  it('native and trap stop with the same report', () => {
    for (const [, body] of cases) {
      const src = `_start:\n${body}\n`;
      expect(run(src, 'trap').stop).toEqual(run(src, 'native').stop);
    }
  });
});

describe('a frame that cannot be pushed is a double fault, not a host error', () => {
  const kernel = (setup: string): string => `
_start:
    li   r1, table
    lvt  r1
    ${setup}
    syscall
    li   r1, 0
    out  POWER_OFF, r1
handler:
    li   r1, 7
    out  POWER_OFF, r1
.data
${vectorTable('table', { syscall: 'handler', priv: 'handler' })}
`;

  it.each([
    ['sp = 0', 'li sp, 0', 'stack pointer 0x0000'],
    ['sp = 4 (room for one word, not two)', 'li sp, 4', 'stack pointer 0x0004'],
    ['sp = 7', 'li sp, 7', 'stack pointer 0x0007'],
    ['sp past the end of memory', 'li sp, 0x100010', 'stack pointer 0x100010'],
    ['sp = -1', 'li sp, -1', 'stack pointer 0xffffffff'],
  ])('%s', (_what, setup, where) => {
    for (const v of MODES) {
      const r = run(kernel(setup), v);
      expect(r.stop?.kind).toBe('crash');
      if (r.stop?.kind !== 'crash') return;
      expect(r.stop.vector).toBe(VEC_SYSCALL);
      expect(r.stop.reason).toContain('double fault');
      expect(r.stop.reason).toContain(where);
    }
  });

  it('sp = 8 is just enough: the frame fills addresses 0..7', () => {
    for (const v of MODES) expect(run(kernel('li sp, 8'), v).stop).toEqual({ kind: 'poweroff', code: 7 });
  });

  it('from user mode with no kernel stack (lksp never run)', () => {
    const src = `
_start:
    li   r1, table
    lvt  r1
    li   r1, 0x6000
    push r1
    li   r1, FLAG_U
    push r1
    li   r1, user
    push r1
    iret
user:
    syscall
.data
${vectorTable('table', { syscall: '_start' })}
`;
    for (const v of MODES) {
      const r = run(src, v);
      expect(r.stop?.kind).toBe('crash');
      if (r.stop?.kind === 'crash') expect(r.stop.reason).toMatch(/^double fault: .*kernel stack pointer \(lksp\) 0x0000/);
    }
  });

  it('an iret whose frame lies outside memory is a memory fault (and, unhandled, a crash)', () => {
    const src = `
_start:
    li   sp, 0x100000 - 4
at: iret
`;
    for (const v of MODES) {
      const r = run(src, v);
      expect(r.stop).toEqual({ kind: 'crash', vector: VEC_MEMORY, pc: sym(r.img, 'at'), reason: 'memory fault: load from 0xffffc, outside guest memory (1 MiB)' });
      expect(r.d.cpu.instret).toBe(1); // the faulting iret did not retire
    }
  });
});

describe('the timer, in virtual time', () => {
  // Exact cycle counts of the timer logic alone: ports cost one cycle here (their latency is tested below).
  const EXACT = { cost: { portIo: 0 } };

  it.each(MODES)('a port access costs the device latency of the cost model, in every mode alike (%s)', (v) => {
    const r = run('_start:\n    in r1, TIMER_NOW\n    in r2, TIMER_NOW\n    li r3, 0\n    out POWER_OFF, r3\n', v);
    // The clock was read before the access's latency was charged: the second read sees one latency later.
    expect(r.d.cpu.regs[2]! - r.d.cpu.regs[1]!).toBe(1 + r.d.cost.portIo);
    expect(r.d.cost.portIo).toBeGreaterThan(1000);
  });

  // 5 cycles of setup (li, lvt, li, out, sti): the first deadline is 4 + PERIOD (the `out` is the
  // 4th instruction). The handler's first instruction reads the clock one cycle after delivery.
  const periodic = (loop: string): string => `
PERIOD = 100
_start:
    li   r1, table
    lvt  r1
    li   r1, PERIOD
    out  TIMER_PERIOD, r1
    sti
${loop}
on_timer:
    in   r3, TIMER_NOW
    ld   r4, [n]
    shl  r5, r4, 2
    st   r3, [r5 + times]
    add  r4, r4, 1
    st   r4, [n]
    blt  r4, 5, 1f
    li   r1, 0
    out  POWER_OFF, r1
1:  iret
.data
${vectorTable('table', { timer: 'on_timer' })}
n:     .word 0
times: .space 20
`;
  const times = (r: ReturnType<typeof run>): number[] => [0, 1, 2, 3, 4].map((i) => r.word('times', 4 * i));

  it.each(MODES)('a periodic timer interrupts at exact cycle counts (%s)', (v) => {
    const r = run(periodic('1:  add r2, r2, 1\n    jmp 1b'), v, EXACT);
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(times(r)).toEqual([105, 205, 305, 405, 505]);
    expect(r.d.stats.interruptTotal).toBe(5);
    expect(r.d.timer.fired).toBe(5);
  });

  it.each(MODES)('an interrupt waits for the end of a multi-cycle instruction (%s)', (v) => {
    // After sti and li the clock is 6; twelve-cycle divisions end at 18, 30, ... 114: the
    // first boundary at or past the deadline 104.
    const r = run(periodic(`    li r6, 1\n${'    div r7, r7, r6\n'.repeat(40)}1:  jmp 1b`), v, EXACT);
    expect(times(r)[0]).toBe(6 + 12 * 9 + 1);
  });

  it.each(MODES)('a one-shot timer interrupts once (%s)', (v) => {
    const src = `
_start:
    li   r1, table
    lvt  r1
    li   r1, 50
    out  TIMER_ONESHOT, r1
    sti
1:  add  r2, r2, 1
    jmp  1b
on_timer:
    in   r3, TIMER_NOW
    add  r4, r4, 1
    iret
.data
${vectorTable('table', { timer: 'on_timer' })}
`;
    const r = run(src, v, { ...EXACT, maxSteps: 2000 });
    expect(r.stop).toEqual({ kind: 'step-limit', steps: 2000 });
    expect([r.d.cpu.regs[3], r.d.cpu.regs[4]]).toEqual([55, 1]);
  });

  it.each(MODES)('the guest clock is the same in both modes: exit costs are not guest time (%s)', (v) => {
    const r = run(periodic('1:  add r2, r2, 1\n    jmp 1b'), v, EXACT);
    const native = run(periodic('1:  add r2, r2, 1\n    jmp 1b'), 'native', EXACT);
    expect(r.d.cpu.cycles).toBe(native.d.cpu.cycles);
    const perExit = v === 'trap' ? r.d.cost.trap : r.d.cost.vmExit + r.d.cost.vmEntry;
    expect(r.d.stats.hypervisorCycles).toBe(v === 'native' ? 0 : r.d.stats.exitTotal * perExit);
  });

  it.each(MODES)('hlt lets virtual time jump to the timer deadline (%s)', (v) => {
    const src = `
_start:
    li   r1, table
    lvt  r1
    li   r1, 500
    out  TIMER_ONESHOT, r1      ; deadline 4 + 500
    sti
    hlt
    in   r5, TIMER_NOW          ; after the handler's iret
    li   r1, 0
    out  POWER_OFF, r1
on_timer:
    in   r3, TIMER_NOW
    iret
.data
${vectorTable('table', { timer: 'on_timer' })}
`;
    const r = run(src, v, EXACT);
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect([r.d.cpu.regs[3], r.d.cpu.regs[5]]).toEqual([505, 508]);
    expect(r.d.cpu.instret).toBe(11); // no busy waiting
  });

  it.each(MODES)('hlt with IE clear stops with kind halted (%s)', (v) => {
    const src = `
_start:
    li   r1, 100
    out  TIMER_PERIOD, r1
at: hlt
`;
    const r = run(src, v, EXACT);
    expect(r.stop).toEqual({ kind: 'halted', pc: sym(r.img, 'at'), reason: 'hlt with interrupts disabled: nothing can wake the machine' });
  });

  it.each(MODES)('hlt with IE set and nothing that could interrupt stops with kind halted (%s)', (v) => {
    const r = run('_start:\n    sti\nat: hlt\n', v, EXACT);
    expect(r.stop?.kind).toBe('halted');
    if (r.stop?.kind === 'halted') {
      expect(r.stop.pc).toBe(sym(r.img, 'at'));
      expect(r.stop.reason).toMatch(/wait forever/);
    }
  });

  it('timer interrupts stay pending while IE is clear and arrive after the instruction that follows sti (its shadow)', () => {
    const src = `
_start:
    li   r1, table
    lvt  r1
    li   r1, 10
    out  TIMER_ONESHOT, r1
    li   r2, 50
1:  sub  r2, r2, 1
    bne  r2, 0, 1b              ; the deadline passes in here, IE clear
    in   r6, TIMER_NOW
    sti
    li   r1, 0
    out  POWER_OFF, r1
on_timer:
    mov  r3, r6
    ld   r4, [sp]
    li   r1, 1
    out  POWER_OFF, r1
.data
${vectorTable('table', { timer: 'on_timer' })}
`;
    for (const v of MODES) {
      const r = run(src, v, EXACT);
      expect(r.stop).toEqual({ kind: 'poweroff', code: 1 });
      // Interrupted after `li r1, 0`, the one instruction sti's shadow lets run: so `sti; hlt` is safe.
      expect(r.d.cpu.regs[4]).toBe(sym(r.img, 'on_timer') - 8);
    }
  });
});

describe("sti's interrupt shadow", () => {
  it('`sti; hlt` with an interrupt already pending: the hlt runs, and the interrupt wakes it at once, in every mode', () => {
    const src = `
_start:
    li   r1, table
    lvt  r1
    li   r1, 10
    out  TIMER_ONESHOT, r1          ; fires during the out itself (a port access takes long)
    sti
    hlt                             ; the idle loop's classic race: without the shadow the
    ld   r1, [ticks]                ; handler would run before hlt, and hlt would wait forever
    out  POWER_OFF, r1
on_timer:
    li   r2, 1
    st   r2, [ticks]
    iret
.data
${vectorTable('table', { timer: 'on_timer' })}
ticks: .word 0
`;
    for (const v of MODES) expect(run(src, v).stop, v).toEqual({ kind: 'poweroff', code: 1 });
  });
});

describe('the step limit and pausing', () => {
  const spin = `
_start:
    li   r2, 1
1:  div  r3, r3, r2
    in   r4, TIMER_NOW
    jmp  1b
`;
  it.each(MODES)('stops with step-limit after exactly maxSteps instructions (%s)', (v) => {
    for (const n of [1, 2, 3, 1000, 1001]) {
      const r = run(spin, v, { maxSteps: n });
      expect(r.stop).toEqual({ kind: 'step-limit', steps: n });
      expect(r.d.cpu.instret).toBe(n);
    }
  });

  it.each(MODES)('run(budget) pauses (returns null) and resumes to the same end (%s)', (v) => {
    const whole = run(spin, v, { maxSteps: 500 });
    const p = boot(spin, v, { maxSteps: 500 });
    let pauses = 0;
    let stop = p.run(37);
    while (stop === null) {
      pauses++;
      expect(p.cpu.instret).toBe(37 * pauses);
      stop = p.run(37);
    }
    expect(pauses).toBe(Math.floor(500 / 37));
    expect(stop).toEqual(whole.stop);
    expect(p.cpu.cycles).toBe(whole.d.cpu.cycles);
    expect(p.run()).toEqual(stop); // stopped for good
  });
});
