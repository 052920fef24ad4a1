// The playground's numbers, in one place: docs/playground.md states each, and a test holds it to them.

/** Instructions per slice: small enough that Stop and input are seen within milliseconds. */
export const SLICE = 1 << 18;
/** Console output a guest may write before it is stopped: the page's log stays small. */
export const OUTPUT_LIMIT = 256 * 1024;
/** The step budget a run starts with (`--max-steps`). */
export const DEFAULT_BUDGET = 100_000_000;
/** The most sectors a scratch disk may have (1 MiB): it is copied into every snapshot. */
export const MAX_DISK_SECTORS = 2048;
/** Memory for reverse execution in a browser tab (the terminal debugger allows 256 MiB). */
export const DEBUG_SNAPSHOT_BYTES = 64 << 20;
/** The pause after a keystroke before the assembler checks the buffer. */
export const LINT_DELAY_MS = 200;
/** Bytes the memory view shows. */
export const MEMORY_WINDOW = 256;
