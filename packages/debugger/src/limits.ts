// The debugger's documented limits (docs/debugger.md, "Limits", is checked against these):
// every count, line, expression and recording a user or an image can make large is bounded.

export const LIMITS = {
  /** Bytes in one command line; a longer line is refused with one error and the session goes on. */
  lineBytes: 4096,
  /** Nesting of parentheses, brackets and unary operators in one expression. */
  exprDepth: 256,
  /** The N of `stepi N`, `step N`, `next N`, `reverse-stepi N`. */
  stepCount: 1_000_000_000,
  /** The N of `x/N...`: units examined by one command. */
  examineCount: 65_536,
  /** Mapped ranges `info pagetable` lists (a hostile address space can have half a million). */
  pageRanges: 4096,
  /** Breakpoints, watchpoints and catchpoints alive at once. */
  points: 4096,
  /** Memory for reverse execution's snapshots (each holds guest memory and the in-memory disk). */
  snapshotBytes: 256 << 20,
  /** Instructions replayed at most between two snapshots: the cost of one step back. */
  replaySpan: 1 << 22,
  /** A source file shown by `list` and at stops. */
  sourceBytes: 4 << 20,
} as const;
