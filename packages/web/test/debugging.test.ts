// The debugger host the page talks to: gutter toggles become gdb commands, the state the page
// shows follows the session, and what cannot run in a mode is refused before it runs.
import { assemble, memoryHost } from '@pvm/asm';
import { complete } from '@pvm/debugger';
import { DEFAULT_MEMORY } from '@pvm/isa';
import { describe, expect, it } from 'vitest';
import { DebugHost } from '../src/debugging.ts';
import { misfit } from '../src/ending.ts';
import { MEMORY_WINDOW } from '../src/limits.ts';
import { FILES } from './helpers.ts';

const img = (file: string, files: Record<string, string> = FILES) => {
  const r = assemble(file, memoryHost(files));
  if (!r.ok) throw new Error(file);
  return r.image;
};

describe('DebugHost', () => {
  it('toggles a breakpoint on a line, steps, and reports registers, line and memory', () => {
    let log = '';
    const h = new DebugHost(img('hello.s'), { ...FILES }, { mode: 'trap', cpu: 'core2', maxSteps: 0, outputLimit: 1 << 20, diskSectors: 0, input: '' }, (t) => void (log += t));
    expect(h.toggleCommand('hello.s', 11)).toBe('break hello.s:11');
    complete(h.command('break hello.s:11'));
    expect(h.state().breakpoints).toEqual([{ file: 'hello.s', line: 11, enabled: true }]);
    expect(h.toggleCommand('hello.s', 11)).toBe('delete 1');
    complete(h.command('continue'));
    expect(h.state().at).toEqual({ file: 'hello.s', line: 11 });
    complete(h.command('step'));
    const s = h.state();
    expect(s.at).toEqual({ file: 'hello.s', line: 12 });
    expect(log).toContain('H');
    complete(h.command('reverse-step'));
    expect(h.state().at).toEqual({ file: 'hello.s', line: 11 });
    complete(h.command('delete 1'));
    expect(h.state().breakpoints).toEqual([]);
    // The memory window follows an expression and stays inside guest memory.
    h.memoryExpr = 'msg';
    const m = h.state().memory;
    expect('bytes' in m && new TextDecoder().decode(m.bytes).includes('Hello, world!')).toBe(true);
    h.memoryExpr = 'sp';
    const top = h.state().memory;
    expect('addr' in top && top.addr).toBe(DEFAULT_MEMORY - MEMORY_WINDOW);
    h.memoryExpr = 'nosuchname +';
    expect(h.state().memory).toHaveProperty('error');
  });
});

describe('DebugHost with paging on', () => {
  it('shows memory at virtual addresses, and says when nothing maps them', () => {
    const h = new DebugHost(img('paging.s'), { ...FILES }, { mode: 'native', cpu: 'core2', maxSteps: 0, outputLimit: 1 << 20, diskSectors: 0, input: '' }, () => {});
    complete(h.command('break on_page_fault'));
    complete(h.command('continue'));
    // 0x400000 maps the frame at 0x80000: the same bytes through both addresses.
    h.memoryExpr = '0x400000';
    const a = h.state().memory;
    h.memoryExpr = '0x80000';
    const b = h.state().memory;
    expect('bytes' in a && 'bytes' in b).toBe(true);
    if ('bytes' in a && 'bytes' in b) {
      expect(a.addr).toBe(0x400000);
      expect([...a.bytes]).toEqual([...b.bytes]);
      expect(new DataView(a.bytes.buffer).getUint32(0, true)).toBe(4321);
    }
    h.memoryExpr = '0x500000';
    expect(h.state().memory).toEqual({ error: '0x500000: not mapped (no page-table entry)' });
  });
});

describe('misfit', () => {
  it('refuses a paravirtual kernel outside pv, and an image larger than memory', () => {
    expect(misfit(img('pv/hello.s'), 'trap', DEFAULT_MEMORY)).toMatch(/paravirtual kernel/);
    expect(misfit(img('pv/hello.s'), 'pv', DEFAULT_MEMORY)).toBeNull();
    expect(misfit(img('hello.s'), 'native', DEFAULT_MEMORY)).toBeNull();
    const big = img('m.s', { 'm.s': '_start: hlt\n.data\nx: .space 1040000\n' });
    expect(misfit(big, 'native', DEFAULT_MEMORY)).toBeNull();
    expect(misfit(big, 'pv', DEFAULT_MEMORY)).toMatch(/past the end of guest memory \(1 MiB less the hypervisor's pages\)/);
  });
});
