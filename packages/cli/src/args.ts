// Argument parsing for every command: node's parseArgs, with its errors turned into one
// usage line and exit 64.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, type Io } from './io.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export type Parsed<O extends Options> = { values: Record<keyof O | 'help', string | boolean | undefined>; positionals: string[] };

export function parse<O extends Options>(io: Io, command: string, argv: string[], options: O): Parsed<O> | number {
  try {
    const r = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return r as unknown as Parsed<O>;
  } catch (e) {
    // node's wording, made to read like the rest of pvm's messages.
    const msg = (e as Error).message
      .split('\n')[0]!
      .replace(/^Unknown option/, 'unknown option')
      .replace(/\. To specify a positional.*$/, '')
      .replace(/^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing$/, "option '$1' needs a value")
      .replace(/^Option '(?:-\w, )?(--[\w-]+)' does not take an argument$/, "option '$1' takes no value");
    io.err(`pvm ${command}: ${msg}\nTry 'pvm ${command} --help'.\n`);
    return EXIT.usage;
  }
}

export function usageError(io: Io, command: string, message: string): number {
  io.err(`pvm ${command}: ${message}\nTry 'pvm ${command} --help'.\n`);
  return EXIT.usage;
}
