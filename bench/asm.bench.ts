// `pnpm bench:asm`: assembler throughput on a generated 20,000-line source (target ≥ 50,000
// lines/s). Median of several runs after a warm-up; a benchmark, never a timed test.
import { benchAssembler } from './asm.ts';

const r = benchAssembler();
console.log(
  `assembler: ${r.lines} lines in ${r.medianMs.toFixed(1)} ms (median of ${r.runs}) = ${r.linesPerSecond.toLocaleString('en-US')} lines/s (target 50,000)`,
);
