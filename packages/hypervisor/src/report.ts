// Stats for people and for programs: the `--stats` table and the `--stats=json` object.
import type { Domain } from './domain.ts';
import { EXIT_REASON_NAME, PORTS, PORT_NAME, hex } from '@pvm/isa';
import { HvmDomain } from './hvm.ts';
import { causeName, exitReasonOf, hypercallName, sortedCounts, vectorName, type StatsJson } from './stats.ts';

export function statsJson(d: Domain): StatsJson {
  const s = d.stats;
  const controls = d instanceof HvmDomain ? d.controls : null;
  return {
    mode: d.mode,
    cpu: d.cost.preset,
    ...(d.cost.overridden.length ? { costOverrides: Object.fromEntries(d.cost.overridden.map((k) => [k, d.cost[k]])) } : {}),
    ...(controls
      ? {
          controls: {
            hltExiting: controls.hltExiting,
            extIntExiting: controls.extIntExiting,
            intWindowExiting: controls.intWindowExiting,
            vmcall: controls.vmcall,
            ioBitmap: [...controls.ioBitmap].sort((a, b) => a - b).map((p) => PORT_NAME.get(p) ?? hex(p, 2)),
          },
        }
      : {}),
    instructions: d.cpu.instret,
    cycles: d.cpu.cycles + s.hypervisorCycles,
    guestCycles: d.cpu.cycles,
    hypervisorCycles: s.hypervisorCycles,
    exits: {
      total: s.exitTotal,
      byCause: sortedCounts(s.exits, causeName),
      ...(d.mode === 'hvm' ? { byReason: sortedCounts(s.exits, (id) => EXIT_REASON_NAME.get(exitReasonOf(id)) ?? causeName(id)) } : {}),
    },
    hypercalls: { total: s.hypercallTotal, byName: sortedCounts(s.hypercalls, hypercallName) },
    interrupts: { total: s.interruptTotal, byVector: sortedCounts(s.interrupts, vectorName) },
    upcalls: s.upcalls,
    ...(d.mode === 'pv' ? { fastSyscalls: s.fastSyscalls } : {}),
    console: { bytesOut: d.console.written },
    block: { reads: d.block.reads, writes: d.block.writes, flushes: d.block.flushes },
    ...mmuJson(d),
    ...engineJson(d),
  };
}

/**
 * Only when the compiling tier gave a region up (a pvm bug, its code run by the interpreter
 * instead): the engine, its regions and the failures. Otherwise nothing, since both engines
 * give the same figures and every earlier report stays as it was.
 */
function engineJson(d: Domain): Pick<StatsJson, 'engine'> {
  const j = d.cpu.jit;
  return j && j.fallbacks > 0 ? { engine: { name: 'jit', compiledRegions: j.compiledRegions, fallbacks: j.fallbacks } } : {};
}

/** The MMU's part, only for a guest that turned paging on (so every earlier report stays as it was). */
function mmuJson(d: Domain): Pick<StatsJson, 'mmu'> {
  const c = d.cpu;
  const m = d.stats.mmu;
  if (c.tlbMisses === 0 && m.ptUpdates === 0) return {};
  return {
    mmu: {
      tlbMisses: c.tlbMisses,
      walkRefs: c.walkRefs,
      ...(d.mode === 'hvm' ? { nestedRefs: m.nestedRefs } : {}),
      ...(d.mode === 'trap' ? { shadowRoots: m.shadowRoots } : {}),
      ...(d.mode === 'pv' ? { ptUpdates: m.ptUpdates, mmuUpdateCalls: m.mmuUpdateCalls, validations: m.validations } : {}),
    },
  };
}

const n = (v: number): string => v.toLocaleString('en-US');

/** `hlt-exiting on, ..., io-bitmap all` in one line. */
function controlsText(c: NonNullable<StatsJson['controls']>): string {
  const on = (b: boolean): string => (b ? 'on' : 'off');
  const io = c.ioBitmap.length === PORTS.length ? 'all device ports' : c.ioBitmap.length ? c.ioBitmap.join(',') : 'none';
  return `hlt-exiting ${on(c.hltExiting)}, ext-int-exiting ${on(c.extIntExiting)}, int-window-exiting ${on(c.intWindowExiting)}, vmcall ${on(c.vmcall)}, io-bitmap ${io}`;
}

/** The readable exit-accounting table of `pvm run --stats`. */
export function formatStats(d: Domain, wallMs?: number): string {
  const j = statsJson(d);
  const rows: [string, string][] = [
    ['mode', j.mode],
    ['cpu', j.cpu + (j.costOverrides ? ` (${Object.entries(j.costOverrides).map(([k, v]) => `${k} ${n(v)}`).join(', ')})` : '')],
    ...(j.controls ? [['vmcs', controlsText(j.controls)] as [string, string]] : []),
    ['instructions', n(j.instructions)],
    ['cycles', `${n(j.cycles)} (guest ${n(j.guestCycles)} + hypervisor ${n(j.hypervisorCycles)})`],
    ['exits', n(j.exits.total)],
    ...Object.entries(j.exits.byCause).map(([k, v]) => [`  ${k}`, n(v)] as [string, string]),
    ['hypercalls', n(j.hypercalls.total)],
    ...Object.entries(j.hypercalls.byName).map(([k, v]) => [`  ${k}`, n(v)] as [string, string]),
    ['interrupts', n(j.interrupts.total)],
    ...Object.entries(j.interrupts.byVector).map(([k, v]) => [`  ${k}`, n(v)] as [string, string]),
    ...(j.mode === 'pv' ? [['event upcalls', n(j.upcalls)] as [string, string], ['fast system calls', n(j.fastSyscalls ?? 0)] as [string, string]] : []),
    ['console bytes out', n(j.console.bytesOut)],
  ];
  if (j.block.reads + j.block.writes + j.block.flushes) rows.push(['block reads/writes/flushes', `${j.block.reads}/${j.block.writes}/${j.block.flushes}`]);
  const m = j.mmu;
  if (m) {
    rows.push(['tlb misses', `${n(m.tlbMisses)} (${j.instructions ? ((1000 * m.tlbMisses) / j.instructions).toFixed(1) : '0'} per 1,000 instructions)`]);
    rows.push(['walk references', n(m.walkRefs) + (m.nestedRefs !== undefined ? ` (+ ${n(m.nestedRefs)} nested, 2-D walk)` : '')]);
    if (m.shadowRoots !== undefined) rows.push(['shadow address spaces built', n(m.shadowRoots)]);
    if (m.ptUpdates !== undefined)
      rows.push(['page-table updates', `${n(m.ptUpdates)} in ${n(m.mmuUpdateCalls ?? 0)} hypercalls${m.mmuUpdateCalls ? ` (${(m.ptUpdates / m.mmuUpdateCalls).toFixed(1)} per call)` : ''}, ${n(m.validations ?? 0)} tables validated`]);
  }
  if (wallMs !== undefined) rows.push(['host time', `${wallMs.toFixed(1)} ms`]);
  const w = Math.max(...rows.map((r) => r[0].length));
  return `-- pvm stats ${'-'.repeat(Math.max(4, w + 10))}\n` + rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n') + '\n';
}
