// @pvm/hypervisor: domains and their modes — native, trap-and-emulate, paravirtual — with the
// cost model and exit accounting. Clients (CLI, debugger, tests) use this face only.
export { Domain, MODES, type DomainObserver, type DomainOptions, type Mode, type Stop } from './domain.ts';
export { PvDomain, PV_PAGES } from './pv/domain.ts';
export { HYPERCALL_TABLE, CONSOLE_IO_MAX, PVM_VERSION } from './pv/hypercalls.ts';
export { createDomain } from './create.ts';
export { HvmDomain, DEFAULT_CONTROLS, type VmcsControls } from './hvm.ts';
export { TrapDomain } from './trap.ts';
export { takeSnapshot, restoreSnapshot, type Snapshot } from './snapshot.ts';
export { DEFAULT_COST, costModel, type CostModel } from './cost.ts';
export { Stats, UNKNOWN_HYPERCALL, causeName, exitCauseNames, hypercallNames, privCause, exceptionCause, interruptCause, sortedCounts, hypercallName, vectorName, type StatsJson } from './stats.ts';
export { statsJson, formatStats } from './report.ts';
