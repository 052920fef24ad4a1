// The block device. Two ways to move a sector, as on a real disk controller:
// - programmed I/O, as in ATA PIO: choose a sector, give a command, then move the sector one
//   32-bit word per `in`/`out BLOCK_DATA` (each a port access, with its latency). A written
//   sector goes to the backend the moment its last word arrives, before the guest's next
//   instruction (write-through). The command stalls the CPU for the disk's latency.
// - DMA: choose a sector and a buffer address, give BLOCK_DMA_READ or BLOCK_DMA_WRITE, and the
//   device moves the whole sector by itself after the disk's latency, in virtual time, while the
//   guest goes on; BLOCK_STATUS reads BLOCK_BUSY until then, and VEC_BLOCK (when enabled) says
//   it is done. A DMA write is in the backend before the guest can see it completed.
import {
  BLOCK_ADDR, BLOCK_BUSY, BLOCK_CMD, BLOCK_COUNT, BLOCK_DATA, BLOCK_DMA_READ, BLOCK_DMA_WRITE, BLOCK_FLUSH, BLOCK_IRQ_ENABLE,
  BLOCK_READ, BLOCK_SECTOR, BLOCK_STATUS, BLOCK_WORDS, BLOCK_WRITE, EFAULT, EINVAL, EIO, EPERM, SECTOR_SIZE,
} from '@pvm/isa/codes';
import type { BlockBackend, Snapshottable } from './backends.ts';
import type { PortDevice } from './bus.ts';

/** Guest memory as a DMA engine sees it (the CPU's memory, checked and decode-safe). */
export interface DmaMemory {
  inRange(addr: number, len: number): boolean;
  readonly mem: Uint8Array;
  /** Copy into guest memory, forgetting decoded code there. */
  writeBytes(addr: number, bytes: Uint8Array): void;
}

const IDLE = 0;
const READING = 1;
const WRITING = 2;

export class Block implements PortDevice, Snapshottable {
  sector = 0;
  status = 0;
  irqEnabled = false;
  /** A command completed and its interrupt has not been delivered. */
  pending = false;
  reads = 0;
  writes = 0;
  flushes = 0;
  /** DMA transfers started. */
  dmas = 0;
  /** The last backend failure, for the hypervisor's report. */
  lastError: string | null = null;
  /** Cycles one disk request takes (the cost model's `disk`). */
  latency = 0;
  /** Cycles the CPU must stall for the last port access (a PIO command waiting for the disk). */
  stall = 0;
  /** Absolute virtual time the DMA in flight completes, or Infinity. */
  deadline = Infinity;
  /** The DMA buffer address (BLOCK_ADDR). */
  addr = 0;
  private dmaOp = 0;
  private dmaSector = 0;
  private dmaAddr = 0;
  private state = IDLE;
  private index = 0;
  private readonly buf = new Uint8Array(SECTOR_SIZE);
  private readonly words = new DataView(this.buf.buffer);
  /** The sector a DMA write took from memory when it started. */
  private readonly dmaBuf = new Uint8Array(SECTOR_SIZE);

  constructor(
    readonly backend: BlockBackend | null,
    private readonly memory: DmaMemory | null = null,
    private readonly clock: { now(): number } = { now: () => 0 },
  ) {}

  get sectors(): number {
    return this.backend?.sectors ?? 0;
  }

  read(port: number): number {
    switch (port) {
      case BLOCK_DATA: {
        if (this.state !== READING) {
          this.status = -EINVAL;
          return 0;
        }
        const v = this.words.getInt32(this.index * 4, true);
        if (++this.index === BLOCK_WORDS) this.done(0);
        return v;
      }
      case BLOCK_STATUS:
        return this.status;
      case BLOCK_SECTOR:
        return this.sector | 0;
      case BLOCK_COUNT:
        return this.sectors;
      case BLOCK_ADDR:
        return this.addr | 0;
    }
    return -1;
  }

  write(port: number, value: number): void {
    switch (port) {
      case BLOCK_SECTOR:
        this.sector = value >>> 0;
        return;
      case BLOCK_ADDR:
        this.addr = value >>> 0;
        return;
      case BLOCK_CMD:
        return this.command(value);
      case BLOCK_DATA:
        if (this.state !== WRITING) {
          this.status = -EINVAL;
          return;
        }
        this.words.setInt32(this.index * 4, value, true);
        if (++this.index === BLOCK_WORDS) this.writeSector(this.sector, this.buf);
        return;
      case BLOCK_STATUS:
        this.irqEnabled = (value & BLOCK_IRQ_ENABLE) !== 0;
        return;
    }
  }

  private command(cmd: number): void {
    const b = this.backend;
    // A command while a DMA is in flight is refused; the transfer goes on.
    if (this.status === BLOCK_BUSY) return;
    this.index = 0;
    this.state = IDLE;
    if (cmd === BLOCK_FLUSH) return this.done(this.flush());
    if (cmd === BLOCK_DMA_READ || cmd === BLOCK_DMA_WRITE) return this.startDma(cmd);
    if (cmd !== BLOCK_READ && cmd !== BLOCK_WRITE) return this.done(-EINVAL);
    if (!b || this.sector >= b.sectors) return this.done(b ? -EINVAL : -EIO);
    if (cmd === BLOCK_WRITE) {
      if (b.readOnly) return this.done(-EPERM);
      this.state = WRITING;
      this.status = 0;
      return;
    }
    // Programmed I/O waits for the disk: the `out` that gives the command stalls for it.
    this.stall += this.latency;
    const err = b.read(this.sector, this.buf);
    this.reads++;
    if (err) return this.done(this.fail(err));
    this.state = READING;
    this.status = 0;
  }

  private startDma(cmd: number): void {
    const b = this.backend;
    if (!b || this.sector >= b.sectors) return this.done(b ? -EINVAL : -EIO);
    if (!this.memory || !this.memory.inRange(this.addr, SECTOR_SIZE)) return this.done(-EFAULT);
    if (cmd === BLOCK_DMA_WRITE) {
      if (b.readOnly) return this.done(-EPERM);
      this.dmaBuf.set(this.memory.mem.subarray(this.addr, this.addr + SECTOR_SIZE));
    }
    this.dmaOp = cmd;
    this.dmaSector = this.sector;
    this.dmaAddr = this.addr;
    this.dmas++;
    this.status = BLOCK_BUSY;
    this.deadline = this.clock.now() + this.latency;
  }

  /** Complete the DMA in flight if its time has come; true when it did. */
  tick(now: number): boolean {
    if (now < this.deadline) return false;
    this.deadline = Infinity;
    if (this.dmaOp === BLOCK_DMA_WRITE) {
      this.writeSector(this.dmaSector, this.dmaBuf);
      return true;
    }
    const st = this.readSector(this.dmaSector, this.buf);
    if (st === 0) this.memory!.writeBytes(this.dmaAddr, this.buf);
    this.done(st);
    return true;
  }

  /** Write one whole sector to the backend (also the path of the paravirtual block ring). */
  writeSector(lba: number, data: Uint8Array): number {
    const b = this.backend;
    let status = 0;
    if (!b || lba >= b.sectors) status = b ? -EINVAL : -EIO;
    else if (b.readOnly) status = -EPERM;
    else {
      const err = b.write(lba, data);
      this.writes++;
      if (err) status = this.fail(err);
    }
    this.done(status);
    return status;
  }

  /** Make every write durable (also the paravirtual ring's BLKIF_OP_FLUSH_DISKCACHE): 0 or -EIO. */
  flush(): number {
    const b = this.backend;
    if (!b) return -EIO;
    this.flushes++;
    const err = b.flush();
    return err ? this.fail(err) : 0;
  }

  /** Read one whole sector from the backend (the paravirtual block ring's path). */
  readSector(lba: number, dst: Uint8Array): number {
    const b = this.backend;
    if (!b || lba >= b.sectors) return b ? -EINVAL : -EIO;
    const err = b.read(lba, dst);
    this.reads++;
    return err ? this.fail(err) : 0;
  }

  /** Cycles the last access stalled the CPU for, now taken. */
  takeStall(): number {
    const s = this.stall;
    this.stall = 0;
    return s;
  }

  save(): unknown {
    const { sector, status, irqEnabled, pending, reads, writes, flushes, dmas, lastError, state, index, deadline, addr, dmaOp, dmaSector, dmaAddr, stall } = this;
    return { sector, status, irqEnabled, pending, reads, writes, flushes, dmas, lastError, state, index, deadline, addr, dmaOp, dmaSector, dmaAddr, stall, buf: this.buf.slice(), dmaBuf: this.dmaBuf.slice() };
  }

  load(saved: unknown): void {
    const { buf, dmaBuf, ...rest } = saved as { buf: Uint8Array; dmaBuf: Uint8Array };
    Object.assign(this, rest);
    this.buf.set(buf);
    this.dmaBuf.set(dmaBuf);
  }

  private fail(err: string): number {
    this.lastError = err;
    return -EIO;
  }

  private done(status: number): void {
    this.state = IDLE;
    this.index = 0;
    this.status = status;
    if (this.irqEnabled) this.pending = true;
  }
}
