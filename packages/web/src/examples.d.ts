// Files bundled by scripts/playground.mjs at build time, by path.
declare module 'virtual:examples' {
  /** examples/, by path relative to it (`pv/echo.s`). */
  const files: Readonly<Record<string, string>>;
  export default files;
}
declare module 'virtual:workloads' {
  /** The workloads of `pvm compare`, by path from the repository's root (`bench/workloads/cpu.s`). */
  const files: Readonly<Record<string, string>>;
  export default files;
}
