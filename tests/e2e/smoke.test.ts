import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension, openContexts, PopupPage, SidePanelPage } from './harness';

const PROFILE_URL = 'https://www.linkedin.com/in/test-person/';
const page = `<!doctype html><html lang="en"><head><title>Test Person | LinkedIn</title></head>
<body><main><h1>Test Person</h1><p>Staff engineer</p></main></body></html>`;

describe('the built extension in Chromium', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
    await ext.serve(`${PROFILE_URL}**`, page);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('loads, with its service worker running', () => {
    expect(ext.id).toMatch(/^[a-p]{32}$/);
    expect(ext.worker.url()).toBe(`chrome-extension://${ext.id}/background.js`);
  });

  it('renders the popup with the product name and a way to the prospect list', async () => {
    const popup = await PopupPage.open(ext);
    await expect(popup.page.title()).resolves.toBe('Askwell');
    await popup.page.getByText('Askwell', { exact: true }).waitFor();
    await popup.page.getByRole('button', { name: 'Open prospect list' }).waitFor();
    await popup.page.close();
  });

  it('renders the side panel page', async () => {
    const panel = await SidePanelPage.open(ext);
    await panel.page.getByRole('heading', { name: 'Prospects', exact: true }).waitFor();
    await panel.page.close();
  });

  it('opens the side panel from a click in the popup', async () => {
    expect(await openContexts(ext, 'SIDE_PANEL')).toBe(0);
    const popup = await PopupPage.open(ext);
    await popup.page.getByRole('button', { name: 'Open prospect list' }).click();
    await expect.poll(() => openContexts(ext, 'SIDE_PANEL'), { timeout: 5000 }).toBe(1);
  });

  it('injects the capture script into a profile tab and gets its result back', async () => {
    const { tabId } = await ext.openTab(PROFILE_URL);
    const popup = await PopupPage.open(ext);
    const result = (await popup.captureIn(tabId)) as { ok?: unknown };
    expect(typeof result.ok).toBe('boolean');
    await popup.page.close();
  });

  it('sends no request to any host other than the served test pages', () => {
    expect(ext.leaks()).toEqual([]);
  });
});

describe('the request recorder', () => {
  it('catches a request from the extension’s service worker and from an extension page', async () => {
    const ext = await launchExtension();
    try {
      await ext.worker.evaluate(() => fetch('https://leak.example/from-worker').catch(() => undefined));
      const page = await ext.openExtensionPage('popup.html');
      await page.evaluate(() => fetch('https://leak.example/from-page').catch(() => undefined));
      expect(ext.leaks().map((r) => r.url)).toEqual([
        'https://leak.example/from-worker',
        'https://leak.example/from-page',
      ]);
    } finally {
      await ext.close();
    }
  });
});
