// Lines in, output out: command resolution, the empty line that repeats, completion. The
// terminal and script front ends (in the CLI) are thin layers over this.
import { COMMANDS, resolve } from './commands.ts';
import type { Session } from './session.ts';

/** Commands that an empty line repeats (moving and looking further, as in gdb). */
const REPEATS = new Set(['step', 'stepi', 'next', 'continue', 'finish', 'x', 'list', 'reverse-stepi', 'reverse-step', 'reverse-next', 'reverse-continue', 'until']);
const REGISTERS = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'sp', 'fp', 'pc', 'flags'];
const INFO = ['registers', 'breakpoints', 'watchpoints', 'exits', 'hypercalls', 'devices', 'events', 'stats'];

export class Repl {
  private last: string | null = null;

  constructor(readonly session: Session) {}

  /** Run one line; 'quit' when the user asked to leave. */
  async execute(line: string): Promise<'quit' | 'ok'> {
    let text = line.trim();
    if (text === '') {
      if (!this.last) return 'ok';
      text = this.last;
    }
    if (text.startsWith('#')) return 'ok';
    const m = /^([A-Za-z-]+)(.*)$/.exec(text) ?? /^(x)(\/.*)$/.exec(text);
    if (!m) {
      this.session.error(`Undefined command: "${text}".  Try "help".`);
      return 'ok';
    }
    // `x/4xw`, `p/x`: the format is glued to the command word.
    const c = resolve(m[1]!);
    if (typeof c === 'string') {
      this.session.error(c);
      return 'ok';
    }
    if (c.name === 'quit') return 'quit';
    this.last = REPEATS.has(c.name) ? text : null;
    const s = this.session;
    const moving = s.cpu.instret;
    const before = s.cpu.regs.slice();
    await c.run(s, m[2]!.replace(/^\s+/, (w) => (m[2]!.startsWith('/') ? '' : w)).trim());
    // `info registers` marks what changed since the previous stop.
    if (s.cpu.instret !== moving) s.lastRegs = before;
    return 'ok';
  }

  /** Completions for the word being typed: commands first, then registers, symbols, info topics. */
  complete(line: string): string[] {
    const words = line.split(/\s+/);
    const word = words[words.length - 1] ?? '';
    if (words.length <= 1) return COMMANDS.flatMap((c) => [c.name]).filter((n) => n.startsWith(word)).sort();
    const cmd = resolve(words[0]!);
    const pool = typeof cmd !== 'string' && cmd.name === 'info' && words.length === 2 ? INFO : [...REGISTERS, ...this.session.where.symbolNames];
    return [...new Set(pool.filter((n) => n.startsWith(word)))].sort();
  }
}
