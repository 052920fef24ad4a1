export function compileGrammar(sourceFile?: string): { text: string; warnings: string };
