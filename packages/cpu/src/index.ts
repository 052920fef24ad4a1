// @pvm/cpu: the guest CPU — registers, memory, the interpreter loop. Guest events leave `run`
// as exit codes; nothing here throws for anything a guest does.
export { Cpu, type CpuOptions, type CpuState } from './cpu.ts';
export * from './exits.ts';
