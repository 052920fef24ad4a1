// The debugger and the tracer with paging on, as users run them: `pvm run --trace` shows the
// instruction where a virtual pc maps it, and the Paging section of docs/debugger.md shows what
// the paging transcript really prints.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, hasStackTrace, pvm, tempDir } from './helpers.ts';

/** Code at virtual 0x400000, mapped onto the frame of `far`: the trace must show far's code there. */
const FAR = `
_start:
    li   r1, 0
1:  shl  r2, r1, 12
    or   r2, r2, PTE_P | PTE_W
    shl  r3, r1, 2
    st   r2, [r3 + table0]
    add  r1, r1, 1
    blt  r1, 256, 1b
    li   r1, table0 | PTE_P | PTE_W
    st   r1, [directory]
    li   r1, table1 | PTE_P | PTE_W
    st   r1, [directory + 4]
    li   r1, far | PTE_P | PTE_W
    st   r1, [table1]
    li   r1, directory
    mtcr CR_PTB, r1
    li   r5, 0x400000
    call r5
    out  POWER_OFF, r2

.align 4096
far:
    li   r2, 7
    ret

.data
.align 4096
directory: .space 4096
table0:    .space 4096
table1:    .space 4096
`;

describe('pvm run --trace with paging on', () => {
  it.each(['native', 'trap', 'hvm'])('shows the instructions at virtual addresses where they map [%s]', (mode) => {
    const t = tempDir();
    try {
      writeFileSync(join(t.path, 'far.s'), FAR);
      const r = pvm(['run', join(t.path, 'far.s'), '--mode', mode, '--trace']);
      expect(r.status).toBe(7);
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(r.stderr).toMatch(/^ {2}0x400000 .*\bli r2, 7$/m);
      expect(r.stderr).toMatch(/^ {2}0x400008 .*\bret$/m);
    } finally {
      t.done();
    }
  });
});

describe('docs/debugger.md, Paging', () => {
  it('shows pieces of the paging transcript as it is', () => {
    const page = readFileSync(join(ROOT, 'docs/debugger.md'), 'utf8');
    const section = page.slice(page.indexOf('## Paging'), page.indexOf('## Limits'));
    const block = /```\n\$ pvm debug (.+) --script (\S+)\n([\s\S]*?)```/.exec(section);
    expect(block, 'a transcript excerpt').not.toBeNull();
    expect(block![1]).toBe('examples/paging.s --mode trap');
    const golden = readFileSync(join(ROOT, block![2]!.replace(/\.cmds$/, '.out')), 'utf8');
    const pieces = block![3]!.split('...\n').filter((p) => p.trim());
    expect(pieces.length).toBeGreaterThan(1);
    let at = 0;
    for (const p of pieces) {
      const i = golden.indexOf(p, at);
      expect(i, p.slice(0, 80)).toBeGreaterThanOrEqual(0);
      at = i + p.length;
    }
  });
});
