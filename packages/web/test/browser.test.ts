// The playground in a real browser (Debian's chromium, driven by playwright-core), served as a
// static site from 127.0.0.1, used as a person would: write a kernel with a mistake, read the
// diagnostic, fix it, run it, read the stats, debug it, stop a runaway, share it. Every wait is
// for something a person would wait for (an element, a text), never a fixed time.
import { cpSync, existsSync, mkdirSync, mkdtempSync, copyFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPARE_MODES, RUNS, WORKLOADS, finish } from '@pvm/compare';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_LOAD, buildPlayground, exampleFiles, serve, workloadFiles, type FirstLoad } from '../../../scripts/playground.mjs';
import { compareFiles } from '../src/compare-files.ts';
import { comparing } from '../src/comparing.ts';
import { ROOT } from './helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Screenshots and measurements of every run (gitignored); docs/img only on request. */
const ARTIFACTS = join(ROOT, 'packages/web/artifacts');
const REFRESH_DOCS = process.env.PVM_UPDATE_SCREENSHOTS === '1';
const T = { timeout: 120_000 };

const KERNEL_WITH_MISTAKE = `; says Hi, three bytes, then powers off
_start:
li r2, msg
1: ldb r1, [r2]
beq r1, 0, 2f
out CONSOLE_DATA, r1
add r2, r2, 1
jmp 1b
2: lii r1, 0
out POWER_OFF, r1
.data
msg: .asciz "Hi\\n"
`;

let site: string;
let server: { url: string; close(): Promise<void> };
/** The same site with a runner that fails to allocate as soon as it is asked to run, as out of memory does. */
let crashSite: string;
let crashServer: { url: string; close(): Promise<void> };
const CRASHING_WORKER = `importScripts('worker-real.js');
const real = self.onmessage;
self.onmessage = (e) => { if (e.data.t === 'run' || e.data.t === 'compare') throw new RangeError('Array buffer allocation failed'); real(e); };
`;
let browser: Browser;
let size: FirstLoad;
const measured: Record<string, unknown> = {};

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`these tests drive Debian's chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run installs it)`);
  site = mkdtempSync(join(tmpdir(), 'pvm-site-'));
  size = await buildPlayground(site);
  server = await serve(site);
  crashSite = mkdtempSync(join(tmpdir(), 'pvm-site-crash-'));
  cpSync(site, crashSite, { recursive: true });
  renameSync(join(crashSite, 'worker.js'), join(crashSite, 'worker-real.js'));
  writeFileSync(join(crashSite, 'worker.js'), CRASHING_WORKER);
  crashServer = await serve(crashSite);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await crashServer?.close();
  rmSync(site, { recursive: true, force: true });
  rmSync(crashSite, { recursive: true, force: true });
  writeFileSync(join(ARTIFACTS, 'measurements.json'), JSON.stringify(measured, null, 2) + '\n');
});

const ready = (page: Page) => page.waitForSelector('body[data-ready=true]');

/** A new browser context (no storage), its page opened at `url` when given, and the page's errors. */
async function fresh(url?: string, opts: Parameters<Browser['newContext']>[0] = {}): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (url !== undefined) {
    await page.goto(url);
    await ready(page);
  }
  return { ctx, page, errors };
}
const shot = async (page: Page, name: string): Promise<void> => {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  if (REFRESH_DOCS && name === 'run') {
    mkdirSync(join(ROOT, 'docs/img'), { recursive: true });
    copyFileSync(path, join(ROOT, 'docs/img/playground.png'));
  }
};

async function setSource(page: Page, text: string): Promise<void> {
  await page.click('.cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

const textOf = (page: Page, sel: string) => page.locator(sel).innerText();
const waitText = (page: Page, sel: string, re: RegExp, timeout = 30_000) =>
  page.waitForFunction(([s, src, flags]) => new RegExp(src, flags).test(document.querySelector(s)?.textContent ?? ''), [sel, re.source, re.flags] as const, { timeout });

/** The 1-based line the debugger shows as current, or 0. */
const currentLine = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll('.cm-content > .cm-line')).findIndex((l) => l.classList.contains('pvm-current')) + 1);
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

async function clickGutter(page: Page, line: number): Promise<void> {
  const g = (await page.locator('.pvm-bp-gutter').boundingBox())!;
  const l = (await page.locator('.cm-content > .cm-line').nth(line - 1).boundingBox())!;
  await page.mouse.click(g.x + g.width / 2, l.y + l.height / 2);
}

describe('the playground in chromium', () => {
  it('first load: what it fetches is what was measured, and it is under 1 MB gzipped', T, async () => {
    const { ctx, page, errors } = await fresh();
    const fetched = new Set<string>();
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.origin === new URL(server.url).origin) fetched.add(u.pathname.slice(1) || 'index.html');
    });
    await page.goto(server.url);
    await ready(page);
    await waitText(page, '#asm-status', /^assembles$/);
    expect([...fetched].sort()).toEqual([...FIRST_LOAD].sort());
    expect(size.gzip).toBeLessThan(1_000_000);
    measured.firstLoadGzipBytes = size.gzip;
    measured.firstLoadFiles = size.files;
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('a mistake, its diagnostic and fix, a run in trap mode with its exit count, and a debug session', T, async () => {
    const { ctx, page, errors } = await fresh(server.url);
    await setSource(page, KERNEL_WITH_MISTAKE);
    // The assembler's own message, under the word, with its suggestion as a one-click fix.
    await page.waitForSelector('.cm-lintRange-error');
    await waitText(page, '#asm-status', /^1 error$/);
    await page.hover('.cm-lintRange-error');
    await waitText(page, '.cm-tooltip-lint', /unknown instruction 'lii'; did you mean 'li'\?/);
    await shot(page, 'diagnostic');
    await page.click('.cm-tooltip-lint button:has-text("Use \'li\'")');
    await waitText(page, '#asm-status', /^assembles$/);
    expect(await page.locator('.cm-lintRange-error').count()).toBe(0);
    const fixed = await page.evaluate(() => document.querySelector('.cm-content')!.textContent);
    expect(fixed).toContain('2: li r1, 0');
    // Hover docs from the tables: an instruction's forms, a predefined name's value.
    const l = (await page.locator('.cm-content > .cm-line').nth(lineOf(KERNEL_WITH_MISTAKE, 'POWER_OFF') - 1).boundingBox())!;
    await page.mouse.move(l.x + 10, l.y + l.height / 2);
    await waitText(page, '.pvm-doc', /^out — privileged: a VM exit when deprivileged \(trap mode\)out port, rs — /);
    await page.mouse.move(l.x + 60, l.y + l.height / 2);
    await waitText(page, '.pvm-doc', /^POWER_OFF = \d+ \(0x[0-9a-f]+\)/);
    await page.mouse.move(0, 0);

    // Keystroke to diagnostic, measured in the page: break a mnemonic, wait for the underline.
    const times: number[] = [];
    const outLine = lineOf(KERNEL_WITH_MISTAKE, 'out CONSOLE_DATA');
    for (let i = 0; i < 5; i++) {
      await page.evaluate(() => {
        const w = window as unknown as { t: { key?: number; diag?: number } };
        w.t = {};
        document.addEventListener('keydown', () => (w.t.key ??= performance.now()), { capture: true, once: true });
        const obs = new MutationObserver(() => {
          if (document.querySelector('.cm-lintRange-error')) {
            w.t.diag ??= performance.now();
            obs.disconnect();
          }
        });
        obs.observe(document.body, { subtree: true, childList: true, attributes: true });
      });
      // The end of `out` on its line: `outx` is no instruction.
      const l = (await page.locator('.cm-content > .cm-line').nth(outLine - 1).boundingBox())!;
      await page.mouse.click(l.x + 1, l.y + l.height / 2);
      await page.keyboard.press('Home');
      for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
      await page.keyboard.type('x');
      await page.waitForSelector('.cm-lintRange-error');
      times.push(await page.evaluate(() => {
        const t = (window as unknown as { t: { key: number; diag: number } }).t;
        return t.diag - t.key;
      }));
      await page.keyboard.press('Backspace');
      await waitText(page, '#asm-status', /^assembles$/);
      await page.waitForFunction(() => !document.querySelector('.cm-lintRange-error'));
    }
    times.sort((a, b) => a - b);
    measured.keystrokeToDiagnosticMs = { median: times[2], min: times[0], max: times[4], samples: times };
    // Of which the assembler in its worker took:
    measured.assembleMs = await page.evaluate(() => (window as unknown as { pvm: { lastCheck(): { ms: number } } }).pvm.lastCheck().ms);

    // Run in trap mode: three console bytes and the power-off, each a VM exit.
    await page.selectOption('#mode', 'trap');
    await page.click('#run');
    await waitText(page, '#result', /exit status 0/);
    expect(await textOf(page, '#output')).toBe('Hi\n');
    expect(await textOf(page, 'tr[data-stat="exits"] td')).toBe('4');
    expect(await textOf(page, 'tr[data-stat="exits:out CONSOLE_DATA"] td')).toBe('3');
    expect(await textOf(page, 'tr[data-stat="exits:out POWER_OFF"] td')).toBe('1');
    await shot(page, 'run');

    // A breakpoint from the gutter, then the debugger: continue, step, reverse-step.
    await clickGutter(page, outLine);
    await page.waitForSelector('.pvm-bp');
    await page.keyboard.press('Control+Shift+Enter');
    await waitText(page, '#debug-log', /Breakpoint 1 at/);
    await waitText(page, '#status', /stopped after 0 instructions/);
    expect(await currentLine(page)).toBe(lineOf(KERNEL_WITH_MISTAKE, 'li r2, msg'));
    await page.keyboard.press('F5');
    await waitText(page, '#debug-log', /Breakpoint 1,/);
    await page.waitForFunction((n) => Array.from(document.querySelectorAll('.cm-content > .cm-line'))[n - 1]?.classList.contains('pvm-current'), outLine);
    const atBreak = await textOf(page, '#status');
    await page.keyboard.press('F11');
    await page.waitForFunction((n) => Array.from(document.querySelectorAll('.cm-content > .cm-line'))[n]?.classList.contains('pvm-current'), outLine);
    // The step moved past `out`: one byte more shown in the debugger's log.
    await waitText(page, '#debug-log', /H/);
    await page.keyboard.press('Shift+F11');
    await page.waitForFunction((n) => Array.from(document.querySelectorAll('.cm-content > .cm-line'))[n - 1]?.classList.contains('pvm-current'), outLine);
    await waitText(page, '#status', new RegExp(atBreak.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    // The editor is read-only while debugging: the source is what the session runs.
    expect(await page.getAttribute('.cm-content', 'aria-readonly')).toBe('true');
    await page.click('.cm-content');
    await page.keyboard.type('zzz');
    expect(await page.evaluate(() => document.querySelector('.cm-content')!.textContent)).not.toContain('zzz');
    // A catchpoint on VM exits, and the command line for everything else.
    await page.click('button[data-cmd="catch trap"]');
    await waitText(page, '#debug-log', /Catchpoint 2 \(trap\)/);
    await page.fill('#command', 'delete 1');
    await page.press('#command', 'Enter');
    await page.keyboard.press('F5');
    await waitText(page, '#debug-log', /Catchpoint 2.*out CONSOLE_DATA/s);
    await page.fill('#command', 'x/4xb &msg');
    await page.press('#command', 'Enter');
    await waitText(page, '#debug-log', /0x48\s+0x69\s+0x0a\s+0x00/);
    // The step runs `add r2, r2, 1`: r2 is marked as changed, and only registers that changed are.
    const before = await textOf(page, 'td[data-reg="r2"]');
    await page.keyboard.press('F11');
    await page.waitForSelector('td[data-reg="r2"].changed');
    expect(parseInt(await textOf(page, 'td[data-reg="r2"]'), 16)).toBe(parseInt(before, 16) + 1);
    expect(await page.locator('#registers td.changed').count()).toBe(1);
    await shot(page, 'debug');
    await page.click('#end-debug');
    expect(await page.getAttribute('.cm-content', 'aria-readonly')).toBeNull();
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('source that does not assemble never runs', T, async () => {
    const { ctx, page } = await fresh(server.url);
    await setSource(page, '_start:\n  mov r1\n  out POWER_OFF, r1\n');
    await page.click('#run');
    await waitText(page, '#result', /^Not run: the source does not assemble \(1 error\); line 2: /);
    expect(await textOf(page, '#output')).toBe('');
    expect(await page.locator('#stats').isHidden()).toBe(true);
    // Source that assembles but cannot run in these settings is refused the same way.
    await setSource(page, '_start: hlt\n.data\nbig: .space 2000000\n');
    await waitText(page, '#asm-status', /^assembles$/);
    await page.click('#run');
    await waitText(page, '#result', /^Not run: the image's data segment ends at 0x1e9490, past the end of guest memory \(1 MiB\)\.$/);
    await page.selectOption('#examples', 'pv/hello.s');
    await page.selectOption('#mode', 'trap');
    await page.click('#debug');
    await waitText(page, '#result', /^Not run: this is a paravirtual kernel \(\.paravirt\): run it in pv mode\.$/);
    expect(await page.isHidden('#debug-tools')).toBe(true);
    await ctx.close();
  });

  it('an endless loop runs in the worker, the page stays usable, and Stop ends it', T, async () => {
    const { ctx, page } = await fresh(server.url);
    await setSource(page, '_start:\n  jmp _start\n');
    await page.fill('#budget', '1000000000000');
    await page.click('#run');
    await waitText(page, '#status', /running/);
    // While the guest runs, the editor takes keystrokes.
    await page.click('.cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('; still typing');
    await page.waitForFunction(() => document.querySelector('.cm-content')!.textContent!.includes('; still typing'));
    expect(await textOf(page, '#result')).toBe('');
    await page.keyboard.press('Escape');
    await waitText(page, '#result', /^stopped by you at pc 0x1000 \(hello\.s:2\) after [\d,]+ instructions — exit status 70$/);
    expect(Number((await textOf(page, 'tr[data-stat="instructions"] td')).replace(/,/g, ''))).toBeGreaterThan(0);
    await ctx.close();
  });

  it('console input typed while the guest waits, and the end of input', T, async () => {
    const { ctx, page } = await fresh(server.url);
    await page.selectOption('#examples', 'echo.s');
    await waitText(page, '#file-name', /^echo\.s$/);
    await page.click('#run');
    await waitText(page, '#status', /waiting for console input/);
    await page.fill('#input', 'hello');
    await page.press('#input', 'Enter');
    await waitText(page, '#status', /waiting for console input/);
    await page.click('#eof');
    await waitText(page, '#result', /exit status 0/);
    expect(await textOf(page, '#output')).toBe('hello\nhello\n6 bytes\n');
    await ctx.close();
  });

  it('a guest that floods its console is cut off with a message', T, async () => {
    const { ctx, page } = await fresh(server.url);
    await setSource(page, "_start:\n  li r1, 'x'\n1: out CONSOLE_DATA, r1\n  jmp 1b\n");
    await page.click('#run');
    await waitText(page, '#result', /console output reached its limit of 256 KiB; the rest was dropped/);
    expect((await textOf(page, '#output')).length).toBe(256 * 1024);
    await ctx.close();
  });

  it('a shared link opens the program; a damaged one opens an empty editor with a message', T, async () => {
    const { ctx, page } = await fresh(server.url);
    await page.selectOption('#examples', 'pv/echo.s');
    await page.click('#share');
    const link = await page.inputValue('#share-link');
    expect(link).toMatch(/#code=[A-Za-z0-9_-]+$/);
    const other = await fresh(link);
    expect(await textOf(other.page, '#file-name')).toBe('pv/echo.s');
    await waitText(other.page, '.cm-content', /console_io/);
    expect(await other.page.locator('#notice').isHidden()).toBe(true);
    await waitText(other.page, '#asm-status', /^assembles$/);
    await other.ctx.close();

    for (const bad of ['#code=!!!not-base64', `${new URL(link).hash.slice(0, 40)}`, '#something-else']) {
      const b = await fresh(server.url + bad);
      await waitText(b.page, '#notice', /^Could not open the shared program: this link /);
      expect((await b.page.evaluate(() => document.querySelector('.cm-content')!.textContent)) ?? '').toBe('');
      if (bad.startsWith('#code=!')) await shot(b.page, 'bad-link');
      await b.ctx.close();
    }
    await ctx.close();
  });

  it('the worker crashing is reported and the page stays usable', T, async () => {
    const { ctx, page, errors } = await fresh(crashServer.url);
    await waitText(page, '#asm-status', /^assembles$/);
    await page.click('#run');
    await waitText(page, '#result', /^the runner crashed \(.*Array buffer allocation failed\)\. Your program is kept/);
    expect(await page.isEnabled('#run')).toBe(true);
    // The page goes on: the new worker debugs, the editor edits and checks, Run reports again.
    await page.click('#debug');
    await waitText(page, '#status', /stopped after 0 instructions/);
    await page.keyboard.press('F11');
    await waitText(page, '#status', /stopped after 1 instructions/);
    await page.click('#end-debug');
    await setSource(page, '_start:\n  lii r1, 0\n');
    await waitText(page, '#asm-status', /^1 error$/);
    await setSource(page, '_start:\n  li r1, 0\n  out POWER_OFF, r1\n');
    await waitText(page, '#asm-status', /^assembles$/);
    await page.click('#run');
    await waitText(page, '#result', /^the runner crashed/);
    // A crash while measuring is said in the compare view, which is ready again.
    await page.click('#compare');
    await waitText(page, '#compare-status', /^the runner crashed \(.*Array buffer allocation failed\)\. Compare again when ready\.$/);
    expect(await page.isEnabled('#compare')).toBe(true);
    expect(await page.isEnabled('#run')).toBe(true);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('compares the modes under the chosen CPU: progress, Stop, then the chart and the scores of pvm compare', { timeout: 360_000 }, async () => {
    const { ctx, page, errors } = await fresh(server.url);
    await page.selectOption('#cpu', 'p4');
    // Stopped while it measures; the page goes on meanwhile.
    await page.click('#compare');
    // A loaded machine may take a while to start the worker and finish the first run.
    await waitText(page, '#compare-status', /^measuring \S+ in \S+ \(run \d+ of \d+\)/, 110_000);
    expect(await page.isVisible('#compare-progress')).toBe(true);
    expect(await page.isDisabled('#run')).toBe(true);
    await page.click('.cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('; typed while measuring');
    await page.waitForFunction(() => document.querySelector('.cm-content')!.textContent!.includes('; typed while measuring'));
    await page.keyboard.press('Escape');
    await waitText(page, '#compare-status', new RegExp(`^Stopped by you after \\d+ of ${RUNS} runs: nothing to score\\.$`));
    expect(await page.isHidden('#compare-results')).toBe(true);
    expect(await page.isEnabled('#run')).toBe(true);
    expect(await page.isHidden('#compare-progress')).toBe(true);
    expect(await textOf(page, '#status')).toBe('');

    // Measured to the end: the chart, and the scores the same code gives in node (which are pvm compare --json's: compare.test.ts).
    await page.click('#compare');
    await page.waitForSelector('#compare-chart svg[role=img]', { timeout: 110_000 });
    await waitText(page, '#compare-status', /^\d+ workloads measured in 4 modes under p4/);
    const end = finish(comparing(compareFiles(workloadFiles(), exampleFiles()), 'p4'));
    if (end.kind !== 'done') throw new Error(JSON.stringify(end));
    for (const w of end.report.results) for (const m of COMPARE_MODES) expect(await textOf(page, `td[data-score="${w.name}:${m}"]`), `${w.name} ${m}`).toBe(w.score[m].toFixed(2));
    // One score read as a person would: the console row's trap column.
    const row = page.locator('#compare-scores tbody tr', { hasText: 'console' });
    const trap = COMPARE_MODES.indexOf('trap');
    expect(Number(await row.locator('td').nth(trap).innerText())).toBeCloseTo(end.report.results.find((w) => w.name === 'console')!.score.trap, 2);
    // Accessible: a caption naming the CPU, a text alternative for the chart, the exits behind each score.
    expect(await textOf(page, '#compare-scores caption')).toMatch(/^Relative score to native under p4 \(Pentium 4/);
    expect(await page.locator('#compare-chart svg title').first().textContent()).toBe('pvm compare: relative score to native, p4');
    expect(await page.locator('#compare-chart svg > desc').textContent()).toContain(`${WORKLOADS[0]!.title}: native 1.00`);
    expect(await page.locator('#compare-exits tbody tr').count()).toBe(WORKLOADS.length);
    expect(await textOf(page, 'td[data-exits="console:trap"]')).toMatch(/^4,\d{3} exits\s*most: out CONSOLE_DATA/);
    await shot(page, 'compare');
    expect(errors).toEqual([]);
    await ctx.close();

    // On a phone, in the dark: nothing overflows the page, and the chart takes the page's colours.
    const narrow = await fresh(server.url, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, colorScheme: 'dark' });
    await narrow.page.click('#compare');
    await narrow.page.waitForSelector('#compare-chart svg', { timeout: 110_000 });
    expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await narrow.page.evaluate(() => getComputedStyle(document.querySelector('#compare-chart svg text')!).fill)).toBe('rgb(230, 237, 243)');
    await shot(narrow.page, 'compare-narrow-dark');
    await narrow.ctx.close();
  });

  it('narrow, zoomed to 200%, and dark: nothing overflows sideways and the colours follow', T, async () => {
    // A 1280-pixel window at 200% zoom lays out as 640 CSS pixels; a phone is narrower still.
    for (const [name, viewport, dsf] of [['zoom200', { width: 640, height: 450 }, 2], ['narrow', { width: 360, height: 740 }, 2]] as const) {
      const { ctx, page } = await fresh(server.url, { viewport, deviceScaleFactor: dsf });
      await page.click('#run');
      await waitText(page, '#result', /exit status 0/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(page, name);
      await ctx.close();
    }
    const light = await fresh(server.url, { colorScheme: 'light' });
    const dark = await fresh(server.url, { colorScheme: 'dark' });
    const bg = (p: Page) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg(light.page)).toBe('rgb(255, 255, 255)');
    expect(await bg(dark.page)).toBe('rgb(13, 17, 23)');
    await shot(dark.page, 'dark');
    await light.ctx.close();
    await dark.ctx.close();
  });
});
