// Run one kernel in one mode against what its comments expect.
import { BufferConsole, MemoryDisk } from '@pvm/devices';
import { MODES, createDomain, statsJson, type Mode, type StatsJson } from '@pvm/hypervisor';
import type { Image } from '@pvm/image';
import { DEFAULT_MEMORY } from '@pvm/isa';
import { imageFits } from '../machine.ts';
import { exitStatus, stopReport } from '../stop.ts';
import { forMode, type Expectations, type ModeSpec } from './expectations.ts';

export interface CaseResult {
  readonly file: string;
  readonly mode: string;
  readonly passed: boolean;
  readonly failures: string[];
  readonly expected: { output: string; exit: number };
  readonly actual: { output: string; exit: number; report: string | null };
  readonly stats: StatsJson | null;
}

const FLAGS = new Set<string>();

export function defaultModes(img: Image): ModeSpec[] {
  return img.paravirt ? [{ name: 'pv', mode: 'pv', flags: [] }] : ['native', 'trap', 'hvm'].map((m) => ({ name: m, mode: m, flags: [] }));
}

/** A unified line diff of expected and actual output, `-` expected, `+` actual. */
export function diffLines(expected: string, actual: string): string[] {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // Longest common subsequence, fine for the size of kernel output.
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000) return ['(output too large to diff)'];
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  const show = (s: string): string => JSON.stringify(s).slice(1, -1);
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push(`  ${show(a[i]!)}`);
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) out.push(`+ ${show(b[j++]!)}`);
    else out.push(`- ${show(a[i++]!)}`);
  }
  return out;
}

export function gradeCase(file: string, img: Image, ex: Expectations, spec: ModeSpec): CaseResult {
  const expectedLines = forMode(ex.output, spec);
  const expected = { output: expectedLines ? expectedLines.join('\n') + '\n' : '', exit: forMode(ex.exit, spec) ?? 0 };
  const failures: string[] = [];
  const fail = (output = '', report: string | null = null): CaseResult => ({ file, mode: spec.name, passed: false, failures, expected, actual: { output, exit: -1, report }, stats: null });
  if (!MODES.includes(spec.mode as Mode)) {
    failures.push(`unknown mode '${spec.mode}' (expected ${MODES.join(', ')})`);
    return fail();
  }
  const unknown = spec.flags.filter((f) => !FLAGS.has(f));
  if (unknown.length) {
    failures.push(`unknown mode flag '${unknown[0]}' (known: ${[...FLAGS].join(', ')})`);
    return fail();
  }
  // As `pvm run` does: an image that does not fit the machine is refused, not loaded.
  const misfit = imageFits(img, { mode: spec.mode as Mode, memory: DEFAULT_MEMORY });
  if (misfit) {
    failures.push(misfit);
    return fail();
  }
  const console = new BufferConsole(forMode(ex.input, spec) ?? '');
  const disk = ex.disk ? new MemoryDisk(ex.disk) : null;
  const dom = createDomain(img, {
    mode: spec.mode as Mode,
    memory: DEFAULT_MEMORY,
    console,
    disk,
    maxSteps: ex.maxSteps,
    outputLimit: ex.outputLimit,
  });
  const stop = dom.run()!;
  const output = console.text();
  const exit = exitStatus(stop);
  const report = stopReport(stop, img);
  const stats = statsJson(dom);
  if (output !== expected.output) failures.push('output differs:', ...diffLines(expected.output, output).map((l) => '  ' + l));
  if (exit !== expected.exit) failures.push(`exit status: expected ${expected.exit}, got ${exit}${report ? ` (${report})` : ''}`);
  for (const c of ex.counts) {
    if (c.mode !== null && c.mode !== spec.name) continue;
    const table = c.what === 'exits' ? stats.exits : stats.hypercalls;
    const got = c.key === 'total' ? table.total : ((c.what === 'exits' ? stats.exits.byCause : stats.hypercalls.byName)[c.key] ?? 0);
    if (got !== c.count) failures.push(`${c.what} '${c.key}': expected ${c.count}, got ${got}`);
  }
  return { file, mode: spec.name, passed: failures.length === 0, failures, expected, actual: { output, exit, report }, stats };
}
