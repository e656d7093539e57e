// The prospect store in Chromium over real (on-disk) IndexedDB, with 10,000 prospects: "follow-ups
// due now", saving one capture, JSON export and import. The store code is bundled with esbuild and
// runs in a page served on an https origin; every time is measured inside the page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../e2e/harness';
import { recordFigure, summarize } from './figures';
import type { StoreBench } from './store-entry';

const ORIGIN = 'https://bench.askwell.test';
const COUNT = 10_000;
const DAY = 86_400_000;

declare global {
  var askwellBench: StoreBench;
}

describe('prospect store in Chromium, 10,000 prospects', () => {
  let context: BrowserContext;
  let page: Page;
  let profileDir: string;
  let records: Record<string, number>;

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [resolve('tests/bench/store-entry.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      write: false,
      tsconfig: resolve('tsconfig.json'),
    });
    const script = bundle.outputFiles[0]?.text ?? '';
    profileDir = mkdtempSync(join(tmpdir(), 'askwell-bench-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/`)
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><title>bench</title><script src="/store.js"></script>',
        });
      if (url === `${ORIGIN}/store.js`)
        return route.fulfill({ contentType: 'text/javascript', body: script });
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => typeof globalThis.askwellBench === 'object');
    records = await page.evaluate((n) => globalThis.askwellBench.load(n), COUNT);
    expect(records.prospects).toBe(COUNT);
  });

  afterAll(async () => {
    await context?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  it('measures this machine’s IndexedDB floor (for reading the figures below)', async () => {
    const ms = await page.evaluate((n) => globalThis.askwellBench.rawPutFloor(n), COUNT);
    recordFigure({
      figure: 'store: floor, raw IndexedDB put of 10,000 empty records',
      value: ms,
      unit: 'ms',
    });
  });

  it('lists the follow-ups due now among 10,000 prospects in under 20 ms', async () => {
    const { samples, due } = await page.evaluate(() => globalThis.askwellBench.dueNow(60));
    expect(due).toBe(COUNT / 100);
    const later = (await page.evaluate(() => globalThis.askwellBench.NOW)) + 6 * DAY;
    const busy = await page.evaluate((at) => globalThis.askwellBench.dueNow(20, at), later);
    expect(busy.due).toBeGreaterThan(600);
    const t = summarize(samples.slice(10));
    recordFigure({ figure: 'store: follow-ups due now (100 due), p95', value: t.p95, unit: 'ms' });
    recordFigure({
      figure: `store: follow-ups due now (${busy.due} due), median`,
      value: summarize(busy.samples.slice(5)).median,
      unit: 'ms',
    });
    recordFigure({
      figure: 'store: follow-ups due now (100 due), median',
      value: t.median,
      unit: 'ms',
      budget: 20,
    });
  });

  it('saves one capture into a store of 10,000 in under 10 ms', async () => {
    const { insert, merge } = await page.evaluate(() => globalThis.askwellBench.saveCaptures(60));
    const ins = summarize(insert.slice(10));
    const mer = summarize(merge.slice(10));
    recordFigure({ figure: 'store: save a new capture, p95', value: ins.p95, unit: 'ms' });
    recordFigure({ figure: 'store: save a new capture, median', value: ins.median, unit: 'ms', budget: 10 });
    recordFigure({
      figure: 'store: save a re-capture (merge), median',
      value: mer.median,
      unit: 'ms',
      budget: 10,
    });
  });

  it('exports a 10,000-prospect JSON backup in under 1 s', async () => {
    const runs: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
      const r = await page.evaluate(() => globalThis.askwellBench.exportJson());
      runs.push(r.ms);
      bytes = r.bytes;
    }
    const total = Object.values(records).reduce((a, b) => a + b, 0);
    recordFigure({
      figure: `store: backup of 10,000 prospects (${total} records), size`,
      value: bytes / 1024 / 1024,
      unit: 'MB',
    });
    recordFigure({
      figure: 'store: export JSON, median of 5',
      value: summarize(runs).median,
      unit: 'ms',
      budget: 1000,
    });
  });

  it('exports the CSV of 10,000 prospects', async () => {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) runs.push(await page.evaluate(() => globalThis.askwellBench.exportCsv()));
    recordFigure({ figure: 'store: export CSV, median of 3', value: summarize(runs).median, unit: 'ms' });
  });

  it('imports a 10,000-prospect JSON backup into an empty store in under 2 s', async () => {
    const total = COUNT + 60;
    const phases = await page.evaluate(() => globalThis.askwellBench.importPhases());
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await page.evaluate(() => globalThis.askwellBench.importJson());
      expect(r.summary).toEqual({ added: total, updated: 0, unchanged: 0 });
      expect(r.count).toBe(total);
      runs.push(r.ms);
    }
    const again = await page.evaluate(() => globalThis.askwellBench.importJson(true));
    expect(again.summary).toEqual({ added: 0, updated: 0, unchanged: total });
    recordFigure({ figure: 'store: import phase, read and check the file', value: phases.check, unit: 'ms' });
    recordFigure({ figure: 'store: import phase, plan the merge', value: phases.plan, unit: 'ms' });
    recordFigure({ figure: 'store: import phase, IndexedDB writes', value: phases.write, unit: 'ms' });
    recordFigure({
      figure: 'store: import the same backup again (all unchanged)',
      value: again.ms,
      unit: 'ms',
    });
    recordFigure({
      figure: 'store: import JSON into an empty store, median of 3',
      value: summarize(runs).median,
      unit: 'ms',
      budget: 2000,
    });
  });
});
