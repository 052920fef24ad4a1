// No warm-up cliff: V8 optimises the interpreter's `interpret` once it is hot, from the type
// feedback of what it has run so far. A guest that uses a new kind of instruction only after
// that (its first division, first call, first page fault...) used to cost a deoptimisation and
// a recompilation each time. The warm-up in packages/cpu/src/warmup.ts gives every case its
// feedback before any guest runs; this reads V8's own tracing of a cold process to keep it so.
// Not a timed test: it counts deoptimisations.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE, ROOT, tempDir } from './helpers.ts';

/** Hot ALU code first (V8 optimises on it), then every other kind of instruction, then paging. */
const LATE_BLOOMER = `
_start:
    li   r6, 0
1:  add  r7, r7, r6
    xor  r7, r7, 0x55
    add  r6, r6, 1
    blt  r6, 400000, 1b
    li   r6, 1
2:  div  r2, r7, r6
    remu r3, r7, r6
    shl  r4, r6, 2
    and  r4, r4, 1020
    st   r2, [r4 + buf]
    ld   r5, [r4 + buf]
    sth  r5, [r4 + buf + 2]
    ldh  r5, [r4 + buf + 1]
    stb  r5, [r4 + buf]
    ldb  r5, [r4 + buf]
    push r5
    call leaf
    pop  r5
    bgeu r6, 200000, 3f
    add  r6, r6, 1
    jmp  2b
3:  li   r1, 0
4:  shl  r2, r1, 12
    or   r2, r2, PTE_P | PTE_W
    shl  r3, r1, 2
    st   r2, [r3 + table]
    add  r1, r1, 1
    blt  r1, 256, 4b
    li   r1, table | PTE_P | PTE_W
    st   r1, [directory]
    li   r1, directory
    mtcr CR_PTB, r1
    li   r6, 0
5:  and  r4, r6, 0xffffc
    ld   r5, [r4 + 0x10000]
    st   r6, [r4 + 0x10000]
    add  r6, r6, 4
    blt  r6, 400000, 5b
    li   r1, 0
    out  POWER_OFF, r1
leaf:
    mul  r1, r6, 3
    ret
.data
buf: .space 1024 + 4
.align 4096
directory: .space 4096
table:     .space 4096
`;

/** Deoptimisations of the interpreter's `interpret` in one cold `pvm run`, from --trace-deopt. */
function deopts(engine: string): { count: number; status: number } {
  const dir = tempDir();
  try {
    const src = join(dir.path, 'late.s');
    writeFileSync(src, LATE_BLOOMER);
    const r = spawnSync(process.execPath, ['--trace-deopt', BUNDLE, 'run', src, '--engine', engine], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const lines = r.stdout.split('\n').filter((l) => l.includes('bailout (kind: deopt') && l.includes('<JSFunction interpret '));
    return { count: lines.length, status: r.status ?? -1 };
  } finally {
    dir.done();
  }
}

describe('a cold run does not deoptimise the interpreter as the guest reaches new instructions', () => {
  it('interp: at most one deoptimisation of interpret', () => {
    const r = deopts('interp');
    expect(r.status).toBe(0);
    expect(r.count).toBeLessThanOrEqual(1);
  });

  it("reads V8's trace in the format V8 writes it (a function made to deoptimise is seen)", () => {
    // A check of the test itself: V8's flag that forbids optimisation leaves nothing to
    // deoptimise, and the trace lines this test counts must exist in V8's output format.
    const dir = tempDir();
    try {
      const src = join(dir.path, 'f.js');
      writeFileSync(src, 'function interpret(x){let s=0;for(let i=0;i<3e5;i++)s+=x[i&1];return s}\ninterpret([1,2]);interpret([1,2]);console.log(interpret([1.5,"a"]));');
      const r = spawnSync(process.execPath, ['--trace-deopt', src], { encoding: 'utf8' });
      expect(r.stdout.split('\n').some((l) => l.includes('bailout (kind: deopt') && l.includes('<JSFunction interpret '))).toBe(true);
    } finally {
      dir.done();
    }
  });
});
