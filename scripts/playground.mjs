// `pnpm playground`: builds the web playground into a static site (packages/web/dist: any
// static host serves it, there is no server code) and prints what a first visit downloads.
// `pnpm playground --serve [--port N]` then serves it on 127.0.0.1.
import { build } from 'esbuild';
import { createReadStream, mkdirSync, readdirSync, readFileSync, rmSync, statSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'packages/web');
export const SITE = join(web, 'dist');
/** What the first visit fetches: the page, its style and script, and the worker the editor starts. */
export const FIRST_LOAD = ['index.html', 'style.css', 'main.js', 'worker.js'];

/** Every .s file under `dir` (from the root), by path relative to `base` (default: `dir` itself). */
function sourceFiles(dir, base = dir) {
  const out = {};
  for (const e of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(root, dir, e.name);
    if (e.isDirectory()) Object.assign(out, sourceFiles(relative(root, p), base));
    else if (e.name.endsWith('.s')) out[relative(join(root, base), p).split(sep).join('/')] = readFileSync(p, 'utf8');
  }
  return out;
}

/** Every file under examples/, by path relative to it: the examples menu and the library `.include` finds. */
export const exampleFiles = () => sourceFiles('examples');
/** The workloads of `pvm compare`, by path from the repository's root (`bench/workloads/cpu.s`): what the compare view measures. */
export const workloadFiles = () => sourceFiles('bench/workloads', '.');

/** `import x from 'virtual:NAME'` gives the files `make` returns, read at build time. */
const filesPlugin = (name, make) => ({
  name: `pvm-${name}`,
  setup(b) {
    b.onResolve({ filter: new RegExp(`^virtual:${name}$`) }, () => ({ path: name, namespace: `pvm-${name}` }));
    b.onLoad({ filter: /.*/, namespace: `pvm-${name}` }, () => ({ contents: `export default ${JSON.stringify(make())};`, loader: 'js' }));
  },
});

/** Build the site into `out` (default packages/web/dist); returns the gzip size of a first load. */
export async function buildPlayground(out = SITE) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const common = { bundle: true, minify: true, target: 'es2022', platform: 'browser', logLevel: 'warning', legalComments: 'none', plugins: [filesPlugin('examples', exampleFiles), filesPlugin('workloads', workloadFiles)] };
  await build({ ...common, entryPoints: { main: join(web, 'src/app/main.ts') }, outdir: out, format: 'esm' });
  // A classic worker script: module workers are newer, and this one needs no imports.
  await build({ ...common, entryPoints: { worker: join(web, 'src/worker.ts') }, outdir: out, format: 'iife' });
  for (const f of readdirSync(join(web, 'static'))) copyFileSync(join(web, 'static', f), join(out, f));
  return firstLoad(out);
}

/** Bytes of each first-load file, raw and gzipped (level 9, as a static host would). */
export function firstLoad(dir = SITE) {
  const files = FIRST_LOAD.map((f) => {
    const b = readFileSync(join(dir, f));
    return { file: f, bytes: b.length, gzip: gzipSync(b, { level: 9 }).length };
  });
  return { files, gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.json': 'application/json' };

/** Serve `dir` on 127.0.0.1 (port 0: any free port); GET and HEAD only, nothing outside `dir`. */
export function serve(dir = SITE, port = 0) {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    const fail = (code, text) => void res.writeHead(code, { 'content-type': 'text/plain' }).end(text + '\n');
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return fail(400, 'bad request');
    }
    const file = resolve(base, '.' + (path.endsWith('/') ? path + 'index.html' : path));
    let ok = (req.method === 'GET' || req.method === 'HEAD') && !path.includes('\0') && (file === base || file.startsWith(base + sep));
    try {
      ok &&= statSync(file).isFile();
    } catch {
      ok = false;
    }
    if (!ok) return fail(404, 'not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const a = server.address();
      ok({ url: `http://127.0.0.1:${a.port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const bad = args.find((a, i) => !['--serve', '--port'].includes(a) && args[i - 1] !== '--port');
  const portArg = args.includes('--port') ? args[args.indexOf('--port') + 1] : '8080';
  if (bad !== undefined || !/^\d+$/.test(portArg ?? '') || Number(portArg) > 65535) {
    process.stderr.write(`pnpm playground: ${bad !== undefined ? `unknown argument '${bad}'` : `--port expects a port number, not '${portArg ?? ''}'`}\nUsage: pnpm playground [--serve [--port N]]\n`);
    process.exit(64);
  }
  const size = await buildPlayground();
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  process.stderr.write(`built ${relative(process.cwd(), SITE) || '.'}/ — first load ${kb(size.gzip)} gzipped (${size.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')})\n`);
  if (args.includes('--serve')) {
    try {
      const s = await serve(SITE, Number(portArg));
      process.stderr.write(`serving on ${s.url} (Ctrl-C to stop)\n`);
    } catch (e) {
      process.stderr.write(`pnpm playground: cannot serve on 127.0.0.1:${portArg}: ${e.code === 'EADDRINUSE' ? 'the port is in use (try --port N)' : e.message}\n`);
      process.exit(e.code === 'EADDRINUSE' ? 73 : 74);
    }
  }
}
