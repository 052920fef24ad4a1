// Symbols are evaluated after the symbols their values name, deepest first, on an explicit stack:
// a chain of 100,000 `.equ`s, each naming the next, nests no JavaScript calls.

/** The symbols being evaluated, outermost first: a cycle is reported with its whole path. */
export interface Walk {
  readonly path: string[];
  readonly onPath: Set<string>;
}

export const emptyWalk = (): Walk => ({ path: [], onPath: new Set() });

/** The path of a cycle that comes back to `name`, as `name -> ... -> name`. */
export const cycleThrough = (walk: Walk, name: string): string[] => [...walk.path.slice(walk.path.indexOf(name)), name];

/**
 * Evaluate `root` once every symbol it depends on has been. `start(name)` begins a symbol: it
 * returns the names its value uses, or null when it needs no evaluation (it has a value, or is
 * not an `.equ`). `finish(name, walk)` evaluates it, with the path that led there; a name on
 * the path when met again is a cycle, left for `finish` to report.
 */
export function dependenciesFirst(root: string, start: (name: string) => readonly string[] | null, finish: (name: string, walk: Walk) => void): void {
  const walk = emptyWalk();
  const stack: { name: string; deps: readonly string[]; next: number }[] = [];
  const enter = (name: string): void => {
    const deps = start(name);
    if (!deps) return;
    walk.path.push(name);
    walk.onPath.add(name);
    stack.push({ name, deps, next: 0 });
  };
  enter(root);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.next < top.deps.length) {
      const d = top.deps[top.next++]!;
      if (!walk.onPath.has(d)) enter(d);
      continue;
    }
    finish(top.name, walk);
    stack.pop();
    walk.path.pop();
    walk.onPath.delete(top.name);
  }
}
