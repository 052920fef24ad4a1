// The generated files and the functions that produce them, shared by `pnpm generate` and the
// freshness test. Whole files, or regions of hand-written pages between
// `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isaMarkdown, codesModule, ABI_GROUPS, HYPERCALLS, HYPERCALL_CONSTANTS } from '@pvm/isa';
import { formatCompare, measure, nodeIo } from '@pvm/cli';

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
        compare: () => {
          const r = measure(nodeIo(), root + 'bench/workloads', true);
          if (typeof r === 'number') throw new Error('the workloads did not run');
          return '```\n' + formatCompare(r, { hostTime: false }) + '```';
        },
      }),
    ],
  ];
}
