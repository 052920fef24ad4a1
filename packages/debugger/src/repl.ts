// Lines in, output out: command resolution, the empty line that repeats, completion. The
// terminal and script front ends (in the CLI) are thin layers over this.
import { printable } from '@pvm/image';
import { REG_FP, REG_NAMES, REG_SP, regName } from '@pvm/isa';
import { INFO_TOPICS } from './cmd-info.ts';
import { COMMANDS, resolve } from './commands.ts';
import { PSEUDO_REGISTERS } from './expr.ts';
import { LIMITS } from './limits.ts';
import type { Task } from './engine.ts';
import type { Session } from './session.ts';

/** Commands that an empty line repeats (moving and looking further, as in gdb). */
const REPEATS = new Set(['step', 'stepi', 'next', 'continue', 'finish', 'x', 'list', 'reverse-stepi', 'reverse-step', 'reverse-next', 'reverse-continue', 'until']);
const REGISTERS = [...REG_NAMES, regName(REG_SP), regName(REG_FP), ...PSEUDO_REGISTERS];

const encoder = new TextEncoder();
/** Bytes of a line in UTF-8, counted only as far as the limit needs. */
const tooLong = (line: string): boolean => line.length > LIMITS.lineBytes || (line.length * 3 > LIMITS.lineBytes && encoder.encode(line).length > LIMITS.lineBytes);

export class Repl {
  private last: string | null = null;

  constructor(readonly session: Session) {}

  /** Run one line, letting the host run between its chunks; 'quit' when the user asked to leave. Never throws. */
  async execute(line: string): Promise<'quit' | 'ok'> {
    const task = this.task(line);
    for (;;) {
      const r = task.next();
      if (r.done) return r.value;
      if (this.session.yieldFn) await this.session.yieldFn();
    }
  }

  /**
   * One line as a task: a driver other than `execute` (a fuzzer, a web page) runs its chunks as
   * it likes. The Ctrl-C flag is cleared at its start: one that came while nothing ran is not for it.
   */
  *task(line: string): Task<'quit' | 'ok'> {
    const s = this.session;
    s.engine.interrupt = false;
    if (tooLong(line)) {
      s.error(`command too long (over ${LIMITS.lineBytes} bytes); ignored`);
      return 'ok';
    }
    let text = line.trim();
    if (text === '') {
      if (!this.last) return 'ok';
      text = this.last;
    }
    if (text.startsWith('#')) return 'ok';
    // `x/4xw`, `p/x`: the format is glued to the command word.
    const m = /^([A-Za-z-]+)(.*)$/s.exec(text);
    if (!m) {
      s.error(`Undefined command: "${text.length > 40 ? text.slice(0, 40) + '...' : text}".  Try "help".`);
      return 'ok';
    }
    const c = resolve(m[1]!);
    if (typeof c === 'string') {
      s.error(c);
      return 'ok';
    }
    if (c.name === 'quit') return 'quit';
    this.last = REPEATS.has(c.name) ? text : null;
    const moving = s.engine.now;
    const before = s.cpu.regs.slice();
    try {
      const run = c.run(s, m[2]!.trim());
      if (run) yield* run;
    } catch (e) {
      // A bug, not the user's doing: one line, and the session goes on.
      s.internalErrors++;
      s.error(`internal error in ${c.name}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    }
    // `info registers` marks what changed since the previous stop.
    if (s.engine.now !== moving) s.lastRegs = before;
    return 'ok';
  }

  /** Completions for the word being typed: commands first, then registers, symbols, info topics. */
  complete(line: string): string[] {
    const words = line.split(/\s+/);
    const word = words[words.length - 1] ?? '';
    if (words.length <= 1) return COMMANDS.map((c) => c.name).filter((n) => n.startsWith(word)).sort();
    const cmd = resolve(words[0]!);
    const pool = typeof cmd !== 'string' && cmd.name === 'info' && words.length === 2 ? INFO_TOPICS : [...REGISTERS, ...this.session.where.symbolNames];
    // A symbol that would steer the terminal is never offered: readline prints completions raw.
    return [...new Set(pool.filter((n) => n.startsWith(word) && printable(n) === n))].sort();
  }
}
