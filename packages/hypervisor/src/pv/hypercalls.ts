// The hypercall table: Xen's numbers, a small function each. Arguments arrive in r1..r5 and
// the result goes to r0: >= 0 success, a negative Xen errno on failure. Every handler reaches
// guest memory through guest.ts (checked, and translated when paging is on), and bounds every port.
import { REG_SP, SIZES, TIME_MAX } from '@pvm/isa';
import {
  CONSOLEIO_read, CONSOLEIO_write, E2BIG, EEXIST, EFAULT, EINVAL, ENOENT, ENOSPC, ENOSYS, EPERM, EVTCHNOP_bind_virq,
  EVTCHNOP_close, EVTCHNOP_send, EVTCHNOP_unmask, evtchn_bind_virq_port, evtchn_bind_virq_size, evtchn_bind_virq_vcpu,
  evtchn_bind_virq_virq, evtchn_close_port, evtchn_close_size, evtchn_send_port, evtchn_send_size, evtchn_unmask_port,
  evtchn_unmask_size, FLAG_IE, FLAG_U, HC_console_io, HC_event_channel_op, HC_iret, HC_mmu_update, HC_mmuext_op, HC_sched_op, HC_set_callbacks,
  HC_set_timer_op, HC_set_trap_table, HC_stack_switch, HC_update_va_mapping, HC_xen_version, OP_HCALL, SCHEDOP_block, SCHEDOP_shutdown,
  SCHEDOP_yield, sched_shutdown_reason, sched_shutdown_size, SHUTDOWN_crash, SHUTDOWN_poweroff, SHUTDOWN_reboot,
  SHUTDOWN_suspend, SHUTDOWN_watchdog, VIRQ_CONSOLE, VIRQ_TIMER, XENVER_version,
} from '@pvm/isa/codes';
import type { Console, Power } from '@pvm/devices';
import { popFrame } from '../deliver.ts';
import type { Stop } from '../domain.ts';
import { ACCESS_WRITE } from '@pvm/cpu';
import { copyFromGuest, guestRange, guestSpans, readStruct, validCodeAddress, validStackPointer, writeGuestWord, writeSpans, type GuestView } from './guest.ts';
import { mmuextOp, mmuUpdate, updateVaMapping } from './mm.ts';
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
  /** Set (once) when a hypercall ends the guest otherwise than by power-off. */
  stopped: Stop | null;
}

/** A handler's result; NO_RESULT leaves r0 alone (iret restores a whole context). */
export const NO_RESULT = Symbol('no result');
export type Hypercall = (d: PvDomain, a1: number, a2: number, a3: number) => number | typeof NO_RESULT;

/** The largest console_io transfer (Xen bounds its copies too). */
export const CONSOLE_IO_MAX = 1 << 16;

/** The version xen_version reports: pvm 0.1 as major << 16 | minor. */
export const PVM_VERSION = (0 << 16) | 1;

function stackSwitch(d: PvDomain, sp: number): number {
  if (!validStackPointer(d, sp)) return -EINVAL;
  d.cpu.ksp = sp >>> 0;
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
  if (cmd === CONSOLEIO_write) {
    const bytes = copyFromGuest(d, buf, n);
    if (bytes === null) return -EFAULT;
    d.console.put(bytes);
    return n;
  }
  const spans = guestSpans(d, buf, n, ACCESS_WRITE);
  if (spans === null) return -EFAULT;
  // Read: up to n bytes, ending after a newline; 0 only at the end of input. Input is a tape
  // that is always there, as the native console's (waiting for a typed line costs host time,
  // never virtual time), so the result depends on the bytes alone, not on how they arrived.
  const backend = d.console.backend;
  const bytes = new Uint8Array(n);
  let got = 0;
  while (got < n) {
    const b = backend.read();
    if (b < 0) break;
    bytes[got++] = b;
    if (b === 0x0a) break;
  }
  writeSpans(d.cpu, spans, bytes.subarray(0, got));
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

/**
 * SCHEDOP_shutdown: the reason is in the struct sched_shutdown at `arg` (public/sched.h); the
 * exit code, which Xen has no place for, is r3 (pvm's addition). Xen passes any reason to its
 * toolstack; pvm acts on the five it models and refuses the rest.
 */
function shutdown(d: HypercallGuest, arg: number, code: number): number {
  const s = readStruct(d, arg, sched_shutdown_size);
  if (s === null) return -EFAULT;
  const reason = s.getUint32(sched_shutdown_reason, true);
  const pc = d.cpu.pc - SIZES[OP_HCALL]!;
  switch (reason) {
    case SHUTDOWN_poweroff:
    case SHUTDOWN_reboot: // pvm has no toolstack to restart the domain: it ends as a power-off
      d.power.code = code;
      return 0;
    case SHUTDOWN_suspend: // nothing can save the domain: the suspend is cancelled, as Xen says with 1
      return 1;
    case SHUTDOWN_crash:
      d.stopped ??= { kind: 'halted', pc, reason: 'the guest shut down with SHUTDOWN_crash: it reports that it crashed' };
      return 0;
    case SHUTDOWN_watchdog:
      d.stopped ??= { kind: 'halted', pc, reason: "the guest shut down with SHUTDOWN_watchdog: its watchdog expired" };
      return 0;
  }
  return -EINVAL;
}

function schedOp(d: PvDomain, cmd: number, arg: number, code: number): number {
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
      return shutdown(d, arg, code);
  }
  return -ENOSYS;
}

/** The port in a one-field struct (evtchn_close, _send, _unmask), or -1 when the struct is out of range. */
function portArg(d: PvDomain, arg: number, size: number, field: number): number {
  const s = readStruct(d, arg, size);
  return s === null ? -1 : s.getUint32(field, true);
}

/** EVTCHNOP_bind_virq: Xen's checks in Xen's order (common/event_channel.c, evtchn_bind_virq). */
function bindVirq(d: PvDomain, arg: number): number {
  const s = readStruct(d, arg, evtchn_bind_virq_size);
  // The port is written back: the struct must be writable before anything is bound.
  if (s === null || guestSpans(d, arg, evtchn_bind_virq_size, ACCESS_WRITE) === null) return -EFAULT;
  const ev = d.events;
  const virq = s.getUint32(evtchn_bind_virq_virq, true);
  const vcpu = s.getUint32(evtchn_bind_virq_vcpu, true);
  if (virq !== VIRQ_TIMER && virq !== VIRQ_CONSOLE) return -EINVAL;
  // VIRQ_CONSOLE is global: bound on vCPU 0 only. VIRQ_TIMER is per vCPU, and pvm has one.
  if (vcpu !== 0) return virq === VIRQ_CONSOLE ? -EINVAL : -ENOENT;
  if (ev.portOf(virq) >= 0) return -EEXIST;
  const port = ev.allocate({ kind: 'virq', virq });
  if (port < 0) return -ENOSPC;
  writeGuestWord(d, (arg >>> 0) + evtchn_bind_virq_port, port);
  return 0;
}

/** event_channel_op: every sub-command reads its struct at `arg` (public/event_channel.h). */
function eventChannelOp(d: PvDomain, cmd: number, arg: number): number {
  const ev = d.events;
  switch (cmd) {
    case EVTCHNOP_bind_virq:
      return bindVirq(d, arg);
    case EVTCHNOP_close: {
      const port = portArg(d, arg, evtchn_close_size, evtchn_close_port);
      if (port < 0) return -EFAULT;
      if (!ev.valid(port) || ev.ports[port]!.kind === 'device') return -EINVAL;
      ev.close(port);
      return 0;
    }
    case EVTCHNOP_send: {
      const port = portArg(d, arg, evtchn_send_size, evtchn_send_port);
      if (port < 0) return -EFAULT;
      if (!ev.valid(port)) return -EINVAL;
      const b = ev.ports[port]!;
      if (b.kind !== 'device') return -EINVAL;
      d.notify(b.name);
      return 0;
    }
    case EVTCHNOP_unmask: {
      const port = portArg(d, arg, evtchn_unmask_size, evtchn_unmask_port);
      if (port < 0) return -EFAULT;
      if (!ev.valid(port)) return -EINVAL;
      ev.unmask(port);
      return 0;
    }
  }
  return -ENOSYS;
}

/** The table, by Xen's hypercall numbers. */
export const HYPERCALL_TABLE: Readonly<Record<number, Hypercall>> = {
  [HC_set_trap_table]: (d, a1) => d.traps.set(d, a1),
  [HC_mmu_update]: (d, a1, a2, a3) => mmuUpdate(d, a1, a2, a3),
  [HC_update_va_mapping]: (d, a1, a2, a3) => updateVaMapping(d, a1, a2, a3),
  [HC_mmuext_op]: (d, a1, a2, a3) => mmuextOp(d, a1, a2, a3),
  [HC_stack_switch]: (d, a1) => stackSwitch(d, a1),
  [HC_set_callbacks]: (d, a1) => setCallbacks(d, a1),
  [HC_set_timer_op]: (d, a1, a2) => setTimerOp(d, a1, a2),
  [HC_xen_version]: (d, a1) => xenVersion(d, a1),
  [HC_console_io]: (d, a1, a2, a3) => consoleIo(d, a1, a2, a3),
  [HC_iret]: (d) => iret(d),
  [HC_sched_op]: (d, a1, a2, a3) => schedOp(d, a1, a2, a3),
  [HC_event_channel_op]: (d, a1, a2) => eventChannelOp(d, a1, a2),
};

/** In an HVM guest, sched_op without event channels: block is a halt until the next interrupt. */
function hvmSchedOp(d: HypercallGuest, cmd: number, arg: number, code: number): number {
  switch (cmd) {
    case SCHEDOP_yield:
      return 0;
    case SCHEDOP_block:
      d.halted = true;
      return 0;
    case SCHEDOP_shutdown:
      return shutdown(d, arg, code);
  }
  return -ENOSYS;
}

/** The hypercalls `vmcall` reaches from an HVM guest (Xen's hvm_hypercall_table keeps these three of ours). */
export const HVM_HYPERCALL_TABLE: Readonly<Record<number, (d: HypercallGuest, a1: number, a2: number, a3: number) => number>> = {
  [HC_xen_version]: (d, a1) => xenVersion(d, a1),
  [HC_console_io]: (d, a1, a2, a3) => consoleIo(d, a1, a2, a3),
  [HC_sched_op]: (d, a1, a2, a3) => hvmSchedOp(d, a1, a2, a3),
};

/**
 * Run hypercall `nr` for an HVM guest, from the smaller table. From guest user mode it is
 * -EPERM: Xen's HVM hypercall path refuses a vmcall made at CPL > 0.
 */
export function dispatchHvm(d: HypercallGuest & { readonly cpu: { flags: number; regs: Int32Array } }, nr: number): number {
  if (d.cpu.flags & FLAG_U) return -EPERM;
  const h = HVM_HYPERCALL_TABLE[nr];
  if (!h) return -ENOSYS;
  const r = d.cpu.regs;
  return h(d, r[1]!, r[2]!, r[3]!);
}

/** Run hypercall `nr` for the guest kernel (user mode never gets here): -ENOSYS for an unknown number. */
export function dispatch(d: PvDomain, nr: number): number | typeof NO_RESULT {
  const h = HYPERCALL_TABLE[nr];
  if (!h) return -ENOSYS;
  const r = d.cpu.regs;
  return h(d, r[1]!, r[2]!, r[3]!);
}
