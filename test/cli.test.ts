// The CLI as a person uses it: the real bundle in a child process.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, hasStackTrace, pvm, tempDir } from './helpers.ts';

describe('pvm asm', () => {
  it('reports all five errors of a file, with locations, in order, and exits 65', () => {
    const r = pvm(['asm', 'test/fixtures/five-errors.s']);
    expect(r.status).toBe(65);
    const heads = r.stderr.split('\n').filter((l) => /^\S+:\d+:\d+: error: /.test(l));
    expect(heads).toEqual([
      "test/fixtures/five-errors.s:4:5: error: unknown instruction 'ad'; did you mean 'add'?",
      "test/fixtures/five-errors.s:5:14: error: undefined symbol 'mesage'; did you mean 'message'?",
      'test/fixtures/five-errors.s:7:11: error: value 4294967296 does not fit: it must be in -2147483648..4294967295',
      "test/fixtures/five-errors.s:8:1: error: duplicate label 'loop' (first defined at test/fixtures/five-errors.s:6)",
      "test/fixtures/five-errors.s:9:13: error: unexpected register 'r2', expected ','",
    ]);
    // Each error shows its source line and a caret under the column.
    expect(r.stderr).toContain('      ad   r1, r1, 1');
    expect(r.stderr).toMatch(/\n {6}\^\n/);
    expect(r.stderr).toContain('5 errors generated.');
    expect(r.stdout).toBe('');
  });

  it('writes the image next to the source, or to -o, and prints a listing', () => {
    const t = tempDir();
    try {
      const src = join(t.path, 'k.s');
      writeFileSync(src, readFileSync(join(ROOT, 'examples/hello.s')));
      const r = pvm(['asm', src, '--listing']);
      expect(r.status).toBe(0);
      expect(existsSync(join(t.path, 'k.pvx'))).toBe(true);
      expect(r.stdout).toMatch(/^00001000 {2}03 02 00 00 [0-9a-f ]+ {2}.*k\.s:8 +_start:|^00001000 {2}03 02 00 00/m);
      expect(r.stdout).toContain('li   r2, msg');
      const out = join(t.path, 'other.pvx');
      expect(pvm(['asm', src, '-o', out]).status).toBe(0);
      expect(readFileSync(out)).toEqual(readFileSync(join(t.path, 'k.pvx')));
    } finally {
      t.done();
    }
  });

  it('gives exit 66 for a missing file and 64 for usage errors', () => {
    expect(pvm(['asm', 'nope.s']).status).toBe(66);
    expect(pvm(['asm']).status).toBe(64);
    expect(pvm(['asm', '--frobnicate', 'x.s']).status).toBe(64);
    expect(pvm(['frobnicate']).stderr).toContain("unknown command 'frobnicate'");
  });
});

describe('pvm disasm', () => {
  it.each(EXAMPLES)('%s disassembles to source that re-assembles to identical bytes', (file) => {
    const t = tempDir();
    try {
      const img = join(t.path, 'a.pvx');
      expect(pvm(['asm', file, '-o', img]).status).toBe(0);
      const d = pvm(['disasm', img]);
      expect(d.status).toBe(0);
      const src = join(t.path, 'again.s');
      writeFileSync(src, d.stdout);
      const img2 = join(t.path, 'b.pvx');
      const r = pvm(['asm', src, '-o', img2]);
      expect(r.stderr).toBe('');
      const a = readFileSync(img);
      const b = readFileSync(img2);
      // Same header fields and segments; the debug tables name different files.
      expect(segments(b)).toEqual(segments(a));
    } finally {
      t.done();
    }
  });

  it('rejects a corrupt image with one line and exit 65', () => {
    const t = tempDir();
    try {
      const img = join(t.path, 'a.pvx');
      pvm(['asm', 'examples/hello.s', '-o', img]);
      const bytes = readFileSync(img);
      writeFileSync(img, bytes.subarray(0, bytes.length - 7));
      const r = pvm(['disasm', img]);
      expect(r.status).toBe(65);
      expect(r.stderr.trim().split('\n')).toEqual([`${img}: error: truncated image: header says ${bytes.length} bytes, file has ${bytes.length - 7}`]);
      bytes[60] ^= 0x40;
      writeFileSync(img, bytes);
      expect(pvm(['run', img]).stderr.trim()).toBe(`${img}: error: corrupted image: checksum mismatch`);
    } finally {
      t.done();
    }
  });
});

/** Entry, flags and segment bytes of an image (the parts that must survive a round trip). */
function segments(b: Buffer): unknown {
  const n = b.readUInt32LE(20);
  const segs = [];
  for (let i = 0; i < n; i++) {
    const at = 48 + i * 16;
    const off = b.readUInt32LE(at + 12);
    segs.push({ kind: b.readUInt32LE(at), addr: b.readUInt32LE(at + 4), bytes: b.subarray(off, off + b.readUInt32LE(at + 8)).toString('hex') });
  }
  return { entry: b.readUInt32LE(8), flags: b.readUInt16LE(6), segs };
}

describe('pvm run', () => {
  it('runs a source file: the console is stdout, and nothing else is', () => {
    const r = pvm(['run', 'examples/hello.s']);
    expect(r).toEqual({ status: 0, stdout: 'Hello, world!\n', stderr: '' });
  });

  it('feeds stdin to the guest console', () => {
    expect(pvm(['run', 'examples/echo.s'], { input: 'abc' }).stdout).toBe('abc3 bytes\n');
  });

  it('prints --stats=json with the keys of DESIGN.md §7, identical on every run', () => {
    const a = pvm(['run', 'examples/timer.s', '--mode', 'trap', '--stats=json']);
    const b = pvm(['run', 'examples/timer.s', '--mode', 'trap', '--stats=json']);
    expect(a.stderr).toBe(b.stderr);
    const s = JSON.parse(a.stderr);
    expect(Object.keys(s)).toEqual(expect.arrayContaining(['instructions', 'cycles', 'exits', 'hypercalls']));
    expect(s.exits.total).toBe(Object.values(s.exits.byCause as Record<string, number>).reduce((x, y) => x + y, 0));
    expect(s.hypercalls).toEqual({ total: 0, byName: {} });
  });

  it('counts no exits in native mode and one per privileged instruction in trap mode', () => {
    const native = JSON.parse(pvm(['run', 'examples/hello.s', '--stats=json']).stderr);
    const trap = JSON.parse(pvm(['run', 'examples/hello.s', '--mode', 'trap', '--stats=json']).stderr);
    expect(native.exits.total).toBe(0);
    // 14 characters and one power-off: 15 `out` instructions executed.
    expect(trap.exits).toEqual({ total: 15, byCause: { 'out CONSOLE_DATA': 14, 'out POWER_OFF': 1 } });
    expect(trap.instructions).toBe(native.instructions);
    expect(trap.cycles).toBe(native.cycles + 15 * 1000);
  });

  it('reports a crash in one line with vector, pc and source line, exit 70', () => {
    const t = tempDir();
    try {
      const src = join(t.path, 'crash.s');
      writeFileSync(src, '_start:\n    li r1, 0x7ffffff0\n    ld r2, [r1]\n');
      const r = pvm(['run', src]);
      expect(r.status).toBe(70);
      expect(r.stderr).toBe(`pvm: guest crashed: memory fault: load from 0x7ffffff0, outside guest memory (1 MiB): vector 3 (VEC_MEMORY) at pc 0x1008 (${src}:3)\n`);
    } finally {
      t.done();
    }
  });

  it('stops a paravirtual kernel that executes a privileged opcode, naming the hypercall to use', () => {
    const t = tempDir();
    try {
      const src = join(t.path, 'kernel.s');
      writeFileSync(src, '.paravirt\n_start: li r1, 65\n    out CONSOLE_DATA, r1\n');
      const r = pvm(['run', src]);
      expect(r.status).toBe(70);
      expect(r.stderr).toBe(
        `pvm: guest crashed: privileged instruction 'out CONSOLE_DATA' in a paravirtual guest; use hcall console_io (or the console ring): vector 2 (VEC_PRIV) at pc 0x1008 (${src}:3)\n`,
      );
      expect(pvm(['run', src, '--mode', 'trap']).stderr).toContain('run it with --mode pv');
    } finally {
      t.done();
    }
  });

  it('stops a runaway guest at --max-steps with exit 70', () => {
    const t = tempDir();
    try {
      const src = join(t.path, 'spin.s');
      writeFileSync(src, '_start: jmp _start\n');
      const r = pvm(['run', src, '--max-steps', '1000']);
      expect(r.status).toBe(70);
      expect(r.stderr).toContain('step limit reached after 1,000 instructions');
    } finally {
      t.done();
    }
  });

  it('traces each instruction through the disassembler, on stderr', () => {
    const r = pvm(['run', 'examples/hello.s', '--trace']);
    expect(r.stdout).toBe('Hello, world!\n');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ {2}0x1000 +examples\/hello\.s:8 +li r2, 0x/);
    expect(lines.some((l) => l.includes('out CONSOLE_DATA, r1'))).toBe(true);
  });

  it('rejects bad flag values with exit 64', () => {
    for (const args of [['--mode', 'fast'], ['--mem', 'lots'], ['--max-steps', '-3'], ['--popf-traps']]) {
      const r = pvm(['run', 'examples/hello.s', ...args]);
      expect(r.status, args.join(' ')).toBe(64);
      expect(r.stderr.split('\n')[0]).toMatch(/^pvm run: /);
    }
  });
});

describe('pvm test', () => {
  it('passes every example in every mode it names', () => {
    const r = pvm(['test', 'examples']);
    expect(r.stdout).toMatch(/\n(\d+) passed, 0 failed\n$/);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('FAIL');
  });

  it('shows a diff and fails when a kernel does not do what it says', () => {
    const t = tempDir();
    try {
      const src = join(t.path, 'wrong.s');
      writeFileSync(src, readFileSync(join(ROOT, 'examples/hello.s'), 'utf8').replace('; expect: Hello, world!', '; expect: Hello, moon!'));
      const r = pvm(['test', src]);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain(`FAIL  ${src} [native]`);
      expect(r.stdout).toContain('- Hello, moon!');
      expect(r.stdout).toContain('+ Hello, world!');
      expect(r.stdout).toMatch(/0 passed, 2 failed\n$/);
      const j = JSON.parse(pvm(['test', src, '--json']).stdout);
      expect(j.failed).toBe(2);
      expect(j.results[0].actual.output).toBe('Hello, world!\n');
    } finally {
      t.done();
    }
  });
});

describe('help', () => {
  it('has an overview and a page per command', () => {
    const r = pvm(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['asm', 'disasm', 'run', 'test']) {
      expect(r.stdout).toContain(`  ${c} `);
      const h = pvm([c, '--help']);
      expect(h.status).toBe(0);
      expect(h.stdout).toMatch(new RegExp(`^Usage: pvm ${c}`));
      expect(pvm(['help', c]).stdout).toBe(h.stdout);
    }
  });

  it('never prints a stack trace for any of these', () => {
    for (const args of [[], ['run'], ['run', '/'], ['asm', '/'], ['disasm', 'README.md'], ['test', 'nope'], ['run', 'examples/hello.s', '--disk', '/nonexistent']]) {
      const r = pvm(args);
      expect(hasStackTrace(r.stderr + r.stdout), args.join(' ')).toBe(false);
      expect(r.status, args.join(' ')).not.toBe(0);
    }
  });
});
