// The UI kit in real Chromium: layout, contrast in both themes, native <dialog>, scrolling, focus.
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, formatViolations } from './a11y';
import { type Extension, launchExtension } from './harness';

/** The gallery as one script. No entrypoint is added to the extension: the test brings it. */
async function bundleGallery(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [preact()],
    resolve: { alias: { '@': resolve('.') } },
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve('tests/e2e/ui-kit/gallery.tsx'), formats: ['iife'], name: 'UiKitGallery' },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs)
    if ('output' in o)
      for (const chunk of o.output) if (chunk.type === 'chunk' && chunk.isEntry) return chunk.code;
  throw new Error('The gallery bundle has no entry chunk.');
}

describe('the UI kit in Chromium', () => {
  let ext: Extension;
  let gallery: string;
  let page: Page;

  afterAll(async () => {
    await ext?.close();
  });

  /** A fresh popup page (theme.css loaded) showing the gallery instead of the popup. */
  async function openGallery(): Promise<Page> {
    const p = await ext.openExtensionPage('popup.html');
    await p.getByText('Open prospect list').waitFor();
    // Through the DevTools protocol: the page's CSP refuses inline scripts (see a11y.ts).
    await p.evaluate(`${gallery}\n;0`);
    await p.getByRole('heading', { name: 'UI kit' }).waitFor();
    return p;
  }

  beforeAll(async () => {
    [ext, gallery] = await Promise.all([launchExtension(), bundleGallery()]);
    page = await openGallery();
  });

  for (const theme of ['light', 'dark'] as const)
    it(`has no WCAG 2.2 AA violation in the ${theme} theme, with the dialog closed and open`, async () => {
      const closed = await checkA11y(page, { theme });
      expect(closed, formatViolations(closed)).toEqual([]);
      await page.getByRole('button', { name: 'Delete prospect' }).click();
      await page.getByRole('alertdialog', { name: 'Delete Ada Lovelace?' }).waitFor();
      const open = await checkA11y(page, { theme });
      expect(open, formatViolations(open)).toEqual([]);
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Ada Lovelace deleted' }).waitFor();
      const withToast = await checkA11y(page, { theme });
      expect(withToast, formatViolations(withToast)).toEqual([]);
      await page.getByRole('button', { name: 'Dismiss' }).click();
    });

  it('gives every control a target of at least 24 by 24 pixels', async () => {
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '#ui-kit button, #ui-kit input, #ui-kit select, #ui-kit textarea',
        ),
      ]
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { what: el.outerHTML.slice(0, 80), width: r.width, height: r.height };
        })
        .filter((t) => t.width > 0 && (t.width < 24 || t.height < 24)),
    );
    expect(small).toEqual([]);
  });

  it('Dialog: opens from the keyboard, keeps Tab inside, closes on Escape and returns focus', async () => {
    const opener = page.getByRole('button', { name: 'Delete prospect' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Delete Ada Lovelace?' });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    // Opened as a modal: the browser makes the page behind it inert.
    expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('Tabs: arrow keys move through the channels and the panel follows', async () => {
    await page.getByRole('tab', { name: 'Connection note' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'InMail' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tabpanel', { name: 'InMail' }).waitFor();
    await page.keyboard.press('Home');
    expect(await page.getByRole('tab', { name: 'Connection note' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('HighlightedTextArea: the marks follow the text as the user types and scrolls', async () => {
    const box = page.getByRole('textbox', { name: 'Message' });
    const long = `${'I admire your talk on Rust error handling. '.repeat(12)}Could I pick your brain?\n\n`;
    await box.fill(long);
    const geometry = await page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('.ui-hl-input');
      const backdrop = document.querySelector<HTMLElement>('.ui-hl-backdrop');
      if (!area || !backdrop) throw new Error('no editor');
      area.scrollTop = area.scrollHeight;
      area.dispatchEvent(new Event('scroll'));
      return {
        areaWidth: area.clientWidth,
        backdropWidth: backdrop.clientWidth,
        areaHeight: area.scrollHeight,
        backdropHeight: backdrop.scrollHeight,
        areaTop: area.scrollTop,
        backdropTop: backdrop.scrollTop,
        marks: [...backdrop.querySelectorAll('mark')].map((m) => m.textContent),
      };
    });
    expect(geometry.marks).toEqual(['pick your brain']);
    // Same box and same wrapping, so each mark sits under its words.
    expect(geometry.backdropWidth).toBe(geometry.areaWidth);
    expect(geometry.backdropHeight).toBe(geometry.areaHeight);
    expect(geometry.areaTop).toBeGreaterThan(0);
    expect(geometry.backdropTop).toBe(geometry.areaTop);
    await expect.poll(() => page.getByRole('listitem').filter({ hasText: 'is vague' }).count()).toBe(1);
  });

  it('VirtualList: measured rows of 10,000 never overlap, and at most 60 are in the DOM while scrolling', async () => {
    const list = page.getByRole('list', { name: 'Prospects' });
    let maxRows = 0;
    for (const fraction of [0, 0.1, 0.37, 0.5, 0.82, 1, 0.25]) {
      const layout = await list.evaluate(async (ul, f) => {
        const scroller = ul.parentElement as HTMLElement;
        scroller.scrollTop = f * (scroller.scrollHeight - scroller.clientHeight);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const rows = [...ul.querySelectorAll<HTMLElement>(':scope > li')]
          .map((li) => ({ pos: Number(li.getAttribute('aria-posinset')), rect: li.getBoundingClientRect() }))
          .sort((a, b) => a.pos - b.pos);
        const view = scroller.getBoundingClientRect();
        const overlaps = rows.filter((r, i) => {
          const next = rows[i + 1];
          return next && next.pos === r.pos + 1 && Math.abs(next.rect.top - r.rect.bottom) > 1;
        }).length;
        const visible = rows.filter((r) => r.rect.bottom > view.top && r.rect.top < view.bottom);
        return { count: rows.length, overlaps, visible: visible.length };
      }, fraction);
      maxRows = Math.max(maxRows, layout.count);
      expect(layout.overlaps).toBe(0);
      expect(layout.visible).toBeGreaterThan(3);
    }
    expect(maxRows).toBeLessThanOrEqual(60);
  });

  it('VirtualList: End focuses the 10,000th prospect in view, Enter opens it', async () => {
    const list = page.getByRole('list', { name: 'Prospects' });
    await list.evaluate((ul) => {
      (ul.parentElement as HTMLElement).scrollTop = 0;
    });
    await list.getByRole('listitem').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    const focused = page.locator(':focus');
    await expect.poll(() => focused.getAttribute('aria-posinset')).toBe('10000');
    expect(await focused.textContent()).toContain('Person 10000');
    const inView = await focused.evaluate((li) => {
      const view = (li.closest('.ui-vlist') as HTMLElement).getBoundingClientRect();
      const r = li.getBoundingClientRect();
      return r.top >= view.top - 1 && r.bottom <= view.bottom + 1;
    });
    expect(inView).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#opened').textContent()).toBe('Person 10000');
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator(':focus').getAttribute('aria-posinset')).toBe('1');
    expect(await list.getByRole('listitem').count()).toBeLessThanOrEqual(60);
  });

  it('sends no request anywhere (the avatar photo is inline, the unsafe one is never loaded)', () => {
    expect(ext.leaks()).toEqual([]);
  });
});
