// Trap-and-emulate (docs/machine.md): the same binary as native, deprivileged; every privileged
// opcode executed is exactly one VM exit, counted by cause; native counts none; runs are
// reproducible; native and trap end in the same machine state, except for the documented
// pushf/popf behaviour (Popek–Goldberg) and how hardware-assisted virtualization (hvm) fixes it.
import { describe, expect, it } from 'vitest';
import { OPS, OP_BY_CODE, formName, sizeOf } from '@pvm/isa';
import { FLAG_IE, FLAG_U, VEC_MEMORY } from '@pvm/isa/codes';
import { MemoryDisk } from '@pvm/devices';
import { statsJson, type Domain } from '../src/index.ts';
import { VARIANTS, boot, exits, machineState, rng, run, sym, vectorTable } from './helpers.ts';

/** Privileged opcodes a native run actually executes in supervisor mode, by mnemonic (traced). */
function tracePrivileged(src: string, opts: Parameters<typeof boot>[2] = {}): Record<string, number> {
  const d = boot(src, 'native', opts);
  const count: Record<string, number> = {};
  d.trace = (pc) => {
    const op = OP_BY_CODE[d.cpu.mem[pc]!];
    if (op?.privileged && (d.cpu.flags & FLAG_U) === 0) count[op.mnemonic] = (count[op.mnemonic] ?? 0) + 1;
  };
  d.run();
  return count;
}

/** Exits grouped by the mnemonic that caused them ("out CONSOLE_DATA" counts as "out"). */
function byMnemonic(d: Domain): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [cause, n] of Object.entries(exits(d))) {
    const m = cause.split(' ')[0]!;
    out[m] = (out[m] ?? 0) + n;
  }
  return out;
}

const loops = `
_start:
    li   r1, table
    lvt  r1
    li   r1, 0x8000
    lksp r1
    li   r2, 0
1:  li   r1, 'a'
    add  r1, r1, r2
    out  CONSOLE_DATA, r1
    in   r3, TIMER_NOW
    cli
    sti
    add  r2, r2, 1
    blt  r2, 10, 1b
    li   r4, CONSOLE_DATA
    out  r4, r1                 ; the register form: the same cause as the port form
    li   r6, CONSOLE_STATUS
    in   r5, r6
    in   r7, 0x99               ; an unmapped port
    li   r6, 0x1f0
    out  r6, r1                 ; a port past the bus: not POWER_OFF (0xf0)
    li   r1, 3
    out  POWER_OFF, r1
.data
${vectorTable('table', {})}
`;

describe('exit accounting', () => {
  it('counts exactly one exit per privileged opcode executed, by cause', () => {
    const r = run(loops, 'trap');
    expect(r.stop).toEqual({ kind: 'poweroff', code: 3 });
    expect(r.out).toBe('abcdefghijj');
    expect(exits(r.d)).toEqual({
      'out CONSOLE_DATA': 11,
      cli: 10,
      'in TIMER_NOW': 10,
      sti: 10,
      'in 0x99': 1,
      'in CONSOLE_STATUS': 1,
      lksp: 1,
      lvt: 1,
      'out POWER_OFF': 1,
      'out port out of range': 1,
    });
    expect(statsJson(r.d).exits.total).toBe(47);
    expect(r.d.cpu.regs[7]).toBe(-1); // the unmapped port read all ones
  });

  it('counts nothing in native mode', () => {
    const r = run(loops, 'native');
    expect(r.out).toBe('abcdefghijj');
    expect(statsJson(r.d).exits).toEqual({ total: 0, byCause: {} });
    expect(r.d.stats.hypervisorCycles).toBe(0);
  });

  it('agrees with a trace of the native run, instruction by instruction', () => {
    const r = run(loops, 'trap');
    expect(byMnemonic(r.d)).toEqual(tracePrivileged(loops));
  });

  it('charges the cost model per exit to the hypervisor, never to the guest clock', () => {
    const native = run(loops, 'native');
    const trap = run(loops, 'trap');
    const cheap = run(loops, 'trap', { cost: { trap: 7 } });
    for (const r of [trap, cheap]) expect(r.d.cpu.cycles).toBe(native.d.cpu.cycles);
    const each = trap.d.cost.trap;
    expect(trap.d.stats.hypervisorCycles).toBe(47 * each);
    expect(cheap.d.stats.hypervisorCycles).toBe(47 * 7);
    const j = statsJson(trap.d);
    expect([j.guestCycles, j.hypervisorCycles, j.cycles]).toEqual([native.d.cpu.cycles, 47 * each, native.d.cpu.cycles + 47 * each]);
    expect(j.instructions).toBe(native.d.cpu.instret);
  });

  // Random kernels: each privileged opcode (that can be repeated harmlessly) a random number of
  // times in a loop body of random order, the loop run a random number of times.
  const REPEATABLE: [string, string][] = [
    ['out CONSOLE_DATA', 'out CONSOLE_DATA, r9'],
    ['in TIMER_NOW', 'in r3, TIMER_NOW'],
    ['in CONSOLE_STATUS', 'in r3, CONSOLE_STATUS'],
    ['in BLOCK_COUNT', 'in r3, BLOCK_COUNT'],
    ['out TIMER_PERIOD', 'out TIMER_PERIOD, r0'],
    ['in 0x77', 'in r3, r10'],
    ['out 0x77', 'out r10, r9'],
    ['cli', 'cli'],
    ['sti', 'sti'],
    ['lvt', 'lvt r11'],
    ['lksp', 'lksp r12'],
  ];

  function randomKernel(seed: number): { src: string; want: Record<string, number> } {
    const r = rng(seed);
    const times = 1 + (r() % 12);
    const body: string[] = [];
    const want: Record<string, number> = {};
    for (const [cause, line] of REPEATABLE) {
      const n = r() % 4;
      for (let i = 0; i < n; i++) body.push(line);
      if (n) want[cause] = n * times;
    }
    for (let i = body.length - 1; i > 0; i--) {
      const j = r() % (i + 1);
      [body[i], body[j]] = [body[j]!, body[i]!];
    }
    // Some plain instructions between them, so the exits are not back to back.
    const filler = ['add r5, r5, 1', 'mul r6, r5, r5', 'nop', 'st r5, [scratch]'];
    const lines = body.flatMap((l) => [l, filler[r() % filler.length]!]);
    want['out POWER_OFF'] = 1;
    const src = `
_start:
    li   r9, '.'
    li   r10, 0x77
    li   r11, table
    li   r12, 0x8000
    li   r2, 0
loop:
${lines.map((l) => `    ${l}`).join('\n')}
    add  r2, r2, 1
    blt  r2, ${times}, loop
    li   r1, 0
    out  POWER_OFF, r1
.data
${vectorTable('table', {})}
scratch: .word 0
`;
    return { src, want };
  }

  it.each(Array.from({ length: 25 }, (_, i) => 1000 + i))('random kernel %i: exits by cause are exactly the opcodes the loop executes', (seed) => {
    const { src, want } = randomKernel(seed);
    const trap = run(src, 'trap');
    expect(trap.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(exits(trap.d)).toEqual(want);
    expect(trap.d.stats.exitTotal).toBe(Object.values(want).reduce((a, b) => a + b, 0));
    expect(byMnemonic(trap.d)).toEqual(tracePrivileged(src));
    const native = run(src, 'native');
    expect(native.d.stats.exitTotal).toBe(0);
    expect(machineState(trap)).toEqual(machineState(native));
  });

  it('counts hlt, interrupts and iret in a timer kernel', () => {
    const src = `
_start:
    li   r1, table
    lvt  r1
    li   r1, 100000              ; longer than the out itself takes (a port access is slow)
    out  TIMER_PERIOD, r1
    sti
1:  hlt
    ld   r1, [ticks]
    blt  r1, 5, 1b
    cli
    li   r1, 0
    out  TIMER_PERIOD, r1
    out  POWER_OFF, r1
on_timer:
    ld   r2, [ticks]
    add  r2, r2, 1
    st   r2, [ticks]
    iret
.data
${vectorTable('table', { timer: 'on_timer' })}
ticks: .word 0
`;
    const r = run(src, 'trap');
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(exits(r.d)).toEqual({
      hlt: 5,
      'interrupt VEC_TIMER': 5,
      iret: 5,
      'out TIMER_PERIOD': 2,
      cli: 1,
      lvt: 1,
      'out POWER_OFF': 1,
      sti: 1,
    });
    expect(statsJson(r.d).interrupts).toEqual({ total: 5, byVector: { VEC_TIMER: 5 } });
    const native = run(src, 'native');
    expect(statsJson(native.d).exits.total).toBe(0);
    expect(statsJson(native.d).interrupts.total).toBe(5); // interrupts are counted, just not as exits
    expect(machineState(r)).toEqual(machineState(native));
  });

  it('counts exceptions reflected to the guest: a syscall and a privilege violation from user mode', () => {
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
    syscall
    syscall
    out  CONSOLE_DATA, r1       ; VEC_PRIV
on_syscall:
    iret
on_priv:
    li   r1, 0
    out  POWER_OFF, r1
.data
${vectorTable('table', { syscall: 'on_syscall', priv: 'on_priv' })}
`;
    const r = run(src, 'trap');
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(exits(r.d)).toEqual({ iret: 3, syscall: 2, 'exception VEC_PRIV': 1, lksp: 1, lvt: 1, 'out POWER_OFF': 1 });
    // The privileged opcode run in user mode is an exception, not an emulated exit.
    expect(tracePrivileged(src)).toEqual({ lvt: 1, lksp: 1, iret: 3, out: 1 });
    expect(machineState(r)).toEqual(machineState(run(src, 'native')));
  });
});

describe('reproducibility', () => {
  it('two identical runs give identical statsJson, in every mode', () => {
    const src = deviceKernel();
    for (const v of VARIANTS) {
      const a = run(src, v, { input: 'hello' });
      const b = run(src, v, { input: 'hello' });
      expect(JSON.stringify(statsJson(b.d))).toBe(JSON.stringify(statsJson(a.d)));
      expect(machineState(b)).toEqual(machineState(a));
    }
  });
});

/** A kernel using the console (with input), the timer and the block device. */
function deviceKernel(): string {
  return `
_start:
    li   r1, table
    lvt  r1
    li   r1, 37
    out  TIMER_PERIOD, r1
    sti
1:  in   r1, CONSOLE_DATA
    blt  r1, 0, 2f
    out  CONSOLE_DATA, r1
    jmp  1b
2:  li   r1, 1
    out  BLOCK_SECTOR, r1
    li   r1, BLOCK_WRITE
    out  BLOCK_CMD, r1
    li   r2, 0
3:  out  BLOCK_DATA, r2
    add  r2, r2, 1
    blt  r2, 128, 3b
    in   r3, BLOCK_STATUS
    ld   r1, [ticks]
    out  POWER_OFF, r1
on_timer:
    push r1
    ld   r1, [ticks]
    add  r1, r1, 1
    st   r1, [ticks]
    pop  r1
    iret
.data
${vectorTable('table', { timer: 'on_timer' })}
ticks: .word 0
`;
}

describe('native and trap end in the same machine', () => {
  it('console echo, timer interrupts and the block device', () => {
    const src = deviceKernel();
    const disks = [new MemoryDisk(4), new MemoryDisk(4)];
    const native = run(src, 'native', { input: 'echo me', disk: disks[0]! });
    const trap = run(src, 'trap', { input: 'echo me', disk: disks[1]! });
    expect(native.out).toBe('echo me');
    expect(native.stop?.kind).toBe('poweroff');
    expect(native.d.stats.interruptTotal).toBeGreaterThan(3);
    expect(machineState(trap)).toEqual(machineState(native));
    expect(disks[1]!.data).toEqual(disks[0]!.data);
    expect(trap.d.stats.exitTotal).toBeGreaterThan(128);
  });
});

describe('pushf and popf: Popek–Goldberg', () => {
  // Masks interrupts the x86 way (popf with IE clear) around a loop in which the timer fires.
  const popfKernel = `
_start:
    li   r1, table
    lvt  r1
    sti
    pushf
    pop  r6                     ; what the kernel believes its FLAGS are
    pushf
    pop  r1
    and  r1, r1, ~FLAG_IE
    push r1
    popf                        ; "mask interrupts"
    li   r1, 10
    out  TIMER_ONESHOT, r1
    li   r2, 100
1:  sub  r2, r2, 1
    bne  r2, 0, 1b
    pushf
    pop  r7                     ; FLAGS after the masked region
    ld   r1, [arrived]
    out  POWER_OFF, r1
on_timer:
    li   r1, 1
    st   r1, [arrived]
    iret
.data
${vectorTable('table', { timer: 'on_timer' })}
arrived: .word 0
`;

  it('native: popf masks interrupts; pushf shows IE only', () => {
    const r = run(popfKernel, 'native');
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect([r.d.cpu.regs[6], r.d.cpu.regs[7]]).toEqual([FLAG_IE, 0]);
  });

  it('trap: pushf shows the real IE|U and popf is silently ignored, so the interrupt arrives', () => {
    const r = run(popfKernel, 'trap');
    expect(r.stop).toEqual({ kind: 'poweroff', code: 1 });
    expect([r.d.cpu.regs[6], r.d.cpu.regs[7]]).toEqual([FLAG_IE | FLAG_U, FLAG_IE | FLAG_U]);
    expect(exits(r.d).popf).toBeUndefined(); // no exit: the hypervisor never learns of it
    expect(exits(r.d)['interrupt VEC_TIMER']).toBe(1);
  });

  it('hvm: the kernel keeps its privilege, so pushf/popf act on its own FLAGS with no exit at all, fixing it', () => {
    const r = run(popfKernel, 'hvm');
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect([r.d.cpu.regs[6], r.d.cpu.regs[7]]).toEqual([FLAG_IE, 0]);
    // VT-x has no POPF exit: the exits are the I/O bitmap's and the timer's, never pushf or popf.
    expect(Object.keys(exits(r.d)).sort()).toEqual(['EXTERNAL_INTERRUPT VEC_TIMER', 'IO_INSTRUCTION out POWER_OFF', 'IO_INSTRUCTION out TIMER_ONESHOT']);
    // The timer fired inside the masked region: taken with an exit, held, injected nowhere.
    expect(r.d.stats.interruptTotal).toBe(0);
    expect(machineState(r)).toEqual(machineState(run(popfKernel, 'native')));
  });

  it('popf in guest user mode cannot change IE or U, in any mode', () => {
    const src = `
_start:
    li   r1, table
    lvt  r1
    li   r1, 0x8000
    lksp r1
    li   r1, 0x6000
    push r1
    li   r1, FLAG_U | FLAG_IE
    push r1
    li   r1, user
    push r1
    iret
user:
    li   r2, 0
    push r2
    popf                        ; try to leave user mode and mask interrupts
    pushf
    pop  r3
    cli                         ; still user mode: a privilege violation
on_priv:
    ld   r4, [sp + 4]           ; the FLAGS of the faulting code
    li   r1, 0
    out  POWER_OFF, r1
.data
${vectorTable('table', { priv: 'on_priv' })}
`;
    for (const v of VARIANTS) {
      const r = run(src, v);
      expect(r.stop, v).toEqual({ kind: 'poweroff', code: 0 });
      expect([r.d.cpu.regs[3], r.d.cpu.regs[4]], v).toEqual([FLAG_U | FLAG_IE, FLAG_U | FLAG_IE]);
    }
  });

  it('popf faults like native when the stack is outside memory, in every mode', () => {
    const src = 'li sp, 0x100000\npopf\n';
    const stops = VARIANTS.map((v) => run(`_start:\n${src}`, v).stop);
    expect(stops[0]).toEqual({ kind: 'crash', vector: VEC_MEMORY, pc: 0x1008, reason: 'memory fault: load from 0x100000, outside guest memory (1 MiB)' });
    expect(stops[1]).toEqual(stops[0]);
    expect(stops[2]).toEqual(stops[0]);
    const push = VARIANTS.map((v) => run(`_start:\nli sp, 0\npushf\n`, v).stop);
    expect(push[0]).toMatchObject({ kind: 'crash', reason: 'memory fault: store to 0xfffffffc, outside guest memory (1 MiB)' });
    expect(push[1]).toEqual(push[0]);
    expect(push[2]).toEqual(push[0]);
  });
});

describe('privileged opcodes are emulated with the size and cost the table gives them', () => {
  // [form, setup, the instruction at `at`, where it must continue]
  const CASES: [string, string, string, string][] = [
    ['in_rp', '', 'in r1, TIMER_NOW', 'next'],
    ['in_rr', 'li r2, CONSOLE_STATUS', 'in r1, r2', 'next'],
    ['out_pr', "li r1, 'x'", 'out CONSOLE_DATA, r1', 'next'],
    ['out_rr', "li r1, 'x'\n li r2, CONSOLE_DATA", 'out r2, r1', 'next'],
    ['cli', '', 'cli', 'next'],
    ['sti', '', 'sti', 'next'],
    ['hlt', '', 'hlt', 'next'],
    ['lvt', 'li r1, 0x2000', 'lvt r1', 'next'],
    ['lksp', 'li r1, 0x2000', 'lksp r1', 'next'],
    ['iret', 'li r1, FLAG_IE\n push r1\n li r1, target\n push r1', 'iret', 'target'],
    ['mtcr', 'li r1, 0x1234', 'mtcr CR_FAULT_ADDR, r1', 'next'],
    ['mfcr', '', 'mfcr r1, CR_FAULT_CODE', 'next'],
    ['invlpg', 'li r1, 0x1000', 'invlpg r1', 'next'],
  ];

  it('the cases cover every privileged form', () => {
    expect(CASES.map((c) => c[0]).sort()).toEqual(OPS.filter((op) => op.privileged).map(formName).sort());
  });

  it.each(CASES)('%s', (name, setup, instr, where) => {
    const op = OPS.find((o) => formName(o) === name)!;
    const src = `_start:\n ${setup}\nat: ${instr}\nnext: nop\n nop\ntarget: nop\n`;
    for (const v of VARIANTS) {
      const d = boot(src, v);
      const at = sym(d.image, 'at');
      expect(sym(d.image, 'next') - at).toBe(sizeOf(op));
      while (d.cpu.pc !== at) expect(d.run(1)).toBe(null);
      const before = { cycles: d.cpu.cycles, instret: d.cpu.instret, exits: d.stats.exitTotal };
      const stop = d.run(1);
      expect(d.cpu.pc, `${name} ${v}: pc`).toBe(sym(d.image, where));
      // A port access also costs the device's latency, in every mode alike.
      const io = name.startsWith('in_') || name.startsWith('out_');
      expect(d.cpu.cycles - before.cycles, `${name} ${v}: cycles`).toBe((op.cycles ?? 1) + (io ? d.cost.portIo : 0));
      expect(d.cpu.instret - before.instret).toBe(1);
      // hvm exits only for what the controls name: device ports (the I/O bitmap) and hlt.
      expect(d.stats.exitTotal - before.exits, `${name} ${v}: exits`).toBe(v === 'trap' ? 1 : v === 'hvm' && (io || name === 'hlt') ? 1 : 0);
      if (name === 'hlt') {
        // A hlt and what ends it are one step: with IE clear nothing can, so the step ends it all.
        expect(stop).toMatchObject({ kind: 'halted', pc: at });
      } else expect(stop).toBe(null); // paused after one instruction
    }
  });

  it('pushf and popf in hvm: no exit, pc + 4, one cycle (VT-x has no POPF exit control)', () => {
    const d = boot('_start:\n pushf\n popf\n nop\n', 'hvm');
    for (const name of ['pushf', 'popf']) {
      const before = { pc: d.cpu.pc, cycles: d.cpu.cycles, exits: d.stats.exitTotal };
      expect(d.run(1)).toBe(null);
      expect([d.cpu.pc - before.pc, d.cpu.cycles - before.cycles, d.stats.exitTotal - before.exits], name).toEqual([4, 1, 0]);
    }
  });
});
