// Xen's direct paging in a pv domain: the kernel's tables are what the MMU walks, frames have
// types (a page table is never writable), and every update goes through a validating
// hypercall. Each hostile request gets Xen's errno and the kernel carries on; none reaches a
// table the MMU walks unchecked.
import { describe, expect, test } from 'vitest';
import {
  EFAULT, EINVAL, ENOSYS, HYPERVISOR_VIRT_START, PF_P, PF_U, PF_W, PTE_A, PTE_D, PTE_P, PTE_W, SH_CR2,
  SH_PF_CODE, VIRQ_TIMER,
} from '@pvm/isa/codes';
import { FT_L1, FT_L2, FT_NONE, FT_WRITABLE, HOLE_SLOT } from '../src/pv/frames.ts';
import { dmaRange } from '../src/pv/guest.ts';
import { restoreSnapshot, takeSnapshot } from '../src/snapshot.ts';
import { expectResults, layout, runKernel, type Run } from './pv-harness.ts';

const L = layout();

/**
 * Identity-map all of memory, writable except the three table frames, and turn paging on with
 * MMUEXT_NEW_BASEPTR (recorded). `spare` and `spare2` are free writable frames.
 */
const PAGING_ON = `
    li    r1, 0
1:  shl   r2, r1, 12
    or    r2, r2, PTE_P | PTE_W
    blt   r2, pd, 2f
    bge   r2, pt1 + PAGE_SIZE, 2f
    and   r2, r2, ~PTE_W
2:  shl   r3, r1, 2
    st    r2, [r3 + pt0]
    add   r1, r1, 1
    blt   r1, ${L.mem / 4096}, 1b
    li    r1, pt0 | PTE_P | PTE_W
    st    r1, [pd]
    li    r1, pt1 | PTE_P | PTE_W
    st    r1, [pd + 4]
${ext('MMUEXT_NEW_BASEPTR', 'pd / PAGE_SIZE')}`;

const TABLES = `
.data
.align 4096
pd:     .space 4096
pt0:    .space 4096
pt1:    .space 4096
spare:  .space 4096
spare2: .space 4096
op:     .space 12
req:    .space 64
cnt:    .word 0xeeee
.text
`;

/** One mmuext_op request {cmd, arg1}; then REC. */
function ext(cmd: string, arg1: string | number = 0): string {
  return `
    li    r1, ${cmd}
    st    r1, [op + mmuext_op.cmd]
    li    r1, ${arg1}
    st    r1, [op + mmuext_op.arg1]
    li    r1, op
    li    r2, 1
    li    r3, 0
    hcall mmuext_op
    REC
`;
}

/** mmu_update with the requests [ptr, val]...; `cnt` receives the count done; REC. */
function upd(...reqs: (readonly [string | number, string | number])[]): string {
  const fill = reqs.map(([p, v], i) => `    li    r1, ${p}\n    st    r1, [req + ${i * 8}]\n    li    r1, ${v}\n    st    r1, [req + ${i * 8 + 4}]\n`).join('');
  return `${fill}    li    r1, req\n    li    r2, ${reqs.length}\n    li    r3, cnt\n    hcall mmu_update\n    REC\n`;
}

const paged = (src: string, n: number): number[] => expectResults(PAGING_ON + src + '    DONE\n' + TABLES, n);
const run = (src: string): Run => runKernel(PAGING_ON + src + TABLES);

describe('turning paging on', () => {
  test('NEW_BASEPTR validates the directory and every table it names, then the MMU walks them', () => {
    const r = run('    ld    r0, [results]\n    REC\n    DONE\n');
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(2)).toEqual([0, 0]);
    const d = r.d;
    expect(d.cpu.ptb).toBe(r.sym('pd'));
    expect(d.frames.type[r.sym('pd') / 4096]).toBe(FT_L2);
    expect(d.frames.type[r.sym('pt0') / 4096]).toBe(FT_L1);
    expect(d.frames.type[r.sym('pt1') / 4096]).toBe(FT_L1);
    expect(d.frames.type[r.sym('spare') / 4096]).toBe(FT_WRITABLE);
    expect(d.stats.mmu.validations).toBe(3);
    expect(d.cpu.tlbMisses).toBeGreaterThan(0);
  });

  test('a table that maps a table frame writable is refused whole, and paging stays off', () => {
    const src = `
    li    r1, pd | PTE_P | PTE_W
    st    r1, [pt0 + (pd / PAGE_SIZE) * 4]  ; the directory's own frame, writable
    li    r1, pt0 | PTE_P | PTE_W
    st    r1, [pd]
${ext('MMUEXT_NEW_BASEPTR', 'pd / PAGE_SIZE')}    DONE
${TABLES}`;
    const r = runKernel(src);
    expect(r.results(1)).toEqual([-EINVAL]);
    expect(r.d.cpu.ptb).toBe(0);
    // Nothing stays typed after a refused validation.
    expect([...r.d.frames.type].every((t) => t === FT_NONE)).toBe(true);
    expect([...r.d.frames.count].every((c) => c === 0)).toBe(true);
  });

  test('before paging is on nothing can be pinned; NEW_BASEPTR of frame 0 or past memory is refused; once on, paging stays on', () => {
    const before = runKernel(`${ext('MMUEXT_PIN_L1_TABLE', 'pt0 / PAGE_SIZE')}${ext('MMUEXT_NEW_BASEPTR', 0)}${ext('MMUEXT_NEW_BASEPTR', L.mem / 4096)}    DONE\n${TABLES}`);
    expect(before.results(3)).toEqual([-EINVAL, -EINVAL, -EINVAL]);
    expect(paged(ext('MMUEXT_NEW_BASEPTR', 0), 2)).toEqual([0, -EINVAL]);
  });
});

describe('validation, as Xen does it', () => {
  const pte = (t: string, va: number): string => `${t} + ${((va >>> 12) & 1023) * 4}`;

  test('a page table can never become writable through mmu_update', () => {
    // pt0's entry for pt1's frame, made writable; and a spare frame's entry pointed at pd, writable.
    const r = paged(upd([pte('pt0', 0) + ' + (pt1 / PAGE_SIZE) * 4', 'pt1 | PTE_P | PTE_W']) + upd(['pt0 + (spare / PAGE_SIZE) * 4', 'pd | PTE_P | PTE_W']), 3);
    expect(r).toEqual([0, -EINVAL, -EINVAL]);
  });

  test('entries naming frames past memory, directory slots in the hypervisor hole, and a directory naming itself are refused', () => {
    const hole = `pd + ${HOLE_SLOT * 4}`;
    const r = paged(
      upd(['pt0 + (spare / PAGE_SIZE) * 4', `${L.mem} | PTE_P`]) +
        upd([hole, 'pt1 | PTE_P']) +
        upd(['pd + 8', 'pd | PTE_P']) +
        upd(['pd + 8', 'spare | PTE_P']) + // spare is writable: it cannot become a table
        upd(['pd + 8', 'spare2 | PTE_P | PTE_W']),
      6,
    );
    expect(HYPERVISOR_VIRT_START >>> 22).toBe(HOLE_SLOT);
    expect(r).toEqual([0, -EINVAL, -EINVAL, -EINVAL, -EINVAL, -EINVAL]);
  });

  test('a batch stops at its first bad request: the ones before it are done and counted, the rest are not', () => {
    const src =
      upd(['pt1', 'spare | PTE_P | PTE_W'], ['pt1 + 4', 'pd | PTE_P | PTE_W'], ['pt1 + 8', 'spare2 | PTE_P | PTE_W']) +
      '    ld    r0, [cnt]\n    REC\n    ld    r0, [pt1]\n    REC\n    ld    r0, [pt1 + 4]\n    REC\n    ld    r0, [pt1 + 8]\n    REC\n';
    const r = run(src + '    DONE\n');
    expect(r.results(6)).toEqual([0, -EINVAL, 1, r.sym('spare') | PTE_P | PTE_W, 0, 0]);
    expect(r.d.stats.mmu.ptUpdates).toBe(1);
    expect(r.d.stats.mmu.mmuUpdateCalls).toBe(1);
  });

  test('MMU_MACHPHYS_UPDATE has no use in pvm and 3 is no command (-ENOSYS); the hypervisor\'s frames are refused; a plain frame is a plain write', () => {
    const r = paged(upd(['spare + 1', 7]) + upd(['spare + 3', 7]) + upd([L.sharedInfo, 7]) + upd(['spare2 + 8', 7]) + '    ld    r0, [spare2 + 8]\n    REC\n', 6);
    expect(r).toEqual([0, -ENOSYS, -ENOSYS, -EINVAL, 0, 7]);
  });

  test('MMU_PT_UPDATE_PRESERVE_AD keeps the accessed and dirty bits the walk set', () => {
    const src = `    li    r1, 5\n    st    r1, [spare]\n${upd(['pt0 + (spare / PAGE_SIZE) * 4 + MMU_PT_UPDATE_PRESERVE_AD', 'spare | PTE_P | PTE_W'])}    ld    r0, [pt0 + (spare / PAGE_SIZE) * 4]\n    REC\n`;
    const r = run(src + '    DONE\n');
    expect(r.results(3)[2]).toBe(r.sym('spare') | PTE_P | PTE_W | PTE_A | PTE_D);
  });

  test('pins: once each, unpin only what is pinned, and a table in use stays a table after its pin goes', () => {
    const r = run(
      ext('MMUEXT_PIN_L2_TABLE', 'pd / PAGE_SIZE') +
        ext('MMUEXT_PIN_L2_TABLE', 'pd / PAGE_SIZE') +
        ext('MMUEXT_PIN_L1_TABLE', 'pd / PAGE_SIZE') + // already a directory
        ext('MMUEXT_UNPIN_TABLE', 'pt0 / PAGE_SIZE') + // in use, never pinned
        ext('MMUEXT_UNPIN_TABLE', 'pd / PAGE_SIZE') + // the current directory
        upd(['pt0 + (spare / PAGE_SIZE) * 4', 'pd | PTE_P | PTE_W']) + // still refused: the base pointer holds it
        ext('MMUEXT_PIN_L1_TABLE', 'spare / PAGE_SIZE') + // writable: refused
        ext('MMUEXT_PIN_L1_TABLE', `${L.mem / 4096}`) +
        '    DONE\n',
    );
    expect(r.results(9)).toEqual([0, 0, -EINVAL, -EINVAL, -EINVAL, 0, -EINVAL, -EINVAL, -EINVAL]);
    expect(r.d.frames.type[r.sym('pd') / 4096]).toBe(FT_L2);
    expect(r.d.frames.pinned[r.sym('pd') / 4096]).toBe(0);
  });

  test('a new address space: build a directory in a spare frame, pin it, switch to it and back', () => {
    // spare2 becomes a directory naming pt0 (shared with the first) once spare2 is unmapped.
    const src =
      `    li    r1, pt0 | PTE_P | PTE_W\n    st    r1, [spare2]\n` +
      upd(['pt0 + (spare2 / PAGE_SIZE) * 4', 'spare2 | PTE_P']) + // read-only now
      ext('MMUEXT_TLB_FLUSH_LOCAL') +
      ext('MMUEXT_PIN_L2_TABLE', 'spare2 / PAGE_SIZE') +
      ext('MMUEXT_NEW_BASEPTR', 'spare2 / PAGE_SIZE') +
      '    ld    r0, [results]\n    REC\n' +
      ext('MMUEXT_NEW_BASEPTR', 'pd / PAGE_SIZE');
    const r = run(src + '    DONE\n');
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(r.d.frames.type[r.sym('spare2') / 4096]).toBe(FT_L2);
    expect(r.d.frames.count[r.sym('pt0') / 4096]).toBe(2);
  });
});

describe('the guest cannot write its tables', () => {
  test('a store to a page table is a page fault (protection, write) it can handle, with the address and code in shared_info', () => {
    const src = `
    li    r1, traps
    hcall set_trap_table
    li    r1, 99
    st    r1, [pt0]                ; read-only: a page-table frame
    DONE
on_pf:
    ld    r10, [r7 + SI_SHARED_INFO]
    ld    r0, [r10 + SH_CR2]
    REC
    ld    r0, [r10 + SH_PF_CODE]
    REC
    DONE
.data
traps: .byte VEC_PAGE, 0
       .half 0
       .word on_pf
       .space trap_info_size
`;
    const r = run(src);
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(3)).toEqual([0, r.sym('pt0'), PF_P | PF_W]);
    expect(r.d.cpu.read32(L.sharedInfo + SH_CR2)).toBe(r.sym('pt0'));
    expect(r.d.cpu.read32(L.sharedInfo + SH_PF_CODE)).toBe(PF_P | PF_W);
  });

  test('without a handler the fault ends the guest, saying so', () => {
    const r = run('    li    r1, 99\n    st    r1, [pd + 8]\n    DONE\n');
    expect(r.stop?.kind).toBe('crash');
    expect(JSON.stringify(r.stop)).toContain('page fault');
  });

  test('a stale TLB entry cannot reach a frame that stopped being writable and became a table', () => {
    // Touch spare (its writable translation is now in the TLB), unmap it with no flush of its
    // own, pin it as a page table, then store through the old address: no TLB entry may let it
    // through (Xen flushes when a frame stops being writable; so does pvm).
    const src = `
    li    r1, traps
    hcall set_trap_table
    li    r1, PTE_P                ; a valid entry: frame 0, read-only
    st    r1, [spare]
${upd(['pt0 + (spare / PAGE_SIZE) * 4', 0])}${ext('MMUEXT_PIN_L1_TABLE', 'spare / PAGE_SIZE')}    li    r1, PTE_P | PTE_W | 0x80000
    st    r1, [spare]              ; must fault now
    DONE
on_pf:
    ld    r10, [r7 + SI_SHARED_INFO]
    ld    r0, [r10 + SH_CR2]
    REC
    DONE
.data
traps: .byte VEC_PAGE, 0
       .half 0
       .word on_pf
       .space trap_info_size
`;
    const r = run(src);
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(4)).toEqual([0, 0, 0, r.sym('spare')]);
    expect(r.d.cpu.read32(r.sym('spare'))).toBe(PTE_P);
    expect(r.d.frames.type[r.sym('spare') / 4096]).toBe(FT_L1);
  });

  test('user mode touching a supervisor page is a page fault with PF_U', () => {
    const src = `
    li    r1, traps
    hcall set_trap_table
    li    r1, kstack
    hcall stack_switch
${upd(['pt0 + (user_code / PAGE_SIZE) * 4', 'user_code | PTE_P | PTE_U'])}${upd(['pd', 'pt0 | PTE_P | PTE_W | PTE_U'])}${ext('MMUEXT_TLB_FLUSH_LOCAL')}    li    r1, 0x1000               ; the frame iret pops: user sp, FLAGS, pc
    push  r1
    li    r1, FLAG_U
    push  r1
    li    r1, user_code
    push  r1
    hcall iret
on_pf:
    ld    r10, [r7 + SI_SHARED_INFO]
    ld    r0, [r10 + SH_PF_CODE]
    REC
    DONE
.data
traps: .byte VEC_PAGE, 0
       .half 0
       .word on_pf
       .space trap_info_size
       .space 256
kstack:
.text
.align 4096
user_code:
    ld    r1, [spare]             ; a supervisor page
    jmp   user_code
.align 4096
`;
    const r = run(src);
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect(r.results(5)).toEqual([0, 0, 0, 0, PF_P | PF_U]);
  });
});

describe('update_va_mapping and the TLB', () => {
  test('one entry through the current tables, with the flush its flags ask for', () => {
    const src = `
    li    r1, 11
    st    r1, [spare]
    li    r1, 22
    st    r1, [spare2]
    li    r1, 0x400000
    li    r2, spare | PTE_P
    li    r3, UVMF_INVLPG
    hcall update_va_mapping
    REC
    ld    r0, [0x400000]
    REC
    li    r1, 0x400000
    li    r2, spare2 | PTE_P
    li    r3, UVMF_NONE
    hcall update_va_mapping
    REC
    ld    r0, [0x400000]            ; no flush: the TLB still says spare, as hardware's would
    REC
${ext('MMUEXT_INVLPG_LOCAL', '0x400000')}    ld    r0, [0x400000]
    REC
    li    r1, 0x400000
    li    r2, spare | PTE_P
    li    r3, 3                     ; not a flush type
    hcall update_va_mapping
    REC
    li    r1, 0x800000              ; no table for it
    li    r2, spare | PTE_P
    li    r3, 0
    hcall update_va_mapping
    REC
    li    r1, 0x400000
    li    r2, pt0 | PTE_P | PTE_W
    li    r3, UVMF_TLB_FLUSH
    hcall update_va_mapping
    REC
    DONE
`;
    const r = run(src);
    expect(r.d.stats.mmu.mmuUpdateCalls).toBe(5);
    expect(r.results(10)).toEqual([0, 0, 11, 0, 11, 0, 22, -EINVAL, -EINVAL, -EINVAL]);
  });

  test('with paging off it is refused', () => {
    expect(expectResults(`    li    r1, 0\n    li    r2, 0\n    li    r3, 0\n    hcall update_va_mapping\n    REC\n    DONE\n`, 1)).toEqual([-EINVAL]);
  });
});

describe('hypercall pointers are virtual once paging is on', () => {
  test('console_io reads a buffer through a mapping only; an unmapped or read-only destination is -EFAULT and nothing is bound', () => {
    const src = `
    li    r1, 'h' | ('i' << 8) | ('\\n' << 16)
    st    r1, [spare]
    li    r1, 0x400000
    li    r2, spare | PTE_P
    li    r3, UVMF_INVLPG
    hcall update_va_mapping
    REC
    li    r1, CONSOLEIO_write
    li    r2, 3
    li    r3, 0x400000
    hcall console_io
    REC
    li    r1, CONSOLEIO_write
    li    r2, 3
    li    r3, 0x401000              ; not mapped
    hcall console_io
    REC
    li    r1, VIRQ_TIMER
    st    r1, [spare + evtchn_bind_virq.virq]
    li    r1, EVTCHNOP_bind_virq
    li    r2, 0x400000              ; read-only: the port cannot be written back
    hcall event_channel_op
    REC
    DONE
`;
    const r = run(src);
    expect(r.results(5)).toEqual([0, 0, 3, -EFAULT, -EFAULT]);
    expect(r.out.text()).toBe('hi\n');
    expect(r.d.events.portOf(VIRQ_TIMER)).toBeLessThan(0);
  });

  test('a device never writes into a page table (the block ring\'s buffer), though it may read one', () => {
    const r = run('    DONE\n');
    const pt0 = r.sym('pt0');
    expect(dmaRange(r.d, pt0, 512, true)).toBe(false);
    expect(dmaRange(r.d, pt0 - 256, 512, true)).toBe(false);
    expect(dmaRange(r.d, pt0, 512, false)).toBe(true);
    expect(dmaRange(r.d, r.sym('spare'), 512, true)).toBe(true);
  });
});

describe('costs and state', () => {
  test('validation reads every entry and is charged per present one; snapshots keep the frame types', () => {
    const r = run('    DONE\n');
    const d = r.d;
    const saved = takeSnapshot(d);
    expect(d.frames.stats.entriesExamined).toBe(3 * 1024);
    // The directory's two entries and the identity map's 256: the empty ones cost nothing.
    expect(d.frames.stats.presentEntries).toBe(2 + 256);
    const calls = d.stats.hypercallTotal;
    expect(d.stats.hypervisorCycles).toBe(258 * d.cost.walkRef + calls * d.cost.hypercall);
    d.frames.type.fill(0);
    restoreSnapshot(d, saved);
    expect(d.frames.type[r.sym('pd') / 4096]).toBe(FT_L2);
  });

  test('mtcr, mfcr and invlpg are privileged in a pv guest, and the message names the hypercall', () => {
    for (const [ins, hint] of [
      ['mtcr CR_PTB, r1', 'MMUEXT_NEW_BASEPTR'],
      ['mfcr r1, CR_FAULT_ADDR', 'SH_CR2'],
      ['invlpg r1', 'MMUEXT_INVLPG_LOCAL'],
    ] as const) {
      const r = runKernel(`    ${ins}\n    DONE\n`);
      expect(r.stop?.kind).toBe('crash');
      expect(JSON.stringify(r.stop)).toContain(hint);
    }
  });
});
