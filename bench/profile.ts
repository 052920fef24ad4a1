// `pnpm bench --profile NAME`: where the time of one benchmark goes. Runs the bundled
// benchmark under `node --cpu-prof` and summarizes the .cpuprofile: self time by function and,
// for the hottest functions, by source line (through the bundle's source map, so lines are
// those of the TypeScript sources).
import { readFileSync, readdirSync } from 'node:fs';
import { SourceMap } from 'node:module';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  positionTicks?: { line: number; ticks: number }[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: { name: string; where: string; selfPercent: number }[];
  lines: { where: string; percent: number; text: string }[];
}

export function summarize(dir: string, bundle: string, top = 12): ProfileSummary {
  const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort().pop();
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  const prof = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Profile;
  const map = new SourceMap(JSON.parse(readFileSync(bundle + '.map', 'utf8')));
  const sources = new Map<string, string[]>();
  const text = (src: string, line: number): string => {
    if (!sources.has(src)) {
      try {
        sources.set(src, readFileSync(new URL(src, 'file://' + bundle), 'utf8').split('\n'));
      } catch {
        sources.set(src, []);
      }
    }
    return (sources.get(src)![line] ?? '').trim();
  };
  const rel = (src: string): string => src.replace(/^(\.\.\/)+/, '');
  // Bundle positions (0-based line) to the original source.
  const origin = (line: number, col: number): { src: string; line: number } | null => {
    const e = map.findEntry(line, col) as { originalSource?: string; originalLine?: number };
    return e && e.originalSource !== undefined ? { src: e.originalSource, line: e.originalLine! } : null;
  };

  let total = 0;
  const byFn = new Map<string, { name: string; where: string; ticks: number }>();
  const byLine = new Map<string, { where: string; ticks: number; text: string }>();
  for (const n of prof.nodes) {
    const hits = n.hitCount ?? 0;
    total += hits;
    if (!hits) continue;
    const cf = n.callFrame;
    const o = cf.url.endsWith('.mjs') ? origin(cf.lineNumber, cf.columnNumber) : null;
    const where = o ? `${rel(o.src)}:${o.line + 1}` : cf.url ? `${cf.url.split('/').pop()}:${cf.lineNumber + 1}` : '';
    const name = cf.functionName || '(anonymous)';
    const key = `${name}@${where}`;
    const f = byFn.get(key) ?? { name, where, ticks: 0 };
    f.ticks += hits;
    byFn.set(key, f);
    for (const p of n.positionTicks ?? []) {
      const lo = cf.url.endsWith('.mjs') ? origin(p.line - 1, 0) : null;
      if (!lo) continue;
      const k = `${lo.src}:${lo.line}`;
      const l = byLine.get(k) ?? { where: `${rel(lo.src)}:${lo.line + 1}`, ticks: 0, text: text(lo.src, lo.line) };
      l.ticks += p.ticks;
      byLine.set(k, l);
    }
  }
  const pct = (t: number): number => (100 * t) / Math.max(1, total);
  return {
    totalMs: (prof.endTime - prof.startTime) / 1000,
    functions: [...byFn.values()].sort((a, b) => b.ticks - a.ticks).slice(0, top).map((f) => ({ name: f.name, where: f.where, selfPercent: pct(f.ticks) })),
    lines: [...byLine.values()].sort((a, b) => b.ticks - a.ticks).slice(0, top * 2).map((l) => ({ where: l.where, percent: pct(l.ticks), text: l.text })),
  };
}

export function formatSummary(name: string, s: ProfileSummary): string {
  const out = [`Profile of '${name}' (${s.totalMs.toFixed(0)} ms sampled): self time by function`, '', '| function | where | self |', '|---|---|---:|'];
  for (const f of s.functions) out.push(`| \`${f.name}\` | ${f.where} | ${f.selfPercent.toFixed(1)}% |`);
  out.push('', 'by source line', '', '| line | share | source |', '|---|---:|---|');
  for (const l of s.lines) out.push(`| ${l.where} | ${l.percent.toFixed(1)}% | \`${l.text.replace(/\|/g, '\\|').slice(0, 90)}\` |`);
  return out.join('\n') + '\n';
}
