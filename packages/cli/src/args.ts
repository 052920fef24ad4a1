// Argument parsing for every command: node's parseArgs splits the words, pvm's rules judge
// them, and any problem is one usage line (plus where to find help) and exit 64. The rules,
// the same for every option of every command:
//   - an unknown option is named, with the nearest known one ("did you mean");
//   - a valued option needs a value: `--mem 2M` or `--mem=2M`; a next word that starts with
//     '-' is not taken as one (write `--max-steps=-3` to mean it), nor is an empty `--mem=`;
//   - a flag takes no value, except one of its listed values (`--stats=json`);
//   - an option given twice must say the same thing both times.
import { parseArgs } from 'node:util';
import { didYouMean } from '@pvm/asm';
import { EXIT, type Io } from './io.ts';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** May be given many times; its values are collected in order. */
  readonly multiple?: boolean;
  /** For a flag: the values it also accepts as `--flag=VALUE` (`--stats=json`). */
  readonly values?: readonly string[];
}

export type Options = Record<string, OptionSpec>;

export type Value = string | boolean | string[] | undefined;

export type Parsed<O extends Options> = { values: Record<keyof O | 'help', Value>; positionals: string[] };

const HELP: OptionSpec = { type: 'boolean', short: 'h' };

const shown = (v: string | true): string => (v === true ? 'nothing' : `'${v}'`);

/** `'json'`, `'json' or 'text'`, `'a', 'b' or 'c'`. */
const alternatives = (vs: readonly string[]): string => vs.map((v) => `'${v}'`).join(', ').replace(/, ([^,]*)$/, ' or $1');

/** One option word judged: its value, or what is wrong with it. */
function judge(t: { name: string; rawName: string; value?: string | undefined; inlineValue?: boolean | undefined }, spec: OptionSpec | undefined, names: string[]): { value: string | true } | { error: string } {
  const flag = t.rawName;
  if (!spec) {
    const near = flag.startsWith('--') ? didYouMean(t.name, names) : undefined;
    return { error: `unknown option '${flag}'${near ? `; did you mean '--${near}'?` : ''}` };
  }
  if (spec.type === 'string') {
    if (t.value === undefined || (t.inlineValue && t.value === '')) return { error: `${flag} needs a value` };
    if (!t.inlineValue && t.value.length > 1 && t.value.startsWith('-'))
      return { error: `${flag} needs a value; to give one that starts with '-', write ${flag}=${t.value}` };
    return { value: t.value };
  }
  if (t.value === undefined) return { value: true };
  if (spec.values?.includes(t.value)) return { value: t.value };
  if (spec.values) return { error: `${flag} accepts ${alternatives(spec.values)} or nothing, not '${t.value}'` };
  return { error: `${flag} takes no value, not '${t.value}'` };
}

export function parse<O extends Options>(io: Io, command: string, argv: string[], options: O): Parsed<O> | number {
  const all: Options = { ...options, help: HELP };
  const config = Object.fromEntries(Object.entries(all).map(([k, o]) => [k, { type: o.type, ...(o.short ? { short: o.short } : {}) }]));
  const { tokens } = parseArgs({ args: argv, options: config, allowPositionals: true, strict: false, tokens: true });
  const names = Object.keys(all);
  const values: Record<string, Value> = {};
  const positionals: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'positional') positionals.push(t.value);
    if (t.kind !== 'option') continue;
    const spec = Object.hasOwn(all, t.name) ? all[t.name] : undefined;
    const r = judge(t, spec, names);
    if ('error' in r) return usageError(io, command, r.error);
    const before = values[t.name];
    if (spec!.multiple) values[t.name] = [...((before as string[] | undefined) ?? []), String(r.value)];
    else if (before !== undefined && before !== r.value)
      return usageError(io, command, `--${t.name} given twice with different values: ${shown(before as string | true)} and ${shown(r.value)}`);
    else values[t.name] = r.value;
  }
  return { values: values as Parsed<O>['values'], positionals };
}

export function usageError(io: Io, command: string, message: string): number {
  io.err(`pvm ${command}: ${message}\nTry 'pvm ${command} --help'.\n`);
  return EXIT.usage;
}
