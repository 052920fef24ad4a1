// The debugger and the tracer with paging on, as users run them: `pvm run --trace` shows the
// instruction where a virtual pc maps it, and the Paging section of docs/debugger.md shows what
// the paging transcript really prints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, hasStackTrace, pvm } from './helpers.ts';

describe('pvm run --trace with paging on', () => {
  it.each(['native', 'trap', 'hvm'])('shows the instructions at virtual addresses where they map [%s]', (mode) => {
    // test/debugger/virtual-code.s: virtual 0x400000 maps the frame of `far`, called there.
    const r = pvm(['run', 'test/debugger/virtual-code.s', '--mode', mode, '--trace']);
    expect(r.status).toBe(8);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr).toMatch(/^ {2}0x400000 .*\bli r2, 7$/m);
    expect(r.stderr).toMatch(/^ {2}0x400008 .*\bcall helper$/m);
    expect(r.stderr).toMatch(/^ {2}0x400018 .*\bret$/m);
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
