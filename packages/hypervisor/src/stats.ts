// Exit accounting: every VM exit counted by cause, every hypercall by number. Causes are
// numbers while running (no strings built per exit) and get their names in the report.
import { CR_NAME, EXIT_REASON_NAME, EXIT_REASON_EXTERNAL_INTERRUPT, EXIT_REASON_IO_INSTRUCTION, HYPERCALL_NAME, NUM_VECTORS, OPS, OP_BY_CODE, PORT_NAME, VECTOR_NAME } from '@pvm/isa';

const PRIV = 0x10000;
const EXC = 0x20000;
const IRQ = 0x30000;
const VMX = 0x50000;
const MMU = 0x60000;

/** Shadow paging's own exits (trap mode): a store to a write-protected page table, a walk the shadow could not answer. */
export const MMU_PT_WRITE = MMU | 1;
export const MMU_HIDDEN_FAULT = MMU | 2;
const MMU_NAMES: ReadonlyMap<number, string> = new Map([
  [MMU_PT_WRITE, 'page-table write'],
  [MMU_HIDDEN_FAULT, 'hidden page fault (shadow fill)'],
]);

/** Stands for every port number past the bus (>= 256 or negative) in a cause. */
const BAD_PORT = 0x100;

/** A privileged opcode; `in`/`out` are told apart by port. */
export const privCause = (code: number, port: number): number => PRIV | (code << 9) | (port >>> 0 < BAD_PORT ? port : BAD_PORT);
export const exceptionCause = (vector: number): number => EXC | vector;
export const interruptCause = (vector: number): number => IRQ | vector;
/** A VT-x exit: the basic exit reason, and what of its qualification the report shows (I/O: direction and port; interrupts: the vector). */
export const vmxCause = (reason: number, detail: number): number => VMX | (reason << 10) | (detail & 0x3ff);
/** The basic exit reason of an `hvm` cause, or -1 for a cause of another mode. */
export const exitReasonOf = (id: number): number => ((id & 0xff0000) === VMX ? (id & 0xffff) >> 10 : -1);

export function causeName(id: number): string {
  const kind = id & 0xff0000;
  const low = id & 0xffff;
  if (kind === PRIV) {
    const op = OP_BY_CODE[low >> 9];
    const m = op?.mnemonic ?? '?';
    // mtcr and mfcr name their control register in the same bits as in/out name a port.
    if (m === 'mtcr' || m === 'mfcr') return `${m} ${CR_NAME.get(low & 0x1ff) ?? 'bad register'}`;
    if (m !== 'in' && m !== 'out') return m;
    const port = low & 0x1ff;
    if (port === BAD_PORT) return `${m} port out of range`;
    return `${m} ${PORT_NAME.get(port) ?? '0x' + port.toString(16)}`;
  }
  if (kind === MMU) return MMU_NAMES.get(id) ?? `cause ${id}`;
  if (kind === EXC) return low === 4 ? 'syscall' : `exception ${VECTOR_NAME.get(low) ?? low}`;
  if (kind === IRQ) return `interrupt ${VECTOR_NAME.get(low) ?? low}`;
  if (kind === VMX) {
    const reason = low >> 10;
    const detail = low & 0x3ff;
    const name = EXIT_REASON_NAME.get(reason) ?? `exit reason ${reason}`;
    if (reason === EXIT_REASON_IO_INSTRUCTION) {
      const port = detail & 0x1ff;
      return `${name} ${detail & 0x200 ? 'out' : 'in'} ${port === BAD_PORT ? 'port out of range' : (PORT_NAME.get(port) ?? '0x' + port.toString(16))}`;
    }
    if (reason === EXIT_REASON_EXTERNAL_INTERRUPT) return `${name} ${VECTOR_NAME.get(detail) ?? detail}`;
    return name;
  }
  return `cause ${id}`;
}

export interface StatsJson {
  mode: string;
  /** The cost model's CPU preset, and the costs overridden on the command line. */
  cpu: string;
  costOverrides?: Record<string, number>;
  /** hvm only: the VM-execution controls in force. */
  controls?: { hltExiting: boolean; extIntExiting: boolean; intWindowExiting: boolean; vmcall: boolean; ioBitmap: string[] };
  instructions: number;
  cycles: number;
  guestCycles: number;
  hypervisorCycles: number;
  /** byReason: `hvm` only, the same exits by the SDM's basic exit reason alone. */
  exits: { total: number; byCause: Record<string, number>; byReason?: Record<string, number> };
  hypercalls: { total: number; byName: Record<string, number> };
  interrupts: { total: number; byVector: Record<string, number> };
  upcalls: number;
  /** pv only: system calls that entered the guest kernel through a direct trap, with no hypervisor. */
  fastSyscalls?: number;
  console: { bytesOut: number };
  block: { reads: number; writes: number; flushes: number };
  /** Only once the guest turns paging on: the TLB, walks, and what the mode's strategy did. */
  mmu?: {
    tlbMisses: number;
    walkRefs: number;
    /** hvm: the extra references of the 2-D walk. */
    nestedRefs?: number;
    /** trap: shadow address spaces built (base loads of a directory with no shadow yet). */
    shadowRoots?: number;
    /** pv: page-table entries updated, the hypercalls that carried them (mmu_update, update_va_mapping), tables validated. */
    ptUpdates?: number;
    mmuUpdateCalls?: number;
    validations?: number;
  };
  /** Only when the jit failed to compile a region (left to the interpreter): its regions and failures. */
  engine?: { name: 'jit'; compiledRegions: number; fallbacks: number };
}

export class Stats {
  private readonly exitCounts = new Map<number, number>();
  exitTotal = 0;
  private readonly hypercallCounts = new Map<number, number>();
  hypercallTotal = 0;
  readonly interrupts = new Map<number, number>();
  interruptTotal = 0;
  /** Event upcalls into a paravirtual guest. */
  upcalls = 0;
  /** System calls a paravirtual guest made through a direct trap: no exit, no hypervisor cycles. */
  fastSyscalls = 0;
  /** Cycles the hypervisor spent on exits, hypercalls and upcalls (not on the guest's clock). */
  hypervisorCycles = 0;
  /** Memory virtualization: nested paging's extra walk references, shadow address spaces built, pv page-table updates and the mmu_update calls that carried them. */
  readonly mmu = { nestedRefs: 0, shadowRoots: 0, ptUpdates: 0, mmuUpdateCalls: 0, validations: 0 };

  // The last exit cause and hypercall counted, and how many times since they went into their
  // map: a stretch of one kind of exit costs an add each, not two hash lookups (a fifth of a
  // hypercall round trip, bench/). Reading a map through its getter folds them in first.
  private lastExit = 0;
  private lastExitCount = 0;
  private lastHypercall = 0;
  private lastHypercallCount = 0;

  /** Exits by cause id. */
  get exits(): Map<number, number> {
    this.foldExit();
    return this.exitCounts;
  }

  /** Hypercalls by number. */
  get hypercalls(): Map<number, number> {
    this.foldHypercall();
    return this.hypercallCounts;
  }

  exit(cause: number, cost: number): void {
    if (cause !== this.lastExit) {
      this.foldExit();
      this.lastExit = cause;
    }
    this.lastExitCount++;
    this.exitTotal++;
    this.hypervisorCycles += cost;
  }

  hypercall(nr: number, cost: number): void {
    // The guest chooses nr: numbers outside the table share one bucket, so the map stays small.
    if (!HYPERCALL_NAME.has(nr)) nr = UNKNOWN_HYPERCALL;
    if (nr !== this.lastHypercall) {
      this.foldHypercall();
      this.lastHypercall = nr;
    }
    this.lastHypercallCount++;
    this.hypercallTotal++;
    this.hypervisorCycles += cost;
  }

  private foldExit(): void {
    if (this.lastExitCount === 0) return;
    this.exitCounts.set(this.lastExit, (this.exitCounts.get(this.lastExit) ?? 0) + this.lastExitCount);
    this.lastExitCount = 0;
  }

  private foldHypercall(): void {
    if (this.lastHypercallCount === 0) return;
    this.hypercallCounts.set(this.lastHypercall, (this.hypercallCounts.get(this.lastHypercall) ?? 0) + this.lastHypercallCount);
    this.lastHypercallCount = 0;
  }

  upcall(cost: number): void {
    this.upcalls++;
    this.hypervisorCycles += cost;
  }

  interrupt(vector: number): void {
    this.interrupts.set(vector, (this.interrupts.get(vector) ?? 0) + 1);
    this.interruptTotal++;
  }

  /** Everything counted, as plain data (for snapshots). */
  save(): StatsState {
    return {
      exits: [...this.exits],
      exitTotal: this.exitTotal,
      hypercalls: [...this.hypercalls],
      hypercallTotal: this.hypercallTotal,
      interrupts: [...this.interrupts],
      interruptTotal: this.interruptTotal,
      upcalls: this.upcalls,
      fastSyscalls: this.fastSyscalls,
      hypervisorCycles: this.hypervisorCycles,
      mmu: { ...this.mmu },
    };
  }

  load(s: StatsState): void {
    const refill = (m: Map<number, number>, rows: readonly (readonly [number, number])[]): void => {
      m.clear();
      for (const [k, v] of rows) m.set(k, v);
    };
    refill(this.exits, s.exits);
    refill(this.hypercalls, s.hypercalls);
    refill(this.interrupts, s.interrupts);
    this.exitTotal = s.exitTotal;
    this.hypercallTotal = s.hypercallTotal;
    this.interruptTotal = s.interruptTotal;
    this.upcalls = s.upcalls;
    this.fastSyscalls = s.fastSyscalls;
    this.hypervisorCycles = s.hypervisorCycles;
    Object.assign(this.mmu, s.mmu);
  }
}

export interface StatsState {
  readonly exits: readonly (readonly [number, number])[];
  readonly exitTotal: number;
  readonly hypercalls: readonly (readonly [number, number])[];
  readonly hypercallTotal: number;
  readonly interrupts: readonly (readonly [number, number])[];
  readonly interruptTotal: number;
  readonly upcalls: number;
  readonly fastSyscalls: number;
  readonly hypervisorCycles: number;
  readonly mmu: Stats['mmu'];
}

/** The one bucket of every hypercall number outside the table (each answered -ENOSYS). */
export const UNKNOWN_HYPERCALL = -1;

/** Entries sorted by count, then name, so reports and JSON are stable. Causes that share a
 * name (`out CONSOLE_DATA, r1` and `out r2, r1` with r2 = CONSOLE_DATA) are added up. */
export function sortedCounts(m: ReadonlyMap<number, number>, name: (k: number) => string): Record<string, number> {
  const byName = new Map<string, number>();
  for (const [k, n] of m) byName.set(name(k), (byName.get(name(k)) ?? 0) + n);
  const rows = [...byName].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(rows);
}

/**
 * Every name an exit can be counted under, in every mode: the names `--stats` prints and
 * `pvm test` bounds may name (hvm's basic exit reasons alone included, as byReason counts them).
 */
export function exitCauseNames(): readonly string[] {
  const names = new Set<string>();
  for (const op of OPS_PRIVILEGED) {
    const ports = op.mnemonic === 'in' || op.mnemonic === 'out' ? BAD_PORT + 1 : op.mnemonic === 'mtcr' || op.mnemonic === 'mfcr' ? CR_NAME.size : 1;
    for (let p = 0; p < ports; p++) names.add(causeName(privCause(op.code, p)));
    if (op.mnemonic === 'mtcr' || op.mnemonic === 'mfcr') names.add(causeName(privCause(op.code, BAD_PORT)));
  }
  for (const name of MMU_NAMES.values()) names.add(name);
  for (let v = 0; v < NUM_VECTORS; v++) {
    names.add(causeName(exceptionCause(v)));
    names.add(causeName(interruptCause(v)));
  }
  for (const [reason, name] of EXIT_REASON_NAME) {
    names.add(name);
    if (reason === EXIT_REASON_IO_INSTRUCTION) {
      for (let p = 0; p <= BAD_PORT; p++) for (const dir of [0, 0x200]) names.add(causeName(vmxCause(reason, dir | p)));
    } else if (reason === EXIT_REASON_EXTERNAL_INTERRUPT) for (let v = 0; v < NUM_VECTORS; v++) names.add(causeName(vmxCause(reason, v)));
  }
  return [...names];
}

const OPS_PRIVILEGED = OPS.filter((op) => op.privileged);

/** Every name a hypercall can be counted under. */
export const hypercallNames = (): readonly string[] => [...HYPERCALL_NAME.values(), hypercallName(UNKNOWN_HYPERCALL)];

export const hypercallName = (nr: number): string => HYPERCALL_NAME.get(nr) ?? (nr === UNKNOWN_HYPERCALL ? 'unknown (ENOSYS)' : `#${nr}`);
export const vectorName = (v: number): string => VECTOR_NAME.get(v) ?? `vector ${v}`;
