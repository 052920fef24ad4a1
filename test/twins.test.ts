// Every paravirtual twin prints exactly what its unmodified twin prints, and the cost model's
// flags change what the hypervisor charges and nothing else.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET, presetByName } from '@pvm/isa';
import { ROOT, pvm, tempDir } from './helpers.ts';

const twins = readdirSync(join(ROOT, 'examples/pv')).filter((f) => f.endsWith('.s') && existsSync(join(ROOT, 'examples', f)));

describe('paravirtual twins', () => {
  it('cover every unmodified example except popf.s (which is about trap-and-emulate)', () => {
    const plain = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.s') && f !== 'popf.s');
    expect(twins.sort()).toEqual(plain.sort());
  });

  it.each(twins)('pv/%s prints what the unmodified kernel prints', (f) => {
    const t = tempDir();
    try {
      const disk = join(t.path, 'disk.img');
      writeFileSync(disk, new Uint8Array(16 * 512));
      const input = 'hello\nworld\n';
      const a = pvm(['run', `examples/${f}`, '--disk', disk], { input });
      writeFileSync(disk, new Uint8Array(16 * 512));
      const b = pvm(['run', `examples/pv/${f}`, '--disk', disk], { input });
      expect(b.status).toBe(a.status);
      expect(b.stdout).toBe(a.stdout);
      expect(a.stdout.length).toBeGreaterThan(0);
    } finally {
      t.done();
    }
  });
});

describe('the cost model', () => {
  it('charges what --cost-exit and --cost-hcall say, and nothing in the guest changes', () => {
    const dflt = JSON.parse(pvm(['run', 'examples/hello.s', '--mode', 'trap', '--stats=json']).stderr);
    const cheap = JSON.parse(pvm(['run', 'examples/hello.s', '--mode', 'trap', '--stats=json', '--cost-exit', '500']).stderr);
    expect(dflt.hypervisorCycles).toBe(15 * presetByName(DEFAULT_PRESET)!.costs.trap);
    expect(cheap.hypervisorCycles).toBe(15 * 500);
    expect(cheap.guestCycles).toBe(dflt.guestCycles);
    const pv = JSON.parse(pvm(['run', 'examples/pv/hello.s', '--stats=json', '--cost-hcall', '100']).stderr);
    expect(pv.hypervisorCycles).toBe(2 * 100);
  });
});
