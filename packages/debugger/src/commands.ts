// The command table, with gdb's names, short forms and help; `resolve` accepts any unambiguous
// prefix. The commands themselves live in cmd-*.ts, by what they do.
import { DATA_COMMANDS } from './cmd-data.ts';
import { INFO_COMMANDS } from './cmd-info.ts';
import { MOVE_COMMANDS } from './cmd-move.ts';
import { POINT_COMMANDS } from './cmd-points.ts';
import type { Task } from './engine.ts';
import type { Session } from './session.ts';

export interface Command {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly usage: string;
  readonly help: string;
  /** Short commands return; long ones are tasks, run in chunks (see engine.ts). */
  run(s: Session, args: string): void | Task<void>;
}

const byName = new Map<string, Command>();
const pick = (...names: string[]): Command[] => names.map((n) => byName.get(n)!);
for (const c of [...POINT_COMMANDS, ...MOVE_COMMANDS, ...DATA_COMMANDS, ...INFO_COMMANDS]) byName.set(c.name, c);

const HELP: Command = { name: 'help', aliases: ['h'], usage: 'help [COMMAND]', help: 'List commands, or explain one.', run: (s, a) => help(s, a) };
const QUIT: Command = { name: 'quit', aliases: ['q', 'exit'], usage: 'quit', help: 'Leave the debugger.', run: () => {} };

/** In the order `help` lists them: points, moving forward, moving back, looking, changing. */
export const COMMANDS: readonly Command[] = [
  ...pick('break', 'tbreak', 'delete', 'disable', 'enable', 'watch', 'rwatch', 'catch'),
  ...pick('step', 'stepi', 'next', 'finish', 'continue', 'until', 'run'),
  ...pick('reverse-stepi', 'reverse-step', 'reverse-next', 'reverse-continue'),
  ...pick('print', 'x', 'info', 'disassemble', 'list', 'backtrace', 'set'),
  HELP,
  QUIT,
];

/** A command by name, alias or unambiguous prefix; a message when there is none. */
export function resolve(word: string): Command | string {
  const w = word.toLowerCase();
  const exact = COMMANDS.find((c) => c.name === w || c.aliases?.includes(w));
  if (exact) return exact;
  const hits = COMMANDS.filter((c) => c.name.startsWith(w));
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) return `Ambiguous command "${word}": ${hits.map((c) => c.name).join(', ')}.`;
  return `Undefined command: "${word.length > 40 ? word.slice(0, 40) + '...' : word}".  Try "help".`;
}

function help(s: Session, a: string): void {
  const w = a.trim();
  if (w) {
    const c = resolve(w);
    if (typeof c === 'string') return s.error(c);
    s.say(`${c.usage}${c.aliases?.length ? `   (also: ${c.aliases.join(', ')})` : ''}\n${c.help}`);
    return;
  }
  s.say('Commands (any unambiguous prefix works; an empty line repeats the last command):');
  for (const c of COMMANDS) s.say(`  ${c.usage.padEnd(34)} ${c.help.split('.')[0]}.`);
}
