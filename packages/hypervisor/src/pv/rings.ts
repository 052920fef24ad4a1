// The paravirtual devices' back ends: the console ring and the block ring in guest memory,
// processed when the guest notifies their event port. Batching is the point: a guest that puts
// N bytes or N requests on a ring pays one notification, not N exits.
import {
  BLKIF_BUFFER, BLKIF_ENTRY, BLKIF_ID, BLKIF_OP, BLKIF_OP_FLUSH_DISKCACHE, BLKIF_OP_READ, BLKIF_OP_WRITE, BLKIF_REQ_EVENT,
  BLKIF_REQ_PROD, BLKIF_RING, BLKIF_RING_SIZE, BLKIF_RSP_EOPNOTSUPP, BLKIF_RSP_ERROR, BLKIF_RSP_EVENT, BLKIF_RSP_OKAY,
  BLKIF_RSP_PROD, BLKIF_SECTOR, BLKIF_STATUS, XENCONS_IN, XENCONS_IN_CONS, XENCONS_IN_PROD, XENCONS_IN_SIZE, XENCONS_OUT,
  XENCONS_OUT_CONS, XENCONS_OUT_PROD, XENCONS_OUT_SIZE, SECTOR_SIZE,
} from '@pvm/isa/codes';
import type { Block, Console } from '@pvm/devices';
import { guestRange, type GuestView } from './guest.ts';

/** Ring indices are free-running 32-bit counters; this many are outstanding. */
const outstanding = (prod: number, cons: number): number => (prod - cons) >>> 0;

const NEWLINE = 0x0a;

export class ConsoleRing {
  private readonly out = new Uint8Array(XENCONS_OUT_SIZE);

  constructor(
    private readonly g: GuestView,
    private readonly addr: number,
    private readonly console: Console,
  ) {}

  /**
   * Take every byte the guest has produced. A notification that brings no new output asks for
   * input: then the next input goes into the free part of the input ring, up to and including a
   * newline (waiting for it in host time only, never in virtual time). What the guest gets thus
   * depends on the input bytes alone, never on how the host happened to receive them. Returns
   * true if input was added.
   */
  process(): boolean {
    const cpu = this.g.cpu;
    const a = this.addr;
    const cons = cpu.read32(a + XENCONS_OUT_CONS) >>> 0;
    const prod = cpu.read32(a + XENCONS_OUT_PROD) >>> 0;
    // A producer index more than a ring ahead is nonsense: take one ring's worth, no more.
    const n = Math.min(outstanding(prod, cons), XENCONS_OUT_SIZE);
    if (n > 0) {
      for (let i = 0; i < n; i++) this.out[i] = cpu.mem[a + XENCONS_OUT + ((cons + i) % XENCONS_OUT_SIZE)]!;
      this.console.put(this.out.subarray(0, n));
      cpu.write32(a + XENCONS_OUT_CONS, (cons + n) >>> 0);
      return false;
    }
    const icons = cpu.read32(a + XENCONS_IN_CONS) >>> 0;
    let iprod = cpu.read32(a + XENCONS_IN_PROD) >>> 0;
    let added = false;
    const input = this.console.backend;
    while (outstanding(iprod, icons) < XENCONS_IN_SIZE) {
      const b = input.read();
      if (b < 0) break;
      cpu.write8(a + XENCONS_IN + (iprod % XENCONS_IN_SIZE), b);
      iprod = (iprod + 1) >>> 0;
      added = true;
      if (b === NEWLINE) break;
    }
    if (added) cpu.write32(a + XENCONS_IN_PROD, iprod);
    return added;
  }
}

export interface BlockResult {
  /** Requests handled in this batch. */
  handled: number;
  /** The guest asked to be told about these responses (rsp_event crossed). */
  notify: boolean;
}

export class BlockRing {
  /** The back end's private consumer index. */
  private reqCons = 0;
  private readonly sector = new Uint8Array(SECTOR_SIZE);

  constructor(
    private readonly g: GuestView,
    private readonly addr: number,
    private readonly block: Block,
  ) {}

  save(): unknown {
    return this.reqCons;
  }

  load(state: unknown): void {
    this.reqCons = state as number;
  }

  process(): BlockResult {
    const cpu = this.g.cpu;
    const a = this.addr;
    const prod = cpu.read32(a + BLKIF_REQ_PROD) >>> 0;
    const oldRsp = cpu.read32(a + BLKIF_RSP_PROD) >>> 0;
    let rsp = oldRsp;
    let handled = 0;
    // At most one ring's worth per notification, whatever the guest wrote into req_prod.
    while (this.reqCons !== prod && handled < BLKIF_RING_SIZE) {
      const slot = a + BLKIF_RING + (this.reqCons % BLKIF_RING_SIZE) * BLKIF_ENTRY;
      const id = cpu.read32(slot + BLKIF_ID);
      const op = cpu.read32(slot + BLKIF_OP);
      const status = this.request(op, cpu.read32(slot + BLKIF_SECTOR) >>> 0, cpu.read32(slot + BLKIF_BUFFER) >>> 0);
      const out = a + BLKIF_RING + (rsp % BLKIF_RING_SIZE) * BLKIF_ENTRY;
      cpu.write32(out + BLKIF_ID, id);
      cpu.write32(out + BLKIF_OP, op);
      cpu.write32(out + BLKIF_STATUS, status);
      this.reqCons = (this.reqCons + 1) >>> 0;
      rsp = (rsp + 1) >>> 0;
      handled++;
    }
    cpu.write32(a + BLKIF_RSP_PROD, rsp);
    // Ask for a notification with the next request (RING_FINAL_CHECK_FOR_REQUESTS).
    cpu.write32(a + BLKIF_REQ_EVENT, (this.reqCons + 1) >>> 0);
    // Notify only if the guest's rsp_event lies in the batch just produced (RING_PUSH_RESPONSES_AND_CHECK_NOTIFY).
    const event = cpu.read32(a + BLKIF_RSP_EVENT) >>> 0;
    const notify = handled > 0 && outstanding(rsp, event) < outstanding(rsp, oldRsp);
    return { handled, notify };
  }

  /** One request; the response status. A write is in the image before its response exists. */
  private request(op: number, sector: number, buffer: number): number {
    const cpu = this.g.cpu;
    // As the port interface: a flush with no disk fails, and every flush is counted.
    if (op === BLKIF_OP_FLUSH_DISKCACHE) return this.block.flush() === 0 ? BLKIF_RSP_OKAY : BLKIF_RSP_ERROR;
    if (op !== BLKIF_OP_READ && op !== BLKIF_OP_WRITE) return BLKIF_RSP_EOPNOTSUPP;
    if (!guestRange(this.g, buffer, SECTOR_SIZE)) return BLKIF_RSP_ERROR;
    if (op === BLKIF_OP_WRITE) {
      this.sector.set(cpu.mem.subarray(buffer, buffer + SECTOR_SIZE));
      return this.block.writeSector(sector, this.sector) === 0 ? BLKIF_RSP_OKAY : BLKIF_RSP_ERROR;
    }
    if (this.block.readSector(sector, this.sector) !== 0) return BLKIF_RSP_ERROR;
    cpu.writeBytes(buffer, this.sector);
    return BLKIF_RSP_OKAY;
  }
}
