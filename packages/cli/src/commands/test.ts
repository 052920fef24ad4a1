import { parse } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { assembleFile, reason } from '../load.ts';
import { defaultModes, gradeCase, type CaseResult } from '../grader/grade.ts';
import { parseExpectations } from '../grader/expectations.ts';

export const help = `Usage: pvm test [FILES|DIRS...] [--json]

The autograder. Runs each kernel in every mode it names and checks it against the
expectations written in the comment block at the top of its file:

  ; expect: Hello, world!        a line of console output (in order); expect(trap): for one mode
  ; input: abc\\n                 console input, with string escapes
  ; exit: 0                      expected exit status (default 0)
  ; modes: native trap hvm       modes to run (default: native trap hvm; pv for a .paravirt kernel)
  ; exits(trap): out CONSOLE_DATA = 14     exact exit count by cause (or: total = N)
  ; hypercalls(pv): console_io = 3         exact hypercall count by name (or: total = N)
  ; disk: 16                     a scratch in-memory disk of that many sectors
  ; max-steps: 100000            step limit (default 10,000,000)
  ; output-limit: 4096           console output limit in bytes (default 16M, as pvm run)

Directories are searched for .s files that state expectations. Prints one PASS/FAIL line
per kernel and mode, a diff on failure and a summary.

Options:
  --json       print the results as JSON (for graders) instead
  -h, --help   show this help

Exit status: 0 when every case passes, 1 when one fails, 64 usage, 66 a FILE is missing.
`;

/** .s files under a directory, in name order, through the Io's file listing. */
function collect(io: Io, path: string, explicit: boolean, out: string[]): number | null {
  const entries = io.listDir(path);
  if (entries === null) {
    if (/\.(s|asm)$/i.test(path) || explicit) {
      out.push(path);
      return null;
    }
    return null;
  }
  if ('code' in entries) {
    io.err(`pvm test: cannot open '${path}': ${entries.code === 'ENOENT' ? 'no such file or directory' : entries.code}\n`);
    return EXIT.noInput;
  }
  for (const name of [...entries].sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = `${path.replace(/\/$/, '')}/${name}`;
    const r = collect(io, p, false, out);
    if (r !== null) return r;
  }
  return null;
}

export function run(io: Io, argv: string[]): number {
  const a = parse(io, 'test', argv, { json: { type: 'boolean' } });
  if (typeof a === 'number') return a;
  if (a.values.help) return io.out(help), EXIT.ok;
  const targets = a.positionals.length ? a.positionals : ['examples'];
  const files: string[] = [];
  for (const t of targets) {
    const r = collect(io, t, true, files);
    if (r !== null) return r;
  }
  const decoder = new TextDecoder();
  const results: CaseResult[] = [];
  const json = Boolean(a.values.json);
  const explicit = new Set(a.positionals);
  for (const file of files) {
    const raw = io.readFile(file);
    if (!(raw instanceof Uint8Array)) {
      io.err(`pvm test: cannot open '${file}': ${reason(raw.code)}\n`);
      return EXIT.noInput;
    }
    const ex = parseExpectations(decoder.decode(raw));
    if (!ex.any && !explicit.has(file)) continue;
    const asm = assembleFile(json ? { ...io, err: () => {} } : io, 'test', file);
    const cases = typeof asm === 'number' ? [] : (ex.modes ?? defaultModes(asm.image)).map((spec) => gradeCase(file, asm.image, ex, spec));
    if (typeof asm === 'number' || ex.problems.length) {
      const failures = typeof asm === 'number' ? ['does not assemble (errors above)'] : ex.problems.map((p) => `${file}:${p.line}: ${p.message}`);
      cases.unshift({ file, mode: 'asm', passed: false, failures, expected: { output: '', exit: 0 }, actual: { output: '', exit: -1, report: null }, stats: null });
    }
    for (const c of cases) {
      results.push(c);
      if (json) continue;
      io.out(`${c.passed ? 'PASS' : 'FAIL'}  ${c.file} [${c.mode}]${c.stats ? `  (${c.stats.instructions.toLocaleString('en-US')} instructions, ${c.stats.exits.total} exits, ${c.stats.hypercalls.total} hypercalls)` : ''}\n`);
      for (const f of c.failures) io.out(`      ${f}\n`);
    }
  }
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  if (json) io.out(JSON.stringify({ passed, failed, results }, null, 2) + '\n');
  else io.out(results.length ? `${passed} passed, ${failed} failed\n` : 'no kernels with expectations found\n');
  return failed || results.length === 0 ? 1 : EXIT.ok;
}
