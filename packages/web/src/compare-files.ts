// What the compare workloads read, from what the page bundles: bench/workloads/ and the examples
// they include (`.include "../../examples/block.s"`), by path from the repository's root. A file
// of its own, so the page's bundle takes this and not the measuring behind it.

export function compareFiles(workloads: Readonly<Record<string, string>>, examples: Readonly<Record<string, string>>): Record<string, string> {
  return { ...workloads, ...Object.fromEntries(Object.entries(examples).map(([k, v]) => [`examples/${k}`, v])) };
}
