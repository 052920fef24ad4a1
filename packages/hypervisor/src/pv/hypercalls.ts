// The hypercall table: Xen's numbers, a small function each. Arguments arrive in r1..r5 and
// the result goes to r0: >= 0 success, a negative Xen errno on failure. Every handler checks
// guest pointers through guestRange before it touches memory, and bounds every port.
import { NUM_VECTORS, REG_SP, TIME_MAX } from '@pvm/isa';
import {
  CONSOLEIO_read, CONSOLEIO_write, E2BIG, EEXIST, EFAULT, EINVAL, ENOSPC, ENOSYS, EPERM, EVTCHNOP_bind_virq,
  EVTCHNOP_close, EVTCHNOP_send, EVTCHNOP_unmask, FLAG_IE, FLAG_U, HC_console_io, HC_event_channel_op, HC_iret,
  HC_sched_op, HC_set_callbacks, HC_set_timer_op, HC_set_trap_table, HC_stack_switch, HC_xen_version, SCHEDOP_block,
  SCHEDOP_shutdown, SCHEDOP_yield, VIRQ_CONSOLE, VIRQ_TIMER, XENVER_version,
} from '@pvm/isa/codes';
import type { Console, Power } from '@pvm/devices';
import { popFrame } from '../deliver.ts';
import { guestRange, validCodeAddress, type GuestView } from './guest.ts';
import type { PvDomain } from './domain.ts';

/**
 * What the hypercalls an HVM guest may also make need of their domain. Xen's HVM hypercall
 * table is a subset of the PV one: the calls that replace privileged instructions
 * (set_trap_table, stack_switch, set_callbacks, iret) make no sense where the kernel keeps its
 * privilege, and are -ENOSYS there.
 */
export interface HypercallGuest extends GuestView {
  readonly console: Console;
  readonly power: Power;
  halted: boolean;
}

/** A handler's result; NO_RESULT leaves r0 alone (iret restores a whole context). */
export const NO_RESULT = Symbol('no result');
export type Hypercall = (d: PvDomain, a1: number, a2: number, a3: number) => number | typeof NO_RESULT;

/** The largest console_io transfer (Xen bounds its copies too). */
export const CONSOLE_IO_MAX = 1 << 16;

/** The version xen_version reports: pvm 0.1 as major << 16 | minor. */
export const PVM_VERSION = (0 << 16) | 1;

function setTrapTable(d: PvDomain, table: number): number {
  if (table === 0) {
    d.trapTable.fill(0);
    return 0;
  }
  if (!guestRange(d, table, NUM_VECTORS * 4)) return -EFAULT;
  const handlers = new Uint32Array(NUM_VECTORS);
  for (let v = 0; v < NUM_VECTORS; v++) {
    const h = d.cpu.read32(table + 4 * v) >>> 0;
    // Validated now, when registered, never when used.
    if (h !== 0 && !validCodeAddress(d, h)) return -EINVAL;
    handlers[v] = h;
  }
  d.trapTable.set(handlers);
  return 0;
}

function stackSwitch(d: PvDomain, sp: number): number {
  const s = sp >>> 0;
  if (s % 4 !== 0 || s < 16 || s > d.pvBase) return -EINVAL;
  d.cpu.ksp = s;
  return 0;
}

function setCallbacks(d: PvDomain, handler: number): number {
  const h = handler >>> 0;
  if (h !== 0 && !validCodeAddress(d, h)) return -EINVAL;
  d.callback = h;
  return 0;
}

/** Deadlines at or past the end of virtual time are refused (Xen clamps them; see docs/paravirt.md). */
export const TIMER_MAX = TIME_MAX;

function setTimerOp(d: PvDomain, lo: number, hi: number): number {
  const t = (hi >>> 0) * 0x1_0000_0000 + (lo >>> 0);
  if (t >= TIMER_MAX) return -EINVAL;
  d.timer.setAbsolute(t);
  return 0;
}

function xenVersion(_d: HypercallGuest, cmd: number): number {
  return cmd === XENVER_version ? PVM_VERSION : -ENOSYS;
}

function consoleIo(d: HypercallGuest, cmd: number, count: number, buf: number): number {
  const n = count | 0;
  if (cmd !== CONSOLEIO_write && cmd !== CONSOLEIO_read) return -ENOSYS;
  if (n < 0) return -EINVAL;
  if (n > CONSOLE_IO_MAX) return -E2BIG;
  if (!guestRange(d, buf, n)) return -EFAULT;
  const mem = d.cpu.mem;
  if (cmd === CONSOLEIO_write) {
    d.console.put(mem.slice(buf >>> 0, (buf >>> 0) + n));
    return n;
  }
  // Read: up to n bytes, ending after a newline; 0 only at the end of input. Input is a tape
  // that is always there, as the native console's (waiting for a typed line costs host time,
  // never virtual time), so the result depends on the bytes alone, not on how they arrived.
  const backend = d.console.backend;
  let got = 0;
  while (got < n) {
    const b = backend.read();
    if (b < 0) break;
    d.cpu.write8((buf >>> 0) + got, b);
    got++;
    if (b === 0x0a) break;
  }
  return got;
}

/** Return from an upcall or a bounced trap: the frame of an interrupt, events re-enabled from FLAGS.IE. */
function iret(d: PvDomain): number | typeof NO_RESULT {
  const cpu = d.cpu;
  const f = popFrame(cpu, (a, n) => guestRange(d, a, n));
  if (f === null) return -EFAULT;
  cpu.regs[REG_SP] = f.sp;
  cpu.flags = f.flags & FLAG_U;
  d.events.masked = (f.flags & FLAG_IE) === 0;
  cpu.pc = f.pc;
  return NO_RESULT;
}

function schedOp(d: PvDomain, cmd: number, code: number): number {
  switch (cmd) {
    case SCHEDOP_yield:
      return 0;
    case SCHEDOP_block:
      // As Xen's: blocking re-enables event delivery, then sleeps until an event is pending.
      d.events.masked = false;
      d.consoleInputArrives();
      if (!d.events.anyDeliverable()) d.halted = true;
      return 0;
    case SCHEDOP_shutdown:
      d.power.code = code;
      return 0;
  }
  return -ENOSYS;
}

function eventChannelOp(d: PvDomain, cmd: number, arg: number): number {
  const ev = d.events;
  switch (cmd) {
    case EVTCHNOP_bind_virq: {
      if (arg !== VIRQ_TIMER && arg !== VIRQ_CONSOLE) return -EINVAL;
      if (ev.portOf(arg) >= 0) return -EEXIST;
      const port = ev.allocate({ kind: 'virq', virq: arg });
      return port < 0 ? -ENOSPC : port;
    }
    case EVTCHNOP_close: {
      if (!ev.valid(arg) || ev.ports[arg]!.kind === 'device') return -EINVAL;
      ev.close(arg);
      return 0;
    }
    case EVTCHNOP_send: {
      if (!ev.valid(arg)) return -EINVAL;
      const b = ev.ports[arg]!;
      if (b.kind !== 'device') return -EINVAL;
      d.notify(b.name);
      return 0;
    }
    case EVTCHNOP_unmask: {
      if (!ev.valid(arg)) return -EINVAL;
      ev.unmask(arg);
      return 0;
    }
  }
  return -ENOSYS;
}

/** The table, by Xen's hypercall numbers. */
export const HYPERCALL_TABLE: Readonly<Record<number, Hypercall>> = {
  [HC_set_trap_table]: (d, a1) => setTrapTable(d, a1),
  [HC_stack_switch]: (d, a1) => stackSwitch(d, a1),
  [HC_set_callbacks]: (d, a1) => setCallbacks(d, a1),
  [HC_set_timer_op]: (d, a1, a2) => setTimerOp(d, a1, a2),
  [HC_xen_version]: (d, a1) => xenVersion(d, a1),
  [HC_console_io]: (d, a1, a2, a3) => consoleIo(d, a1, a2, a3),
  [HC_iret]: (d) => iret(d),
  [HC_sched_op]: (d, a1, a2) => schedOp(d, a1, a2),
  [HC_event_channel_op]: (d, a1, a2) => eventChannelOp(d, a1, a2),
};

/** In an HVM guest, sched_op without event channels: block is a halt until the next interrupt. */
function hvmSchedOp(d: HypercallGuest, cmd: number, code: number): number {
  switch (cmd) {
    case SCHEDOP_yield:
      return 0;
    case SCHEDOP_block:
      d.halted = true;
      return 0;
    case SCHEDOP_shutdown:
      d.power.code = code;
      return 0;
  }
  return -ENOSYS;
}

/** The hypercalls `vmcall` reaches from an HVM guest (Xen's hvm_hypercall_table keeps these three of ours). */
export const HVM_HYPERCALL_TABLE: Readonly<Record<number, (d: HypercallGuest, a1: number, a2: number, a3: number) => number>> = {
  [HC_xen_version]: (d, a1) => xenVersion(d, a1),
  [HC_console_io]: (d, a1, a2, a3) => consoleIo(d, a1, a2, a3),
  [HC_sched_op]: (d, a1, a2) => hvmSchedOp(d, a1, a2),
};

/** Run hypercall `nr` for an HVM guest: as `dispatch`, from the smaller table. */
export function dispatchHvm(d: HypercallGuest & { readonly cpu: { flags: number; regs: Int32Array } }, nr: number): number {
  if (d.cpu.flags & FLAG_U) return -EPERM;
  const h = HVM_HYPERCALL_TABLE[nr];
  if (!h) return -ENOSYS;
  const r = d.cpu.regs;
  return h(d, r[1]!, r[2]!, r[3]!);
}

/** Run hypercall `nr` for the guest: -EPERM from user mode, -ENOSYS for an unknown number. */
export function dispatch(d: PvDomain, nr: number): number | typeof NO_RESULT {
  if (d.cpu.flags & FLAG_U) return -EPERM;
  const h = HYPERCALL_TABLE[nr];
  if (!h) return -ENOSYS;
  const r = d.cpu.regs;
  return h(d, r[1]!, r[2]!, r[3]!);
}
