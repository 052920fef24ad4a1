// The files of examples/, bundled by scripts/playground.mjs at build time, by path.
declare module 'virtual:examples' {
  const files: Readonly<Record<string, string>>;
  export default files;
}
