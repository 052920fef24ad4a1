// @pvm/debugger: a gdb-like debugger over the hypervisor's public API, with reverse execution.
export { Session, type SessionOptions, type StyleKind } from './session.ts';
export { COMMANDS, resolve, type Command } from './commands.ts';
export { Repl } from './repl.ts';
export { DebugConsole, ShownOnce } from './console.ts';
export { Engine, complete, type Halt, type StepEvent, type Condition, type Recording, type Task } from './engine.ts';
export { Motion } from './motion.ts';
export { type Point, type PointKind } from './points.ts';
export { LineSplitter, type Line } from './lines.ts';
export { LIMITS } from './limits.ts';
export { GuestMemory } from './memory.ts';
export { evaluate, type ExprContext } from './expr.ts';
export { confinedSources, memorySources, candidates, dirOf, type SourceFiles, type ReadInside } from './sources.ts';
