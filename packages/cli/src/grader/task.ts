// One unit of grading work: a case of a submission's kernel. The same code runs in a worker
// thread (batches, specs) and in the pvm process (a student's `pvm test`): read the file, refuse
// what is not source, assemble it (includes confined to the submission), run the case.
import { assemble, formatDiagnostic, type SourceHost } from '@pvm/asm';
import type { Image } from '@pvm/image';
import { reason } from '../load.ts';
import type { Case } from '@pvm/compare';
import { runCase, unrunnable, type CaseOutcome } from './grade.ts';

export interface Task {
  readonly submission: string;
  readonly file: string;
  /** The submission (a directory, or the one file) the kernel may read; null: anything. */
  readonly root: string | null;
  readonly case: Case;
}

export type Reader = (path: string) => Uint8Array | { code: string };
/** Whether `path` really lies inside `root` (after symbolic links), for the include confinement. */
export type Inside = (root: string, path: string) => boolean;

type Loaded = { image: Image } | { message: string; details: string[] };

/** Diagnostics shown for a kernel that does not assemble; the count says how many more. */
const MAX_DIAGNOSTICS = 10;
/** How far into a file a NUL byte makes it binary (as git and grep decide). */
const SNIFF = 8000;

export class Loader {
  private readonly cache = new Map<string, Loaded>();

  constructor(
    private readonly read: Reader,
    private readonly inside: Inside,
  ) {}

  /** The kernel's image, or why there is none; the last few files are kept. */
  load(file: string, root: string | null): Loaded {
    const key = `${root ?? ''}\0${file}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const r = this.loadNew(file, root);
    if (this.cache.size >= 4) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, r);
    return r;
  }

  private loadNew(file: string, root: string | null): Loaded {
    const raw = this.read(file);
    if (!(raw instanceof Uint8Array)) return { message: `cannot open '${file}': ${reason(raw.code)}`, details: [] };
    const nul = raw.subarray(0, SNIFF).indexOf(0);
    if (nul >= 0) return { message: `'${file}' is not a text file (a NUL byte at offset ${nul}): submit the .s source`, details: [] };
    const refused: string[] = [];
    const decoder = new TextDecoder();
    const host: SourceHost = {
      readFile: (p) => {
        if (p === file) return decoder.decode(raw);
        if (root !== null && !this.inside(root, p)) {
          refused.push(p);
          return null;
        }
        const r = this.read(p);
        return r instanceof Uint8Array ? decoder.decode(r) : null;
      },
    };
    const r = assemble(file, host);
    if (r.ok) return { image: r.image };
    const diags = r.diagnostics;
    const details = diags.slice(0, MAX_DIAGNOSTICS).map(formatDiagnostic);
    if (diags.length > MAX_DIAGNOSTICS) details.push(`... and ${diags.length - MAX_DIAGNOSTICS} more errors`);
    if (refused.length) details.push(`note: a submission may include only its own files; refused: ${refused.slice(0, 3).join(', ')}`);
    const first = diags[0] ? `${diags[0].origin.file}:${diags[0].origin.line}:${diags[0].col}: ${diags[0].message}` : 'no diagnostics';
    return { message: `does not assemble (${diags.length} error${diags.length === 1 ? '' : 's'}): ${first.replace(/[\x00-\x1f\x7f]/g, '?')}`, details };
  }
}

export function runTask(loader: Loader, t: Task): CaseOutcome {
  const t0 = performance.now();
  const loaded = loader.load(t.file, t.root);
  if ('message' in loaded) return unrunnable(t.submission, t.file, t.case, 'error', loaded.message, loaded.details, performance.now() - t0);
  return runCase(t.submission, t.file, loaded.image, t.case);
}
