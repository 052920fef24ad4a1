// Hardware-assisted virtualization (hvm.ts): the kernel keeps its privilege in a guest mode, and
// the hypervisor gets control back only through the exits its VM-execution controls enable —
// each one counted by the Intel SDM's exit reason, each one a VM exit plus a VM entry.
import { describe, expect, it } from 'vitest';
import { BufferConsole } from '@pvm/devices';
import { FLAG_IE, VEC_ILLEGAL } from '@pvm/isa/codes';
import { DEFAULT_CONTROLS, createDomain, statsJson, type VmcsControls } from '../src/index.ts';
import { exits, image, machineState, run, vectorTable } from './helpers.ts';

function hvm(src: string, controls: Partial<VmcsControls>, input = '') {
  const d = createDomain(image(src), { mode: 'hvm', console: new BufferConsole(input), maxSteps: 1_000_000, controls: { ...DEFAULT_CONTROLS, ...controls } });
  const stop = d.run();
  return { d, stop, out: (d.console.backend as BufferConsole).text() };
}

// A timer interrupt held while the kernel masks with cli, then taken once it unmasks.
const masked = `
_start:
    li   r1, table
    lvt  r1
    li   r1, 10
    out  TIMER_ONESHOT, r1
    cli                             ; the interrupt arrives while masked
    li   r2, 200
1:  sub  r2, r2, 1
    bne  r2, 0, 1b
    li   r2, 5
    sti                             ; the window opens after the next instruction (sti's shadow)
    li   r2, 200
2:  sub  r2, r2, 1
    bne  r2, 0, 2b
    ld   r1, [when]
    out  POWER_OFF, r1
on_timer:
    st   r2, [when]                 ; 200: taken right after the instruction after sti, as on bare metal
    iret
.data
${vectorTable('table', { timer: 'on_timer' })}
when: .word 99
`;

describe('hvm: exits only where the controls say', () => {
  it('names exits by the SDM basic exit reason, and charges each a VM exit plus a VM entry', () => {
    const r = run(masked, 'hvm');
    expect(r.stop).toEqual({ kind: 'poweroff', code: 200 });
    expect(exits(r.d)).toEqual({
      'EXTERNAL_INTERRUPT VEC_TIMER': 1,
      INTERRUPT_WINDOW: 1,
      'IO_INSTRUCTION out POWER_OFF': 1,
      'IO_INSTRUCTION out TIMER_ONESHOT': 1,
    });
    expect(statsJson(r.d).exits.byReason).toEqual({ IO_INSTRUCTION: 2, EXTERNAL_INTERRUPT: 1, INTERRUPT_WINDOW: 1 });
    expect(r.d.stats.hypervisorCycles).toBe(4 * (r.d.cost.vmExit + r.d.cost.vmEntry));
    // cli, sti, lvt and iret ran in guest mode: no exit, and the machine ends as on bare metal.
    expect(machineState(r)).toEqual(machineState(run(masked, 'native')));
  });

  it('without interrupt-window exiting, a held interrupt waits for the next exit of any kind', () => {
    const on = hvm(masked, {});
    const off = hvm(masked, { intWindowExiting: false });
    expect(on.stop).toEqual({ kind: 'poweroff', code: 200 });
    // Injected only at the next exit (the power-off's I/O exit): the handler never ran.
    expect(off.stop).toEqual({ kind: 'poweroff', code: 99 });
    expect(statsJson(off.d).exits.byReason).toEqual({ IO_INSTRUCTION: 2, EXTERNAL_INTERRUPT: 1 });
  });

  it('without external-interrupt exiting, device interrupts go straight through the guest vector table', () => {
    const r = hvm(masked, { extIntExiting: false });
    expect(r.stop).toEqual({ kind: 'poweroff', code: 200 });
    expect(statsJson(r.d).exits.byReason).toEqual({ IO_INSTRUCTION: 2 });
    expect(r.d.stats.interruptTotal).toBe(1);
  });

  it('HLT exiting, and the I/O bitmap port by port', () => {
    const src = `
_start:
    li   r1, table
    lvt  r1
    li   r1, 100000                 ; longer than the out itself: the interrupt ends the hlt
    out  TIMER_ONESHOT, r1
    sti
    hlt
    in   r1, TIMER_NOW
    li   r1, 'k'
    out  CONSOLE_DATA, r1
    li   r1, 0
    out  POWER_OFF, r1
on_timer:
    iret
.data
${vectorTable('table', { timer: 'on_timer' })}
`;
    const all = hvm(src, {});
    expect(exits(all.d)).toMatchObject({ HLT: 1, 'IO_INSTRUCTION in TIMER_NOW': 1, 'IO_INSTRUCTION out CONSOLE_DATA': 1 });
    const fewer = hvm(src, { hltExiting: false, ioBitmap: new Set([0xf0]) });
    expect(fewer.out).toBe('k');
    expect(exits(fewer.d)).toEqual({ 'EXTERNAL_INTERRUPT VEC_TIMER': 1, 'IO_INSTRUCTION out POWER_OFF': 1 });
    // The same guest either way: the controls change who does the work, not what happens.
    expect(fewer.d.cpu.cycles).toBe(all.d.cpu.cycles);
  });

  it('vmcall reaches the hypervisor: console_io works, the PV-only hypercalls are -ENOSYS', () => {
    const src = `
_start:
    li    r1, CONSOLEIO_write
    li    r2, 2
    li    r3, msg
    hcall console_io
    mov   r8, r0
    li    r1, 0
    hcall set_trap_table
    mov   r9, r0
    hcall 63
    mov   r10, r0
    li    r1, 0
    out   POWER_OFF, r1
.data
msg: .ascii "hi"
`;
    const r = hvm(src, {});
    expect(r.out).toBe('hi');
    expect([r.d.cpu.regs[8], r.d.cpu.regs[9], r.d.cpu.regs[10]]).toEqual([2, -38, -38]);
    expect(exits(r.d)).toMatchObject({ VMCALL: 3 });
    expect(statsJson(r.d).hypercalls.byName).toEqual({ console_io: 1, set_trap_table: 1, 'unknown (ENOSYS)': 1 });
    // With vmcall off the hypervisor offers no hypercalls: hcall is illegal, as on bare metal.
    const off = hvm(src, { vmcall: false });
    expect(off.stop).toMatchObject({ kind: 'crash', vector: VEC_ILLEGAL });
  });

  it('hlt with interrupts masked stops the machine, as on bare metal, even with an interrupt taken by the hypervisor', () => {
    const src = `_start:\n    li r1, 5\n    out TIMER_ONESHOT, r1\n    li r2, 100\n1:  sub r2, r2, 1\n    bne r2, 0, 1b\n    hlt\n`;
    const h = hvm(src, {});
    const n = run(src, 'native');
    expect(h.stop).toEqual(n.stop);
    expect(h.d.cpu.flags & FLAG_IE).toBe(0);
  });
});
