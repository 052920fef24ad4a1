// The measurement pvm exists for: the same workloads native, trap and pv, run by the tool.
import { describe, expect, it } from 'vitest';
import { pvm } from './helpers.ts';

describe('pvm compare', () => {
  const r = pvm(['compare', '--json']);
  const byName = Object.fromEntries((JSON.parse(r.stdout).workloads as { name: string; modes: Record<string, Record<string, number | boolean>>; relative: Record<string, number> }[]).map((w) => [w.name, w]));

  it('runs every workload correctly in all three modes', () => {
    expect(r.status).toBe(0);
    expect(Object.keys(byName)).toEqual(['cpu', 'console', 'irq', 'block']);
    for (const w of Object.values(byName)) for (const m of ['native', 'trap', 'pv']) expect(w.modes[m]!.passed, `${w.name} ${m}`).toBe(true);
  });

  it('shows pv ≈ native on the CPU-bound loop', () => {
    expect(byName.cpu!.relative.pv).toBeLessThan(1.01);
    expect(byName.cpu!.relative.trap).toBeLessThan(1.1);
  });

  it('shows far fewer exits and cycles under pv than under trap for console, interrupts and block I/O', () => {
    for (const name of ['console', 'irq', 'block']) {
      const w = byName[name]!;
      expect(w.modes.trap!.exits as number, name).toBeGreaterThan(4000);
      expect(w.modes.pv!.exits, name).toBe(0);
      expect(w.relative.pv!, name).toBeLessThan(w.relative.trap! / 10);
    }
    // Batching: 4 KiB of console output is a handful of notifications, 32 sectors two batches.
    expect(byName.console!.modes.pv!.hypercalls).toBeLessThan(5);
    expect(byName.block!.modes.pv!.hypercalls).toBeLessThan(10);
  });

  it('prints the relative table for people', () => {
    const t = pvm(['compare']).stdout;
    expect(t).toMatch(/^workload +native +trap +pv +exits \(trap\) +hypercalls \(pv\)$/m);
    expect(t).toMatch(/^CPU-bound loop \(primes\) +1\.00 +1\.0\d +1\.00 /m);
  });
});
