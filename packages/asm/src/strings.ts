// String and character literals: the escapes of docs/language.md, checked with a column for errors.

const SIMPLE: Record<string, number> = { n: 10, t: 9, r: 13, '0': 0, '\\': 92, '"': 34, "'": 39 };

export type Decoded = { ok: true; bytes: number[] } | { ok: false; offset: number; message: string };

/** The bytes of a quoted literal's body (without the quotes), UTF-8 for non-ASCII characters. */
export function decodeEscapes(body: string): Decoded {
  const bytes: number[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      const code = c.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else {
        const cp = body.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        bytes.push(...enc.encode(ch));
        i += ch.length - 1;
      }
      continue;
    }
    const e = body[i + 1];
    if (e === 'x') {
      const hex = body.slice(i + 2, i + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return { ok: false, offset: i, message: "'\\x' needs two hex digits" };
      bytes.push(parseInt(hex, 16));
      i += 3;
    } else if (e !== undefined && e in SIMPLE) {
      bytes.push(SIMPLE[e]!);
      i++;
    } else return { ok: false, offset: i, message: `unknown escape '\\${e ?? ''}'` };
  }
  return { ok: true, bytes };
}
