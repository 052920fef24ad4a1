// A program in a link: `#code=` and the source (with its file name), deflated and base64url
// encoded. A link is input from anyone: its size is bounded before and after inflating, and
// whatever is wrong with it becomes one message, never an exception.

export interface Shared {
  /** The buffer's file name: where `.include` looks from (`pv/echo.s` finds `pv/lib/...`). */
  readonly file: string;
  readonly source: string;
}

export type Decoded = ({ ok: true } & Shared) | { ok: false; error: string };

export const LINK_KEY = 'code';
/** Characters of a link's payload; a browser's address bar takes about 2 MB. */
export const MAX_LINK_CHARS = 512 * 1024;
/** Bytes a link may inflate to: a source, not a decompression bomb. */
export const MAX_SOURCE_BYTES = 1 << 20;

/** Names a buffer may take: relative, no `..`, ending in `.s`. */
export const validFileName = (f: string): boolean => /^(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*\.s$/.test(f) && !f.split('/').includes('..') && f.length <= 200;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | null> {
  const out: Uint8Array[] = [];
  let n = 0;
  const writer = stream.writable.getWriter();
  // The writer's promise rejects with the reader's on bad input: the reader reports it.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    n += r.value.length;
    if (n > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    out.push(r.value);
  }
  const all = new Uint8Array(n);
  let at = 0;
  for (const c of out) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

const toBase64Url = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** The hash fragment (without `#`) that opens this program. */
export async function encodeLink(p: Shared): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ f: p.file, s: p.source }));
  const z = await pipe(json, new CompressionStream('deflate-raw'), Infinity);
  return `${LINK_KEY}=${toBase64Url(z!)}`;
}

/** The program a hash fragment holds; null when the fragment holds none (a plain visit). */
export async function decodeLink(hash: string): Promise<Decoded | null> {
  const h = hash.replace(/^#/, '');
  if (h === '') return null;
  const prefix = `${LINK_KEY}=`;
  if (!h.startsWith(prefix)) return { ok: false, error: `this link holds no program (it should start with #${prefix})` };
  const payload = h.slice(prefix.length);
  if (payload.length > MAX_LINK_CHARS) return { ok: false, error: `this link is too long (over ${MAX_LINK_CHARS.toLocaleString('en-US')} characters)` };
  const z = fromBase64Url(payload);
  if (z === null) return { ok: false, error: 'this link is damaged: it is not base64url text (was it cut short or edited?)' };
  let bytes: Uint8Array | null;
  try {
    bytes = await pipe(z, new DecompressionStream('deflate-raw'), MAX_SOURCE_BYTES + 64);
  } catch {
    return { ok: false, error: 'this link is damaged: its compressed data is corrupt (was it cut short?)' };
  }
  if (bytes === null) return { ok: false, error: `this link's program is too large (over ${MAX_SOURCE_BYTES >> 20} MiB)` };
  let v: unknown;
  try {
    v = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, error: 'this link is damaged: its content is not a program' };
  }
  const o = v as { f?: unknown; s?: unknown };
  if (typeof o !== 'object' || o === null || typeof o.s !== 'string' || typeof o.f !== 'string') return { ok: false, error: 'this link is damaged: its content is not a program' };
  if (!validFileName(o.f)) return { ok: false, error: `this link names an unusable file '${o.f.slice(0, 60)}'` };
  return { ok: true, file: o.f, source: o.s };
}
