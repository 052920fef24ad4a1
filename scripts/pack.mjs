// `pnpm pack:cli [--out DIR] [--install]`: the `pvm` command as a self-contained npm package,
// pvm-hypervisor-VERSION.tgz (in dist/ unless --out): the esbuild bundle and its grading worker,
// a launcher that checks Node's version, and the files pvm reads or names at run time — the
// compare workloads, the examples, the docs. No dependencies, so it installs offline. The same
// sources give the same bytes: npm pack fixes every entry's date and order, and the bundle's
// contents do not depend on where it is built. Prints the tarball's path; --install then runs
// `npm install -g` on it, which puts `pvm` on the PATH.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCli } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const TEMPLATE = join(root, 'packages/cli/package');
/** What the package carries beside its bundle and launcher, as paths from the repository root. */
export const ASSETS = ['README.md', 'CHANGELOG.md', 'docs', 'examples', 'bench/workloads'];
const EXIT = { usage: 64, software: 70, cantCreate: 73 };

class PackError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The published package.json: the template, with version and engines from the workspace. */
export function manifest() {
  const { '//': _, ...template } = readJson(join(TEMPLATE, 'manifest.json'));
  const top = readJson(join(root, 'package.json'));
  const cli = readJson(join(root, 'packages/cli/package.json'));
  // The launcher compares versions numerically; any other range would go unchecked.
  if (!/^>=\d+\.\d+(\.\d+)?$/.test(top.engines?.node ?? '')) throw new PackError(`package.json: engines.node must read '>=MAJOR.MINOR', not '${top.engines?.node}'`, EXIT.software);
  return { name: template.name, version: cli.version, description: top.description, ...template, engines: top.engines };
}

/** The assets' files as git sees the tree (tracked, or new and not ignored): no local build output. */
function assetFiles() {
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...ASSETS], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new PackError(`cannot list the files to pack (git ls-files: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]})`, EXIT.software);
  return [...new Set(r.stdout.split('\0').filter(Boolean))].sort();
}

function npm(args, opts = {}) {
  return spawnSync('npm', args, { encoding: 'utf8', ...opts });
}

/** Build, stage and pack; the tarball's absolute path. */
export async function packCli({ out = join(root, 'dist') } = {}) {
  const m = manifest();
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    throw new PackError(`cannot create '${out}': ${e.code ?? e.message}`, EXIT.cantCreate);
  }
  const stage = mkdtempSync(join(tmpdir(), 'pvm-pack-'));
  try {
    writeFileSync(join(stage, 'package.json'), JSON.stringify(m, null, 2) + '\n');
    cpSync(join(TEMPLATE, 'bin'), join(stage, 'bin'), { recursive: true });
    await buildCli({ outdir: join(stage, 'dist') });
    for (const f of assetFiles()) {
      mkdirSync(dirname(join(stage, f)), { recursive: true });
      cpSync(join(root, f), join(stage, f));
    }
    const v = spawnSync(process.execPath, [join(stage, 'bin/pvm.js'), '--version'], { encoding: 'utf8' });
    if (v.stdout !== `pvm ${m.version}\n`) throw new PackError(`packages/cli/package.json says version ${m.version}, the bundle's 'pvm --version' says '${(v.stdout || v.stderr).trim()}' (VERSION in packages/cli/src/index.ts)`, EXIT.software);
    const r = npm(['pack', stage, '--pack-destination', out, '--json', '--ignore-scripts', '--offline', '--loglevel=error']);
    if (r.status !== 0) throw new PackError(`npm pack failed: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]}`, EXIT.software);
    return join(out, JSON.parse(r.stdout)[0].filename);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

async function main() {
  let a;
  try {
    a = parseArgs({ options: { out: { type: 'string' }, install: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    throw new PackError(`${e.message}\nUsage: pnpm pack:cli [--out DIR] [--install]`, EXIT.usage);
  }
  if (a.values.help) return void process.stdout.write('Usage: pnpm pack:cli [--out DIR] [--install]\n');
  const tarball = await packCli(a.values.out === undefined ? {} : { out: resolve(process.env.INIT_CWD || process.cwd(), a.values.out) });
  process.stdout.write(tarball + '\n');
  if (!a.values.install) return;
  const r = npm(['install', '--global', tarball, '--offline', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (r.status !== 0) throw new PackError(`npm install --global ${tarball} failed`, r.status || EXIT.software);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  try {
    await main();
  } catch (e) {
    process.stderr.write(`pack:cli: ${e?.message ?? e}\n`);
    process.exit(e instanceof PackError ? e.status : EXIT.software);
  }
}
