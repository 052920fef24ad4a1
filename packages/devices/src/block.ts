// The block device, programmed I/O as in ATA PIO: choose a sector, give a command, then move
// the sector one 32-bit word per `in`/`out BLOCK_DATA`. A written sector goes to the backend
// the moment its last word arrives, before the guest's next instruction (write-through).
import {
  BLOCK_COUNT, BLOCK_CMD, BLOCK_DATA, BLOCK_FLUSH, BLOCK_IRQ_ENABLE, BLOCK_READ, BLOCK_SECTOR, BLOCK_STATUS, BLOCK_WORDS, BLOCK_WRITE, EINVAL, EIO, EPERM,
  SECTOR_SIZE,
} from '@pvm/isa/codes';
import type { BlockBackend, Snapshottable } from './backends.ts';
import type { PortDevice } from './bus.ts';


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
  /** The last backend failure, for the hypervisor's report. */
  lastError: string | null = null;
  private state = IDLE;
  private index = 0;
  private readonly buf = new Uint8Array(SECTOR_SIZE);
  private readonly words = new DataView(this.buf.buffer);

  constructor(readonly backend: BlockBackend | null) {}

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
    }
    return -1;
  }

  write(port: number, value: number): void {
    switch (port) {
      case BLOCK_SECTOR:
        this.sector = value >>> 0;
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
    this.index = 0;
    this.state = IDLE;
    if (cmd === BLOCK_FLUSH) return this.done(this.flush());
    if (cmd !== BLOCK_READ && cmd !== BLOCK_WRITE) return this.done(-EINVAL);
    if (!b || this.sector >= b.sectors) return this.done(b ? -EINVAL : -EIO);
    if (cmd === BLOCK_WRITE) {
      if (b.readOnly) return this.done(-EPERM);
      this.state = WRITING;
      this.status = 0;
      return;
    }
    const err = b.read(this.sector, this.buf);
    this.reads++;
    if (err) return this.done(this.fail(err));
    this.state = READING;
    this.status = 0;
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

  save(): unknown {
    const { sector, status, irqEnabled, pending, reads, writes, flushes, lastError, state, index } = this;
    return { sector, status, irqEnabled, pending, reads, writes, flushes, lastError, state, index, buf: this.buf.slice() };
  }

  load(saved: unknown): void {
    const { buf, ...rest } = saved as { buf: Uint8Array };
    Object.assign(this, rest);
    this.buf.set(buf);
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
