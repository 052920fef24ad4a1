// docs/design.md cannot go stale silently: every path it names exists, every package it names is
// a workspace package (and every workspace package is in its table), and the table's import
// rules hold for the sources. Also: no file of the repository points outside it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const PAGE = 'docs/design.md';
const text = readFileSync(join(ROOT, PAGE), 'utf8');
// Fenced blocks are sketches (the data flow), not references.
const prose = text.replace(/```[\s\S]*?```/g, '');
const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
const PACKAGES = readdirSync(join(ROOT, 'packages')).filter((d) => existsSync(join(ROOT, 'packages', d, 'package.json'))).sort();

/** A code span that is a path from the repository root: `dir/file.ts`, `dir/`, `packages/*\/test/`, `README.md`. */
const isPath = (s: string): boolean => /^(?:[\w.*-]+\/)+[\w.*-]*$/.test(s) || /^[\w-]+(?:\.[\w-]+)*\.(?:ts|mjs|json|md|yaml|s|ne)$/.test(s);

/** The paths under ROOT that `pattern` names (`*` stands for one whole name). */
function expand(pattern: string): string[] {
  let found = [''];
  for (const part of pattern.split('/').filter(Boolean)) {
    const re = new RegExp(`^${part.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
    found = found.flatMap((base) => {
      const dir = join(ROOT, base);
      if (!part.includes('*')) return existsSync(join(dir, part)) ? [join(base, part)] : [];
      return existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).filter((n) => re.test(n)).map((n) => join(base, n)) : [];
    });
  }
  return found;
}

/** Every TypeScript or JavaScript file under `dir` (from ROOT), node_modules and build output left out. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === 'dist') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:ts|mts|mjs)$/.test(e.name)) out.push(p);
    }
  };
  walk(join(ROOT, dir));
  return out;
}

/** Each row of the package table: the package and what it may import. */
function table(): Map<string, Set<string>> {
  const rows = new Map<string, Set<string>>();
  for (const line of prose.split('\n')) {
    const m = /^\| `(@pvm\/[\w-]+)` \|.*\|([^|]*)\|$/.exec(line);
    if (m) rows.set(m[1]!, new Set([...m[2]!.matchAll(/`([^`]+)`/g)].map((x) => x[1]!)));
  }
  return rows;
}

// `import ... from 'x'` and `export ... from 'x'` (over several lines too), `import 'x'`, `import('x')`.
const STATEMENT = /^[ \t]*(?:import|export)\b[^;'"]*?\bfrom\s*'([^'\n]+)'|^[ \t]*import\s*'([^'\n]+)'|\bimport\(\s*'([^'\n]+)'\s*\)/gm;

/** Every module specifier a package's product code names (imports, re-exports, import types). */
function imports(pkg: string): { file: string; spec: string }[] {
  const out: { file: string; spec: string }[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts'))
        for (const m of readFileSync(p, 'utf8').matchAll(STATEMENT)) out.push({ file: relative(ROOT, p), spec: (m[1] ?? m[2] ?? m[3])! });
    }
  };
  for (const d of ['src', 'grammar']) walk(join(ROOT, 'packages', pkg, d));
  return out;
}

/** What `pkg`'s sources import that `may` does not allow, or that reaches into another package. */
function violations(pkg: string, may: ReadonlySet<string>): string[] {
  const home = join(ROOT, 'packages', pkg);
  const found = imports(pkg);
  if (pkg !== 'testkit' && found.length === 0) return [`no imports found in packages/${pkg}`];
  const bad: string[] = [];
  for (const { file, spec } of found) {
    if (spec.startsWith('.')) {
      if (relative(home, resolve(ROOT, dirname(file), spec)).startsWith('..')) bad.push(`${file} imports '${spec}' from outside @pvm/${pkg}`);
      continue;
    }
    const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.startsWith('node:') ? 'node:*' : spec.split('/')[0]!;
    if (!may.has(name)) bad.push(`${file} imports '${spec}', which ${PAGE} does not allow @pvm/${pkg}`);
  }
  return bad;
}

describe(PAGE, () => {
  it('names paths, and every path it names exists', () => {
    const paths = spans.filter(isPath);
    expect(paths.length).toBeGreaterThan(50);
    for (const p of paths) expect(expand(p).length, `${PAGE} names \`${p}\`, which does not exist`).toBeGreaterThan(0);
  });

  it('names only identifiers that the code defines or uses', () => {
    const code = [...sourceFiles('packages'), ...sourceFiles('scripts'), ...sourceFiles('test')].map((f) => readFileSync(f, 'utf8')).join('\n');
    const ids = spans.filter((x) => /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:\([^)]*\))?$/.test(x) && /[A-Z_.(]/.test(x));
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids)
      for (const part of id.replace(/\(.*$/, '').split('.')) expect(new RegExp(`\\b${part.replace(/\$/g, '\\$')}\\b`).test(code), `${PAGE} names \`${id}\`: no '${part}' in the code`).toBe(true);
  });

  it('links only to files that exist', () => {
    const links = [...prose.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    for (const l of links) expect(existsSync(resolve(ROOT, dirname(PAGE), l)), `${PAGE} links to ${l}`).toBe(true);
  });

  it('names only workspace packages, and its table has every one', () => {
    const named = new Set(spans.filter((s) => /^@pvm\/[\w-]+$/.test(s)));
    for (const n of named) expect(PACKAGES.map((d) => JSON.parse(readFileSync(join(ROOT, 'packages', d, 'package.json'), 'utf8')).name), n).toContain(n);
    expect([...table().keys()].sort()).toEqual(PACKAGES.map((d) => `@pvm/${d}`).sort());
  });

  it("holds every package's sources to the imports its table allows, and no import reaches into another package", () => {
    const rules = table();
    for (const pkg of PACKAGES) expect(violations(pkg, rules.get(`@pvm/${pkg}`)!), pkg).toEqual([]);
  });

  it('the import check fails a package that imports what its row does not allow', () => {
    expect(table().get('@pvm/cpu')).toEqual(new Set(['@pvm/isa']));
    expect(violations('cpu', new Set())).toContain(`packages/cpu/src/cpu.ts imports '@pvm/isa', which ${PAGE} does not allow @pvm/cpu`);
    expect(isPath('packages/*/test/') && isPath('README.md') && !isPath('@pvm/isa') && !isPath('cpu.mem')).toBe(true);
  });
});

describe('the repository', () => {
  it('has no document or comment that points outside it', () => {
    const outside = [['..', 'shared'].join('/'), 'DESIGN' + '.md'];
    const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    const hits: string[] = [];
    for (const f of files) {
      const p = join(ROOT, f);
      if (!existsSync(p) || !statSync(p).isFile()) continue;
      const body = readFileSync(p);
      if (body.includes(0)) continue; // binary: a disk image, a corrupt-image fixture
      const t = body.toString('utf8');
      for (const o of outside) if (t.includes(o)) hits.push(`${f}: ${o}`);
    }
    expect(hits).toEqual([]);
  });
});
