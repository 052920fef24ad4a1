// The installable `pvm`, as a user gets it: `pnpm pack:cli` makes the tarball, `npm install -g`
// puts it in a fresh prefix (offline: the package has no dependencies to fetch), and the `pvm`
// on that PATH works from a directory outside the repository, on the examples it ships.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, hasStackTrace, tempDir } from './helpers.ts';

const PACK = join(ROOT, 'scripts/pack.mjs');
const NAME = 'pvm-hypervisor';
const readJson = (path: string): Record<string, any> => JSON.parse(readFileSync(path, 'utf8'));
const VERSION: string = readJson(join(ROOT, 'packages/cli/package.json')).version;
const ENGINES: { node: string } = readJson(join(ROOT, 'package.json')).engines;

const tmp = tempDir();
// URL-escaped in a file: URL (space, accent, '#', '%'): the install paths that `URL.pathname` breaks.
const prefix = join(tmp.path, 'global prefix é#%');
const pkg = join(prefix, 'lib', 'node_modules', NAME);
const work = join(tmp.path, 'class work');
const env = { ...process.env, PATH: [join(prefix, 'bin'), dirname(process.execPath)].join(delimiter) };
let tarball = '';

function pack(out: string, cwd: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [PACK, '--out', out], { cwd, encoding: 'utf8', timeout: 120_000 });
}

/** The installed command, found through PATH as a shell would, run in `work`. */
function pvm(args: string[], input = ''): { status: number; stdout: string; stderr: string } {
  const r = spawnSync('pvm', args, { cwd: work, env, input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const p = pack(join(tmp.path, 'out'), ROOT);
  if (p.status !== 0) throw new Error(`pack:cli failed (${p.status}): ${p.stderr}`);
  tarball = p.stdout.trim();
  const npm = spawnSync('npm', ['install', '--global', '--prefix', prefix, tarball, '--offline', '--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=error'], {
    encoding: 'utf8',
    env: { ...process.env, npm_config_cache: join(tmp.path, 'npm-cache') },
    timeout: 120_000,
  });
  if (npm.status !== 0) throw new Error(`npm install --global failed (${npm.status}): ${npm.stderr}`);
  cpSync(join(pkg, 'examples'), join(work, 'examples'), { recursive: true });
}, 240_000);

afterAll(() => tmp.done());

describe('pnpm pack:cli', () => {
  it('names the tarball by the package and the version of packages/cli', () => {
    expect(tarball).toBe(join(tmp.path, 'out', `${NAME}-${VERSION}.tgz`));
  });

  it('gives the same bytes from the same sources, whatever directory it runs in', () => {
    const again = pack(join(tmp.path, 'again'), tmp.path);
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(again.stdout.trim()).equals(readFileSync(tarball))).toBe(true);
  });

  it('answers a bad flag with one usage line and 64', () => {
    const r = spawnSync(process.execPath, [PACK, '--outdir', 'x'], { cwd: tmp.path, encoding: 'utf8' });
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/^pack:cli: Unknown option '--outdir'.*\nUsage: pnpm pack:cli \[--out DIR\] \[--install\]\n$/);
  });
});

describe('the installed package', () => {
  it('is self-contained: no dependencies of any kind, a `pvm` bin, the workspace engines', () => {
    const m = readJson(join(pkg, 'package.json'));
    for (const k of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) expect(m[k], k).toBeUndefined();
    expect(m.name).toBe(NAME);
    expect(m.version).toBe(VERSION);
    expect(m.engines).toEqual(ENGINES);
    // Without it Node before 20.19 would read the ES module bundle as CommonJS.
    expect(m.type).toBe('module');
    expect(Object.keys(m.bin)).toEqual(['pvm']);
    expect(existsSync(join(pkg, 'node_modules'))).toBe(false);
    for (const f of ['dist/pvm.js', 'dist/pvm-worker.js', m.bin.pvm]) expect(existsSync(join(pkg, f)), f).toBe(true);
  });

  it("carries every compare workload and every example of the repository", () => {
    for (const dir of ['bench/workloads', 'examples', 'examples/lib', 'examples/pv'])
      for (const f of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.s'))) expect(readFileSync(join(pkg, dir, f), 'utf8'), `${dir}/${f}`).toBe(readFileSync(join(ROOT, dir, f), 'utf8'));
  });

  it('carries every page that the help texts, the README and the examples name', () => {
    const commands = [...pvm(['--help']).stdout.matchAll(/^ {2}([a-z]+) {2}/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands).toEqual(expect.arrayContaining(['run', 'test', 'debug', 'compare']));
    const examples = ['examples', 'examples/pv'].flatMap((d) => readdirSync(join(pkg, d)).filter((f) => f.endsWith('.s')).map((f) => readFileSync(join(pkg, d, f), 'utf8')));
    const texts = [...commands.map((c) => pvm([c, '--help']).stdout), readFileSync(join(pkg, 'README.md'), 'utf8'), ...examples];
    const pages = new Set(texts.flatMap((t) => [...t.matchAll(/\bdocs\/[\w./-]+\.md\b/g)].map((m) => m[0])));
    expect(pages.size).toBeGreaterThan(3);
    for (const p of pages) expect(existsSync(join(pkg, p)), p).toBe(true);
  });
});

describe('`pvm` on the PATH, outside the repository', () => {
  it('--version names the package version', () => {
    expect(pvm(['--version'])).toEqual({ status: 0, stdout: `pvm ${VERSION}\n`, stderr: '' });
  });

  it('runs a shipped example in every mode of an unmodified kernel', () => {
    for (const mode of ['native', 'trap', 'hvm']) expect(pvm(['run', 'examples/hello.s', '--mode', mode]), mode).toEqual({ status: 0, stdout: 'Hello, world!\n', stderr: '' });
    expect(pvm(['run', 'examples/echo.s', '--mode', 'trap'], 'abc\n').stdout).toBe('abc\n4 bytes\n');
  });

  it('tests every shipped example, in process and in the worker threads of the package', () => {
    for (const args of [['examples'], ['examples', '--jobs', '2']]) {
      const r = pvm(['test', ...args]);
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^[1-9]\d* passed, 0 failed$/m);
    }
  });

  it('debugs with a --script: a catchpoint on the first VM exit, source lines from beside the kernel', () => {
    writeFileSync(join(work, 'session.txt'), 'break 14\ncatch trap\ncontinue\ninfo registers r1\ndelete\ncontinue\nquit\n');
    const r = pvm(['debug', 'examples/hello.s', '--mode', 'trap', '--script', 'session.txt']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Breakpoint 1 at 0x1034: _start+52 at examples/hello.s:14\n');
    expect(r.stdout).toContain('Catchpoint 2 (exit: `out CONSOLE_DATA` handled by the hypervisor)\n12\t    add  r2, r2, 1\n');
    expect(r.stdout).toContain('r1*            0x48         72\n');
    expect(r.stdout).toContain('ello, world!\n[guest powered off with exit code 0]\n');
  });

  it('compares the workloads it ships, found beside its bundle', () => {
    const r = pvm(['compare']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/native/);
  });

  it('refuses a Node older than its engines in one line, before the bundle loads', () => {
    const [major, minor] = ENGINES.node.replace('>=', '').split('.').map(Number) as [number, number];
    const older = minor > 0 ? `${major}.${minor - 1}.99` : `${major - 1}.99.0`;
    const as = (version: string): SpawnSyncReturns<string> => {
      const preload = join(tmp.path, `node-${version}.cjs`);
      writeFileSync(preload, `Object.defineProperty(process.versions, 'node', { value: ${JSON.stringify(version)} });\n`);
      return spawnSync(process.execPath, ['--require', preload, join(prefix, 'bin', 'pvm'), '--version'], { cwd: work, encoding: 'utf8' });
    };
    const old = as(older);
    expect(old.status).toBe(70);
    expect(old.stdout).toBe('');
    expect(old.stderr).toBe(`pvm: needs Node.js ${major}.${minor}.0 or later; this is Node.js ${older}\n`);
    expect(hasStackTrace(old.stderr)).toBe(false);
    expect(as(`${major}.${minor}.0`).stdout).toBe(`pvm ${VERSION}\n`);
  });
});
