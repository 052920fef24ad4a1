// Assembler throughput: a generated source with a realistic mix of statements, assembled
// several times; the median after a warm-up. Shared by `pnpm bench:asm` and `pnpm bench`.
import { assemble, memoryHost } from '@pvm/asm';

/** A realistic mix: labels, ALU ops with registers and values, memory, branches, data, macros. */
export function generateSource(lines: number): string {
  const out = ['.macro inc r', '    add \\r, \\r, 1', '.endm', '_start:'];
  let i = 0;
  while (out.length < lines - 4) {
    const n = i++;
    out.push(
      `f${n}:  li r1, ${n * 7} ; load`,
      `    add r2, r1, r3`,
      `    sub r4, r2, 0x${(n & 0xfff).toString(16)}`,
      `    ld r5, [sp + ${(n % 16) * 4}]`,
      `    st r5, [r6 - 8]`,
      `    beq r1, r2, f${n}`,
      `1:  bne r4, ${n % 100}, 1b`,
      `    inc r7`,
      `    call f${n}`,
      `    shl r3, r3, (${n % 31} + 1) & 31`,
    );
  }
  out.push('.data', 'table: .word 1, 2, 3, table', 'msg: .asciz "done\\n"');
  return out.slice(0, lines).join('\n') + '\n';
}

export interface AsmBench {
  lines: number;
  runs: number;
  medianMs: number;
  linesPerSecond: number;
}

export function benchAssembler(lines = 20_000, warmup = 2, runs = 7): AsmBench {
  const host = memoryHost({ 'bench.s': generateSource(lines) });
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t = performance.now();
    const r = assemble('bench.s', host);
    const ms = performance.now() - t;
    if (!r.ok) throw new Error('benchmark source does not assemble: ' + JSON.stringify(r.diagnostics[0]));
    if (i >= warmup) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[times.length >> 1]!;
  return { lines, runs, medianMs, linesPerSecond: Math.round(lines / (medianMs / 1000)) };
}
