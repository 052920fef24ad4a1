// The devices as a guest kernel sees them through `in`/`out`, in native and trap mode: the
// console EOF rule and status bits, the block PIO protocol end to end (with the write-through
// guarantee), unmapped ports, and power-off.
import { describe, expect, it } from 'vitest';
import { EINVAL, EIO, EPERM } from '@pvm/isa/codes';
import { PORTS } from '@pvm/isa';
import { MemoryDisk, type BlockBackend } from '@pvm/devices';
import { boot, exits, run, sym, type Variant } from './helpers.ts';

const MODES: readonly Variant[] = ['native', 'trap'];

describe('console', () => {
  // Log (status, data) pairs until data is -1, then read both once more.
  const reader = `
_start:
    li   r5, 0
1:  in   r1, CONSOLE_STATUS
    in   r2, CONSOLE_DATA
    st   r1, [r5 + log]
    st   r2, [r5 + log + 4]
    add  r5, r5, 8
    bne  r2, -1, 1b
    in   r1, CONSOLE_DATA
    in   r2, CONSOLE_STATUS
    st   r1, [r5 + log]
    st   r2, [r5 + log + 4]
    shr  r5, r5, 3
    out  POWER_OFF, r5
.data
log: .space 256
`;
  const log = (r: ReturnType<typeof run>, pairs: number): number[][] =>
    Array.from({ length: pairs }, (_, i) => [r.word('log', 8 * i), r.word('log', 8 * i + 4)]);

  it.each(MODES)('in CONSOLE_DATA gives each byte 0..255, then -1 once input is exhausted (%s)', (v) => {
    const r = run(reader, v, { input: new Uint8Array([0x68, 0xff, 0x00]) });
    expect(r.stop).toEqual({ kind: 'poweroff', code: 4 });
    // CONSOLE_STATUS is read before each byte: ready (1) while a byte is there, EOF (2) after.
    expect(log(r, 5)).toEqual([
      [1, 0x68],
      [1, 0xff],
      [1, 0x00],
      [2, -1],
      [-1, 2], // and -1 again, still at EOF
    ]);
  });

  it.each(MODES)('with no input at all the first read is -1 (%s)', (v) => {
    const r = run(reader, v);
    expect(log(r, 2)).toEqual([
      [2, -1],
      [-1, 2],
    ]);
  });

  it.each(MODES)('out CONSOLE_DATA writes the low byte of the register (%s)', (v) => {
    const r = run('_start:\n li r1, 0x4148\n out CONSOLE_DATA, r1\n li r1, -0xff00 + 0x69\n out CONSOLE_DATA, r1\n li r1, 0\n out POWER_OFF, r1\n', v);
    expect(r.out).toBe('Hi');
    expect(r.d.console.written).toBe(2);
  });
});

describe('ports with nothing behind them', () => {
  it.each(MODES)('read -1 and ignore writes (%s)', (v) => {
    const src = `
_start:
    in   r1, 0x99
    in   r2, 0xff
    in   r3, POWER_OFF              ; write-only: reads like nothing is there
    li   r9, 0x12345
    in   r4, r9                     ; past the 256 ports
    li   r9, -1
    in   r5, r9
    li   r9, 0x99
    out  r9, r9
    li   r9, 0x10010                ; CONSOLE_DATA + 0x10000: not the console
    out  r9, r9
    out  0x99, r9
    li   r6, 0
    out  POWER_OFF, r6
`;
    const r = run(src, v);
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    expect([...r.d.cpu.regs.subarray(1, 6)]).toEqual([-1, -1, -1, -1, -1]);
    expect(r.out).toBe('');
  });
});

describe('power', () => {
  it.each(MODES)('out POWER_OFF stops the machine with that code; nothing after it runs (%s)', (v) => {
    for (const code of [0, 1, 42, 255, 256, -1]) {
      const r = run(`_start:\n li r1, ${code}\n out POWER_OFF, r1\n li r1, 'x'\n out CONSOLE_DATA, r1\n`, v);
      expect(r.stop).toEqual({ kind: 'poweroff', code });
      expect(r.out).toBe('');
      expect(r.d.cpu.instret).toBe(2);
    }
  });
});

/** A disk that records when (which guest pc and retired count) each write reached it. */
class WatchedDisk implements BlockBackend {
  readonly disk: MemoryDisk;
  readonly writes: { lba: number; pc: number; instret: number; firstWord: number }[] = [];
  domain: ReturnType<typeof boot> | null = null;
  constructor(sectors: number, readOnly = false) {
    this.disk = new MemoryDisk(sectors, readOnly);
  }
  get sectors(): number {
    return this.disk.sectors;
  }
  get readOnly(): boolean {
    return this.disk.readOnly;
  }
  read(lba: number, dst: Uint8Array): string | null {
    return this.disk.read(lba, dst);
  }
  write(lba: number, src: Uint8Array): string | null {
    const d = this.domain!;
    this.writes.push({ lba, pc: d.cpu.pc, instret: d.cpu.instret, firstWord: new DataView(src.buffer, src.byteOffset).getInt32(0, true) });
    return this.disk.write(lba, src);
  }
  flush(): string | null {
    return this.disk.flush();
  }
}

const wordOnDisk = (d: MemoryDisk, lba: number, i: number): number => new DataView(d.data.buffer).getInt32(lba * 512 + 4 * i, true);

describe('block device, programmed I/O', () => {
  const writer = `
_start:
    in   r8, BLOCK_COUNT
    li   r1, 2
    out  BLOCK_SECTOR, r1
    li   r1, BLOCK_WRITE
    out  BLOCK_CMD, r1
    li   r2, 0
1:  mul  r3, r2, 3
    add  r3, r3, 1
    sub  r3, r0, r3             ; negative words too: -(3i + 1)
    add  r2, r2, 1
    bge  r2, 128, last
    out  BLOCK_DATA, r3
    jmp  1b
last:
    out  BLOCK_DATA, r3         ; the 128th word
    .word 0                     ; the guest crashes at once
`;

  it.each(MODES)('a sector is in the backend as soon as its 128th word is written: it survives a crash (%s)', (v) => {
    const w = new WatchedDisk(4);
    const d = boot(writer, v, { disk: w });
    w.domain = d;
    const stop = d.run();
    expect(stop?.kind).toBe('crash');
    expect(d.cpu.regs[8]).toBe(4); // BLOCK_COUNT
    expect(w.writes).toHaveLength(1);
    const img = d.image;
    expect(w.writes[0]).toMatchObject({ lba: 2, pc: sym(img, 'last'), firstWord: -1 });
    expect(w.writes[0]!.instret).toBe(d.cpu.instret); // nothing ran after the write but the crash
    for (let i = 0; i < 128; i++) expect(wordOnDisk(w.disk, 2, i)).toBe(-(3 * i + 1));
    expect(wordOnDisk(w.disk, 1, 127)).toBe(0);
    expect(wordOnDisk(w.disk, 3, 0)).toBe(0);
  });

  const reader = `
_start:
    li   r1, 2
    out  BLOCK_SECTOR, r1
    li   r1, BLOCK_READ
    out  BLOCK_CMD, r1
    in   r7, BLOCK_STATUS
    li   r2, 0
1:  in   r3, BLOCK_DATA
    shl  r4, r2, 2
    st   r3, [r4 + buf]
    add  r2, r2, 1
    blt  r2, 128, 1b
    in   r6, BLOCK_STATUS
    li   r1, BLOCK_FLUSH
    out  BLOCK_CMD, r1
    in   r5, BLOCK_STATUS
    li   r1, 0
    out  POWER_OFF, r1
.data
buf: .space 512
`;

  it.each(MODES)('reads a sector back word by word, status 0; BLOCK_FLUSH reaches the backend (%s)', (v) => {
    const disk = new MemoryDisk(4);
    for (let i = 0; i < 512; i++) disk.data[2 * 512 + i] = (i * 13 + 5) & 0xff;
    const r = run(reader, v, { disk });
    expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
    for (let i = 0; i < 128; i++) expect(r.word('buf', 4 * i)).toBe(wordOnDisk(disk, 2, i));
    expect([r.d.cpu.regs[7], r.d.cpu.regs[6], r.d.cpu.regs[5]]).toEqual([0, 0, 0]);
    expect(disk.flushes).toBe(1);
    expect(r.d.block.reads).toBe(1);
    if (v === 'trap') expect(exits(r.d)['in BLOCK_DATA']).toBe(128);
  });

  const status = (body: string): string => `
_start:
${body}
    in   r1, BLOCK_STATUS
    out  POWER_OFF, r1
`;
  const errors: [string, string, number, boolean][] = [
    ['a sector past the end', 'li r1, 4\n out BLOCK_SECTOR, r1\n li r1, BLOCK_READ\n out BLOCK_CMD, r1', -EINVAL, false],
    ['a write past the end', 'li r1, -1\n out BLOCK_SECTOR, r1\n li r1, BLOCK_WRITE\n out BLOCK_CMD, r1', -EINVAL, false],
    ['data read without a command', 'in r2, BLOCK_DATA', -EINVAL, false],
    ['data write without a command', 'out BLOCK_DATA, r0', -EINVAL, false],
    ['a write to a read-only disk', 'li r1, BLOCK_WRITE\n out BLOCK_CMD, r1', -EPERM, true],
    ['an unknown command', 'li r1, 7\n out BLOCK_CMD, r1', -EINVAL, false],
  ];
  it.each(errors)('BLOCK_STATUS is negative after %s', (_what, body, want, readOnly) => {
    for (const v of MODES) {
      const disk = new MemoryDisk(4, readOnly);
      const r = run(status(body), v, { disk });
      expect(r.stop).toEqual({ kind: 'poweroff', code: want });
      expect(disk.data.every((b) => b === 0)).toBe(true);
    }
  });

  it('without a disk: BLOCK_COUNT 0 and every command fails with -EIO', () => {
    for (const v of MODES) {
      const r = run(status('in r9, BLOCK_COUNT\n li r1, BLOCK_READ\n out BLOCK_CMD, r1'), v);
      expect(r.stop).toEqual({ kind: 'poweroff', code: -EIO });
      expect(r.d.cpu.regs[9]).toBe(0);
    }
  });

  it('a write to a read-only disk never reaches it, even with all 128 words', () => {
    const src = `
_start:
    li   r1, BLOCK_WRITE
    out  BLOCK_CMD, r1
    li   r2, 0
1:  out  BLOCK_DATA, r2
    add  r2, r2, 1
    blt  r2, 128, 1b
    in   r1, BLOCK_STATUS
    out  POWER_OFF, r1
`;
    for (const v of MODES) {
      const w = new WatchedDisk(2, true);
      const d = boot(src, v, { disk: w });
      w.domain = d;
      const stop = d.run();
      expect(stop?.kind).toBe('poweroff');
      if (stop?.kind === 'poweroff') expect(stop.code).toBeLessThan(0);
      expect(w.writes).toEqual([]);
    }
  });
});

describe('the bus', () => {
  it('maps every port of the ABI table to a device', () => {
    const d = boot('_start:\n    hlt\n', 'native');
    for (const p of PORTS) expect(d.bus.mapped(p.value), p.name).toBe(true);
  });
});
