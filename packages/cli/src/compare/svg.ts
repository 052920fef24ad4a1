// The relative scores as a grouped bar chart in the shape of Barham et al. 2003, Fig. 3: one
// group per workload, one bar per mode, the score printed on each bar. Plain SVG, no scripts,
// readable on a light or a dark page (its own background).
import { presetByName } from '@pvm/isa';
import type { CostModel } from '@pvm/hypervisor';
import { COMPARE_MODES, type WorkloadResult } from './measure.ts';

/** ColorBrewer's Dark2: told apart by people with the common colour-vision deficiencies. */
const COLOURS: Record<(typeof COMPARE_MODES)[number], string> = { native: '#666666', trap: '#d95f02', hvm: '#7570b3', pv: '#1b9e77' };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function compareSvg(results: readonly WorkloadResult[], cost: CostModel): string {
  const bar = 22;
  const gap = 30;
  const group = COMPARE_MODES.length * bar + gap;
  const left = 60;
  const top = 60;
  const plotH = 260;
  const bottom = 110;
  const width = left + results.length * group + 20;
  const height = top + plotH + bottom;
  const max = Math.max(1.1, Math.ceil(Math.max(...results.flatMap((r) => COMPARE_MODES.map((m) => r.score[m]))) * 10) / 10);
  const y = (v: number): number => top + plotH - (v / max) * plotH;
  const p = presetByName(cost.preset)!;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="title">`);
  out.push(`<title id="title">pvm compare: relative score to native, ${esc(p.name)}</title>`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${left}" y="22" font-size="15" font-weight="bold" fill="#111111">Relative score to native (higher is better)</text>`);
  out.push(`<text x="${left}" y="40" fill="#333333">CPU ${esc(p.name)}: ${esc(p.title)}${cost.overridden.length ? ', costs overridden' : ''}</text>`);
  for (let t = 0; t <= max + 1e-9; t += 0.2) {
    const yy = y(t).toFixed(1);
    out.push(`<line x1="${left}" y1="${yy}" x2="${width - 20}" y2="${yy}" stroke="${Math.abs(t - 1) < 1e-9 ? '#999999' : '#e0e0e0'}"/>`);
    out.push(`<text x="${left - 6}" y="${yy}" text-anchor="end" dominant-baseline="middle" fill="#333333">${t.toFixed(1)}</text>`);
  }
  results.forEach((r, i) => {
    const gx = left + gap / 2 + i * group;
    COMPARE_MODES.forEach((m, k) => {
      const v = r.score[m];
      const x = gx + k * bar;
      out.push(`<rect x="${x}" y="${y(v).toFixed(1)}" width="${bar - 2}" height="${(top + plotH - y(v)).toFixed(1)}" fill="${COLOURS[m]}"><title>${esc(r.title)}, ${m}: ${v.toFixed(2)}</title></rect>`);
      out.push(`<text x="${x + (bar - 2) / 2}" y="${(y(v) - 4).toFixed(1)}" text-anchor="end" transform="rotate(-90 ${x + (bar - 2) / 2} ${(y(v) - 4).toFixed(1)})" font-size="10" fill="#111111" dominant-baseline="middle">${v.toFixed(2)}</text>`);
    });
    const words = r.title.split(/[:,(]/)[0]!.trim();
    out.push(`<text x="${gx + (COMPARE_MODES.length * bar) / 2}" y="${top + plotH + 18}" text-anchor="middle" fill="#111111">${esc(words)}</text>`);
    out.push(`<text x="${gx + (COMPARE_MODES.length * bar) / 2}" y="${top + plotH + 34}" text-anchor="middle" font-size="10" fill="#555555">${esc(r.name)}</text>`);
  });
  COMPARE_MODES.forEach((m, k) => {
    const x = left + k * 110;
    out.push(`<rect x="${x}" y="${height - 40}" width="14" height="14" fill="${COLOURS[m]}"/>`);
    out.push(`<text x="${x + 20}" y="${height - 29}" fill="#111111">${m}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
