// `pvm compare` for people: the relative scores in the shape of Barham et al. 2003, Fig. 3, and
// beneath them what each mode spent and on which exits — the mechanism behind each number.
import { presetByName } from '@pvm/isa';
import type { CostModel } from '@pvm/hypervisor';
import { COMPARE_MODES, type WorkloadResult } from '@pvm/compare';

const n = (v: number): string => v.toLocaleString('en-US');

/** The CPU line: preset, clock, and any costs overridden. */
export function cpuLine(cost: CostModel): string {
  const p = presetByName(cost.preset)!;
  const over = cost.overridden.length ? `; overridden: ${cost.overridden.map((k) => `${k} ${n(cost[k])}`).join(', ')}` : '';
  return `CPU: ${p.name}, ${p.title}${over}`;
}

export function formatCompare(results: readonly WorkloadResult[], cost: CostModel, opts: { hostTime?: boolean; details?: boolean } = {}): string {
  const host = opts.hostTime ?? true;
  const out: string[] = [];
  const w = Math.max(...results.map((r) => r.title.length), 8);
  out.push('Relative score: native cycles / the mode\'s cycles (1.00 = bare metal, higher is better),');
  out.push('as Barham et al., "Xen and the Art of Virtualization", SOSP 2003, Fig. 3.');
  out.push(cpuLine(cost));
  out.push('');
  out.push(`${'workload'.padEnd(w)}  ${COMPARE_MODES.map((m) => m.padStart(6)).join('  ')}`);
  for (const r of results) out.push(`${r.title.padEnd(w)}  ${COMPARE_MODES.map((m) => r.score[m].toFixed(2).padStart(6)).join('  ')}`);
  if (opts.details === false) return out.join('\n') + '\n';
  out.push('');
  out.push('Where the cycles went (guest: the kernel\'s own work, devices included; hypervisor: exits, hypercalls, upcalls):');
  out.push('');
  out.push(`${'workload'.padEnd(w)}  ${'mode'.padEnd(6)}  ${'cycles'.padStart(12)}  ${'guest'.padStart(12)}  ${'hypervisor'.padStart(11)}  ${'exits'.padStart(6)}  ${'hcalls'.padStart(6)}  ${'upcalls'.padStart(7)}  most exits${host ? '  (host ms)' : ''}`);
  for (const r of results)
    for (const m of COMPARE_MODES) {
      const x = r.modes[m];
      const top = x.topExits.map(([k, v]) => `${k} ${n(v)}`).join(', ');
      out.push(
        `${(m === 'native' ? r.title : '').padEnd(w)}  ${m.padEnd(6)}  ${n(x.cycles).padStart(12)}  ${n(x.guestCycles).padStart(12)}  ${n(x.hypervisorCycles).padStart(11)}  ${n(x.exits).padStart(6)}  ${n(x.hypercalls).padStart(6)}  ${n(x.upcalls).padStart(7)}  ${top || '-'}${host ? `  (${x.hostMs.toFixed(1)})` : ''}`,
      );
    }
  const paging = results.filter((r) => COMPARE_MODES.some((m) => r.modes[m].mmu));
  if (paging.length) {
    out.push('');
    out.push('Paging, in the rows that turn it on (trap: shadow paging; hvm: nested paging, each TLB miss a 2-D walk; pv: direct paging, updates by hypercall):');
    out.push('');
    out.push(`${'workload'.padEnd(w)}  ${'mode'.padEnd(6)}  ${'tlb misses'.padStart(10)}  ${'walk refs'.padStart(9)}  ${'nested'.padStart(7)}  ${'shadows'.padStart(7)}  ${'updates'.padStart(7)}  ${'in calls'.padStart(8)}  ${'per call'.padStart(8)}  ${'validated'.padStart(9)}`);
    const opt = (v: number | undefined, width: number): string => (v === undefined ? '-' : n(v)).padStart(width);
    for (const r of paging)
      for (const m of COMPARE_MODES) {
        const x = r.modes[m].mmu;
        if (!x) continue;
        const per = x.mmuUpdateCalls ? (x.ptUpdates! / x.mmuUpdateCalls).toFixed(1) : '-';
        out.push(
          `${(m === 'native' ? r.title : '').padEnd(w)}  ${m.padEnd(6)}  ${n(x.tlbMisses).padStart(10)}  ${n(x.walkRefs).padStart(9)}  ${opt(x.nestedRefs, 7)}  ${opt(x.shadowRoots, 7)}  ${opt(x.ptUpdates, 7)}  ${opt(x.mmuUpdateCalls, 8)}  ${per.padStart(8)}  ${opt(x.validations, 9)}`,
        );
      }
  }
  out.push('');
  out.push(`Costs (cycles): trap ${n(cost.trap)}, VM exit ${n(cost.vmExit)} + entry ${n(cost.vmEntry)}, hypercall ${n(cost.hypercall)}, upcall ${n(cost.upcall)}, port access ${n(cost.portIo)}, disk request ${n(cost.disk)}, walk reference ${n(cost.walkRef)}; sources in docs/machine.md.`);
  return out.join('\n') + '\n';
}

/** One sweep: for each value of the swept cost, each workload's scores. */
export interface SweepPoint {
  value: number;
  results: WorkloadResult[];
}

export function formatSweep(name: string, points: readonly SweepPoint[]): string {
  const out: string[] = [`Relative scores as ${name} goes from ${n(points[0]!.value)} to ${n(points[points.length - 1]!.value)} cycles:`, ''];
  const titles = points[0]!.results.map((r) => r.title);
  const w = Math.max(...titles.map((t) => t.length), 8);
  out.push(`${'workload'.padEnd(w)}  ${name.padStart(10)}  ${COMPARE_MODES.map((m) => m.padStart(6)).join('  ')}`);
  titles.forEach((title, i) => {
    points.forEach((p, k) => {
      const r = p.results[i]!;
      out.push(`${(k === 0 ? title : '').padEnd(w)}  ${n(p.value).padStart(10)}  ${COMPARE_MODES.map((m) => r.score[m].toFixed(2).padStart(6)).join('  ')}`);
    });
  });
  return out.join('\n') + '\n';
}
