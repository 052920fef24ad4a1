// The attack kernels of test/attacks: one per class of hostile guest (the classes of Xen's
// security advisories XSA-29, 212, 213, 342 and the usual ways a kernel goes wrong). Each
// states what must happen in its own comments, and `pvm test` holds it to that in every mode
// it names; the ones that must stop the machine are also run with `pvm run` for their report.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, hasStackTrace, pvm } from './helpers.ts';

const KERNELS = readdirSync(`${ROOT}/test/attacks`)
  .filter((f) => f.endsWith('.s'))
  .sort()
  .map((f) => `test/attacks/${f}`);

describe('attack kernels', () => {
  it('every one passes in every mode it names', () => {
    const r = pvm(['test', 'test/attacks']);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    const failures = lines.filter((l) => !l.startsWith('PASS') && !/^\d+ passed, 0 failed$/.test(l));
    expect(failures).toEqual([]);
    expect(r.status).toBe(0);
    // Every kernel states expectations (none is skipped as a library) and ran.
    for (const k of KERNELS) expect(lines.some((l) => l.startsWith(`PASS  ${k} [`)), k).toBe(true);
    expect(KERNELS.length).toBeGreaterThanOrEqual(20);
  });

  // Those that end the guest: one line each, naming what happened, never a stack trace.
  const stops: [string, string[], RegExp][] = [
    ['vectors.s', [], /^pvm: guest crashed: syscall with no handler in the vector table: vector 4 \(VEC_SYSCALL\) at pc 0x[0-9a-f]+ \(test\/attacks\/vectors\.s:\d+\)$/],
    ['vectors-loop.s', ['--mode', 'trap'], /^pvm: guest crashed: memory fault: fetch from 0xfffffff0, outside guest memory \(1 MiB\): vector 3 \(VEC_MEMORY\) at pc 0xfffffff0$/],
    ['stack-kernel.s', ['--mode', 'trap'], /^pvm: guest crashed: double fault: cannot push the frame for VEC_MEMORY: stack pointer 0x0000 leaves no room/],
    ['stack-kernel-pv.s', [], /^pvm: guest crashed: double fault: cannot push the frame for trap 3: stack pointer 0x0000/],
    ['recursion.s', [], /^pvm: guest crashed: illegal instruction \(bytes 08 10 00 00\): vector 1 \(VEC_ILLEGAL\) at pc 0x1008$/],
    ['pv-handlers.s', [], /^pvm: guest crashed: syscall with no handler/],
    ['flood.s', ['--output-limit', '50'], /^pvm: guest stopped: console output reached its limit of 50 bytes; the rest was dropped, at pc 0x[0-9a-f]+ \(test\/attacks\/lib\/io\.s:\d+\) \(--output-limit\)$/],
    ['flood-pv.s', ['--output-limit', '50'], /^pvm: guest stopped: console output reached its limit of 50 bytes/],
    ['flood-ring.s', ['--output-limit', '50'], /^pvm: guest stopped: console output reached its limit of 50 bytes/],
    ['runaway.s', ['--max-steps', '100000'], /^pvm: guest stopped: step limit reached after 100,000 instructions \(--max-steps\)$/],
    ['runaway-hlt.s', ['--max-steps', '10000', '--mode', 'trap'], /^pvm: guest stopped: step limit reached after 10,000 instructions/],
    ['runaway-pv.s', ['--max-steps', '10000'], /^pvm: guest stopped: step limit reached after 10,000 instructions/],
    ['time-end.s', ['--max-steps', '10000000'], /^pvm: guest stopped: virtual time reached its limit of 2\^52 cycles, at pc 0x[0-9a-f]+ \(test\/attacks\/time-end\.s:\d+\)$/],
  ];
  it.each(stops)('%s stops the machine with one line and exit 70', (file, flags, report) => {
    const r = pvm(['run', `test/attacks/${file}`, ...flags]);
    expect(r.status).toBe(70);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr.trimEnd()).toMatch(report);
  });
});
