/// <reference lib="dom" />
// Where the program comes from and where it is kept: a shared link, else the browser's local
// storage, else an example; edits and settings are kept in local storage.
import examples from 'virtual:examples';
import { decodeLink, validFileName } from '../share.ts';

const STORE = 'pvm-playground';
export const DEFAULT_FILE = 'main.s';

export interface Saved {
  readonly file: string;
  readonly source: string;
  readonly mode?: string;
  readonly cpu?: string;
  readonly budget?: number;
}

export function loadSaved(): Saved | null {
  try {
    const v = JSON.parse(localStorage.getItem(STORE) ?? 'null') as Saved | null;
    return v && typeof v.source === 'string' && typeof v.file === 'string' && validFileName(v.file) ? v : null;
  } catch {
    return null;
  }
}

export function save(s: Saved): void {
  try {
    localStorage.setItem(STORE, JSON.stringify(s));
  } catch {
    // Storage full or refused (private mode): the program is still in the editor and the link.
  }
}

/** Kernels (not the library they include), shallowest first. */
export const KERNELS = Object.keys(examples)
  .filter((p) => !p.split('/').includes('lib'))
  .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));

/** An example's first comment, after its name: `hello.s: the smallest useful kernel`. */
export const summaryOf = (path: string): string => /^;\s*[^:]*:\s*(.*)$/m.exec(examples[path] ?? '')?.[1] ?? '';

/** The program a visit opens, and a message when a link could not be opened. */
export async function firstProgram(saved: Saved | null): Promise<{ file: string; source: string; notice: string | null }> {
  const link = await decodeLink(location.hash);
  // The link has been read: edits are kept in this browser, and the address stays short.
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  if (link?.ok) return { file: link.file, source: link.source, notice: null };
  if (link) return { file: DEFAULT_FILE, source: '', notice: `Could not open the shared program: ${link.error}. The editor is empty; choose an example or write your own.` };
  if (saved) return { file: saved.file, source: saved.source, notice: null };
  return { file: 'hello.s', source: examples['hello.s'] ?? '', notice: null };
}
