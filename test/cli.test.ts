// The CLI as a person uses it: the real bundle in a child process.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImage, writeImage } from '@pvm/image';
import { BUNDLE, EXAMPLES, ROOT, hasStackTrace, pvm, tempDir } from './helpers.ts';

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
      // The first line in full: address, the instruction's 8 bytes, file:line, the source text.
      const line8 = readFileSync(src, 'utf8').split('\n')[7]!.trim();
      expect(line8).toMatch(/^li +r2, msg/);
      expect(r.stdout.split('\n')[0]).toBe(`00001000  03 02 00 00 50 10 00 00  ${src}:8 ${line8}`);
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
  // The claim of `pvm disasm --help`, exactly: the same entry point, paravirt flag and segments
  // (every code and data byte at its address); symbols and the line table may differ.
  it.each(EXAMPLES)('%s disassembles to source whose code and data re-assemble identically', (file) => {
    const t = tempDir();
    try {
      const img = join(t.path, 'a.pvx');
      expect(pvm(['asm', file, '-o', img]).status).toBe(0);
      const d = pvm(['disasm', img]);
      expect(d.status).toBe(0);
      expect(d.stdout).not.toContain('; warning:');
      const src = join(t.path, 'again.s');
      writeFileSync(src, d.stdout);
      const img2 = join(t.path, 'b.pvx');
      const r = pvm(['asm', src, '-o', img2]);
      expect(r.stderr).toBe('');
      expect(machine(readFileSync(img2))).toEqual(machine(readFileSync(img)));
    } finally {
      t.done();
    }
  });

  it('says what re-assembles and what does not in its --help', () => {
    const h = pvm(['disasm', '--help']).stdout.replace(/\s+/g, ' ');
    expect(h).toContain('an image with the same entry point, the same paravirt flag and the same segments, every code and data byte at the same address. Not the whole .pvx');
  });

  it('disassembles a large .space (2 MiB of data) without running out of stack', () => {
    const t = tempDir();
    try {
      const src = join(t.path, 'big.s');
      writeFileSync(src, '_start: nop\n.data\n.space 0x200000\n');
      const r = spawnSync(process.execPath, [BUNDLE, 'disasm', src], { encoding: 'utf8', maxBuffer: 64 << 20 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.split('\n').filter((l) => l.startsWith('    .byte ')).length).toBe(0x200000 / 8);
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

/** What the machine runs of an image: entry, paravirt flag, and each segment's kind, address and bytes. */
function machine(b: Uint8Array): unknown {
  const r = readImage(b);
  if (!r.ok) throw new Error(r.error);
  const { entry, paravirt, segments } = r.image;
  return { entry, paravirt, segments: segments.map((s) => ({ kind: s.kind, addr: s.addr, bytes: Buffer.from(s.bytes).toString('hex') })) };
}

describe('pvm run', () => {
  it('runs a source file: the console is stdout, and nothing else is', () => {
    const r = pvm(['run', 'examples/hello.s']);
    expect(r).toEqual({ status: 0, stdout: 'Hello, world!\n', stderr: '' });
  });

  it('feeds stdin to the guest console', () => {
    expect(pvm(['run', 'examples/echo.s'], { input: 'abc' }).stdout).toBe('abc3 bytes\n');
  });

  it('prints --stats=json with its documented keys, identical on every run', () => {
    const a = pvm(['run', 'examples/timer.s', '--mode', 'trap', '--stats=json']);
    const b = pvm(['run', 'examples/timer.s', '--mode', 'trap', '--stats=json']);
    expect(a.stderr).toBe(b.stderr);
    const s = JSON.parse(a.stderr);
    expect(Object.keys(s)).toEqual(expect.arrayContaining(['instructions', 'cycles', 'exits', 'hypercalls']));
    expect(s.exits.total).toBe(Object.values(s.exits.byCause as Record<string, number>).reduce((x, y) => x + y, 0));
    expect(s.hypercalls).toEqual({ total: 0, byName: {} });
  });

  it('counts no exits in native mode, one per privileged instruction in trap mode, one per I/O-bitmap port in hvm', () => {
    const stats = (...args: string[]): { exits: unknown; instructions: number; cycles: number; guestCycles: number; hypervisorCycles: number } =>
      JSON.parse(pvm(['run', 'examples/hello.s', '--stats=json', ...args]).stderr);
    const native = stats();
    const trap = stats('--mode', 'trap', '--cost-trap', '1000');
    const hvm = stats('--mode', 'hvm', '--cost-vm-exit', '700', '--cost-vm-entry', '300');
    expect(native.exits).toEqual({ total: 0, byCause: {} });
    // 14 characters and one power-off: 15 `out` instructions executed.
    expect(trap.exits).toEqual({ total: 15, byCause: { 'out CONSOLE_DATA': 14, 'out POWER_OFF': 1 } });
    expect(hvm.exits).toEqual({ total: 15, byCause: { 'IO_INSTRUCTION out CONSOLE_DATA': 14, 'IO_INSTRUCTION out POWER_OFF': 1 }, byReason: { IO_INSTRUCTION: 15 } });
    for (const s of [trap, hvm]) {
      expect(s.instructions).toBe(native.instructions);
      // The guest's clock is the same in every mode; each exit is charged to the hypervisor.
      expect(s.guestCycles).toBe(native.cycles);
      expect(s.cycles).toBe(native.cycles + 15 * 1000);
    }
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

  it('judges every option the same way: unknown, valueless, doubled, optional values', () => {
    const cases: [string[], string][] = [
      [['--stat'], "unknown option '--stat'; did you mean '--stats'?"],
      [['--mdoe', 'trap'], "unknown option '--mdoe'; did you mean '--mode'?"],
      [['--frobnicate'], "unknown option '--frobnicate'"],
      [['-q'], "unknown option '-q'"],
      [['--stats=xml'], "--stats accepts 'json' or nothing, not 'xml'"],
      [['--trace=1'], "--trace takes no value, not '1'"],
      [['--disk-readonly=yes'], "--disk-readonly takes no value, not 'yes'"],
      [['--disk', 'a.img', '--disk', 'b.img'], "--disk given twice with different values: 'a.img' and 'b.img'"],
      [['-m', 'trap', '--mode=pv'], "--mode given twice with different values: 'trap' and 'pv'"],
      [['--stats', '--stats=json'], "--stats given twice with different values: nothing and 'json'"],
      [['--mem'], '--mem needs a value'],
      [['--mem='], '--mem needs a value'],
      [['--max-steps', '-3'], "--max-steps needs a value; to give one that starts with '-', write --max-steps=-3"],
      [['--max-steps=-3'], "--max-steps expects a positive whole number, not '-3'"],
      [['--mode', '--stats'], "--mode needs a value; to give one that starts with '-', write --mode=--stats"],
    ];
    for (const [args, message] of cases) {
      const r = pvm(['run', 'examples/hello.s', ...args]);
      expect({ args, status: r.status, stderr: r.stderr }).toEqual({ args, status: 64, stderr: `pvm run: ${message}\nTry 'pvm run --help'.\n` });
    }
    // The same flag twice with the same value is no conflict; `=` and a separate word are one form.
    expect(pvm(['run', 'examples/hello.s', '--mode', 'trap', '--mode=trap', '--stats=json', '--stats=json']).status).toBe(0);
    expect(pvm(['asm', 'examples/hello.s', '--lisitng']).stderr).toBe("pvm asm: unknown option '--lisitng'; did you mean '--listing'?\nTry 'pvm asm --help'.\n");
    expect(pvm(['--verison']).stderr).toBe("pvm: unknown option '--verison'; did you mean '--version'?\nTry 'pvm --help'.\n");
  });

  it('an image no --mem can hold is a bad image (65); one a larger --mem would hold is a usage error (64)', () => {
    const t = tempDir();
    try {
      const huge = join(t.path, 'huge.pvx');
      const text = { kind: 'text' as const, addr: 0x1000, bytes: new Uint8Array([0x72, 0x01, 0, 0, 0x10, 0, 0, 0]) };
      writeFileSync(huge, writeImage({ paravirt: false, entry: 0x1000, segments: [text, { kind: 'data', addr: 0x4000000, bytes: new Uint8Array(4) }], symbols: [], files: [], lines: [] }));
      for (const mem of [[], ['--mem', '64M']]) {
        const r = pvm(['run', huge, ...mem]);
        expect(r.status, mem.join(' ')).toBe(65);
        expect(r.stderr).toBe(`${huge}: error: the image's data segment ends at 0x4000004, past the end of guest memory (--mem ${mem.length ? 67108864 : 1048576}), and past the largest (--mem 64M)\n`);
      }
      const big = join(t.path, 'big.s');
      writeFileSync(big, '_start: li r1, 0\n    out POWER_OFF, r1\n.data\n.space 0x200000\n');
      for (const mem of [[], ['--mem', '64K']]) {
        const r = pvm(['run', big, ...mem]);
        expect(r.status, mem.join(' ')).toBe(64);
        expect(r.stderr.split('\n')[0]).toMatch(/^pvm run: the image's data segment ends at 0x201010, past the end of guest memory \(--mem \d+\); it needs --mem 3M or more$/);
      }
      expect(pvm(['run', big, '--mem', '3M']).status).toBe(0);
      const small = join(t.path, 'small.s');
      writeFileSync(small, '_start: li r1, 0\n    out POWER_OFF, r1\n.data\n.space 0x20000\n');
      expect(pvm(['run', small, '--mem', '64K']).stderr.split('\n')[0]).toMatch(/; it needs --mem 192K or more$/);
      expect(pvm(['run', small, '--mem', '192K']).status).toBe(0);
    } finally {
      t.done();
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
      expect(r.stdout).toMatch(/0 passed, 3 failed\n$/);
      const j = JSON.parse(pvm(['test', src, '--json']).stdout);
      expect(j.failed).toBe(3);
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
