// The same input bytes give the same run, however the pipe delivers them: in every mode, output
// and statistics depend on the bytes alone (a guest's clock never sees the host's timing).
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BUNDLE, ROOT, pvm } from './helpers.ts';

/** Run pvm with stdin written in pieces, each after the previous one was taken by the pipe plus a pause. */
function runChunked(args: string[], pieces: string[], pauseMs: number): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    // The pauses are the input's own timing (what this test varies), not a wait for output.
    const feed = (i: number): void => {
      if (i === pieces.length) return void child.stdin.end();
      child.stdin.write(pieces[i]!, () => setTimeout(() => feed(i + 1), pauseMs));
    };
    feed(0);
  });
}

describe('console input is deterministic', () => {
  const input = 'hello\nwor' + 'ld\nthird line\n';
  const cases: [string, string[]][] = [
    ['examples/pv/echo.s', []],
    ['examples/echo.s', ['--mode', 'native']],
    ['examples/echo.s', ['--mode', 'trap']],
  ];
  it.each(cases)('%s %s: one write, or byte by byte with pauses, gives the same output and stats', async (file, flags) => {
    const args = ['run', file, ...flags, '--stats=json'];
    const whole = pvm(args, { input });
    expect(whole.status).toBe(0);
    const dribbled = await runChunked(args, [...input], 15);
    expect(dribbled.status).toBe(0);
    expect(dribbled.stdout).toBe(whole.stdout);
    const stats = (s: string): unknown => JSON.parse(s.trim().split('\n').pop()!);
    expect(stats(dribbled.stderr)).toEqual(stats(whole.stderr));
  });
});
