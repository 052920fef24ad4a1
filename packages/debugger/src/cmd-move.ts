// The commands that move the machine, forward and back: they parse, ask motion.ts where to
// stop, and report.
import { countArg, noArgs } from './args.ts';
import type { Command } from './commands.ts';
import type { Task } from './engine.ts';
import type { Session } from './session.ts';

function* lines(s: Session, over: boolean, args: string): Task<void> {
  const n = countArg(s, over ? 'next' : 'step', args);
  if (n === undefined || s.notRunning()) return;
  s.report(yield* s.motion.lines(over, n), over ? 'Next: stepped over to a new line.' : 'Step: a new line.');
}

function* stepi(s: Session, args: string): Task<void> {
  const n = countArg(s, 'stepi', args);
  if (n === undefined || s.notRunning()) return;
  s.report(yield* s.motion.instructions(n), n === 1 ? 'Stepped one instruction.' : `Stepped ${n} instructions.`);
}

function* finish(s: Session, args: string): Task<void> {
  if (!noArgs(s, 'finish', args) || s.notRunning()) return;
  s.say(`Run till exit from ${s.where.describe(s.cpu.pc)}`);
  s.report(yield* s.motion.finish(), null);
}

function* until(s: Session, args: string): Task<void> {
  if (s.notRunning()) return;
  if (args.trim()) {
    const addr = s.locate(args);
    if (addr !== undefined) s.report(yield* s.motion.until(addr, () => false), `Reached ${s.where.describe(addr)}.`);
    return;
  }
  const src = s.where.source(s.cpu.pc);
  const later = (pc: number): boolean => {
    const now = s.where.source(pc);
    return Boolean(now && src && (now.file !== src.file || now.line > src.line));
  };
  s.report(yield* s.motion.until(null, later), 'Until: reached a later line.');
}

function* cont(s: Session, args: string): Task<void> {
  if (!noArgs(s, 'continue', args)) return;
  yield* s.go(null, null);
}

function restart(s: Session, args: string): void {
  if (!noArgs(s, 'run', args)) return;
  s.engine.restart();
  s.say('Starting program from the beginning.');
  s.showLocation();
}

function reverseStepi(s: Session, args: string): void {
  const n = countArg(s, 'reverse-stepi', args);
  if (n !== undefined) s.report(s.motion.backInstructions(n), null);
}

function* reverseLine(s: Session, over: boolean, args: string): Task<void> {
  if (!noArgs(s, over ? 'reverse-next' : 'reverse-step', args)) return;
  s.report(yield* s.motion.backLine(over), over ? 'Reverse-stepped over to the previous line.' : 'Reverse-stepped to the previous line.');
}

function* reverseContinue(s: Session, args: string): Task<void> {
  if (!noArgs(s, 'reverse-continue', args)) return;
  s.report(yield* s.motion.backToStop(), null);
}

export const MOVE_COMMANDS: Command[] = [
  { name: 'step', aliases: ['s'], usage: 'step [N]', help: 'Run to the next source line, into calls, syscalls and handlers.', run: (s, a) => lines(s, false, a) },
  { name: 'stepi', aliases: ['si'], usage: 'stepi [N]', help: 'Run one instruction (or N); a fault the kernel handles stops at its handler.', run: stepi },
  { name: 'next', aliases: ['n'], usage: 'next [N]', help: 'Run to the next source line, over calls and syscalls.', run: (s, a) => lines(s, true, a) },
  { name: 'finish', aliases: ['fin'], usage: 'finish', help: 'Run until the current function returns (ret), or the current trap or interrupt handler (iret, hcall iret).', run: finish },
  { name: 'continue', aliases: ['c', 'cont'], usage: 'continue', help: 'Run until a breakpoint, watchpoint, catchpoint, fault or the end.', run: cont },
  { name: 'until', aliases: ['u'], usage: 'until [LOCATION]', help: 'Without a location: run to a source line after this one (out of a loop). With one: run to it.', run: until },
  { name: 'run', aliases: ['r', 'restart'], usage: 'run', help: 'Start again from the beginning (breakpoints are kept).', run: restart },
  { name: 'reverse-stepi', aliases: ['rsi'], usage: 'reverse-stepi [N]', help: 'Go back one instruction (or N), exactly: memory, devices, console and disk as they were.', run: reverseStepi },
  { name: 'reverse-step', aliases: ['rs'], usage: 'reverse-step', help: 'Go back to the start of the previous source line.', run: (s, a) => reverseLine(s, false, a) },
  { name: 'reverse-next', aliases: ['rn'], usage: 'reverse-next', help: 'Go back to the previous source line, over calls.', run: (s, a) => reverseLine(s, true, a) },
  { name: 'reverse-continue', aliases: ['rc'], usage: 'reverse-continue', help: 'Run backwards to the previous breakpoint, watchpoint or catchpoint hit.', run: reverseContinue },
];
