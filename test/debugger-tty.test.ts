// The debugger in a real terminal, driven through tmux as a person would use it: tab
// completion, a breakpoint stop, Ctrl-C on a spinning guest and on long commands, persistent
// history.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE, ROOT, tempDir } from './helpers.ts';

const session = `pvm-test-${process.pid}`;
const tmp = tempDir();
const history = join(tmp.path, 'history');

const tmux = (...args: string[]): string => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = (): string => tmux('capture-pane', '-p', '-t', session, '-S', '-200');
/** Type keys one group at a time, as a person does: a burst is a paste, and readline treats a Tab in a paste as text. */
async function keys(...k: string[]): Promise<void> {
  for (const key of k) {
    tmux('send-keys', '-t', session, key);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Wait until the screen matches, or fail with what it shows. */
async function waitFor(re: RegExp, ms = 10_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const s = screen();
    if (re.test(s)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting for ${re}; the screen shows:\n${s}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function start(args: string[]): void {
  const cmd = [process.execPath, BUNDLE, 'debug', ...args].map((a) => `'${a}'`).join(' ');
  tmux('new-session', '-d', '-s', session, '-x', '150', '-y', '50', '-c', ROOT, `PVM_HISTORY='${history}' ${cmd}; sleep 30`);
}

describe('pvm debug in a terminal', () => {
  beforeAll(() => {
    // tmux is part of the test environment (.ci/run installs it): its absence is a failure.
    expect(spawnSync('tmux', ['-V']).status, 'tmux is not installed').toBe(0);
  });
  afterEach(() => void spawnSync('tmux', ['kill-session', '-t', session]));
  afterAll(() => tmp.done());

  it('completes commands and symbols, stops at a breakpoint, and keeps history', async () => {
    start(['examples/roundrobin.s', '--mode', 'trap']);
    await waitFor(/^\(pvm\)$/m);
    await keys('bre', 'Tab');
    await waitFor(/^\(pvm\) break$/m);
    await keys('task_', 'Tab', 'Tab');
    await waitFor(/task_a\s+task_b/);
    await keys('a', 'Enter');
    await waitFor(/Breakpoint 1 at 0x[0-9a-f]+: task_a at examples\/roundrobin\.s:\d+/);
    await keys('cont', 'Enter');
    await waitFor(/Breakpoint 1, task_a at examples\/roundrobin\.s:\d+\n\d+\s+li\s+r7, msg_a\n=> 0x[0-9a-f]+ <task_a>:/);
    await keys('info r', 'Tab');
    await waitFor(/^\(pvm\) info registers$/m);
    await keys('Enter');
    await waitFor(/flags +0x3 +\[ IE U \]/);
    await keys('quit', 'Enter');
    await waitFor(/\(pvm\) quit\n/);
    const h = readFileSync(history, 'utf8');
    expect(h).toContain('break task_a\ncont\ninfo registers\nquit\n');
  });

  it('stops a spinning guest with Ctrl-C and returns to the prompt', async () => {
    const spin = join(tmp.path, 'spin.s');
    writeFileSync(spin, '_start:\n    add r1, r1, 1\n    jmp _start\n');
    start([spin]);
    await waitFor(/^\(pvm\)$/m);
    await keys('continue', 'Enter');
    await new Promise((r) => setTimeout(r, 700));
    await keys('C-c');
    const s = await waitFor(/Program stopped \(interrupted\)\.\n\d+\s.*\n=> 0x[0-9a-f]+ <_start(\+8)?>:.*\n\(pvm\)$/m);
    expect(s).not.toMatch(/\n\s+at .*:\d+:\d+/);
    await keys('p r1', 'Enter');
    await waitFor(/\$1 = [1-9]\d*\n\(pvm\)$/m);
    await keys('quit', 'Enter');
    await waitFor(/\(pvm\) quit\n/);
  });

  it('stops a long x and a long reverse search with Ctrl-C, and the session goes on', async () => {
    const spin = join(tmp.path, 'spin2.s');
    writeFileSync(spin, '_start:\n    li r1, 0\nspin: jmp spin\n');
    start([spin]);
    await waitFor(/^\(pvm\)$/m);
    // 65,536 lines take the terminal over a second: Ctrl-C comes while they are being written.
    await keys('x/65536i 0', 'Enter', 'C-c');
    const s = await waitFor(/Interrupted\.\n\(pvm\)$/m);
    expect(s).not.toMatch(/0x3fffc:/);
    await keys('stepi 10000000', 'Enter');
    await waitFor(/Stepped 10000000 instructions\.\n.*\n.*\n\(pvm\)$/m, 60_000);
    // No breakpoint anywhere: the search would go through all ten million steps.
    await keys('reverse-continue', 'Enter');
    await keys('C-c');
    await waitFor(/\(pvm\) reverse-continue\nProgram stopped \(interrupted\)\.\n3\s+spin: jmp spin\n.*\n\(pvm\)$/m);
    await keys('info stats', 'Enter');
    // Back where the search started.
    await waitFor(/mode native, 10000000 instructions/);
    await keys('p 6*7', 'Enter');
    await waitFor(/\$1 = 42\n\(pvm\)$/m);
    await keys('quit', 'Enter');
    await waitFor(/\(pvm\) quit\n/);
  });
});
