// @pvm/cpu: the guest CPU — registers, memory, the MMU, the interpreter loop. Guest events leave
// `run` as exit codes; nothing here throws for anything a guest does.
export { Cpu, type CpuOptions, type CpuState, type MmuObserver } from './cpu.ts';
export * from './exits.ts';
export {
  ACCESS_FETCH, ACCESS_READ, ACCESS_WRITE, TLB_ENTRIES, WALK_OK, WALK_OUTSIDE, WALK_PAGE_FAULT, WALK_REFS, faultCodeText, newWalk, pteBits, tlbSlot, walk,
  type Walk,
} from './mmu.ts';
export { ENGINES, type Engine } from './jit/engine.ts';
