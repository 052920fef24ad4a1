// Where movements stop, checked against references that see the whole history: faults stop at
// their handler's entry, finish leaves a handler at its iret, reverse-step/next and
// reverse-continue find what a forward scan of everything finds — across snapshot boundaries,
// in every example and mode — and the recording keeps to its budget.
import { describe, expect, it } from 'vitest';
import { REG_SP, disassembleAt } from '@pvm/isa';
import { FLAG_U, OP_CALL_L, OP_CALL_R, OP_RET, OP_SYSCALL } from '@pvm/isa/codes';
import type { Mode } from '@pvm/hypervisor';
import { complete } from '../src/index.ts';
import { drive, example, image, stateOf } from './helpers.ts';

const FAULTS = `
_start:
    li   r1, vectors
    lvt  r1
    li   r1, kstack_top
    lksp r1
    li   r2, 0
div_here:
    div  r3, r1, r2          ; VEC_DIVIDE, handled: on_div skips it
    li   r1, ustack_top      ; then to user mode, where cli is a privilege violation
    push r1
    li   r1, FLAG_U
    push r1
    li   r1, user
    push r1
    iret
user:
priv_here:
    cli
    li   r3, 3
on_div:
    li   r5, 7
    ld   r6, [sp]
    add  r6, r6, 4
    st   r6, [sp]
    iret
on_priv:
    li   r5, 9
    li   r1, 0
    out  POWER_OFF, r1
.data
vectors: .word on_div, 0, on_priv, 0, 0, 0, 0, 0, 0
         .space 256
kstack_top:
         .space 256
ustack_top:
`;

const PV_FAULT = `
.paravirt
_start:
    li    r1, traps
    hcall set_trap_table
    li    r2, 0
div_here:
    div   r3, r1, r2
on_div:
    li    r5, 7
    li    r1, SCHEDOP_shutdown
    li    r2, poweroff
    li    r3, 0
    hcall sched_op
.data
traps:    .byte VEC_DIVIDE, 0       ; struct trap_info: vector, flags, cs, address
          .half 0
          .word on_div
          .space trap_info_size
poweroff: .word SHUTDOWN_poweroff   ; struct sched_shutdown
`;

const label = (img: ReturnType<typeof image>, name: string): number => img.symbols.find((s) => s.name === name)!.value;

describe('a fault the kernel handles', () => {
  const cases: [string, string, Mode, string[]][] = [
    ['native', FAULTS, 'native', ['div', 'priv']],
    ['trap', FAULTS, 'trap', ['div', 'priv']],
    ['pv', PV_FAULT, 'pv', ['div']],
  ];
  it.each(cases)('stops at the handler entry and steps back to the fault [%s]', async (_, src, mode, faults) => {
    const img = image(src);
    const d = drive(img, { mode, src });
    for (const f of faults) {
      const handler = label(img, `on_${f}`);
      const at = label(img, `${f}_here`);
      const out = await d.run('continue');
      expect(out).toContain(`Program received exception VEC_${f === 'div' ? 'DIVIDE' : 'PRIV'}`);
      // The handler's first instruction (li r5, 7 or 9) has not run yet.
      const mark = f === 'div' ? 7 : 9;
      expect(d.s.cpu.pc).toBe(handler);
      expect(d.s.cpu.regs[5]).not.toBe(mark);
      await d.run('reverse-stepi');
      expect(d.s.cpu.pc).toBe(at);
      await d.run('stepi');
      expect(d.s.cpu.pc).toBe(handler);
      await d.run('stepi');
      expect(d.s.cpu.pc).toBe(handler + 8);
      expect(d.s.cpu.regs[5]).toBe(mark);
      await d.run('reverse-stepi 2');
      expect(d.s.cpu.pc).toBe(at);
      await d.run('stepi');
    }
  });
});

describe('finish in a handler', () => {
  // The round-robin kernels switch tasks in their handlers: the iret goes to another task.
  const cases: [string, Mode, boolean][] = [
    ['examples/timer.s', 'native', true],
    ['examples/timer.s', 'trap', true],
    ['examples/roundrobin.s', 'native', false],
    ['examples/roundrobin.s', 'trap', false],
    ['examples/pv/timer.s', 'pv', true],
    ['examples/pv/roundrobin.s', 'pv', false],
  ];
  it.each(cases)('stops just past the iret that leaves it [%s %s]', async (file, mode, returnsToEntry) => {
    const img = example(file);
    const d = drive(img, { mode });
    const syscall = img.symbols.find((s) => s.name === 'on_syscall');
    let checked = 0;
    for (let k = 0; k < 12 && !d.s.dom.stopped; k++) {
      await d.run('delete', 'catch interrupt', ...(syscall ? ['break on_syscall'] : []), 'continue');
      if (d.s.dom.stopped) break;
      const cpu = d.s.cpu;
      const sp = cpu.regs[REG_SP]! >>> 0;
      const ret = cpu.read32(sp) >>> 0;
      const fromUser = (cpu.read32(sp + 4) & FLAG_U) !== 0;
      const out = await d.run('delete', 'finish');
      expect(out).toContain('Returned from the handler to the interrupted code.');
      if (returnsToEntry) {
        expect(cpu.pc >>> 0).toBe(ret);
        if (!fromUser) expect(cpu.regs[REG_SP]! >>> 0).toBe(sp + 8);
      }
      // One step back is the handler's own return.
      const here = d.s.engine.now;
      await d.run('reverse-stepi');
      expect(disassembleAt(cpu.mem, cpu.pc)).toMatch(mode === 'pv' ? /^hcall iret/ : /^iret/);
      d.s.engine.goto(here);
      checked++;
    }
    expect(checked).toBeGreaterThan(2);
  });
});

/** The old windowed algorithm, over the whole recorded history: the reference. */
function referenceBackLine(pcs: number[], codes: number[], now: number, lineOf: (pc: number) => number, over: boolean): number {
  const line = (i: number): number => lineOf(pcs[i]!);
  const isCall = (c: number): boolean => c === OP_CALL_L || c === OP_CALL_R || c === OP_SYSCALL;
  const depth = new Array<number>(now + 1).fill(0);
  for (let i = now - 1; i >= 0; i--) depth[i] = depth[i + 1]! - (isCall(codes[i]!) ? 1 : codes[i] === OP_RET ? -1 : 0);
  const ok = (i: number): boolean => !over || depth[i]! <= 0;
  const cur = line(now);
  let i = now - 1;
  while (i >= 0 && (line(i) === cur || !ok(i) || line(i) === -1)) i--;
  if (i < 0) return -1;
  const target = line(i);
  while (i > 0 && (line(i - 1) === target || !ok(i - 1))) i--;
  return i;
}

const EXAMPLES: [string, Mode][] = [
  ['examples/hello.s', 'native'],
  ['examples/timer.s', 'trap'],
  ['examples/roundrobin.s', 'trap'],
  ['examples/block.s', 'native'],
  ['examples/pv/roundrobin.s', 'pv'],
  ['examples/pv/timer.s', 'pv'],
];

describe('going back finds what a scan of the whole history finds', () => {
  it.each(EXAMPLES)('reverse-step and reverse-next [%s %s]', async (file, mode) => {
    const img = example(file);
    // Snapshots every 37 steps: runs of one line cross many segment boundaries.
    const d = drive(img, { mode, recording: { snapshotBytes: 1 << 30, replaySpan: 1 << 20, snapshotEvery: 37 } });
    const e = d.s.engine;
    const pcs: number[] = [];
    const codes: number[] = [];
    while (!e.ended && e.now < 2500) {
      pcs.push(e.dom.cpu.pc);
      codes.push(e.dom.cpu.mem[e.dom.cpu.pc]!);
      e.step();
    }
    pcs.push(e.dom.cpu.pc);
    const lineOf = (pc: number): number => d.s.where.lineId(pc);
    for (let t = 1; t < pcs.length; t += 1 + Math.floor(pcs.length / 40)) {
      for (const over of [false, true]) {
        e.goto(t);
        const h = complete(d.s.motion.backLine(over));
        const want = referenceBackLine(pcs, codes, t, lineOf, over);
        expect(e.now, `${over ? 'reverse-next' : 'reverse-step'} from ${t}`).toBe(Math.max(want, 0));
        expect(h.kind).toBe(want < 0 ? 'history-start' : 'arrived');
      }
    }
  });

  it.each(EXAMPLES)('reverse-continue [%s %s]', async (file, mode) => {
    const img = example(file);
    const d = drive(img, { mode, recording: { snapshotBytes: 1 << 30, replaySpan: 1 << 20, snapshotEvery: 41 } });
    const e = d.s.engine;
    // Breakpoints on a few labels, a watchpoint on the first data word, catchpoints on everything.
    const labels = img.symbols.filter((s) => s.kind === 'text').slice(1, 4);
    const data = img.symbols.find((s) => s.kind === 'data');
    await d.run(...labels.map((l) => `break ${l.name}`), ...(data ? [`watch ${data.name}`] : []), 'catch interrupt', 'catch trap', 'catch hcall');
    const { cond, before } = d.s.points.stopCondition({ count: false });
    const hits: number[] = [];
    while (!e.ended && e.now < 2500) {
      const prev = e.dom.cpu.pc;
      before(prev);
      if (cond(e.step(), prev) !== null) hits.push(e.now);
    }
    const end = e.now;
    for (let t = 1; t <= end; t += 1 + Math.floor(end / 30)) {
      e.goto(t);
      const h = complete(d.s.motion.backToStop());
      const want = [...hits].reverse().find((x) => x < t);
      if (want === undefined) expect(h.kind).toBe('history-start');
      else {
        expect(e.now, `reverse-continue from ${t}`).toBe(want);
        expect(h.kind).toBe('condition');
      }
    }
  });
});

describe('the recording', () => {
  it('keeps to its snapshot budget; within it going back is exact, past it the truncation is said', async () => {
    const img = example('examples/roundrobin.s');
    const memory = 64 * 1024;
    // Room for three snapshots, and no step back longer than 64 steps: the oldest must go.
    const d = drive(img, { mode: 'trap', memory, recording: { snapshotBytes: 4 * memory, replaySpan: 64, snapshotEvery: 16 } });
    const e = d.s.engine;
    const seen = new Map<number, string>();
    while (!e.ended && e.now < 3000) {
      seen.set(e.now, stateOf(e.dom));
      e.step();
      expect(e.snapshots).toBeLessThanOrEqual(3);
    }
    expect(e.oldest).toBeGreaterThan(0);
    for (let t = e.now - 1; t >= e.oldest; t -= 7) {
      e.goto(t);
      expect(stateOf(e.dom) === seen.get(t), `state at ${t}`).toBe(true);
    }
    const out = await d.run('reverse-stepi 100000');
    expect(out).toContain('No more reverse-execution history: older instructions were dropped');
    expect(e.now).toBe(e.oldest);
    expect(stateOf(e.dom) === seen.get(e.oldest)).toBe(true);
    // `run` still goes back to the very start.
    await d.run('run');
    expect(e.now).toBe(0);
    expect(stateOf(e.dom) === seen.get(0)).toBe(true);
  });

  it('reverse-step out of a long single-line loop keeps memory flat and stops at the line before', async () => {
    const src = '_start:\n    li r1, 5\nspin: jmp spin\n';
    const img = image(src);
    const d = drive(img, { src });
    await d.run('stepi 1500000');
    let peak = 0;
    const base = process.memoryUsage().heapUsed;
    d.s.yieldFn = async () => void (peak = Math.max(peak, process.memoryUsage().heapUsed - base));
    const out = await d.run('reverse-step');
    // Sampled while the search runs and just after it, before garbage from it could be collected.
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    expect(out).toContain('li r1, 5');
    expect(out).toContain('Reverse-stepped to the previous line.');
    expect(d.s.engine.now).toBe(0);
    // A record per instruction would be well over 100 MB here.
    expect(peak).toBeLessThan(64 << 20);
  });
});
