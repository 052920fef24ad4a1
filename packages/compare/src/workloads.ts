// The workloads of `pvm compare`: one row each, in the order they are shown. A row names an
// unmodified kernel (run native, trap and hvm) and its paravirtual twin (run pv) in the
// workload directory, bench/workloads/ of the repository and of the installed package.

export const COMPARE_MODES = ['native', 'trap', 'hvm', 'pv'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

/** Where the workloads are, from the repository's root (the playground bundles them by this path). */
export const WORKLOAD_DIR = 'bench/workloads';

export interface Workload {
  readonly name: string;
  readonly title: string;
  /** The benchmark of Barham et al. 2003 (Fig. 3, or lmbench in Tables 3-5) this one stands for (in spirit, not in size). */
  readonly like: string;
  /** The unmodified kernel (native, trap, hvm) and its paravirtual twin (pv). */
  readonly file: string;
  readonly pvFile: string;
}

export const WORKLOADS: readonly Workload[] = [
  { name: 'cpu', title: 'CPU-bound: primes below 40,000', like: 'SPEC INT2000', file: 'cpu.s', pvFile: 'cpu.pv.s' },
  { name: 'syscall', title: 'build-like: compute, 300 system calls', like: 'Linux build time', file: 'syscall.s', pvFile: 'syscall.pv.s' },
  { name: 'block-pio', title: 'file I/O, 16+16 sectors, PIO (pv: ring)', like: 'dbench', file: 'block-pio.s', pvFile: 'block.pv.s' },
  { name: 'block-dma', title: 'file I/O, 16+16 sectors, DMA (pv: ring)', like: 'dbench', file: 'block-dma.s', pvFile: 'block.pv.s' },
  { name: 'irq', title: 'kernel work, 2 kHz tick, 2,000 cli/sti', like: 'OSDB-OLTP', file: 'irq.s', pvFile: 'irq.pv.s' },
  { name: 'console', title: 'console output, 4 KiB', like: '(none: a per-byte device)', file: 'console.s', pvFile: 'console.pv.s' },
  { name: 'fork', title: 'fork+exec+exit, 64 address spaces', like: 'lmbench fork proc, exec proc (Table 3)', file: 'fork.s', pvFile: 'fork.pv.s' },
  { name: 'ctxsw', title: 'context switch, 2 processes, 2,000', like: 'lmbench ctxsw 2p/0K (Table 4)', file: 'ctxsw.s', pvFile: 'ctxsw.pv.s' },
  { name: 'pagefault', title: 'page faults, 128 demand-zero pages', like: 'lmbench page fault (Table 5)', file: 'pagefault.s', pvFile: 'pagefault.pv.s' },
];

/** Runs in a measurement: every workload in every mode. */
export const RUNS = WORKLOADS.length * COMPARE_MODES.length;

/** The file a workload runs in a mode. */
export const fileFor = (w: Workload, mode: CompareMode): string => (mode === 'pv' ? w.pvFile : w.file);
