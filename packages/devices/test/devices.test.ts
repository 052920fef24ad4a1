// The device models on their own, through the same read/write port calls the hypervisor makes:
// console (EOF rule, status bits, interrupt line, flood limit), timer (virtual time, periodic and
// one-shot), block (the PIO protocol and every error status), power, and the bus.
import { describe, expect, it } from 'vitest';
import {
  BLOCK_CMD, BLOCK_COUNT, BLOCK_DATA, BLOCK_FLUSH, BLOCK_READ, BLOCK_SECTOR, BLOCK_STATUS, BLOCK_WRITE, CONSOLE_DATA,
  CONSOLE_STATUS, EINVAL, EIO, EPERM, POWER_OFF, TIMER_NOW, TIMER_NOW_HI, TIMER_ONESHOT, TIMER_PERIOD, CONSOLE_EOF, CONSOLE_READY,
  CONSOLE_IRQ_ENABLE, BLOCK_WORDS, BLOCK_IRQ_ENABLE,
} from '@pvm/isa/codes';
import { Block, BufferConsole, Bus, Console, MemoryDisk, Power, Timer, type BlockBackend } from '../src/index.ts';

describe('console', () => {
  it('in CONSOLE_DATA returns each input byte as 0..255, then -1 on every read once input is exhausted', () => {
    const c = new Console(new BufferConsole(new Uint8Array([0x41, 0x00, 0xff, 0x80])));
    expect([0, 1, 2, 3, 4, 5, 6].map(() => c.read(CONSOLE_DATA))).toEqual([0x41, 0, 0xff, 0x80, -1, -1, -1]);
  });

  it('empty input is at EOF from the start', () => {
    const c = new Console(new BufferConsole());
    expect(c.read(CONSOLE_STATUS)).toBe(CONSOLE_EOF);
    expect(c.read(CONSOLE_DATA)).toBe(-1);
  });

  it('CONSOLE_STATUS: bit 0 while input is ready, bit 1 at end of input; reading it consumes nothing', () => {
    expect([CONSOLE_READY, CONSOLE_EOF]).toEqual([1, 2]);
    const c = new Console(new BufferConsole('ab'));
    expect(c.read(CONSOLE_STATUS)).toBe(1);
    expect(c.read(CONSOLE_STATUS)).toBe(1);
    expect(c.read(CONSOLE_DATA)).toBe(0x61);
    expect(c.read(CONSOLE_STATUS)).toBe(1);
    expect(c.read(CONSOLE_DATA)).toBe(0x62);
    expect(c.read(CONSOLE_STATUS)).toBe(2);
    expect(c.read(CONSOLE_DATA)).toBe(-1);
    expect(c.read(CONSOLE_STATUS)).toBe(2);
  });

  it('out CONSOLE_DATA writes the low byte only', () => {
    const b = new BufferConsole();
    const c = new Console(b);
    for (const v of [0x48, 0x169, -0xff00 + 0x21, 0x0a]) c.write(CONSOLE_DATA, v);
    expect(b.text()).toBe('Hi!\n');
    expect([...b.output()]).toEqual([0x48, 0x69, 0x21, 0x0a]);
    expect(c.written).toBe(4);
  });

  it('the input interrupt line is level-triggered: enabled and input ready', () => {
    const c = new Console(new BufferConsole('x'));
    expect(c.irq()).toBe(false);
    c.write(CONSOLE_STATUS, CONSOLE_IRQ_ENABLE);
    expect(c.irqEnabled).toBe(true);
    expect(c.irq()).toBe(true);
    expect(c.irq()).toBe(true); // still ready: still asserted
    c.read(CONSOLE_DATA);
    expect(c.irq()).toBe(false); // EOF raises nothing
    c.write(CONSOLE_STATUS, 0);
    expect(c.irqEnabled).toBe(false);
  });

  it('drops output past the limit and says so', () => {
    const b = new BufferConsole();
    const c = new Console(b);
    c.limit = 3;
    c.put(new TextEncoder().encode('ab'));
    expect(c.overflowed).toBe(false);
    c.put(new TextEncoder().encode('cde'));
    c.write(CONSOLE_DATA, 0x66);
    expect(b.text()).toBe('abc');
    expect(c.written).toBe(3);
    expect(c.overflowed).toBe(true);
  });

  it('other ports of the console read -1', () => {
    expect(new Console(new BufferConsole('z')).read(0x12)).toBe(-1);
  });

  it('BufferConsole keeps its own copy of each write and counts what was consumed', () => {
    const b = new BufferConsole(new Uint8Array([1, 2, 3]));
    const chunk = new Uint8Array([0x6f, 0x6b]);
    b.write(chunk);
    chunk[0] = 0x21;
    expect(b.text()).toBe('ok');
    expect(b.peek()).toBe(1);
    expect([b.read(), b.read(), b.consumed]).toEqual([1, 2, 2]);
  });
});

describe('timer, in virtual time', () => {
  const clock = (): { now: number; timer: Timer } => {
    const c = { now: 0, timer: null as unknown as Timer };
    c.timer = new Timer({ now: () => c.now });
    return c;
  };

  it('TIMER_NOW reads the low word of the clock; TIMER_NOW_HI the high word as of that read', () => {
    const c = clock();
    c.now = 0x1_0000_0000 * 3 + 0xfffffffe;
    expect(c.timer.read(TIMER_NOW)).toBe(-2);
    expect(c.timer.read(TIMER_NOW_HI)).toBe(3);
    c.now += 5; // the high word moves on, but HI stays latched until the next TIMER_NOW
    expect(c.timer.read(TIMER_NOW_HI)).toBe(3);
    expect(c.timer.read(TIMER_NOW)).toBe(3);
    expect(c.timer.read(TIMER_NOW_HI)).toBe(4);
  });

  it('a period of N interrupts every N cycles from the moment it is set', () => {
    const c = clock();
    c.now = 100;
    c.timer.write(TIMER_PERIOD, 50);
    expect(c.timer.read(TIMER_PERIOD)).toBe(50);
    expect(c.timer.deadline).toBe(150);
    expect(c.timer.tick(149)).toBe(false);
    expect(c.timer.pending).toBe(false);
    expect(c.timer.tick(150)).toBe(true);
    expect([c.timer.pending, c.timer.fired, c.timer.deadline]).toEqual([true, 1, 200]);
    expect(c.timer.tick(203)).toBe(true);
    expect(c.timer.deadline).toBe(250);
  });

  it('after a long stretch it fires once and skips the missed periods', () => {
    const c = clock();
    c.timer.write(TIMER_PERIOD, 10);
    expect(c.timer.tick(95)).toBe(true);
    expect([c.timer.fired, c.timer.deadline]).toEqual([1, 100]);
  });

  it('a period of 0 stops the timer', () => {
    const c = clock();
    c.timer.write(TIMER_PERIOD, 10);
    c.timer.write(TIMER_PERIOD, 0);
    expect(c.timer.deadline).toBe(Infinity);
    expect(c.timer.tick(1e9)).toBe(false);
  });

  it('a one-shot fires once; 0 cancels it; it replaces a period', () => {
    const c = clock();
    c.now = 7;
    c.timer.write(TIMER_PERIOD, 5);
    c.timer.write(TIMER_ONESHOT, 20);
    expect([c.timer.period, c.timer.deadline]).toEqual([0, 27]);
    expect(c.timer.tick(27)).toBe(true);
    expect(c.timer.deadline).toBe(Infinity);
    expect(c.timer.tick(1000)).toBe(false);
    expect(c.timer.fired).toBe(1);
    c.timer.write(TIMER_ONESHOT, 3);
    c.timer.write(TIMER_ONESHOT, 0);
    expect(c.timer.deadline).toBe(Infinity);
  });

  it('takes the written value as unsigned', () => {
    const c = clock();
    c.timer.write(TIMER_PERIOD, -1);
    expect(c.timer.deadline).toBe(0xffffffff);
  });

  it('setAbsolute sets a one-shot deadline; 0 cancels', () => {
    const c = clock();
    c.timer.setAbsolute(1234);
    expect(c.timer.deadline).toBe(1234);
    c.timer.setAbsolute(0);
    expect(c.timer.deadline).toBe(Infinity);
  });

  it('other timer ports read -1', () => {
    expect(clock().timer.read(TIMER_ONESHOT)).toBe(-1);
  });
});

/** A backend that records every call, to see exactly when the device talks to it. */
class SpyDisk implements BlockBackend {
  readonly disk: MemoryDisk;
  readonly calls: string[] = [];
  failWith: string | null = null;
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
    this.calls.push(`read ${lba}`);
    return this.failWith ?? this.disk.read(lba, dst);
  }
  write(lba: number, src: Uint8Array): string | null {
    this.calls.push(`write ${lba}`);
    return this.failWith ?? this.disk.write(lba, src);
  }
  flush(): string | null {
    this.calls.push('flush');
    return this.failWith ?? this.disk.flush();
  }
}

const wordAt = (d: MemoryDisk, lba: number, i: number): number => new DataView(d.data.buffer).getInt32(lba * 512 + 4 * i, true);
const pattern = (i: number): number => (Math.imul(i + 1, 0x9e3779b9) ^ (i << 3)) | 0;

describe('block device: the PIO protocol', () => {
  it('BLOCK_COUNT is the number of sectors (0 without a disk)', () => {
    expect(new Block(new MemoryDisk(9)).read(BLOCK_COUNT)).toBe(9);
    expect(new Block(null).read(BLOCK_COUNT)).toBe(0);
  });

  it('writes a sector: it reaches the backend exactly when the 128th word arrives', () => {
    const spy = new SpyDisk(8);
    const b = new Block(spy);
    b.write(BLOCK_SECTOR, 5);
    expect(b.read(BLOCK_SECTOR)).toBe(5);
    b.write(BLOCK_CMD, BLOCK_WRITE);
    expect(b.read(BLOCK_STATUS)).toBe(0);
    for (let i = 0; i < BLOCK_WORDS - 1; i++) b.write(BLOCK_DATA, pattern(i));
    expect(spy.calls).toEqual([]);
    expect(wordAt(spy.disk, 5, 0)).toBe(0);
    b.write(BLOCK_DATA, pattern(127));
    expect(spy.calls).toEqual(['write 5']);
    for (let i = 0; i < BLOCK_WORDS; i++) expect(wordAt(spy.disk, 5, i)).toBe(pattern(i));
    expect(wordAt(spy.disk, 4, 127)).toBe(0); // the neighbours are untouched
    expect(wordAt(spy.disk, 6, 0)).toBe(0);
    expect([b.read(BLOCK_STATUS), b.writes, b.reads]).toEqual([0, 1, 0]);
  });

  it('reads a sector back word by word, little-endian', () => {
    const disk = new MemoryDisk(4);
    for (let i = 0; i < 512; i++) disk.data[2 * 512 + i] = (i * 7) & 0xff;
    const b = new Block(disk);
    b.write(BLOCK_SECTOR, 2);
    b.write(BLOCK_CMD, BLOCK_READ);
    expect(b.read(BLOCK_STATUS)).toBe(0);
    const words = Array.from({ length: BLOCK_WORDS }, () => b.read(BLOCK_DATA));
    expect(words[0]).toBe(0x150e0700 | 0);
    for (let i = 0; i < BLOCK_WORDS; i++) expect(words[i]).toBe(wordAt(disk, 2, i));
    expect([b.read(BLOCK_STATUS), b.reads]).toEqual([0, 1]);
    // The transfer is over: a 129th word is a data access without a command.
    expect(b.read(BLOCK_DATA)).toBe(0);
    expect(b.read(BLOCK_STATUS)).toBe(-EINVAL);
  });

  it('round-trips several sectors written then read in another order', () => {
    const disk = new MemoryDisk(16);
    const b = new Block(disk);
    for (const s of [0, 15, 7]) {
      b.write(BLOCK_SECTOR, s);
      b.write(BLOCK_CMD, BLOCK_WRITE);
      for (let i = 0; i < BLOCK_WORDS; i++) b.write(BLOCK_DATA, pattern(i) ^ s);
    }
    for (const s of [7, 0, 15]) {
      b.write(BLOCK_SECTOR, s);
      b.write(BLOCK_CMD, BLOCK_READ);
      for (let i = 0; i < BLOCK_WORDS; i++) expect(b.read(BLOCK_DATA)).toBe(pattern(i) ^ s);
    }
    expect([b.writes, b.reads, b.read(BLOCK_STATUS)]).toEqual([3, 3, 0]);
  });

  it('a new command in the middle of a transfer starts over', () => {
    const disk = new MemoryDisk(2);
    const b = new Block(disk);
    b.write(BLOCK_SECTOR, 1);
    b.write(BLOCK_CMD, BLOCK_WRITE);
    for (let i = 0; i < 10; i++) b.write(BLOCK_DATA, 0x11111111);
    b.write(BLOCK_CMD, BLOCK_WRITE);
    for (let i = 0; i < BLOCK_WORDS; i++) b.write(BLOCK_DATA, i);
    for (let i = 0; i < BLOCK_WORDS; i++) expect(wordAt(disk, 1, i)).toBe(i);
    expect(b.writes).toBe(1);
  });

  it('BLOCK_FLUSH calls the backend flush', () => {
    const spy = new SpyDisk(2);
    const b = new Block(spy);
    b.write(BLOCK_CMD, BLOCK_FLUSH);
    expect(spy.calls).toEqual(['flush']);
    expect(spy.disk.flushes).toBe(1);
    expect([b.read(BLOCK_STATUS), b.flushes]).toEqual([0, 1]);
  });

  it('raises its interrupt when a command completes, if enabled', () => {
    const b = new Block(new MemoryDisk(2));
    b.write(BLOCK_STATUS, BLOCK_IRQ_ENABLE);
    b.write(BLOCK_CMD, BLOCK_WRITE);
    for (let i = 0; i < BLOCK_WORDS - 1; i++) b.write(BLOCK_DATA, i);
    expect(b.pending).toBe(false);
    b.write(BLOCK_DATA, 0);
    expect(b.pending).toBe(true);
    b.pending = false;
    b.write(BLOCK_CMD, BLOCK_FLUSH);
    expect(b.pending).toBe(true);
    const quiet = new Block(new MemoryDisk(2));
    quiet.write(BLOCK_CMD, BLOCK_FLUSH);
    expect(quiet.pending).toBe(false);
  });
});

describe('block device: BLOCK_STATUS is negative on error', () => {
  const afterCommand = (b: Block, sector: number, cmd: number): number => {
    b.write(BLOCK_SECTOR, sector);
    b.write(BLOCK_CMD, cmd);
    return b.read(BLOCK_STATUS);
  };

  it('a sector past the end, for read and for write (and a huge or negative one)', () => {
    const spy = new SpyDisk(4);
    const b = new Block(spy);
    expect(afterCommand(b, 4, BLOCK_READ)).toBe(-EINVAL);
    expect(afterCommand(b, 4, BLOCK_WRITE)).toBe(-EINVAL);
    expect(afterCommand(b, -1, BLOCK_WRITE)).toBe(-EINVAL);
    expect(afterCommand(b, 0x7fffffff, BLOCK_READ)).toBe(-EINVAL);
    // ... and the data port then refuses to move words.
    for (let i = 0; i < BLOCK_WORDS; i++) b.write(BLOCK_DATA, 1);
    expect(spy.calls).toEqual([]);
    expect(afterCommand(b, 3, BLOCK_READ)).toBe(0); // the last sector is fine
  });

  it('a data access without a command', () => {
    const b = new Block(new MemoryDisk(4));
    expect(b.read(BLOCK_DATA)).toBe(0);
    expect(b.read(BLOCK_STATUS)).toBe(-EINVAL);
    const c = new Block(new MemoryDisk(4));
    c.write(BLOCK_DATA, 5);
    expect(c.read(BLOCK_STATUS)).toBe(-EINVAL);
  });

  it('a read transfer refuses data writes, a write transfer refuses data reads', () => {
    const b = new Block(new MemoryDisk(4));
    expect(afterCommand(b, 1, BLOCK_READ)).toBe(0);
    b.write(BLOCK_DATA, 5);
    expect(b.read(BLOCK_STATUS)).toBe(-EINVAL);
    expect(afterCommand(b, 1, BLOCK_WRITE)).toBe(0);
    expect(b.read(BLOCK_DATA)).toBe(0);
    expect(b.read(BLOCK_STATUS)).toBe(-EINVAL);
  });

  it('a write to a read-only disk, which stays untouched', () => {
    const spy = new SpyDisk(4, true);
    const b = new Block(spy);
    expect(afterCommand(b, 1, BLOCK_WRITE)).toBe(-EPERM);
    for (let i = 0; i < BLOCK_WORDS; i++) b.write(BLOCK_DATA, -1);
    expect(spy.calls).toEqual([]);
    expect(spy.disk.data.every((x) => x === 0)).toBe(true);
    expect(b.read(BLOCK_STATUS)).toBeLessThan(0);
    expect(afterCommand(b, 1, BLOCK_READ)).toBe(0); // reading a read-only disk is fine
  });

  it('an unknown command', () => {
    const b = new Block(new MemoryDisk(4));
    expect(afterCommand(b, 0, 0)).toBe(-EINVAL);
    expect(afterCommand(b, 0, 99)).toBe(-EINVAL);
  });

  it('no disk at all: every command is an I/O error', () => {
    const b = new Block(null);
    expect(afterCommand(b, 0, BLOCK_READ)).toBe(-EIO);
    expect(afterCommand(b, 0, BLOCK_WRITE)).toBe(-EIO);
    expect(afterCommand(b, 0, BLOCK_FLUSH)).toBe(-EIO);
  });

  it('a failing backend: -EIO, with the reason kept for the report', () => {
    const spy = new SpyDisk(4);
    const b = new Block(spy);
    spy.failWith = 'disk full';
    b.write(BLOCK_CMD, BLOCK_WRITE);
    for (let i = 0; i < BLOCK_WORDS; i++) b.write(BLOCK_DATA, i);
    expect(b.read(BLOCK_STATUS)).toBe(-EIO);
    expect(b.lastError).toBe('disk full');
    expect(afterCommand(b, 0, BLOCK_READ)).toBe(-EIO);
    expect(afterCommand(b, 0, BLOCK_FLUSH)).toBe(-EIO);
    spy.failWith = null;
    expect(afterCommand(b, 0, BLOCK_FLUSH)).toBe(0); // a good command clears the status
  });
});

describe('power and the bus', () => {
  it('out POWER_OFF records the exit code; only the first one counts', () => {
    const p = new Power();
    expect(p.code).toBe(null);
    p.write(POWER_OFF, 42);
    p.write(POWER_OFF, 7);
    expect(p.code).toBe(42);
    expect(p.read()).toBe(-1);
    const q = new Power();
    q.write(POWER_OFF, 0);
    expect(q.code).toBe(0);
  });

  it('unmapped and out-of-range ports read -1 and ignore writes', () => {
    const bus = new Bus();
    const c = new BufferConsole();
    bus.map(CONSOLE_DATA, new Console(c));
    for (const port of [0, 0x99, 0xff, 0x100, -1, 0x10010]) {
      expect(bus.in(port), `port ${port}`).toBe(-1);
      bus.out(port, 0x41);
      expect(bus.mapped(port)).toBe(false);
    }
    expect(c.output().length).toBe(0);
    expect(bus.mapped(CONSOLE_DATA)).toBe(true);
    bus.out(CONSOLE_DATA, 0x41);
    expect(c.text()).toBe('A');
  });

  it('reads come back as signed 32-bit values', () => {
    const bus = new Bus();
    bus.map(5, { read: () => 0xffffffff, write: () => {} });
    expect(bus.in(5)).toBe(-1);
  });
});
