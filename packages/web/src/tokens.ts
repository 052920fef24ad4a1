// Highlighting from the assembler's own lexer and tables: every mnemonic, register, directive and
// predefined name comes from @pvm/isa and @pvm/asm, so the editor never disagrees with them.
import { DIRECTIVES, lexer } from '@pvm/asm';
import { MNEMONICS, PREDEFINED, REG_FP, REG_NAMES, REG_SP, regName } from '@pvm/isa';

/** A highlighting class; the editor maps each to a style. */
export type TokenClass = 'comment' | 'number' | 'string' | 'invalid' | 'directive' | 'mnemonic' | 'macro' | 'register' | 'predefined' | 'label' | 'symbol' | 'operator' | 'param';

export interface Token {
  readonly from: number;
  readonly to: number;
  readonly cls: TokenClass | null;
}

const MNEMONIC = new Set(MNEMONICS.map((m) => m.toLowerCase()));
const DIRECTIVE = new Set(DIRECTIVES.map((d) => d.toLowerCase()));
export const REGISTERS: ReadonlySet<string> = new Set([...REG_NAMES, regName(REG_SP), regName(REG_FP)]);
// A lexer of our own: the assembler's instance keeps its state between the lines it parses.
const own = (lexer as typeof lexer & { clone(): typeof lexer }).clone();

/** Mnemonics, registers and directives are case-insensitive; symbols (and predefined names) are not. */
export const isMnemonic = (w: string): boolean => MNEMONIC.has(w.toLowerCase());
export const isRegister = (w: string): boolean => REGISTERS.has(w.toLowerCase());
export const isDirective = (w: string): boolean => DIRECTIVE.has(w.toLowerCase());

/** The tokens of one source line, classified as the assembler reads them. */
export function lineTokens(line: string): Token[] {
  own.reset(line);
  const raw: { type: string; text: string; offset: number }[] = [];
  for (const t of own) raw.push({ type: t.type ?? 'error', text: t.text, offset: t.offset });
  const out: Token[] = [];
  // The statement's head: the first name after an optional `label:` is its mnemonic or macro.
  let head = true;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const next = raw.slice(i + 1).find((x) => x.type !== 'ws');
    let cls: TokenClass | null = null;
    switch (t.type) {
      case 'ws':
        break;
      case 'comment':
        cls = 'comment';
        break;
      case 'number':
      case 'decimal':
        cls = next?.text === ':' && head ? 'label' : 'number';
        break;
      case 'localref':
        cls = 'label';
        break;
      case 'char':
      case 'string':
        cls = 'string';
        break;
      case 'directive':
        cls = isDirective(t.text) ? 'directive' : 'invalid';
        head = false;
        break;
      case 'macroarg':
        cls = 'param';
        break;
      case 'ident':
        if (head && next?.text === ':') cls = 'label';
        else if (head && (next?.text === '=' )) cls = 'symbol';
        else if (head) {
          cls = isMnemonic(t.text) ? 'mnemonic' : 'macro';
          head = false;
        } else cls = isRegister(t.text) ? 'register' : PREDEFINED.has(t.text) ? 'predefined' : 'symbol';
        break;
      case 'op':
        cls = 'operator';
        if (t.text === '=') head = false;
        break;
      default:
        cls = 'invalid';
    }
    out.push({ from: t.offset, to: t.offset + t.text.length, cls });
  }
  return out;
}
