// Event channels in the Xen style: a pending and a mask bit per port in shared_info, and the
// vcpu_info upcall_pending / upcall_mask bytes. The guest masks events by writing upcall_mask
// itself: no trap, no hypercall. Port numbers from the guest are always bounded (XSA-342).
import { NR_EVENT_CHANNELS, SH_EVTCHN_MASK, SH_EVTCHN_PENDING, SH_UPCALL_MASK, SH_UPCALL_PENDING } from '@pvm/isa/codes';
import type { Cpu } from '@pvm/cpu';

/** What a port is connected to. */
export type Binding = { kind: 'free' } | { kind: 'virq'; virq: number } | { kind: 'device'; name: 'console' | 'block' };

export class EventChannels {
  readonly ports: Binding[] = Array.from({ length: NR_EVENT_CHANNELS }, () => ({ kind: 'free' }));

  constructor(
    private readonly cpu: Cpu,
    /** Address of shared_info. */
    private readonly shared: number,
  ) {}

  /** A guest-supplied port number that names an allocated port (never port 0). */
  valid(port: number): boolean {
    return port > 0 && port < NR_EVENT_CHANNELS && this.ports[port]!.kind !== 'free';
  }

  /** The lowest free port, or -1. */
  allocate(b: Binding): number {
    for (let p = 1; p < NR_EVENT_CHANNELS; p++)
      if (this.ports[p]!.kind === 'free') {
        this.ports[p] = b;
        return p;
      }
    return -1;
  }

  /** The port bound to a virtual IRQ, or -1. */
  portOf(virq: number): number {
    return this.ports.findIndex((b) => b.kind === 'virq' && b.virq === virq);
  }

  close(port: number): void {
    this.ports[port] = { kind: 'free' };
    this.setBit(SH_EVTCHN_PENDING, port, false);
  }

  private word(off: number): number {
    return this.cpu.read32(this.shared + off);
  }

  private setBit(off: number, port: number, on: boolean): void {
    const w = this.word(off);
    this.cpu.write32(this.shared + off, on ? w | (1 << port) : w & ~(1 << port));
  }

  /** Whether a port's pending bit is set. */
  isPending(port: number): boolean {
    return port > 0 && port < NR_EVENT_CHANNELS && (this.word(SH_EVTCHN_PENDING) & (1 << port)) !== 0;
  }

  /** Mark a port pending; if it is not masked, flag an upcall. */
  raise(port: number): void {
    if (port <= 0 || port >= NR_EVENT_CHANNELS) return;
    this.setBit(SH_EVTCHN_PENDING, port, true);
    if ((this.word(SH_EVTCHN_MASK) & (1 << port)) === 0) this.setByte(SH_UPCALL_PENDING, 1);
  }

  /** Clear a port's mask bit; a pending event then flags an upcall (EVTCHNOP_unmask). */
  unmask(port: number): void {
    this.setBit(SH_EVTCHN_MASK, port, false);
    if (this.word(SH_EVTCHN_PENDING) & (1 << port)) this.setByte(SH_UPCALL_PENDING, 1);
  }

  get upcallPending(): boolean {
    return this.cpu.mem[this.shared + SH_UPCALL_PENDING] !== 0;
  }

  get masked(): boolean {
    return this.cpu.mem[this.shared + SH_UPCALL_MASK] !== 0;
  }

  set masked(on: boolean) {
    this.setByte(SH_UPCALL_MASK, on ? 1 : 0);
  }

  /** A vcpu_info byte, written the way every host write to guest memory must be: the CPU forgets its decode. */
  private setByte(off: number, v: number): void {
    this.cpu.write8(this.shared + off, v);
  }

  /** Any unmasked port pending (what SCHEDOP_block waits for). */
  anyDeliverable(): boolean {
    return (this.word(SH_EVTCHN_PENDING) & ~this.word(SH_EVTCHN_MASK)) !== 0;
  }
}
