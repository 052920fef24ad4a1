// The relative scores as a grouped bar chart in the shape of Barham et al. 2003, Fig. 3: one
// group per workload, one bar per mode, the score printed on each bar. Plain SVG, no scripts.
// The axis runs from 0 to just above the largest score near native's; a score far above it (pv's
// ring against a port access per byte) is a bar cut at the top with its value printed, so the
// scores around 1.00 stay readable and the drawing stays small whatever the numbers.
import { presetByName } from '@pvm/isa';
import type { CostModel } from '@pvm/hypervisor';
import type { WorkloadResult } from './measure.ts';
import { COMPARE_MODES, type CompareMode } from './workloads.ts';

/** ColorBrewer's Dark2: told apart by people with the common colour-vision deficiencies. */
export const MODE_COLOURS: Record<CompareMode, string> = { native: '#666666', trap: '#d95f02', hvm: '#7570b3', pv: '#1b9e77' };

/** The highest the axis goes: scores above it are drawn cut, with their value. */
export const AXIS_CAP = 2;

export interface SvgOptions {
  /**
   * Drawn into a page (the playground): no background of its own, and text and lines in the
   * page's colour (`currentColor`), so it follows a light or a dark theme. Otherwise the chart
   * has its own white background, readable wherever the file is shown.
   */
  readonly inline?: boolean;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Colours as attributes: the chart's own, or the page's. */
const INK = {
  own: { text: 'fill="#111111"', soft: 'fill="#333333"', faint: 'fill="#555555"', grid: 'stroke="#e0e0e0"', base: 'stroke="#999999"' },
  page: { text: 'fill="currentColor"', soft: 'fill="currentColor"', faint: 'fill="currentColor" fill-opacity="0.8"', grid: 'stroke="currentColor" stroke-opacity="0.2"', base: 'stroke="currentColor" stroke-opacity="0.6"' },
};

/** The top of the axis: a tenth above the largest score up to AXIS_CAP, and at least 1.1. */
export function axisTop(results: readonly WorkloadResult[]): number {
  const near = results.flatMap((r) => COMPARE_MODES.map((m) => r.score[m])).filter((v) => v <= AXIS_CAP);
  return Math.min(AXIS_CAP, Math.max(1.1, Math.ceil(Math.max(0, ...near) * 10) / 10));
}

/** One sentence per workload: the chart said in words (its text alternative). */
export function chartText(results: readonly WorkloadResult[]): string {
  return results.map((r) => `${r.title}: ${COMPARE_MODES.map((m) => `${m} ${r.score[m].toFixed(2)}`).join(', ')}.`).join(' ');
}

export function compareSvg(results: readonly WorkloadResult[], cost: CostModel, opts: SvgOptions = {}): string {
  const ink = opts.inline ? INK.page : INK.own;
  const bar = 22;
  const gap = 30;
  const group = COMPARE_MODES.length * bar + gap;
  const left = 60;
  // Room above the plot for a cut bar's value, written upwards from its top.
  const top = 90;
  const plotH = 260;
  const bottom = 110;
  const width = left + results.length * group + 20;
  const height = top + plotH + bottom;
  const max = axisTop(results);
  const y = (v: number): number => top + plotH - (Math.min(v, max) / max) * plotH;
  const p = presetByName(cost.preset)!;
  const cut = results.some((r) => COMPARE_MODES.some((m) => r.score[m] > max));
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="compare-title compare-desc">`);
  out.push(`<title id="compare-title">pvm compare: relative score to native, ${esc(p.name)}</title>`);
  out.push(`<desc id="compare-desc">${esc(chartText(results))}</desc>`);
  if (!opts.inline) out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${left}" y="22" font-size="15" font-weight="bold" ${ink.text}>Relative score to native (higher is better)</text>`);
  out.push(`<text x="${left}" y="40" ${ink.soft}>CPU ${esc(p.name)}: ${esc(p.title)}${cost.overridden.length ? ', costs overridden' : ''}</text>`);
  for (let k = 0; k * 0.2 <= max + 1e-9; k++) {
    const t = k * 0.2;
    const yy = y(t).toFixed(1);
    out.push(`<line x1="${left}" y1="${yy}" x2="${width - 20}" y2="${yy}" ${Math.abs(t - 1) < 1e-9 ? ink.base : ink.grid}/>`);
    out.push(`<text x="${left - 6}" y="${yy}" text-anchor="end" dominant-baseline="middle" ${ink.soft}>${t.toFixed(1)}</text>`);
  }
  results.forEach((r, i) => {
    const gx = left + gap / 2 + i * group;
    COMPARE_MODES.forEach((m, k) => {
      const v = r.score[m];
      const x = gx + k * bar;
      const w = bar - 2;
      const tip = `<title>${esc(r.title)}, ${m}: ${v.toFixed(2)}</title>`;
      if (v > max) {
        // Cut: a gap a little below the top says the bar goes on.
        out.push(`<rect x="${x}" y="${top}" width="${w}" height="8" fill="${MODE_COLOURS[m]}"/>`);
        out.push(`<rect x="${x}" y="${top + 12}" width="${w}" height="${plotH - 12}" fill="${MODE_COLOURS[m]}">${tip}</rect>`);
      } else out.push(`<rect x="${x}" y="${y(v).toFixed(1)}" width="${w}" height="${(top + plotH - y(v)).toFixed(1)}" fill="${MODE_COLOURS[m]}">${tip}</rect>`);
      const lx = x + w / 2;
      const ly = (y(v) - 4).toFixed(1);
      out.push(`<text x="${lx}" y="${ly}" transform="rotate(-90 ${lx} ${ly})" font-size="10" dominant-baseline="middle" ${ink.text}>${v.toFixed(2)}</text>`);
    });
    const words = r.title.split(/[:,(]/)[0]!.trim();
    out.push(`<text x="${gx + (COMPARE_MODES.length * bar) / 2}" y="${top + plotH + 18}" text-anchor="middle" ${ink.text}>${esc(words)}</text>`);
    out.push(`<text x="${gx + (COMPARE_MODES.length * bar) / 2}" y="${top + plotH + 34}" text-anchor="middle" font-size="10" ${ink.faint}>${esc(r.name)}</text>`);
  });
  COMPARE_MODES.forEach((m, k) => {
    const x = left + k * 110;
    out.push(`<rect x="${x}" y="${height - 40}" width="14" height="14" fill="${MODE_COLOURS[m]}"/>`);
    out.push(`<text x="${x + 20}" y="${height - 29}" ${ink.text}>${m}</text>`);
  });
  if (cut) out.push(`<text x="${left}" y="${height - 8}" font-size="11" ${ink.faint}>A bar cut near the top is off the scale: its value is printed above it.</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}
