// The debugger in a real terminal: readline with completion and persistent history, colours
// that appear only on a terminal, and Ctrl-C that stops a running guest or a long command
// instead of pvm. Commands piped in arrive as they come, read asynchronously: stdin is never
// read whole, and never with a blocking read on a descriptor node made non-blocking.
import { appendFileSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isatty } from 'node:tty';
import { styleText } from 'node:util';
import { LIMITS, type Repl, type Session } from '@pvm/debugger';
import type { DebugHost } from '../commands/debug.ts';
import { readSourceInside } from './source-files.ts';

const HISTORY = process.env.PVM_HISTORY || join(homedir(), '.pvm_history');
const MAX_HISTORY = 1000;

function loadHistory(): string[] {
  try {
    return readFileSync(HISTORY, 'utf8').split('\n').filter(Boolean).slice(-MAX_HISTORY).reverse();
  } catch {
    return [];
  }
}

const COLORS = { stop: 'yellow', addr: 'cyan', error: 'red', changed: 'green' } as const;

/** stdin's bytes as they arrive; the stream is paused while a command runs, so nothing piles up. */
async function* chunks(): AsyncGenerator<Uint8Array> {
  for await (const c of process.stdin) yield c as Buffer;
}

export function terminalHost(): DebugHost {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  let running: Session | null = null;
  return {
    stdinChunks: () => (isatty(0) ? null : chunks()),
    style: color ? (kind, text) => styleText(COLORS[kind], text) : undefined,
    // setImmediate lets a pending SIGINT (Ctrl-C) run between chunks of guest execution.
    yieldNow: () => new Promise((r) => setImmediate(r)),
    readSource: readSourceInside,
    terminal(repl: Repl, session: Session): Promise<number> {
      return new Promise((resolve) => {
        const rl = createInterface({
          input: process.stdin,
          output: process.stdout,
          prompt: '(pvm) ',
          history: loadHistory(),
          historySize: MAX_HISTORY,
          completer: (line: string) => {
            const hits = repl.complete(line);
            const word = line.split(/\s+/).pop() ?? '';
            // One candidate: complete it and move on to the next word, as gdb does.
            return [hits.length === 1 ? [hits[0] + ' '] : hits, word];
          },
        });
        let busy = false;
        const queue: string[] = [];
        rl.on('SIGINT', () => {
          if (busy && running) {
            running.interrupt();
            return;
          }
          // At the prompt, Ctrl-C drops the line being typed, as in gdb.
          process.stdout.write('^C\n');
          rl.write(null, { ctrl: true, name: 'u' });
          rl.prompt();
        });
        // Input keeps flowing while a command runs, so Ctrl-C is seen; lines typed meanwhile wait.
        const next = async (): Promise<void> => {
          if (busy) return;
          const line = queue.shift();
          if (line === undefined) return;
          if (line.trim() && line.length <= LIMITS.lineBytes) {
            try {
              appendFileSync(HISTORY, line.trim() + '\n');
            } catch {}
          }
          busy = true;
          running = session;
          const r = await repl.execute(line);
          busy = false;
          if (r === 'quit') return void rl.close();
          rl.prompt();
          void next();
        };
        rl.on('line', (line) => {
          queue.push(line);
          void next();
        });
        rl.on('close', () => resolve(0));
        rl.prompt();
      });
    },
  };
}
