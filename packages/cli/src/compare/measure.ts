// `pvm compare`'s measurement from files: the workloads read from a directory, measured by
// @pvm/compare (the playground measures the same way), and what went wrong said in one line
// with its exit status.
import { measure as measureSources, type WorkloadResult } from '@pvm/compare';
import type { CostModel } from '@pvm/hypervisor';
import { EXIT, type Io } from '../io.ts';
import { assembleFile, reason, sourceHost } from '../load.ts';

/** Run every workload in every mode; an exit status (after one line) if one cannot be read, assembled or started. */
export function measure(io: Io, dir: string, cost: CostModel, quietErrors = false): WorkloadResult[] | number {
  const m = measureSources(sourceHost(io), dir, cost);
  for (const w of m.warnings) io.err(`pvm compare: warning: ${w.file} [${w.mode}] did not do what it says: ${w.message}\n`);
  if (m.ok) return m.results;
  const f = m.failure;
  switch (f.kind) {
    case 'missing': {
      const raw = io.readFile(f.file);
      io.err(`pvm compare: cannot open workload '${f.file}': ${reason(raw instanceof Uint8Array ? 'EIO' : raw.code)}\n`);
      return EXIT.noInput;
    }
    case 'assembly': {
      // The assembler's report, as `pvm asm` prints it (again: measuring kept quiet).
      const r = assembleFile(quietErrors ? { ...io, err: () => {} } : io, 'compare', f.file);
      return typeof r === 'number' ? r : EXIT.dataErr;
    }
    case 'unrunnable':
      io.err(`pvm compare: cannot run ${f.file} [${f.mode}]: ${f.message}\n`);
      return EXIT.dataErr;
  }
}
