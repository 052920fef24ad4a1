// @pvm/debugger: a gdb-like debugger over the hypervisor's public API, with reverse execution.
export { Session, type SessionOptions, type Point } from './session.ts';
export { COMMANDS, resolve, type Command } from './commands.ts';
export { Repl } from './repl.ts';
export { DebugConsole } from './console.ts';
