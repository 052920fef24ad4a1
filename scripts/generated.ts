// The generated files and the functions that produce them, shared by `pnpm generate` and the
// freshness test. Whole files, or regions of hand-written pages between
// `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isaMarkdown, codesModule, ABI_GROUPS, COST_DOCS, COST_FLAGS, COST_NAMES, HYPERCALLS, HYPERCALL_CONSTANTS, PRESETS } from '@pvm/isa';
import { compareSvg, formatCompare, formatSweep, measure, nodeIo } from '@pvm/cli';
import { costModel } from '@pvm/hypervisor';

const root = fileURLToPath(new URL('..', import.meta.url));

function table(rows: { name: string; value: number; doc: string }[], head = ['name', 'value', 'meaning']): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((e) => `| \`${e.name}\` | ${e.value} | ${e.doc} |`)].join('\n');
}

/** Replace each generated region of a page. */
function regions(path: string, make: Record<string, () => string>): string {
  let text = readFileSync(path, 'utf8');
  for (const [name, fn] of Object.entries(make)) {
    const re = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!re.test(text)) throw new Error(`${path}: no generated region '${name}'`);
    const body = fn();
    text = text.replace(re, (_, a: string, b: string) => `${a}${body}\n${b}`);
  }
  return text;
}

const group = (title: string) => ABI_GROUPS.find(([t]) => t.startsWith(title))![1];

/** `pvm compare --cpu CPU` on the workloads that ship with pvm, memoised: several pages show it. */
const compared = new Map<string, ReturnType<typeof measure>>();
function compareRun(cpu: string, overrides = {}) {
  const key = cpu + JSON.stringify(overrides);
  if (!compared.has(key)) compared.set(key, measure(nodeIo(), root + 'bench/workloads', costModel(cpu, overrides)!, true));
  const r = compared.get(key)!;
  if (typeof r === 'number') throw new Error('the workloads did not run');
  return r;
}

function compareTable(cpu: string, details: boolean): string {
  return '```\n$ pvm compare' + (cpu === 'core2' ? '' : ` --cpu ${cpu}`) + '\n' + formatCompare(compareRun(cpu), costModel(cpu)!, { hostTime: false, details }) + '```';
}

function sweepTable(): string {
  const points = [500, 1500, 2500, 3500, 4500].map((n) => {
    const base = costModel('core2')!;
    const vmExit = Math.round((n * base.vmExit) / (base.vmExit + base.vmEntry));
    return { value: n, results: compareRun('core2', { trap: n, vmExit, vmEntry: n - vmExit }) };
  });
  return '```\n$ pvm compare --sweep cost-exit=500..4500\n...\n' + formatSweep('cost-exit', points) + '```';
}

/** The cost model's numbers by CPU, and every number's source. */
function presetTables(): string {
  const out = [`| cost | ${PRESETS.map((p) => `\`${p.name}\``).join(' | ')} | flag |`, `|---|${PRESETS.map(() => '---:').join('|')}|---|`];
  for (const k of COST_NAMES) out.push(`| ${COST_DOCS[k]} | ${PRESETS.map((p) => p.costs[k].toLocaleString('en-US') + (p.sources[k].estimate ? '*' : '')).join(' | ')} | \`--cost-${COST_FLAGS[k]}\` |`);
  out.push('', '\\* an estimate: no published measurement gives the number directly; its reasoning is below.');
  for (const p of PRESETS) {
    out.push('', `**\`${p.name}\`: ${p.title}**`, '');
    for (const k of COST_NAMES) out.push(`- ${COST_DOCS[k]}, ${p.costs[k].toLocaleString('en-US')} cycles${p.sources[k].estimate ? ' (estimate)' : ''}: ${p.sources[k].text}.`);
  }
  return out.join('\n');
}

export function generatedFiles(): [string, string][] {
  return [
    [root + 'docs/ISA.md', isaMarkdown()],
    [root + 'packages/isa/src/codes.generated.ts', codesModule()],
    [
      root + 'docs/debugger.md',
      regions(root + 'docs/debugger.md', {
        transcript: () => '```\n$ pvm debug examples/roundrobin.s --mode trap --script test/debugger/roundrobin-trap.cmds\n' + readFileSync(root + 'test/debugger/roundrobin-trap.out', 'utf8') + '```',
      }),
    ],
    [root + 'docs/img/compare-core2.svg', compareSvg(compareRun('core2'), costModel('core2')!)],
    [
      root + 'docs/compare.md',
      regions(root + 'docs/compare.md', {
        'compare-core2': () => compareTable('core2', true),
        'compare-p4': () => compareTable('p4', false),
        'compare-recent': () => compareTable('recent', false),
        sweep: sweepTable,
      }),
    ],
    [root + 'docs/machine.md', regions(root + 'docs/machine.md', { presets: presetTables })],
    [
      root + 'docs/paravirt.md',
      regions(root + 'docs/paravirt.md', {
        hypercalls: () => table([...HYPERCALLS], ['hypercall', 'number', 'arguments and result']),
        subcommands: () => table([...HYPERCALL_CONSTANTS]),
        structs: () => table([...group('Hypercall structs')], ['field', 'offset', 'meaning']),
        'start-info': () => table([...group('start_info')], ['field', 'offset', 'meaning']),
        'shared-info': () => table([...group('shared_info')], ['field', 'offset', 'meaning']),
        'console-ring': () => table([...group('Console ring')], ['field', 'offset', 'meaning']),
        'block-ring': () => table([...group('Block ring')], ['field', 'value', 'meaning']),
        compare: () => 'What these mechanisms cost, measured side by side with native, trap-and-emulate and hardware assistance, is in [compare.md](compare.md).',
      }),
    ],
  ];
}
