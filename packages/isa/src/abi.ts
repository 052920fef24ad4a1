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
/**
 * Virtual time ends here: the machine stops when its clock reaches 2^52 cycles, and no timer
 * deadline may lie at or past it. Time is a double, so beyond 2^53 adding one cycle would no
 * longer move the clock (and the step limit, the time slice and every timer with it); 2^52
 * leaves room for any single step (a timer period is at most 2^32 cycles) to stay exact.
 */
export const TIME_MAX = 2 ** 52;

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
  ['BLOCK_ADDR', 0x35, 'out: guest-physical address of the 512-byte buffer for BLOCK_DMA_READ / BLOCK_DMA_WRITE'],
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
  ['VEC_PAGE', 9, 'page fault: CR_FAULT_ADDR holds the virtual address, CR_FAULT_CODE why (PF_P, PF_W, PF_U, PF_I)'],
]);
export const NUM_VECTORS = VECTORS.length;

export const FLAGS = group([
  ['FLAG_IE', 1, 'interrupts enabled'],
  ['FLAG_U', 2, 'user mode (0 = supervisor)'],
]);

/** Bits and sizes of the devices' registers, so guests (and pvm) name them instead of typing numbers. */
export const DEVICE_BITS = group([
  ['CONSOLE_READY', 1, 'CONSOLE_STATUS bit (in): an input byte is ready'],
  ['CONSOLE_EOF', 2, 'CONSOLE_STATUS bit (in): input is exhausted'],
  ['CONSOLE_IRQ_ENABLE', 1, 'CONSOLE_STATUS bit (out): raise VEC_CONSOLE while input is ready'],
  ['BLOCK_IRQ_ENABLE', 1, 'BLOCK_STATUS bit (out): raise VEC_BLOCK when a command completes'],
  ['BLOCK_BUSY', 1, 'BLOCK_STATUS value (in): a DMA command is still in flight'],
  ['SECTOR_SIZE', 512, 'bytes per disk sector'],
  ['BLOCK_WORDS', 128, 'BLOCK_DATA accesses per sector (one 32-bit word each)'],
  ['PORT_SPACE', 256, 'I/O ports are 0..PORT_SPACE-1; others read -1 and ignore writes'],
]);

/** The control registers of mtcr / mfcr. */
export const CONTROL_REGS = group([
  ['CR_PTB', 0, 'page-table base: the physical address of the page directory; writing it empties the TLB; 0 turns paging off'],
  ['CR_FAULT_ADDR', 1, 'the virtual address of the last page fault'],
  ['CR_FAULT_CODE', 2, 'why the last page fault happened: PF_P, PF_W, PF_U, PF_I'],
]);

/**
 * Two-level page tables as the i386 without PAE has them: a page directory of 1024 entries,
 * each naming a page table of 1024 entries, each naming a 4 KiB frame; the entries' low bits
 * say what the page allows (Intel SDM Vol. 3, "32-Bit Paging").
 */
export const PAGING = group([
  ['PAGE_SIZE', 4096, 'bytes per page'],
  ['PT_ENTRIES', 1024, 'entries in a page directory or a page table (4 bytes each: one page)'],
  ['PTE_P', 1, 'page-table entry bit: present'],
  ['PTE_W', 2, 'page-table entry bit: writable (supervisor writes obey it too, as x86 with CR0.WP set)'],
  ['PTE_U', 4, 'page-table entry bit: user mode may use the page'],
  ['PTE_A', 0x20, 'page-table entry bit: accessed (set by the page walk)'],
  ['PTE_D', 0x40, 'page-table entry bit: dirty (set by the first write through the entry)'],
  ['PTE_FRAME', 0xfffff000, 'page-table entry: the frame address bits'],
  ['PF_P', 1, 'page-fault code bit: 1 the page was present (a protection fault), 0 it was not'],
  ['PF_W', 2, 'page-fault code bit: the access was a write'],
  ['PF_U', 4, 'page-fault code bit: the access came from user mode'],
  ['PF_I', 0x10, 'page-fault code bit: the access was an instruction fetch'],
]);

export const BLOCK_COMMANDS = group([
  ['BLOCK_READ', 1, 'read the sector set by BLOCK_SECTOR; then 128 `in BLOCK_DATA`'],
  ['BLOCK_WRITE', 2, 'write the sector set by BLOCK_SECTOR; then 128 `out BLOCK_DATA`'],
  ['BLOCK_FLUSH', 3, 'make every written sector durable in the disk-image file'],
  ['BLOCK_DMA_READ', 4, 'copy the sector set by BLOCK_SECTOR into guest memory at BLOCK_ADDR, in the background; BLOCK_STATUS reads BLOCK_BUSY until it is done'],
  ['BLOCK_DMA_WRITE', 5, 'write the 512 bytes at BLOCK_ADDR to the sector set by BLOCK_SECTOR, in the background; durable before BLOCK_STATUS leaves BLOCK_BUSY'],
]);

/** Hypercall numbers: Xen's (xen/include/public/xen.h, __HYPERVISOR_*). */
export const HYPERCALLS = group([
  ['set_trap_table', 0, 'r1 = address of an array of trap_info entries, ended by one whose address is 0; 0 clears the table'],
  ['mmu_update', 1, 'r1 = address of an array of r2 mmu_update requests; r3 = address of a word that receives how many were done (0: none)'],
  ['stack_switch', 3, 'r1 = kernel stack pointer used when an event or trap arrives from user mode'],
  ['set_callbacks', 4, 'r1 = event upcall handler address'],
  ['set_timer_op', 15, 'one-shot timer at absolute virtual time r1 (low) r2 (high), in cycles; 0 cancels; raises VIRQ_TIMER'],
  ['update_va_mapping', 14, 'r1 = virtual address, r2 = the new page-table entry that maps it, r3 = UVMF_* (which TLB flush follows)'],
  ['xen_version', 17, 'r1 = XENVER_version: returns major << 16 | minor'],
  ['console_io', 18, 'r1 = CONSOLEIO_write / CONSOLEIO_read, r2 = count, r3 = buffer address'],
  ['iret', 23, 'return from an event upcall or a bounced trap'],
  ['mmuext_op', 26, 'r1 = address of an array of r2 mmuext_op requests (MMUEXT_*); r3 = address of a word that receives how many were done (0: none)'],
  ['sched_op', 29, 'r1 = SCHEDOP_yield / SCHEDOP_block / SCHEDOP_shutdown; for a shutdown r2 = address of a sched_shutdown, r3 = exit code (pvm\'s addition)'],
  ['event_channel_op', 32, 'r1 = EVTCHNOP_bind_virq / close / send / unmask, r2 = address of its struct (evtchn_bind_virq, evtchn_close, evtchn_send, evtchn_unmask)'],
]);

/** Sub-commands, with Xen's names and numbers (public/sched.h, event_channel.h, version.h, xen.h, arch-x86/xen.h). */
export const HYPERCALL_CONSTANTS = group([
  ['CONSOLEIO_write', 0, 'console_io: write r2 bytes from the buffer at r3'],
  ['CONSOLEIO_read', 1, 'console_io: read up to r2 bytes into the buffer at r3; returns the count'],
  ['SCHEDOP_yield', 0, 'sched_op: give up the rest of this time slice'],
  ['SCHEDOP_block', 1, 'sched_op: unmask events and sleep until one is pending'],
  ['SCHEDOP_shutdown', 2, 'sched_op: shut down for the reason in the sched_shutdown at r2; r3 is the exit code'],
  ['SHUTDOWN_poweroff', 0, 'sched_shutdown.reason: exited normally; pvm exits with the code in r3'],
  ['SHUTDOWN_reboot', 1, 'sched_shutdown.reason: clean up, kill, restart; pvm restarts nothing and exits with the code in r3'],
  ['SHUTDOWN_suspend', 2, 'sched_shutdown.reason: save and kill; pvm cannot save a domain, so the suspend is cancelled: sched_op returns 1'],
  ['SHUTDOWN_crash', 3, 'sched_shutdown.reason: the guest crashed; pvm stops it as crashed (exit status 70)'],
  ['SHUTDOWN_watchdog', 4, 'sched_shutdown.reason: the guest\'s watchdog expired; as SHUTDOWN_crash'],
  ['EVTCHNOP_bind_virq', 1, 'event_channel_op: bind evtchn_bind_virq.virq on vcpu 0 to a new port, written to evtchn_bind_virq.port; returns 0'],
  ['EVTCHNOP_close', 3, 'event_channel_op: close evtchn_close.port'],
  ['EVTCHNOP_send', 4, 'event_channel_op: notify the other end of evtchn_send.port'],
  ['EVTCHNOP_unmask', 9, 'event_channel_op: unmask evtchn_unmask.port (and deliver it if pending)'],
  ['VIRQ_TIMER', 0, 'virtual IRQ: the set_timer_op timer fired (one per vCPU)'],
  ['VIRQ_CONSOLE', 2, 'virtual IRQ: console input arrived (global)'],
  ['XENVER_version', 0, 'xen_version: major << 16 | minor'],
  ['NR_EVENT_CHANNELS', 32, 'event ports are 0..31 (one bitmap word); port 0 is never allocated'],
  ['TI_DPL_MASK', 3, 'trap_info.flags bits 1:0 (TI_GET_DPL): who may enter with a software interrupt; 3 on VEC_SYSCALL makes a direct trap'],
  ['TI_IF', 4, 'trap_info.flags bit 2 (TI_GET_IF): enter with events masked, like an interrupt gate'],
  ['MMU_NORMAL_PT_UPDATE', 0, 'mmu_update.ptr bits 1:0: write val to the entry at physical address ptr, validated'],
  ['MMU_PT_UPDATE_PRESERVE_AD', 2, 'mmu_update.ptr bits 1:0: as MMU_NORMAL_PT_UPDATE, keeping the entry\'s accessed and dirty bits'],
  ['MMUEXT_PIN_L1_TABLE', 0, 'mmuext_op: validate the frame arg1 (a frame number) as a page table and keep it one until unpinned'],
  ['MMUEXT_PIN_L2_TABLE', 1, 'mmuext_op: validate the frame arg1 as a page directory (and each table it names) and keep it one'],
  ['MMUEXT_UNPIN_TABLE', 4, 'mmuext_op: drop the pin of frame arg1; it stays a table while a directory or the base pointer uses it'],
  ['MMUEXT_NEW_BASEPTR', 5, 'mmuext_op: the page directory in frame arg1 becomes CR_PTB (validated first); the first one turns paging on'],
  ['MMUEXT_TLB_FLUSH_LOCAL', 6, 'mmuext_op: forget every translation in this vCPU\'s TLB'],
  ['MMUEXT_INVLPG_LOCAL', 7, 'mmuext_op: forget the translation of the page at virtual address arg1'],
  ['MMUEXT_TLB_FLUSH_ALL', 10, 'mmuext_op: every vCPU\'s TLB (pvm has one vCPU: as MMUEXT_TLB_FLUSH_LOCAL)'],
  ['MMUEXT_INVLPG_ALL', 11, 'mmuext_op: one page on every vCPU (as MMUEXT_INVLPG_LOCAL)'],
  ['UVMF_NONE', 0, 'update_va_mapping flags: no flush (the old translation may stay in the TLB)'],
  ['UVMF_TLB_FLUSH', 1, 'update_va_mapping flags: flush the whole TLB after the update'],
  ['UVMF_INVLPG', 2, 'update_va_mapping flags: forget the updated page\'s translation'],
  ['UVMF_ALL', 4, 'update_va_mapping flags: on every vCPU (pvm has one)'],
  ['HYPERVISOR_VIRT_START', 0xfc000000, 'Xen\'s part of every paravirtual address space (non-PAE x86_32): page-directory slots from here up must stay empty'],
  ['XEN_PVCLOCK_TSC_STABLE_BIT', 1, 'vcpu_time_info.flags: the cycle counter never jumps (always set in pvm)'],
]);

/**
 * Xen's argument structs, as offsets: `NAME.field` and `NAME_size`, the names `.struct` gives
 * (docs/language.md). Fields follow each other with the padding C would add written out; a u64 is
 * two little-endian words, low first. 32-bit pvm fits Xen's 64-bit layouts where they differ:
 * trap_info's address is 32 bits here (8 bytes an entry, not 16).
 */
function struct(name: string, doc: string, fields: readonly (readonly [string, number, string])[]): [string, number, string][] {
  let offset = 0;
  const out: [string, number, string][] = [];
  for (const [field, size, what] of fields) {
    if (offset % Math.min(size, 8) !== 0) throw new Error(`${name}.${field} is not aligned`);
    out.push([`${name}.${field}`, offset, what]);
    offset += size;
  }
  out.push([`${name}_size`, offset, doc]);
  return out;
}

export const PV_STRUCTS = group([
  ...struct('sched_shutdown', 'SCHEDOP_shutdown: struct sched_shutdown (public/sched.h)', [['reason', 4, 'SHUTDOWN_poweroff, _reboot, _suspend, _crash or _watchdog']]),
  ...struct('evtchn_bind_virq', 'EVTCHNOP_bind_virq: struct evtchn_bind_virq (public/event_channel.h)', [
    ['virq', 4, 'in: VIRQ_TIMER or VIRQ_CONSOLE'],
    ['vcpu', 4, 'in: the vCPU to deliver to; pvm has vCPU 0 only'],
    ['port', 4, 'out: the new event port'],
  ]),
  ...struct('evtchn_close', 'EVTCHNOP_close: struct evtchn_close', [['port', 4, 'in: the port to close']]),
  ...struct('evtchn_send', 'EVTCHNOP_send: struct evtchn_send', [['port', 4, 'in: the port to notify']]),
  ...struct('evtchn_unmask', 'EVTCHNOP_unmask: struct evtchn_unmask', [['port', 4, 'in: the port to unmask']]),
  ...struct('trap_info', 'set_trap_table: one entry of the array (public/arch-x86/xen.h); 16 bytes in 64-bit Xen, whose address is 64 bits', [
    ['vector', 1, 'exception vector (VEC_*)'],
    ['flags', 1, 'bits 1:0 DPL (TI_DPL_MASK), bit 2 TI_IF'],
    ['cs', 2, 'code selector: pvm has no segments and ignores it'],
    ['address', 4, 'handler address; 0 ends the array'],
  ]),
  ...struct('mmu_update', 'mmu_update: one request (public/xen.h); Xen\'s fields are u64, for 64-bit entries; pvm\'s entries are 32 bits, as i386 without PAE', [
    ['ptr', 4, 'physical address of the page-table entry, 4-byte aligned; bits 1:0 say the command (MMU_*)'],
    ['val', 4, 'the new entry'],
  ]),
  ...struct('mmuext_op', 'mmuext_op: one request (public/xen.h, as 32-bit x86 lays it out)', [
    ['cmd', 4, 'MMUEXT_*'],
    ['arg1', 4, 'a frame number (pin, unpin, new base pointer) or a virtual address (invlpg)'],
    ['arg2', 4, 'unused by the commands pvm has'],
  ]),
  ...struct('vcpu_time_info', 'shared_info time, struct vcpu_time_info (public/xen.h), at SH_TIME', [
    ['version', 4, 'odd while the hypervisor updates the fields below: read it before and after them'],
    ['pad0', 4, 'unused'],
    ['tsc_timestamp', 8, 'the cycle counter (virtual time in cycles) at the last update, a u64'],
    ['system_time', 8, 'nanoseconds since boot at the last update, a u64: the cycle count over the --cpu preset\'s GHz, rounded down'],
    ['tsc_to_system_mul', 4, 'ns for a difference of cycle counts: ((cycles << tsc_shift) * tsc_to_system_mul) >> 32'],
    ['tsc_shift', 1, 'signed: a negative shift shifts right'],
    ['flags', 1, 'XEN_PVCLOCK_TSC_STABLE_BIT'],
    ['pad1', 2, 'unused'],
  ]),
]);

/**
 * The paravirtual memory layout (docs/paravirt.md): at entry r1 holds the address of start_info.
 * The hypervisor's pages sit at the top of guest memory, below them the initial stack.
 */
export const PV_AREA_SIZE = 0x4000;

export const START_INFO = group([
  ['SI_MAGIC', 0, 'start_info: the word 0x70766d31 ("pvm1")'],
  ['SI_MEM_SIZE', 4, 'start_info: guest memory size in bytes'],
  ['SI_SHARED_INFO', 8, 'start_info: address of the shared_info page'],
  ['SI_CONSOLE_RING', 12, 'start_info: address of the console ring (xencons_interface)'],
  ['SI_CONSOLE_EVTCHN', 16, 'start_info: event port of the console ring'],
  ['SI_BLOCK_RING', 20, 'start_info: address of the block ring (blkif shared ring)'],
  ['SI_BLOCK_EVTCHN', 24, 'start_info: event port of the block ring'],
  ['SI_BLOCK_SECTORS', 28, 'start_info: number of 512-byte sectors on the disk (0: none)'],
  ['SI_STACK_TOP', 32, 'start_info: initial stack pointer (just below the hypervisor pages)'],
  ['SI_MAGIC_VALUE', 0x70766d31, 'the value at SI_MAGIC'],
]);

export const SHARED_INFO = group([
  ['SH_UPCALL_PENDING', 0, 'shared_info byte: an unmasked event is pending (vcpu_info.evtchn_upcall_pending)'],
  ['SH_UPCALL_MASK', 1, 'shared_info byte: events masked; write it directly, no hypercall (vcpu_info.evtchn_upcall_mask)'],
  ['SH_EVTCHN_PENDING', 4, 'shared_info word: pending bit per event port'],
  ['SH_EVTCHN_MASK', 8, 'shared_info word: mask bit per event port'],
  ['SH_TIME', 16, 'shared_info: a vcpu_time_info, rewritten each time the hypervisor runs for the guest'],
  ['SH_CR2', 48, 'shared_info word: the faulting virtual address of the last page fault bounced to the guest (vcpu_info.arch.cr2)'],
  ['SH_PF_CODE', 52, 'shared_info word: its error code, PF_* bits (pvm\'s addition: Xen pushes it on the exception frame)'],
]);

/** Xen's console ring, struct xencons_interface (public/io/console.h). */
export const CONSOLE_RING = group([
  ['XENCONS_IN', 0, 'console ring: input bytes, hypervisor to guest'],
  ['XENCONS_OUT', 1024, 'console ring: output bytes, guest to hypervisor'],
  ['XENCONS_IN_CONS', 3072, 'console ring word: input consumer index (guest)'],
  ['XENCONS_IN_PROD', 3076, 'console ring word: input producer index (hypervisor)'],
  ['XENCONS_OUT_CONS', 3080, 'console ring word: output consumer index (hypervisor)'],
  ['XENCONS_OUT_PROD', 3084, 'console ring word: output producer index (guest)'],
  ['XENCONS_IN_SIZE', 1024, 'console ring: input buffer size (indices wrap modulo it)'],
  ['XENCONS_OUT_SIZE', 2048, 'console ring: output buffer size (indices wrap modulo it)'],
]);

/** Xen's block ring: a shared ring (public/io/ring.h) of blkif requests and responses. */
export const BLOCK_RING = group([
  ['BLKIF_REQ_PROD', 0, 'block ring word: request producer index (guest)'],
  ['BLKIF_REQ_EVENT', 4, 'block ring word: notify the hypervisor when req_prod passes this'],
  ['BLKIF_RSP_PROD', 8, 'block ring word: response producer index (hypervisor)'],
  ['BLKIF_RSP_EVENT', 12, 'block ring word: notify the guest when rsp_prod passes this'],
  ['BLKIF_RING', 64, 'block ring: first entry'],
  ['BLKIF_RING_SIZE', 32, 'block ring: entries (indices wrap modulo it)'],
  ['BLKIF_ENTRY', 16, 'block ring: bytes per entry'],
  ['BLKIF_ID', 0, 'entry word: request id, copied to the response'],
  ['BLKIF_OP', 4, 'entry word: BLKIF_OP_READ / BLKIF_OP_WRITE / BLKIF_OP_FLUSH_DISKCACHE'],
  ['BLKIF_SECTOR', 8, 'request word: sector number'],
  ['BLKIF_BUFFER', 12, 'request word: guest address of the 512-byte buffer'],
  ['BLKIF_STATUS', 8, 'response word: BLKIF_RSP_OKAY or a negative status'],
  ['BLKIF_OP_READ', 0, 'read one sector into the buffer'],
  ['BLKIF_OP_WRITE', 1, 'write the buffer to one sector; durable in the image when the response arrives'],
  ['BLKIF_OP_FLUSH_DISKCACHE', 3, 'fsync the disk image'],
  ['BLKIF_RSP_OKAY', 0, 'response status: done'],
  ['BLKIF_RSP_ERROR', -1, 'response status: failed (bad sector, bad buffer, read-only disk, host error)'],
  ['BLKIF_RSP_EOPNOTSUPP', -2, 'response status: unknown operation'],
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
  ['EEXIST', 17, 'already exists (e.g. a virtual IRQ bound twice)'],
  ['EINVAL', 22, 'invalid argument'],
  ['ENOSPC', 28, 'no space left'],
  ['ENOSYS', 38, 'no such hypercall or sub-command'],
]);

export const ABI_GROUPS: readonly (readonly [string, Group])[] = [
  ['I/O ports', PORTS],
  ['Vectors', VECTORS],
  ['FLAGS bits', FLAGS],
  ['Device bits and sizes', DEVICE_BITS],
  ['Control registers', CONTROL_REGS],
  ['Paging', PAGING],
  ['Block commands', BLOCK_COMMANDS],
  ['Hypercalls', HYPERCALLS],
  ['Hypercall sub-commands', HYPERCALL_CONSTANTS],
  ['Hypercall structs (field offsets; NAME_size is the whole struct)', PV_STRUCTS],
  ['errno (hypercall results are their negatives)', ERRNO],
  ['start_info (offsets; r1 holds its address at entry of a pv kernel)', START_INFO],
  ['shared_info (offsets)', SHARED_INFO],
  ['Console ring (offsets)', CONSOLE_RING],
  ['Block ring (offsets)', BLOCK_RING],
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
export const CR_NAME = byValue(CONTROL_REGS);

/** Look a value up in a group by name (for code that must not retype numbers). */
export function abi(g: Group, name: string): number {
  const e = g.find((x) => x.name === name);
  if (!e) throw new Error(`no ABI name ${name}`);
  return e.value;
}

export const SECTOR_SIZE = abi(DEVICE_BITS, 'SECTOR_SIZE');
export const PORT_SPACE = abi(DEVICE_BITS, 'PORT_SPACE');

/** What a memory fault was doing (`cpu.faultKind`); internal to pvm, named in reports. */
export const FAULT_FETCH = 0;
export const FAULT_LOAD = 1;
export const FAULT_STORE = 2;
/** With paging on, a word or half that crosses a page boundary is a memory fault of this kind, not split in two. */
export const FAULT_SPLIT = 3;
export const FAULT_NAMES = ['fetch', 'load', 'store', 'split'] as const;
