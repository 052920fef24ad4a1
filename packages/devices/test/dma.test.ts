// The block device's DMA commands: a whole sector moves between the disk and guest memory by
// itself, after the disk's latency in virtual time, while the guest goes on.
import { describe, expect, it } from 'vitest';
import {
  BLOCK_ADDR, BLOCK_BUSY, BLOCK_CMD, BLOCK_DMA_READ, BLOCK_DMA_WRITE, BLOCK_IRQ_ENABLE, BLOCK_SECTOR, BLOCK_STATUS, EFAULT, EINVAL, EIO, EPERM,
  SECTOR_SIZE,
} from '@pvm/isa/codes';
import { Block, MemoryDisk, type DmaMemory } from '../src/index.ts';

const MEM = 0x4000;

function machine(disk: MemoryDisk | null, latency = 1000) {
  const mem = new Uint8Array(MEM);
  const written: [number, number][] = [];
  const memory: DmaMemory = {
    mem,
    inRange: (a, n) => a >= 0 && n >= 0 && a + n <= MEM,
    writeBytes: (a, b) => {
      mem.set(b, a);
      written.push([a, b.length]);
    },
  };
  let now = 0;
  const b = new Block(disk, memory, { now: () => now });
  b.latency = latency;
  return { b, mem, written, at: (t: number) => (now = t) };
}

const start = (b: Block, cmd: number, sector: number, addr: number): void => {
  b.write(BLOCK_SECTOR, sector);
  b.write(BLOCK_ADDR, addr);
  b.write(BLOCK_CMD, cmd);
};

describe('DMA', () => {
  it('reads a sector into memory after the latency, busy until then, with one interrupt', () => {
    const disk = new MemoryDisk(4);
    disk.data.fill(0xab, 2 * SECTOR_SIZE, 3 * SECTOR_SIZE);
    const m = machine(disk);
    m.b.write(BLOCK_STATUS, BLOCK_IRQ_ENABLE);
    m.at(100);
    start(m.b, BLOCK_DMA_READ, 2, 0x1002);
    expect(m.b.read(BLOCK_STATUS)).toBe(BLOCK_BUSY);
    expect(m.b.deadline).toBe(1100);
    expect(m.b.tick(1099)).toBe(false);
    expect(m.mem[0x1002]).toBe(0);
    expect(m.b.pending).toBe(false);
    expect(m.b.tick(1100)).toBe(true);
    expect(m.b.read(BLOCK_STATUS)).toBe(0);
    expect(m.b.pending).toBe(true);
    expect([...m.mem.subarray(0x1002, 0x1002 + SECTOR_SIZE)].every((x) => x === 0xab)).toBe(true);
    // Through the one decode-safe door, an unaligned buffer included.
    expect(m.written).toEqual([[0x1002, SECTOR_SIZE]]);
    expect(m.b.stall).toBe(0); // the CPU never waited
    expect([m.b.reads, m.b.dmas]).toEqual([1, 1]);
  });

  it('writes the buffer as it was when the command was given, and the sector is on disk before it completes', () => {
    const disk = new MemoryDisk(4);
    const m = machine(disk);
    m.mem.fill(7, 0x2000, 0x2000 + SECTOR_SIZE);
    start(m.b, BLOCK_DMA_WRITE, 1, 0x2000);
    m.mem.fill(9, 0x2000, 0x2000 + SECTOR_SIZE); // the guest reuses the buffer at once
    expect(disk.data[SECTOR_SIZE]).toBe(0);
    m.b.tick(1000);
    expect(m.b.read(BLOCK_STATUS)).toBe(0);
    expect([...disk.data.subarray(SECTOR_SIZE, 2 * SECTOR_SIZE)].every((x) => x === 7)).toBe(true);
    expect(m.b.writes).toBe(1);
  });

  it('refuses a buffer outside memory, a sector past the end, a read-only disk and no disk, at once', () => {
    const m = machine(new MemoryDisk(4));
    for (const addr of [MEM - SECTOR_SIZE + 1, 0xfffffff0, -4]) {
      start(m.b, BLOCK_DMA_READ, 0, addr);
      expect(m.b.read(BLOCK_STATUS), `buffer ${addr}`).toBe(-EFAULT);
    }
    start(m.b, BLOCK_DMA_READ, 4, 0);
    expect(m.b.read(BLOCK_STATUS)).toBe(-EINVAL);
    const ro = machine(new MemoryDisk(4, true));
    start(ro.b, BLOCK_DMA_WRITE, 0, 0);
    expect(ro.b.read(BLOCK_STATUS)).toBe(-EPERM);
    const none = machine(null);
    start(none.b, BLOCK_DMA_READ, 0, 0);
    expect(none.b.read(BLOCK_STATUS)).toBe(-EIO);
    for (const x of [m, ro, none]) expect(x.b.deadline).toBe(Infinity);
  });

  it('ignores commands while a transfer is in flight, and the transfer completes as given', () => {
    const disk = new MemoryDisk(4);
    const m = machine(disk);
    m.mem.fill(1, 0, SECTOR_SIZE);
    start(m.b, BLOCK_DMA_WRITE, 0, 0);
    start(m.b, BLOCK_DMA_WRITE, 3, 0x100);
    expect(m.b.read(BLOCK_STATUS)).toBe(BLOCK_BUSY);
    m.b.tick(1000);
    expect(disk.data[0]).toBe(1);
    expect(disk.data[3 * SECTOR_SIZE]).toBe(0);
    expect(m.b.dmas).toBe(1);
  });

  it('a PIO command stalls the CPU for the latency instead', () => {
    const disk = new MemoryDisk(4);
    const m = machine(disk, 777);
    m.b.write(BLOCK_SECTOR, 0);
    m.b.write(BLOCK_CMD, 1 /* BLOCK_READ */);
    expect(m.b.takeStall()).toBe(777);
    expect(m.b.takeStall()).toBe(0);
  });

  it('saves and restores a transfer in flight', () => {
    const disk = new MemoryDisk(4);
    disk.data.fill(5, 0, SECTOR_SIZE);
    const m = machine(disk);
    start(m.b, BLOCK_DMA_READ, 0, 0x800);
    const saved = m.b.save();
    m.b.tick(1000);
    m.mem.fill(0);
    m.b.load(saved);
    expect(m.b.read(BLOCK_STATUS)).toBe(BLOCK_BUSY);
    m.b.tick(1000);
    expect(m.mem[0x800]).toBe(5);
  });
});
