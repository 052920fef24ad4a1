// The machine's and the hypervisor's ABI names: I/O ports, vectors, FLAGS bits, the block
// protocol, hypercall numbers with Xen's numbering and names, errno values. The assembler
// predefines every name here; the devices, the hypervisor, the disassembler and docs/ISA.md use
// the same entries, so a number is written down exactly once.

export interface AbiName {
  readonly name: string;
  readonly value: number;
  readonly doc: string;
}

type Group = readonly AbiName[];
const group = (entries: readonly (readonly [string, number, string])[]): Group =>
  Object.freeze(entries.map(([name, value, doc]) => Object.freeze({ name, value, doc })));

/** Where the assembler puts `.text`; `.data` follows it, 16-byte aligned. */
export const TEXT_BASE = 0x1000;
export const DEFAULT_MEMORY = 1 << 20;
export const SECTOR_SIZE = 512;

export const PORTS = group([
  ['CONSOLE_DATA', 0x10, 'out: write the low byte to the console; in: next input byte 0..255, or -1 once input is exhausted'],
  ['CONSOLE_STATUS', 0x11, 'in: bit 0 input ready, bit 1 end of input'],
  ['TIMER_PERIOD', 0x20, 'out: interrupt every N virtual cycles; 0 stops the timer'],
  ['TIMER_NOW', 0x21, 'in: low 32 bits of virtual time (cycles)'],
  ['TIMER_ONESHOT', 0x22, 'out: one interrupt after N virtual cycles; 0 cancels it'],
  ['TIMER_NOW_HI', 0x23, 'in: high 32 bits of virtual time, as of the last TIMER_NOW read'],
  ['BLOCK_SECTOR', 0x30, 'out: sector number for the next command'],
  ['BLOCK_CMD', 0x31, 'out: BLOCK_READ, BLOCK_WRITE or BLOCK_FLUSH'],
  ['BLOCK_DATA', 0x32, 'in/out: one 32-bit word of the current sector; 128 per 512-byte sector'],
  ['BLOCK_STATUS', 0x33, 'in: 0 when ready, negative errno on error'],
  ['BLOCK_COUNT', 0x34, 'in: number of sectors on the disk (0 without a disk)'],
  ['POWER_OFF', 0xf0, 'out: shut the machine down with that exit code'],
]);

export const VECTORS = group([
  ['VEC_DIVIDE', 0, 'divide error: div, divu, rem or remu by zero'],
  ['VEC_ILLEGAL', 1, 'illegal instruction: an opcode or encoding that does not exist'],
  ['VEC_PRIV', 2, 'privilege violation: a privileged opcode in user mode'],
  ['VEC_MEMORY', 3, 'memory fault: an access outside guest memory, or a misaligned pc'],
  ['VEC_SYSCALL', 4, 'syscall instruction'],
  ['VEC_BREAK', 5, 'brk instruction'],
  ['VEC_TIMER', 6, 'timer interrupt'],
  ['VEC_CONSOLE', 7, 'console input interrupt'],
  ['VEC_BLOCK', 8, 'block device interrupt'],
]);
export const NUM_VECTORS = VECTORS.length;

export const FLAGS = group([
  ['FLAG_IE', 1, 'interrupts enabled'],
  ['FLAG_U', 2, 'user mode (0 = supervisor)'],
]);

export const BLOCK_COMMANDS = group([
  ['BLOCK_READ', 1, 'read the sector set by BLOCK_SECTOR; then 128 `in BLOCK_DATA`'],
  ['BLOCK_WRITE', 2, 'write the sector set by BLOCK_SECTOR; then 128 `out BLOCK_DATA`'],
  ['BLOCK_FLUSH', 3, 'make every written sector durable in the disk-image file'],
]);

/** Hypercall numbers: Xen's (xen/include/public/xen.h, __HYPERVISOR_*). */
export const HYPERCALLS = group([
  ['set_trap_table', 0, 'r1 = address of the guest trap table (one handler address per vector)'],
  ['stack_switch', 3, 'r1 = kernel stack pointer used when an event or trap arrives from user mode'],
  ['set_callbacks', 4, 'r1 = event upcall handler address'],
  ['set_timer_op', 15, 'one-shot timer at absolute virtual time r1 (low) r2 (high); 0 cancels; raises VIRQ_TIMER'],
  ['xen_version', 17, 'r1 = XENVER_version: returns major << 16 | minor'],
  ['console_io', 18, 'r1 = CONSOLEIO_write / CONSOLEIO_read, r2 = count, r3 = buffer address'],
  ['iret', 23, 'return from an event upcall or a bounced trap'],
  ['sched_op', 29, 'r1 = SCHEDOP_yield / SCHEDOP_block / SCHEDOP_shutdown, r2 = exit code for shutdown'],
  ['event_channel_op', 32, 'r1 = EVTCHNOP_bind_virq / close / send / unmask, r2 = argument'],
]);

/** Sub-commands, with Xen's names and numbers (public/sched.h, event_channel.h, version.h, xen.h). */
export const HYPERCALL_CONSTANTS = group([
  ['CONSOLEIO_write', 0, 'console_io: write r2 bytes from the buffer at r3'],
  ['CONSOLEIO_read', 1, 'console_io: read up to r2 bytes into the buffer at r3; returns the count'],
  ['SCHEDOP_yield', 0, 'sched_op: give up the rest of this time slice'],
  ['SCHEDOP_block', 1, 'sched_op: unmask events and sleep until one is pending'],
  ['SCHEDOP_shutdown', 2, 'sched_op: power off with exit code r2'],
  ['EVTCHNOP_bind_virq', 1, 'event_channel_op: bind virtual IRQ r2 to a new port; returns the port'],
  ['EVTCHNOP_close', 3, 'event_channel_op: close port r2'],
  ['EVTCHNOP_send', 4, 'event_channel_op: notify the other end of port r2'],
  ['EVTCHNOP_unmask', 9, 'event_channel_op: unmask port r2 (and deliver it if pending)'],
  ['VIRQ_TIMER', 0, 'virtual IRQ: the set_timer_op timer fired'],
  ['VIRQ_CONSOLE', 2, 'virtual IRQ: console input arrived'],
  ['XENVER_version', 0, 'xen_version: major << 16 | minor'],
]);

/** Negative results of hypercalls: Xen's errno numbers (public/errno.h). */
export const ERRNO = group([
  ['EPERM', 1, 'operation not permitted (e.g. a hypercall from guest user mode)'],
  ['ENOENT', 2, 'no such entry'],
  ['EIO', 5, 'I/O error'],
  ['E2BIG', 7, 'argument too big'],
  ['EAGAIN', 11, 'try again'],
  ['EFAULT', 14, 'bad guest address'],
  ['EBUSY', 16, 'resource busy'],
  ['EINVAL', 22, 'invalid argument'],
  ['ENOSPC', 28, 'no space left'],
  ['ENOSYS', 38, 'no such hypercall or sub-command'],
]);

export const ABI_GROUPS: readonly (readonly [string, Group])[] = [
  ['I/O ports', PORTS],
  ['Vectors', VECTORS],
  ['FLAGS bits', FLAGS],
  ['Block commands', BLOCK_COMMANDS],
  ['Hypercalls', HYPERCALLS],
  ['Hypercall sub-commands', HYPERCALL_CONSTANTS],
  ['errno (hypercall results are their negatives)', ERRNO],
];

/** Every predefined symbol the assembler knows, by its case-sensitive name. */
export const PREDEFINED: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [, g] of ABI_GROUPS)
    for (const e of g) {
      if (m.has(e.name)) throw new Error(`ABI name ${e.name} defined twice`);
      m.set(e.name, e.value);
    }
  return m;
})();

const byValue = (g: Group): ReadonlyMap<number, string> => new Map(g.map((e) => [e.value, e.name]));
/** Names for the disassembler and reports. */
export const PORT_NAME = byValue(PORTS);
export const VECTOR_NAME = byValue(VECTORS);
export const HYPERCALL_NAME = byValue(HYPERCALLS);

/** Look a value up in a group by name (for code that must not retype numbers). */
export function abi(g: Group, name: string): number {
  const e = g.find((x) => x.name === name);
  if (!e) throw new Error(`no ABI name ${name}`);
  return e.value;
}
