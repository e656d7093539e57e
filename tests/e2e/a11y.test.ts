// axe-core (WCAG 2.0/2.1/2.2 A and AA) on the extension's own pages, in light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, formatViolations, runAxe } from './a11y';
import { type Extension, launchExtension } from './harness';

const THEMES = ['light', 'dark'] as const;
const PAGES = [
  { path: 'popup.html', ready: 'Open prospect list' },
  { path: 'sidepanel.html', ready: 'Prospects' },
] as const;

describe('accessibility of the extension pages', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  for (const { path, ready } of PAGES)
    for (const theme of THEMES)
      it(`${path} has no WCAG 2.2 AA violation in the ${theme} theme`, async () => {
        const page = await ext.openExtensionPage(path);
        await page.getByText(ready, { exact: true }).waitFor();
        const report = await runAxe(page, { theme });
        expect(report.violations, formatViolations(report.violations)).toEqual([]);
        // A page axe found nothing to check on would pass too: make sure it looked.
        expect(report.passes).toBeGreaterThan(5);
        await page.close();
      });

  it('switches the page between the light and dark theme', async () => {
    const page = await ext.openExtensionPage('popup.html');
    await page.getByText('Open prospect list').waitFor();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await checkA11y(page, { theme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await checkA11y(page, { theme: 'dark' });
    expect(await background()).toBe('rgb(20, 24, 28)');
    await page.close();
  });
});

describe('the accessibility check itself', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('reports an unlabelled field, faint text and a tiny button, with where they are', async () => {
    const page = await ext.openExtensionPage('popup.html');
    await page.getByText('Open prospect list').waitFor();
    // Built with DOM calls: extension pages refuse inline scripts, and this is our own test markup.
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.id = 'broken';
      const input = document.createElement('input');
      input.id = 'unlabelled';
      const faint = document.createElement('p');
      faint.id = 'faint';
      faint.textContent = 'Barely readable';
      faint.style.color = '#c8c8c8';
      const tiny = document.createElement('button');
      tiny.id = 'tiny';
      tiny.textContent = 'x';
      tiny.setAttribute('style', 'min-width:0;min-height:0;width:10px;height:10px;padding:0;font-size:6px');
      const next = document.createElement('button');
      next.textContent = 'y';
      next.setAttribute('style', 'min-width:0;min-height:0;width:10px;height:10px;padding:0;font-size:6px');
      box.append(input, faint, tiny, next);
      document.body.append(box);
    });
    for (const theme of ['light', 'dark'] as const) {
      const violations = await checkA11y(page, { theme });
      const byRule = Object.fromEntries(violations.map((v) => [v.rule, v.nodes.map((n) => n.target)]));
      expect(byRule.label).toEqual(['#unlabelled']);
      expect(byRule['target-size']).toContain('#tiny');
      if (theme === 'light') expect(byRule['color-contrast']).toEqual(['#faint']);
      expect(formatViolations(violations)).toMatch(/^label \(critical\): Form elements must have labels/m);
    }
    // Only the given part, and without the excluded part.
    expect(
      (await checkA11y(page, { include: '#broken', exclude: ['#unlabelled'] })).map((v) => v.rule),
    ).not.toContain('label');
    expect(await checkA11y(page, { include: 'main' })).toEqual([]);
    await page.close();
  });
});
