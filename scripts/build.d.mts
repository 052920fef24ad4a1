export function buildCli(options?: { outdir?: string }): Promise<void>;
