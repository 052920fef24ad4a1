/** The grammar's folder, relative to the repository root. */
export const GRAMMAR_DIR: string;
/** The committed compiled grammar, an absolute path. */
export const GRAMMAR_TARGET: string;
export function compileGrammar(sourceFile?: string): { text: string; warnings: string };
/** nearleyc's warnings, or that `target` differs from a fresh compile; null when all is well. */
export function grammarProblem(target?: string, sourceFile?: string): string | null;
