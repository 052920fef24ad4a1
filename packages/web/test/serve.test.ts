// `pnpm playground --serve`'s static server: the site's files and nothing else, and a bad
// request is answered, never the end of the server.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../../scripts/playground.mjs';

let dir: string;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pvm-serve-'));
  mkdirSync(join(dir, 'site'));
  writeFileSync(join(dir, 'site/index.html'), '<p>hi</p>');
  writeFileSync(join(dir, 'site/main.js'), 'x');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  server = await serve(join(dir, 'site'));
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request: the path exactly as given (no client normalises it). */
const get = (path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> =>
  new Promise((ok, fail) => {
    const u = new URL(server.url);
    const req = request({ host: u.hostname, port: u.port, path, method }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', fail);
    req.end();
  });

describe('the static server', () => {
  it('serves the site with content types, on 127.0.0.1', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get('/')).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: '<p>hi</p>' });
    expect(await get('/main.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8', body: 'x' });
    expect(await get('/main.js', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it('serves nothing outside the site, and survives bad requests', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00', '/nope', '//etc/passwd', '/site/../../secret.txt']) expect((await get(p)).status, p).toBe(404);
    expect((await get('/%zz')).status).toBe(400);
    expect((await get('/main.js', 'POST')).status).toBe(404);
    expect((await get('/')).status).toBe(200);
  });
});
