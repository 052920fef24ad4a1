// Shared links: every example survives the trip; anything else — garbage, a cut-off link, a
// decompression bomb, a hostile file name — is one message, never an exception.
import { rng } from '@pvm/testkit';
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES, decodeLink, encodeLink } from '../src/share.ts';
import { FILES } from './helpers.ts';

async function deflateRaw(bytes: Uint8Array): Promise<string> {
  const z = new Uint8Array(await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  return Buffer.from(z).toString('base64url');
}

describe('links', () => {
  it('carry every example and its file name', async () => {
    for (const [file, source] of Object.entries(FILES)) {
      const h = await encodeLink({ file, source });
      expect(h).toMatch(/^code=[A-Za-z0-9_-]+$/);
      expect(await decodeLink('#' + h)).toEqual({ ok: true, file, source });
    }
  });

  it('an empty fragment is no link at all', async () => {
    expect(await decodeLink('')).toBeNull();
    expect(await decodeLink('#')).toBeNull();
  });

  it('random fragments are refused with a message', async () => {
    const r = rng(7);
    const alphabet = 'ABCxyz019-_=+/%#.code';
    for (let i = 0; i < 300; i++) {
      const body = Array.from({ length: r.int(80) }, () => alphabet[r.int(alphabet.length)]).join('');
      const d = await decodeLink('#' + (r.chance(0.7) ? 'code=' : '') + body);
      expect(d?.ok).toBe(false);
      expect(d && !d.ok && d.error).toMatch(/^this link /);
    }
  });

  it('a link cut short anywhere is refused', async () => {
    const h = await encodeLink({ file: 'echo.s', source: FILES['echo.s']! });
    for (let n = 'code='.length; n < h.length; n += 7) {
      const d = await decodeLink('#' + h.slice(0, n));
      expect(d?.ok).toBe(false);
    }
  });

  it('a decompression bomb stops at the limit', async () => {
    const bomb = await deflateRaw(new Uint8Array(MAX_SOURCE_BYTES * 4).fill(0x20));
    expect(bomb.length).toBeLessThan(10_000);
    expect(await decodeLink(`#code=${bomb}`)).toEqual({ ok: false, error: 'this link\'s program is too large (over 1 MiB)' });
  });

  it('a well-formed link with a bad file name or shape is refused', async () => {
    for (const v of [{ f: '../../etc/passwd.s', s: '' }, { f: '/abs.s', s: '' }, { f: 'x.txt', s: '' }, { f: 'a.s', s: 5 }, [1, 2], 'text', null]) {
      const d = await decodeLink(`#code=${await deflateRaw(new TextEncoder().encode(JSON.stringify(v)))}`);
      expect(d?.ok).toBe(false);
    }
  });
});
