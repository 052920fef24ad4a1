// The block back end: a shared ring of blkif requests (public/io/ring.h) served as Linux's
// xen-blkback serves it (drivers/block/xen-blkback/blkback.c). A notification makes the back end
// take every published request (its own req_cons, never the guest's), then the disk serves them
// one after another, `disk` cycles each, in virtual time. Each response is posted when its
// request completes, with its own rsp_prod_pvt, and the guest is notified only when the
// response is the one its rsp_event asked for (RING_PUSH_RESPONSES_AND_CHECK_NOTIFY). A front end
// whose req_prod claims more requests than the ring holds is broken: the back end stops taking
// requests from it for good, as blkback halts ring processing (RING_REQUEST_PROD_OVERFLOW).
import {
  BLKIF_BUFFER, BLKIF_ENTRY, BLKIF_ID, BLKIF_OP, BLKIF_OP_FLUSH_DISKCACHE, BLKIF_OP_READ, BLKIF_OP_WRITE, BLKIF_REQ_EVENT,
  BLKIF_REQ_PROD, BLKIF_RING, BLKIF_RING_SIZE, BLKIF_RSP_EOPNOTSUPP, BLKIF_RSP_ERROR, BLKIF_RSP_EVENT, BLKIF_RSP_OKAY,
  BLKIF_RSP_PROD, BLKIF_SECTOR, BLKIF_STATUS, SECTOR_SIZE,
} from '@pvm/isa/codes';
import type { Block } from '@pvm/devices';
import { outstanding } from './console-ring.ts';
import { dmaRange, type GuestView } from './guest.ts';

/** A request the back end has taken, as it read it from its slot. */
interface Request {
  readonly id: number;
  readonly op: number;
  readonly sector: number;
  readonly buffer: number;
}

export class BlockRing {
  /** The back end's own indices: what the guest writes into the shared page cannot move them. */
  private reqCons = 0;
  private rspProd = 0;
  /** Taken and not answered yet, in the order the disk serves them: at most a ring's worth. */
  private queue: Request[] = [];
  /** When the request at the head of the queue completes (Infinity: idle). */
  deadline = Infinity;
  /** The front end lied about req_prod: no request is taken any more. */
  halted = false;
  private readonly sector = new Uint8Array(SECTOR_SIZE);

  constructor(
    private readonly g: GuestView,
    private readonly addr: number,
    private readonly block: Block,
    /** Cycles the disk takes per request (the cost model's `disk`). */
    private readonly latency: number,
  ) {}

  /** The guest notified the block port at `now`: take what it published. */
  notify(now: number): void {
    if (this.halted) return;
    const cpu = this.g.cpu;
    const a = this.addr;
    const prod = cpu.read32(a + BLKIF_REQ_PROD) >>> 0;
    if (outstanding(prod, this.rspProd) > BLKIF_RING_SIZE) {
      this.halted = true;
      return;
    }
    // RING_REQUEST_CONS_OVERFLOW: never more taken than there are slots for their responses
    // (a req_prod moved back behind req_cons would otherwise run the loop round 2^32).
    while (this.reqCons !== prod && outstanding(this.reqCons, this.rspProd) < BLKIF_RING_SIZE) {
      const slot = a + BLKIF_RING + (this.reqCons % BLKIF_RING_SIZE) * BLKIF_ENTRY;
      this.queue.push({
        id: cpu.read32(slot + BLKIF_ID),
        op: cpu.read32(slot + BLKIF_OP),
        sector: cpu.read32(slot + BLKIF_SECTOR) >>> 0,
        buffer: cpu.read32(slot + BLKIF_BUFFER) >>> 0,
      });
      this.reqCons = (this.reqCons + 1) >>> 0;
    }
    // RING_FINAL_CHECK_FOR_REQUESTS: all taken, so ask to hear of the next one. (Left over only
    // when req_prod went back behind req_cons: the rest waits for the next notification.)
    if (this.reqCons === prod) cpu.write32(a + BLKIF_REQ_EVENT, (this.reqCons + 1) >>> 0);
    if (this.queue.length && this.deadline === Infinity) this.deadline = now + this.latency;
  }

  /** Complete every request whose time has come; true when the guest asked to be told. */
  tick(now: number): boolean {
    let notify = false;
    const cpu = this.g.cpu;
    const a = this.addr;
    while (this.deadline <= now) {
      const r = this.queue.shift()!;
      const status = this.request(r);
      const out = a + BLKIF_RING + (this.rspProd % BLKIF_RING_SIZE) * BLKIF_ENTRY;
      cpu.write32(out + BLKIF_ID, r.id);
      cpu.write32(out + BLKIF_OP, r.op);
      cpu.write32(out + BLKIF_STATUS, status);
      this.rspProd = (this.rspProd + 1) >>> 0;
      cpu.write32(a + BLKIF_RSP_PROD, this.rspProd);
      // Pushed one at a time: notify when this is the response rsp_event names.
      if (this.rspProd === cpu.read32(a + BLKIF_RSP_EVENT) >>> 0) notify = true;
      this.deadline = this.queue.length ? this.deadline + this.latency : Infinity;
    }
    return notify;
  }

  /** One request's status. A write is in the image before its response exists. */
  private request(r: Request): number {
    const cpu = this.g.cpu;
    // As the port interface: a flush with no disk fails, and every flush that reaches the disk is counted.
    if (r.op === BLKIF_OP_FLUSH_DISKCACHE) return this.block.flush() === 0 ? BLKIF_RSP_OKAY : BLKIF_RSP_ERROR;
    if (r.op !== BLKIF_OP_READ && r.op !== BLKIF_OP_WRITE) return BLKIF_RSP_EOPNOTSUPP;
    // The buffer, a physical address as a DMA address is (Xen's names granted frames), is checked
    // when the disk moves the data.
    if (!dmaRange(this.g, r.buffer, SECTOR_SIZE, r.op === BLKIF_OP_READ)) return BLKIF_RSP_ERROR;
    if (r.op === BLKIF_OP_WRITE) {
      this.sector.set(cpu.mem.subarray(r.buffer, r.buffer + SECTOR_SIZE));
      return this.block.writeSector(r.sector, this.sector) === 0 ? BLKIF_RSP_OKAY : BLKIF_RSP_ERROR;
    }
    if (this.block.readSector(r.sector, this.sector) !== 0) return BLKIF_RSP_ERROR;
    cpu.writeBytes(r.buffer, this.sector);
    return BLKIF_RSP_OKAY;
  }

  /** Requests taken and not answered yet. */
  get inFlight(): number {
    return this.queue.length;
  }

  save(): unknown {
    return { reqCons: this.reqCons, rspProd: this.rspProd, queue: this.queue.slice(), deadline: this.deadline, halted: this.halted };
  }

  load(state: unknown): void {
    const s = state as { reqCons: number; rspProd: number; queue: Request[]; deadline: number; halted: boolean };
    this.reqCons = s.reqCons;
    this.rspProd = s.rspProd;
    this.queue = s.queue.slice();
    this.deadline = s.deadline;
    this.halted = s.halted;
  }
}
