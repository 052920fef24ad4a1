// The cost model's numbers, by CPU generation (`--cpu NAME`). Each number carries its source, or
// says "estimate" and why: docs/machine.md is generated from this table, so the page a learner
// checks and the numbers pvm charges can never disagree.

/** What one transition or device access costs, in cycles of the preset's CPU. */
export interface Costs {
  /** Hardware VM exit (VT-x): from the guest to the hypervisor (`hvm`). */
  readonly vmExit: number;
  /** Hardware VM entry: from the hypervisor back into the guest (`hvm`). */
  readonly vmEntry: number;
  /** A pre-VT trap-and-emulate round trip: the fault into the hypervisor, decode, emulate, return (`trap`). */
  readonly trap: number;
  /** A paravirtual hypercall round trip (`pv`; `vmcall` adds a VM exit and entry in `hvm`). */
  readonly hypercall: number;
  /** Delivering one event upcall (or bouncing one trap) into a paravirtual guest. */
  readonly upcall: number;
  /** One access to a device's I/O port (in every mode: real devices are slow). */
  readonly portIo: number;
  /** One block request serviced by the disk: a DMA sector or a ring request. */
  readonly disk: number;
  /** One memory reference of a page-table walk after a TLB miss. */
  readonly walkRef: number;
}

export type CostName = keyof Costs;

export interface Source {
  /** Where the number comes from, or "estimate: why". */
  readonly text: string;
  /** True when no published measurement gives the number directly. */
  readonly estimate?: boolean;
}

export interface Preset {
  readonly name: string;
  readonly title: string;
  /** Clock rate of the measured part, to turn microseconds into cycles. */
  readonly ghz: number;
  readonly costs: Costs;
  readonly sources: { readonly [K in CostName]: Source };
}

/** What each cost is, for help texts and docs. */
export const COST_DOCS: { readonly [K in CostName]: string } = {
  vmExit: 'hardware VM exit (hvm)',
  vmEntry: 'hardware VM entry (hvm)',
  trap: 'trap-and-emulate round trip (trap)',
  hypercall: 'paravirtual hypercall (pv)',
  upcall: 'event upcall or trap bounce (pv)',
  portIo: 'one I/O port access to a device (every mode)',
  disk: 'one disk request: a DMA sector or a ring request (every mode)',
  walkRef: 'one memory reference of a page walk',
};

export const COST_NAMES = Object.keys(COST_DOCS) as CostName[];

/** How each cost is named on the command line: `--cost-NAME N`. */
export const COST_FLAGS: { readonly [K in CostName]: string } = {
  vmExit: 'vm-exit',
  vmEntry: 'vm-entry',
  trap: 'trap',
  hypercall: 'hcall',
  upcall: 'upcall',
  portIo: 'port-io',
  disk: 'disk',
  walkRef: 'walk-ref',
};

const est = (text: string): Source => ({ text, estimate: true });
const src = (text: string): Source => ({ text });

// The papers the numbers come from; docs/machine.md gives them in full.
const AA06 = 'Adams & Agesen, "A Comparison of Software and Hardware Techniques for x86 Virtualization", ASPLOS 2006';
const HOWTO = 'R. Saikkonen, Linux I/O port programming mini-HOWTO, v3.0, 2000 (The Linux Documentation Project)';
const ELISA = 'ELISA artifact (Yasukata et al., ASPLOS 2023), README §6.1: "707 ns is spent on a VMCALL execution", a round trip through KVM on an unnamed VMFUNC-capable Intel CPU';

/** Microseconds at a clock rate, in cycles. */
const us = (micros: number, ghz: number): number => Math.round(micros * ghz * 1000);

/** One disk request: a solid-state disk's ~100 µs, the same disk under every CPU so rows compare CPUs, not disks. */
const DISK_US = 100;
const diskSource = est(`${DISK_US} µs per request, a SATA solid-state disk's order of magnitude for one small random read; the same disk under every preset so that only the CPU changes. A spinning disk (~10 ms) would hide every CPU cost behind the seek (override with --cost-disk)`);

/** One page-walk reference, for the MMU: memory references of a walk mostly hit the caches. */
const walkSource = (ghz: number): Source => est(`about 10 ns per reference (${us(0.01, ghz)} cycles at ${ghz} GHz): a page-walk reference usually hits the L1/L2 caches or a page-walk cache; Bhargava et al. (ASPLOS 2008, Table 2) simulate a 100-cycle average L2 miss, the worst case`);

export const PRESETS: readonly Preset[] = [
  {
    name: 'p4',
    title: 'Pentium 4 672, 3.8 GHz (2005): the first VT-x',
    ghz: 3.8,
    costs: { vmExit: 1931, vmEntry: 2409, trap: 2030, hypercall: 242, upcall: 242, portIo: 3209, disk: us(DISK_US, 3.8), walkRef: us(0.01, 3.8) },
    sources: {
      vmExit: src(`${AA06}, Table 1: page-fault VM exit, 1931 cycles on the 3.8 GHz Pentium 4 672 (the paper's only exit figure; the hardware part of other exits is the same transition)`),
      vmEntry: src(`${AA06}, Table 1: VM entry, 2409 cycles on the Pentium 4 672`),
      trap: src(`${AA06}, §3.3: "trap-and-emulate takes 2030 cycles" for a simple privileged instruction (rdtsc) on a Pentium 4`),
      hypercall: est(`a hypercall is a system call one ring further down, with nothing to decode: pvm charges the native system-call round trip the same paper measures on this CPU (${AA06}, appendix, syscall: 242 cycles native). Xen's 32-bit int 0x82 entry is likely slower; no published per-hypercall figure exists (Barham et al. 2003 give none)`),
      upcall: est('as a hypercall: delivering an event builds a frame and transfers to the guest, the same trip the other way (its return is counted as the hypercall iret)'),
      portIo: src(`${AA06}, §6.3: "an in instruction from port 0x80 ... Native execution ... requiring 3209 cycles" on this CPU (0.84 µs)`),
      disk: diskSource,
      walkRef: walkSource(3.8),
    },
  },
  {
    name: 'core2',
    title: 'Core 2 Duo, 2.66 GHz (2006): second-generation VT-x',
    ghz: 2.66,
    costs: { vmExit: 1186, vmEntry: 937, trap: 1247, hypercall: 149, upcall: 149, portIo: us(1, 2.66), disk: us(DISK_US, 2.66), walkRef: us(0.01, 2.66) },
    sources: {
      vmExit: src(`${AA06}, Table 1: page-fault VM exit, 1186 cycles on the 2.66 GHz Core 2 Duo (a pre-production part)`),
      vmEntry: src(`${AA06}, Table 1: VM entry, 937 cycles on the Core 2 Duo`),
      trap: est('the Pentium 4 trap-and-emulate round trip (2030) scaled as the VM exit shrank from Pentium 4 to Core 2 in Table 1 (1931 to 1186): 2030 x 1186 / 1931 = 1247; no Core 2 figure is published'),
      hypercall: est('the Pentium 4 system-call round trip (242) scaled the same way: 242 x 1186 / 1931 = 149'),
      upcall: est('as a hypercall: the same trip the other way'),
      portIo: src(`"a port I/O instruction on most ports in the 0-0x3ff range takes almost exactly 1 microsecond" (${HOWTO}): 2660 cycles at 2.66 GHz; Adams & Agesen measured 0.84 µs on the Pentium 4`),
      disk: diskSource,
      walkRef: walkSource(2.66),
    },
  },
  {
    name: 'recent',
    title: 'a recent Intel core, about 3 GHz, through KVM',
    ghz: 3.0,
    costs: { vmExit: 1188, vmEntry: 933, trap: 1000, hypercall: 2121, upcall: 933, portIo: us(1, 3.0), disk: us(DISK_US, 3.0), walkRef: us(0.01, 3.0) },
    sources: {
      vmExit: est(`${ELISA}: 2121 cycles at an assumed 3 GHz for exit and entry together, KVM's dispatch included; split between exit and entry as Core 2's Table 1 figures split (56% / 44%)`),
      vmEntry: est('the other 44% of the same measured round trip'),
      trap: est('a fault into the hypervisor and back costs a few hundred cycles on recent cores, plus decoding and emulating the instruction in software; no published figure for pre-VT trap-and-emulate on a recent core'),
      hypercall: src(`${ELISA} (2121 cycles at an assumed 3 GHz): on VT hardware a paravirtual guest (PVH) calls the hypervisor with vmcall, so a hypercall is a VM exit and entry`),
      upcall: est('an event delivered by injection on the next VM entry: the entry half of the round trip'),
      portIo: est(`"a port I/O instruction on most ports in the 0-0x3ff range takes almost exactly 1 microsecond" (${HOWTO}), at the assumed 3 GHz; Linux keeps the rule: "2 usecs is an upper-bound for the outb delay" (arch/x86/kernel/io_delay.c)`),
      disk: diskSource,
      walkRef: walkSource(3.0),
    },
  },
];

export const DEFAULT_PRESET = 'core2';

export const presetByName = (name: string): Preset | undefined => PRESETS.find((p) => p.name === name);
