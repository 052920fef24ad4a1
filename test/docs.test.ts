// Examples are tests: every ```console block in the docs is run, and its output must be what
// the page shows. `$ pvm ...` lines are commands; the lines after one are its output (stdout,
// then stderr). The `host time` line of --stats varies and is left out of the pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, pvm } from './helpers.ts';

const PAGES = ['docs/tutorial.md', 'README.md'];

interface Example {
  page: string;
  command: string;
  output: string;
}

function examples(page: string): Example[] {
  const text = readFileSync(join(ROOT, page), 'utf8');
  const out: Example[] = [];
  for (const block of text.matchAll(/```console\n([\s\S]*?)```/g)) {
    let cur: Example | null = null;
    for (const line of block[1]!.split('\n')) {
      if (line.startsWith('$ ')) {
        cur = { page, command: line.slice(2), output: '' };
        out.push(cur);
      } else if (cur && line !== '') cur.output += line + '\n';
    }
  }
  return out;
}

describe.each(PAGES)('%s', (page) => {
  const all = examples(page);
  it('has examples', () => expect(all.length).toBeGreaterThan(0));
  it.each(all.map((e) => [e.command, e] as const))('$ %s', (_, e) => {
    const [tool, ...args] = e.command.split(/\s+/);
    expect(tool).toBe('pvm');
    const r = pvm(args);
    const actual = (r.stdout + r.stderr).split('\n').filter((l) => !l.startsWith('host time')).join('\n');
    expect(actual).toBe(e.output);
  });
});
