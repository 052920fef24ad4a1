// Names read from an image (source files, symbols) may be hostile: before one reaches a
// terminal, every character that could steer it is shown as an escape instead.

/**
 * C0 and C1 controls, DEL, and the invisible characters that reorder or split a line (bidi
 * overrides and isolates, line and paragraph separators).
 */
const STEERING = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };

const escape = (c: string): string => {
  const code = c.charCodeAt(0);
  return SHORT[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
};

/**
 * `text` with every steering character escaped (`\x1b`, `\n`, `\u202e`); characters listed
 * in `keep` pass through (a message's own newlines and tabs).
 */
export function printable(text: string, keep = ''): string {
  return text.replace(STEERING, (c) => (keep.includes(c) ? c : escape(c)));
}
