// The side panel with 10,000 prospects in Chromium, against the budgets with a margin for
// a busy CI machine (tests/bench/sidepanel.bench.ts records the figures against the exact budgets).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../bench/figures';
import { type Extension, launchExtension, SidePanelPage } from './harness';
import { largeList } from './sidepanel-data';

const COUNT = 10_000;
/** The end-to-end run shares the machine with other work: budgets times this factor. */
const MARGIN = 1.5;

describe('the side panel with 10,000 prospects', () => {
  let ext: Extension;
  let panel: SidePanelPage;

  beforeAll(async () => {
    ext = await launchExtension();
    const seeding = await SidePanelPage.open(ext);
    await seeding.seed(largeList(COUNT, Date.now()), { reload: false });
    await seeding.page.close();
    // One unmeasured open: the first read of a freshly written store is not what users meet.
    panel = await SidePanelPage.openMeasured(ext);
    await panel.page
      .locator('.sp-count')
      .filter({ hasText: /^10,000 prospects$/ })
      .waitFor({ timeout: 30_000 });
  }, 120_000);
  afterAll(async () => {
    await ext?.close();
  });

  it('paints the first rows within the budget (300 ms) and then knows all 10,000', async () => {
    const painted: number[] = [];
    for (let i = 0; i < 3; i++) {
      await panel.page.close();
      panel = await SidePanelPage.openMeasured(ext);
      painted.push((await panel.firstPaint()).painted);
      await expect.poll(() => panel.count(), { timeout: 20_000 }).toBe('10,000 prospects');
    }
    const median = summarize(painted).median;
    console.log(
      `first list paint: ${painted.map((t) => t.toFixed(0)).join(', ')} ms; median ${median.toFixed(0)} ms`,
    );
    expect(median).toBeLessThan(300 * MARGIN);
  });

  it('updates the list within 50 ms of a keystroke at the 95th percentile', async () => {
    const samples = [];
    for (const query of ['ada okafor 12', 'lumen', 'fjord systems 9', 'zoe']) {
      await panel.search('');
      samples.push(...(await panel.typeMeasured(query)));
    }
    const painted = summarize(samples.map((s) => s.painted));
    const dom = summarize(samples.map((s) => s.dom));
    console.log(
      `keystroke: DOM p95 ${dom.p95.toFixed(1)} ms, painted p95 ${painted.p95.toFixed(1)} ms (n=${samples.length})`,
    );
    expect(samples.length).toBeGreaterThanOrEqual(30);
    expect(painted.p95).toBeLessThan(50 * MARGIN);
    await expect.poll(() => panel.names()).toEqual(expect.arrayContaining([expect.stringMatching(/^Zoë /)]));
  });

  it('never has more than 60 rows in the page, whatever is scrolled or searched', async () => {
    await panel.search('');
    await expect.poll(() => panel.count()).toBe('10,000 prospects');
    await panel.scrollThrough();
    expect(await panel.rows().count()).toBeLessThanOrEqual(60);
    expect(await panel.rows().count()).toBeGreaterThan(5);
    expect(await panel.maxRowsSeen()).toBeLessThanOrEqual(60);
  });

  it('keeps the page’s memory under 60 MB', async () => {
    const mb = await panel.heapUsedMB();
    console.log(`heap after GC: ${mb.toFixed(1)} MB`);
    expect(mb).toBeLessThan(60);
  });
});
