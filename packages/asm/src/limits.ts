// The assembler's bounds. Each stops a source that would otherwise take unbounded time, memory or
// stack (found by the fuzzer and a red team), and each ends in an ordinary diagnostic.

/** Include files nest at most this deep, and macro expansions too. */
export const MAX_NESTING = 64;
/** Lines macro expansions may produce in one assembly: a macro that invokes itself twice would otherwise make 2^64. */
export const MAX_EXPANDED_LINES = 50_000;
/** Characters macro expansions may produce in one assembly: `m \a\a` doubles its text at each level. */
export const MAX_EXPANDED_CHARS = 4 << 20;
/** Lines of included files in one assembly: a file included twice by a file included twice... */
export const MAX_INCLUDED_LINES = 200_000;
/** Parentheses and unary operators nested in one expression (the evaluator recurses on them). */
export const MAX_EXPR_NESTING = 256;
/** Tokens on one line: the parser's memory grows with them. */
export const MAX_LINE_TOKENS = 100_000;
/** Cells of the distance table all "did you mean" searches of one assembly may fill. */
export const MAX_SUGGESTION_CELLS = 20_000_000;
/** Every literal and intermediate value is an exact integer of smaller magnitude than this. */
export const VALUE_LIMIT = 1n << 64n;
