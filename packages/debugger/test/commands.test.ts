// The commands a first-time user tripped over, each checked for its whole class of input:
// register names, counts, format letters, addresses of labels, catchpoint names, lines without
// code, register watchpoints, nesting, line lengths, and Ctrl-C for every long command.
import { describe, expect, it } from 'vitest';
import { printable } from '@pvm/image';
import { HYPERCALLS, VECTORS } from '@pvm/isa';
import { LIMITS } from '../src/index.ts';
import { drive, example, image } from './helpers.ts';

const hello = () => drive(example('examples/hello.s'));

describe('info registers', () => {
  it('prints only the registers named, in that order, and refuses unknown ones', async () => {
    const d = hello();
    expect((await d.run('info registers r1')).trim().split('\n')).toEqual([expect.stringMatching(/^r1 +0x0 +0$/)]);
    const out = (await d.run('info registers $sp pc R2 flags fp r15')).trim().split('\n');
    expect(out.map((l) => l.split(/\s+/)[0])).toEqual(['sp', 'pc', 'r2', 'flags', 'fp', 'sp']);
    expect(await d.run('info registers r16')).toMatch(/^info registers: invalid register "r16"; did you mean "r1"\?/);
    expect((await d.run('info registers')).trim().split('\n')).toHaveLength(18);
    expect(await d.run('info breakpoints 3')).toMatch(/no argument expected/);
  });
});

describe('x and print', () => {
  it('read &label and the b h w units, format and unit letters in either order', async () => {
    const d = hello();
    const bytes = await d.run('x/4xb &msg');
    expect(bytes).toMatch(/^0x[0-9a-f]+ <msg>:\t0x48\t0x65\t0x6c\t0x6c\n$/);
    expect(await d.run('x/4bx &msg')).toBe(bytes);
    expect(await d.run('x/2xh msg')).toMatch(/\t0x6548\t0x6c6c\n$/);
    expect(await d.run('x/1dw &msg')).toMatch(/\t1819043144\n$/);
    const value = (t: string): string => t.replace(/^\$\d+ = /, '');
    expect(value(await d.run('p &msg'))).toBe(value(await d.run('p msg')));
  });

  it('refuse counts past the documented maximum, zero, and unknown letters, at once', async () => {
    const d = hello();
    for (const spec of ['/99999999999999999999999x 0', `/${LIMITS.examineCount + 1}xb 0`, '/0x 0', '/-4x 0', '/4q 0', '/4xx 0', '/4bh 0']) {
      const out = await d.run(`x${spec}`);
      expect(out.split('\n').filter(Boolean), spec).toHaveLength(1);
      expect(out, spec).toMatch(/^x: /);
    }
    expect((await d.run(`x/${LIMITS.examineCount}xb 0`)).split('\n').filter(Boolean)).toHaveLength(LIMITS.examineCount / 8);
  });

  it('say what & cannot take the address of', async () => {
    const d = hello();
    expect(await d.run('p &r1')).toMatch(/cannot take the address of register r1/);
    expect(await d.run('p &CONSOLE_DATA')).toMatch(/"CONSOLE_DATA" is a constant, not a label/);
    expect(await d.run('p &nosuch')).toMatch(/no symbol "nosuch"/);
    expect(await d.run('p &')).toMatch(/'&' needs a label/);
    expect(await d.run('p &*msg')).toMatch(/^\$1 = \d+\n$/);
  });

  it('refuse numbers that do not fit in 32 bits', async () => {
    const d = hello();
    for (const n of ['4294967296', '99999999999999999999999999', '0x100000000', '0b' + '1'.repeat(33)]) expect(await d.run(`p ${n}`)).toMatch(/too large for 32 bits/);
    expect(await d.run('p 4294967295')).toBe('$1 = -1\n');
  });
});

describe('deeply nested expressions', () => {
  it('end in an ordinary error at any depth and with any operator, and the session goes on', async () => {
    const d = hello();
    const shapes = [(n: number) => '('.repeat(n) + '1' + ')'.repeat(n), (n: number) => '['.repeat(n) + 'msg' + ']'.repeat(n), (n: number) => '-'.repeat(n) + '1', (n: number) => '~*'.repeat(n) + 'msg', (n: number) => '&*'.repeat(n) + 'msg', (n: number) => '(-'.repeat(n) + '1' + ')'.repeat(n)];
    for (const shape of shapes)
      for (const n of [LIMITS.exprDepth + 1, 1000, 4000]) {
        const out = await d.run(`p ${shape(n)}`.slice(0, LIMITS.lineBytes));
        expect(out, shape(3)).toMatch(/^(expression nested too deeply \(more than 256 levels\)|expected '[)\]]'|expression ends too early)\n$/);
      }
    expect(await d.run(`p ${'('.repeat(100)}1${')'.repeat(100)}`)).toBe('$1 = 1\n');
    expect(d.s.internalErrors).toBe(0);
  });
});

describe('counts', () => {
  it('zero, negative, non-numeric and huge counts are errors that move nothing', async () => {
    const d = hello();
    for (const cmd of ['stepi', 'step', 'next', 'reverse-stepi'])
      for (const n of ['-1', '0', 'foo', '1.5', '0x10', String(LIMITS.stepCount + 1), '99999999999999999999']) {
        const out = await d.run(`${cmd} ${n}`);
        expect(out, `${cmd} ${n}`).toMatch(new RegExp(`^${cmd}: the count must be a whole number from 1 to 1,000,000,000, not "${n.replace('.', '\\.')}"\\n$`));
        expect(d.s.engine.now).toBe(0);
      }
    await d.run('stepi 3');
    expect(d.s.engine.now).toBe(3);
    expect(await d.run('continue 3')).toMatch(/^continue: no argument expected/);
  });
});

describe('catchpoints', () => {
  it('accept every hypercall, interrupt and exit cause by name, and refuse the rest with a suggestion', async () => {
    const d = drive(example('examples/pv/timer.s'));
    for (const h of HYPERCALLS) expect(await d.run(`catch hcall ${h.name}`)).toMatch(/^Catchpoint \d+ \(hcall /);
    expect(await d.run('catch hcall 999')).toMatch(/^Catchpoint \d+ \(hcall 999\)/);
    expect(await d.run('catch hcall 0x12')).toMatch(/^Catchpoint \d+ \(hcall 18\)/);
    expect(await d.run('catch hcall nosuch')).toMatch(/^catch hcall: unknown hypercall "nosuch"/);
    expect(await d.run('catch hcall console_i')).toMatch(/did you mean "console_io"\?/);
    for (const v of VECTORS) {
      const out = await d.run(`catch interrupt ${v.name}`);
      expect(out, v.name).toMatch(v.name === 'VEC_TIMER' || v.name === 'VEC_CONSOLE' || v.name === 'VEC_BLOCK' ? /^Catchpoint/ : /is an exception, not an interrupt/);
    }
    expect(await d.run('catch interrupt VEC_TIMR')).toMatch(/did you mean "VEC_TIMER"\?/);
    expect(await d.run('catch interrupt 6')).toMatch(/^Catchpoint \d+ \(interrupt VEC_TIMER\)/);
    expect(await d.run('catch interrupt upcall')).toMatch(/^Catchpoint/);
    for (const c of ['out', 'OUT CONSOLE', 'iret', 'syscall', 'interrupt VEC_TIMER', 'exception VEC_PRIV', 'out 0x55']) expect(await d.run(`catch trap ${c}`), c).toMatch(/^Catchpoint/);
    // hvm's exits by their SDM names; `vmexit` is the same catchpoint as `trap`.
    for (const c of ['IO_INSTRUCTION', 'IO_INSTRUCTION out CONSOLE_DATA', 'EXTERNAL_INTERRUPT VEC_TIMER', 'INTERRUPT_WINDOW', 'HLT', 'VMCALL']) expect(await d.run(`catch vmexit ${c}`), c).toMatch(/^Catchpoint/);
    // pushf and popf never exit (VT-x has no POPF exit): no catchpoint can wait for one.
    expect(await d.run('catch vmexit popf')).toMatch(/^catch vmexit: no VM exit cause starts with "popf"/);
    expect(await d.run('catch trap frobnicate')).toMatch(/^catch vmexit: no VM exit cause starts with "frobnicate"/);
    expect(await d.run('catch trap irett')).toMatch(/did you mean "iret"\?/);
    expect(await d.run('catch nothing')).toMatch(/^usage: catch/);
  });
});

describe('break on a line without code', () => {
  it('uses the next line with code and says so; refuses past the last one', async () => {
    const d = hello();
    for (const line of [1, 3, 6]) {
      const out = await d.run(`break examples/hello.s:${line}`);
      expect(out).toContain(`Line ${line} of "examples/hello.s" has no code; using line 8.`);
      expect(out).toMatch(/Breakpoint \d+ at 0x1000: _start at examples\/hello\.s:8/);
    }
    expect(await d.run('break hello.s:16')).toMatch(/^no code at hello\.s:16 or after it/);
    expect(await d.run('break nosuch.s:3')).toMatch(/^no source file named nosuch\.s/);
    expect(await d.run('break hello.s:9')).toMatch(/^Breakpoint \d+ at 0x1008: /);
  });
});

describe('watching registers', () => {
  it('stops when the register changes, with old and new values; rwatch refuses', async () => {
    const d = hello();
    expect(await d.run('watch r2')).toBe('Watchpoint 1: r2 (register)\n');
    const out = await d.run('continue');
    expect(out).toMatch(/^Watchpoint 1: r2\n\nOld value = 0\nNew value = 4\d{3}\n/);
    expect(await d.run('continue')).toMatch(/Old value = (\d+)\nNew value = \d+/);
    expect(await d.run('rwatch r1')).toMatch(/^rwatch: cannot watch reads of register r1/);
    expect(await d.run('watch $SP')).toBe('Watchpoint 2: sp (register)\n');
    expect(await d.run('delete', 'watch flags', 'watch pc', 'continue')).toMatch(/\nWatchpoint 4: pc\n\nOld value = \d+\nNew value = \d+/);
  });
});

describe('limits on input', () => {
  it('an over-long command line is one error and the session goes on', async () => {
    const d = hello();
    expect(await d.run('p ' + '1+'.repeat(LIMITS.lineBytes) + '1', 'p 7')).toBe(`command too long (over ${LIMITS.lineBytes} bytes); ignored\n$1 = 7\n`);
    expect(await d.run('p "' + 'é'.repeat(LIMITS.lineBytes / 2) + '"')).toMatch(/^command too long/);
  });

  it('points are bounded', async () => {
    const d = hello();
    for (let i = 0; i < LIMITS.points; i++) await d.repl.execute('break _start');
    expect(await d.run('break _start')).toMatch(/^too many breakpoints, watchpoints and catchpoints \(at most 4096\)/);
    await d.run('delete 1');
    expect(await d.run('watch r3')).toMatch(/^Watchpoint/);
  });

  it('garbage is an undefined command, shown escaped', async () => {
    const d = hello();
    const out = await d.run('\x1b[2J\x00\u202egarbage');
    expect(out).toMatch(/^Undefined command: "\\x1b\[2J\\x00\\u202egarbage"/);
    expect(printable(out, '\n')).toBe(out);
  });
});

describe('every long command stops at Ctrl-C', () => {
  const SPIN = '_start:\n    li r1, 0\nspin: jmp spin\n';
  const cases: [string, string[]][] = [
    ['continue', []],
    ['until', ['stepi']],
    ['finish', []],
    ['stepi 1000000000', []],
    ['next 1000000000', []],
    ['step 1000000000', []],
    ['continue', ['watch r5']],
    ['continue', ['rwatch 0x2000']],
    ['x/65536xb 0', []],
    ['x/65536i 0', []],
    ['x/65536s 0', []],
    ['reverse-step', ['stepi 300000']],
    ['reverse-next', ['stepi 300000']],
    ['reverse-continue', ['stepi 300000', 'break _start']],
  ];
  it.each(cases)('%s (after %j)', async (cmd, setup) => {
    const d = drive(image(SPIN), { src: SPIN });
    await d.run(...setup);
    const before = d.s.engine.now;
    let yields = 0;
    // Ctrl-C arrives while the command runs: at its third chance to see it.
    d.s.yieldFn = async () => {
      if (++yields === 3) d.s.interrupt();
    };
    const out = await d.run(cmd);
    expect(out).toMatch(/Program stopped \(interrupted\)\.|Interrupted\./);
    expect(yields).toBeLessThan(6);
    // A search that was interrupted puts the machine back where it started.
    if (cmd.startsWith('reverse')) expect(d.s.engine.now).toBe(before);
    d.s.yieldFn = null;
    expect(await d.run('p 6*7')).toMatch(/= 42\n$/);
  });
});
