// @pvm/devices: the machine's devices as port handlers, with host backends behind small
// interfaces (the CLI supplies stdin/stdout and a disk-image file).
export * from './backends.ts';
export * from './bus.ts';
export * from './console.ts';
export * from './timer.ts';
export * from './block.ts';
export * from './power.ts';
