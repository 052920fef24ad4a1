// The chart: bounded whatever the scores (a score of 600 once drew 2,455 grid lines and hid every
// other bar), a bar per workload and mode, the scores in words for screen readers, and an inline
// form that takes the page's colours.
import { costModel } from '@pvm/hypervisor';
import { rng } from '@pvm/testkit';
import { describe, expect, it } from 'vitest';
import { AXIS_CAP, COMPARE_MODES, axisTop, chartText, compareSvg, type CompareMode, type ModeRun, type WorkloadResult } from '../src/index.ts';

const core2 = costModel('core2')!;

function results(scores: number[][]): WorkloadResult[] {
  return scores.map((row, i) => {
    const score = Object.fromEntries(COMPARE_MODES.map((m, k) => [m, row[k]!])) as Record<CompareMode, number>;
    const run = (m: CompareMode): ModeRun => ({ cycles: 1000 / score[m], guestCycles: 0, hypervisorCycles: 0, instructions: 0, exits: 0, topExits: [], hypercalls: 0, upcalls: 0, hostMs: 0, passed: true });
    return { name: `w${i}`, title: `workload <${i}> & co`, like: '', modes: Object.fromEntries(COMPARE_MODES.map((m) => [m, run(m)])) as WorkloadResult['modes'], score };
  });
}

const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

describe('compareSvg', () => {
  it('stays small and readable for any scores: at most a grid line a fifth, bars cut above the cap', () => {
    const r = rng(16);
    for (let trial = 0; trial < 200; trial++) {
      const rows = 1 + r.int(8);
      // Scores from a hundredth of native to a thousand times it.
      const scores = Array.from({ length: rows }, () => COMPARE_MODES.map((m) => (m === 'native' ? 1 : Math.exp((r.int(1400) - 460) / 100))));
      const svg = compareSvg(results(scores), core2);
      const top = axisTop(results(scores));
      expect(top).toBeGreaterThanOrEqual(1.1);
      expect(top).toBeLessThanOrEqual(AXIS_CAP);
      expect(count(svg, /<line /g)).toBe(Math.floor(top / 0.2 + 1e-9) + 1);
      // A bar (with its tooltip) and a value per workload and mode; a cut one has its top piece too.
      const cut = scores.flat().filter((v) => v > top).length;
      expect(count(svg, /<rect [^>]*><title>/g)).toBe(rows * COMPARE_MODES.length);
      expect(count(svg, /<rect [^>]*height="8" [^>]*\/>/g)).toBe(cut);
      for (const v of scores.flat()) expect(svg).toContain(`>${v.toFixed(2)}</text>`);
      // No bar reaches above the plot or below its base.
      for (const m of svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="20" height="([\d.]+)"/g)) {
        expect(Number(m[1])).toBeGreaterThanOrEqual(90);
        expect(Number(m[1]) + Number(m[2])).toBeLessThanOrEqual(350.05);
      }
    }
  });

  it('says every score in words, escaped', () => {
    const rs = results([[1, 0.5, 0.75, 300]]);
    expect(chartText(rs)).toBe('workload <0> & co: native 1.00, trap 0.50, hvm 0.75, pv 300.00.');
    const svg = compareSvg(rs, core2);
    expect(svg).toContain('<desc id="compare-desc">workload &lt;0&gt; &amp; co: native 1.00, trap 0.50, hvm 0.75, pv 300.00.</desc>');
    expect(svg).toMatch(/role="img" aria-labelledby="compare-title compare-desc"/);
    expect(svg).toContain('A bar cut near the top is off the scale');
    expect(compareSvg(results([[1, 0.5, 0.75, 1.2]]), core2)).not.toContain('off the scale');
  });

  it('drawn into a page, has no background and takes the page\'s colour for text and lines', () => {
    const rs = results([[1, 0.5, 0.75, 300]]);
    const own = compareSvg(rs, core2);
    const page = compareSvg(rs, core2, { inline: true });
    expect(own).toContain('fill="#ffffff"');
    expect(page).not.toContain('fill="#ffffff"');
    // The only fixed colours left are the modes' own.
    const fixed = new Set([...page.matchAll(/(?:fill|stroke)="(#[0-9a-f]{6})"/g)].map((m) => m[1]));
    expect([...fixed].sort()).toEqual(['#1b9e77', '#666666', '#7570b3', '#d95f02']);
    expect(count(page, /currentColor/g)).toBeGreaterThan(10);
  });
});
