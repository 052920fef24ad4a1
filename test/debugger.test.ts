// The debugger as users drive it: scripted sessions against golden transcripts (every
// command), and the transcript the round-robin kernel is debugged with in trap and pv mode.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, hasStackTrace, pvm } from './helpers.ts';

const SESSIONS: [name: string, args: string[]][] = [
  ['basics', ['examples/hello.s']],
  ['reverse', ['examples/timer.s', '--mode', 'trap']],
  ['roundrobin-trap', ['examples/roundrobin.s', '--mode', 'trap']],
  ['roundrobin-pv', ['examples/pv/roundrobin.s']],
  ['pv-catch', ['examples/pv/timer.s']],
  ['echo-input', ['examples/echo.s', '--input', 'test/fixtures/echo-input.txt']],
  ['block-disk', ['examples/block.s', '--mode', 'trap', '--disk', 'test/fixtures/disk16.img']],
  ['paging-trap', ['examples/paging.s', '--mode', 'trap']],
];

describe('pvm debug --script', () => {
  it.each(SESSIONS)('%s matches its golden transcript', async (name, args) => {
    const r = pvm(['debug', ...args, '--script', `test/debugger/${name}.cmds`]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(hasStackTrace(r.stdout)).toBe(false);
    await expect(r.stdout).toMatchFileSnapshot(`./debugger/${name}.out`);
  });

  it('reads commands from stdin when it is not a terminal, and exits 0 at its end', () => {
    const r = pvm(['debug', 'examples/hello.s'], { input: 'stepi\ninfo registers\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(pvm) stepi\nStepped one instruction.');
    expect(r.stdout).toMatch(/r2\* +0x1050 /);
  });

  it('shows, in the round-robin transcripts, the stops the issue asks for', () => {
    for (const mode of ['trap', 'pv']) {
      const t = readFileSync(join(ROOT, `test/debugger/roundrobin-${mode}.out`), 'utf8');
      expect(t, mode).toMatch(/Breakpoint 1, task\+\d+ at examples\/(pv\/)?roundrobin\.s:\d+\n\d+\t    syscall/);
      expect(t, mode).toMatch(/\(pvm\) step\nStep: a new line\.\n\d+\t    push r0\n=> 0x[0-9a-f]+ <on_syscall>/);
      expect(t, mode).toMatch(/\(pvm\) reverse-step\nReverse-stepped to the previous line\.\n\d+\t    syscall/);
      expect(t, mode).toMatch(/Catchpoint 2 \((interrupt VEC_TIMER delivered|event upcall), interrupted 0x/);
      expect(t, mode).toMatch(/\(pvm\) info exits\nVM exits: \d+/);
    }
  });
});
