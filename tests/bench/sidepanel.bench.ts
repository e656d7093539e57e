// The side panel with 10,000 prospects in Chromium (the end-to-end build): first list paint,
// keystroke to updated list, rows in the page, and the page's memory, against the budgets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension, SidePanelPage } from '../e2e/harness';
import { largeList } from '../e2e/sidepanel-data';
import { recordFigure, summarize } from './figures';

const COUNT = 10_000;
const OPENS = 7;

describe('side panel at 10,000 prospects', () => {
  let ext: Extension;

  beforeAll(async () => {
    ext = await launchExtension();
    const seeding = await SidePanelPage.open(ext);
    await seeding.seed(largeList(COUNT, Date.now()), { reload: false });
    await seeding.page.close();
    // One unmeasured open: the first read of a freshly written store is not what users meet.
    const warm = await SidePanelPage.openMeasured(ext);
    await warm.page
      .locator('.sp-count')
      .filter({ hasText: /^10,000 prospects$/ })
      .waitFor({ timeout: 30_000 });
    await warm.page.close();
  }, 180_000);
  afterAll(async () => {
    await ext?.close();
  });

  it('paints the first rows in under 300 ms', async () => {
    const painted: number[] = [];
    const rows: number[] = [];
    const complete: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      const panel = await SidePanelPage.openMeasured(ext);
      const first = await panel.firstPaint();
      painted.push(first.painted);
      rows.push(first.firstRow);
      const t0 = Date.now();
      await expect.poll(() => panel.count(), { timeout: 30_000, interval: 20 }).toBe('10,000 prospects');
      complete.push(first.painted + (Date.now() - t0));
      await panel.page.close();
    }
    recordFigure({
      figure: `side panel: first row in the page, median of ${OPENS} opens`,
      value: summarize(rows).median,
      unit: 'ms',
    });
    recordFigure({
      figure: `side panel: all 10,000 read (search covers all), median of ${OPENS}`,
      value: summarize(complete).median,
      unit: 'ms',
    });
    recordFigure({
      figure: `side panel: first list paint, median of ${OPENS} opens`,
      value: summarize(painted).median,
      unit: 'ms',
      budget: 300,
    });
  });

  it('updates the list within 50 ms of a keystroke at the 95th percentile', async () => {
    const panel = await SidePanelPage.openMeasured(ext);
    await expect.poll(() => panel.count(), { timeout: 30_000 }).toBe('10,000 prospects');
    const samples: { dom: number; painted: number }[] = [];
    for (const query of [
      'ada okafor 12',
      'lumen grid',
      'fjord systems 9',
      'zoe',
      'priya raman 4',
      'storage',
    ]) {
      await panel.search('');
      samples.push(...(await panel.typeMeasured(query)));
    }
    const dom = summarize(samples.map((s) => s.dom));
    const painted = summarize(samples.map((s) => s.painted));
    recordFigure({
      figure: `side panel: keystroke to list updated in the DOM, p95 (n=${samples.length})`,
      value: dom.p95,
      unit: 'ms',
    });
    recordFigure({
      figure: 'side panel: keystroke to list on screen, median',
      value: painted.median,
      unit: 'ms',
    });
    recordFigure({
      figure: `side panel: keystroke to list on screen, p95 (n=${samples.length})`,
      value: painted.p95,
      unit: 'ms',
      budget: 50,
    });

    await panel.search('');
    await expect.poll(() => panel.count()).toBe('10,000 prospects');
    await panel.scrollThrough(40);
    recordFigure({
      figure: 'side panel: most rows in the page at once (open, search, scroll)',
      value: await panel.maxRowsSeen(),
      unit: 'rows',
      budget: 60,
    });
    recordFigure({
      figure: 'side panel: JS heap after GC with 10,000 prospects',
      value: await panel.heapUsedMB(),
      unit: 'MB',
      budget: 60,
    });
    await panel.page.close();
  });
});
