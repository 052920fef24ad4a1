// @pvm/web: the web playground. The page (app/) and its worker (worker.ts) are bundled by
// scripts/playground.mjs; what they share, and what the tests drive directly, is here.
export { Runner, scratchDisk, type RunSettings, type SliceResult } from './runner.ts';
export { GuestConsole } from './guest-console.ts';
export { DebugHost, type DebugSettings, type DebugState } from './debugging.ts';
export { lineTokens, type Token, type TokenClass } from './tokens.ts';
export { docFor, type Doc } from './docs.ts';
export { decodeLink, encodeLink, validFileName, type Shared, type Decoded } from './share.ts';
export { placeDiagnostics, type Problem } from './problems.ts';
export { ending, stoppedByUser } from './ending.ts';
export { comparing, type CompareEnd, type CompareReport, type Progress } from './comparing.ts';
export { compareFiles } from './compare-files.ts';
export * from './limits.ts';
export type { FromWorker, ToWorker, Program, RunEnd } from './protocol.ts';
