// The moo lexer for one line of pvm assembly. Rules are tried in order, so the more specific
// ones come first: hex and binary before local label references (`0b1` is binary, `1b` is a
// reference), local references before decimals, directives before the lone `.`. A name may hold
// dots after its first part (`sched_shutdown.reason`), as struct field offsets do.
import moo from 'moo';

export const lexer = moo.compile({
  ws: /[ \t\r\f\v]+/,
  comment: /;.*/,
  // A digit must follow the prefix: `0x_` would otherwise lex as a number worth NaN.
  number: [/0[xX][0-9a-fA-F][0-9a-fA-F_]*(?![0-9a-zA-Z_])/, /0[bB][01][01_]*(?![0-9a-zA-Z_])/],
  localref: /[0-9]+[bf](?![0-9a-zA-Z_])/,
  decimal: /[0-9]+(?![0-9a-zA-Z_])/,
  badnumber: /[0-9][0-9a-zA-Z_]*/,
  char: /'(?:\\x[0-9a-fA-F]{2}|\\.|[^'\\\n])'/,
  badchar: /'(?:\\.|[^'\\\n])*'?/,
  string: /"(?:\\.|[^"\\\n])*"/,
  badstring: /"(?:\\.|[^"\\\n])*/,
  directive: /\.[a-zA-Z_][a-zA-Z0-9_]*/,
  macroarg: /\\(?:[a-zA-Z_][a-zA-Z0-9_]*|@)/,
  ident: /[a-zA-Z_][a-zA-Z0-9_]*(?:\.[a-zA-Z_][a-zA-Z0-9_]*)*/,
  op: ['<<', '>>', ',', '[', ']', '(', ')', '+', '-', '*', '/', '%', '&', '|', '^', '~', ':', '=', '.'],
  error: moo.error,
});
