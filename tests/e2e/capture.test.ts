// The built capture script in Chromium, injected exactly as the popup does: it reads synthetic
// LinkedIn and GitHub pages (invented people), waits for a page still rendering, changes nothing
// on the page, and sends nothing anywhere.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension, PopupPage } from './harness';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'profiles', 'fixtures', name), 'utf8');

const PAGES = {
  linkedin2024: 'https://www.linkedin.com/in/amara-nwosu/',
  linkedin2025: 'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez/',
  late: 'https://www.linkedin.com/in/late-renderer/',
  notFound: 'https://www.linkedin.com/in/no-such-member/',
  github: 'https://github.com/adaquill',
};

/** The 2024 page as a single-page app serves it: an empty shell, the profile ~500 ms after load. */
function lateRenderingPage(): string {
  const profile = fixture('linkedin-loggedin-2024.html')
    .replace(/^[\s\S]*?<body[^>]*>/, '')
    .replace(/<\/body>[\s\S]*$/, '')
    .replaceAll('/in/amara-nwosu/', '/in/late-renderer/');
  return `<!DOCTYPE html><html><head><title>LinkedIn</title></head><body>
    <div id="app-boot-bg-loader">Loading</div>
    <template id="later">${profile}</template>
    <script>
      addEventListener('load', () => setTimeout(() => {
        document.getElementById('app-boot-bg-loader').remove();
        document.body.append(document.getElementById('later').content.cloneNode(true));
      }, 500));
    </script></body></html>`;
}

interface Captured {
  ok: boolean;
  reason?: string;
  profile?: Record<string, unknown>;
}

describe('the capture script in Chromium', () => {
  let ext: Extension;
  let popup: PopupPage;

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.serve(`${PAGES.linkedin2024}**`, fixture('linkedin-loggedin-2024.html'));
    await ext.serve(`${PAGES.linkedin2025}**`, fixture('linkedin-loggedin-2025-sdui.html'));
    await ext.serve(`${PAGES.late}**`, lateRenderingPage());
    await ext.serve(`${PAGES.notFound}**`, fixture('linkedin-not-found.html'));
    await ext.serve(`${PAGES.github}**`, fixture('github-user.html'));
    // The synthetic pages' own images: the page may load them, they are part of the served site.
    await ext.serve('https://media.example.test/**', '');
    await ext.serve('https://avatars.example.test/**', '');
    await ext.serve('https://static.example.test/**', '');
    popup = await PopupPage.open(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });

  async function capture(
    url: string,
  ): Promise<{ result: Captured; ms: number; before: string; after: string }> {
    const { page, tabId } = await ext.openTab(url);
    const serialise = () => page.evaluate(() => document.documentElement.outerHTML);
    const before = await serialise();
    const started = Date.now();
    const result = (await popup.captureIn(tabId)) as Captured;
    const ms = Date.now() - started;
    const after = await serialise();
    await page.close();
    return { result, ms, before, after };
  }

  it('captures the person on a 2024 LinkedIn page, not the viewer or the rail', async () => {
    const { result } = await capture(PAGES.linkedin2024);
    expect(result).toEqual({
      ok: true,
      profile: expect.objectContaining({
        network: 'linkedin',
        profileUrl: 'https://www.linkedin.com/in/amara-nwosu/',
        fullName: 'Amara Nwosu',
        headline: 'Data engineer helping hospitals share records safely',
        company: 'Northwind Health',
        location: 'Lagos, Nigeria',
      }),
    });
  });

  it('captures the 2025-26 layout (no h1) with its unicode address', async () => {
    const { result } = await capture(PAGES.linkedin2025);
    expect(result.profile).toMatchObject({
      profileUrl: 'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez/',
      fullName: 'Lucía Fernández',
      company: 'Solenne',
    });
  });

  it('captures a GitHub user page', async () => {
    const { result } = await capture(PAGES.github);
    expect(result.profile).toMatchObject({
      network: 'github',
      profileUrl: PAGES.github,
      fullName: 'Ada Quillfeather',
    });
  });

  it('waits for a page that renders its profile ~500 ms after load, then captures it', async () => {
    const { result, ms } = await capture(PAGES.late);
    expect(result.profile).toMatchObject({ fullName: 'Amara Nwosu', profileUrl: PAGES.late });
    expect(ms).toBeGreaterThanOrEqual(300);
    expect(ms).toBeLessThan(2_500);
  });

  it('says why a page cannot be captured', async () => {
    const { result } = await capture(PAGES.notFound);
    expect(result).toEqual({ ok: false, reason: 'not-found' });
  });

  it('leaves the page exactly as it was', async () => {
    for (const url of [PAGES.linkedin2024, PAGES.linkedin2025, PAGES.github]) {
      const { before, after } = await capture(url);
      expect(after).toBe(before);
    }
  });

  it('is a small script with no database, UI library, storage or network code in it', () => {
    for (const dir of ['.output/chrome-mv3', '.output/chrome-mv3-e2e']) {
      const path = join(dir, 'capture.js');
      if (!existsSync(path)) continue;
      const script = readFileSync(path);
      expect(gzipSync(script).length, `${path} gzip`).toBeLessThanOrEqual(8 * 1024);
      expect(script.toString()).not.toMatch(
        /dexie|indexedDB|preact|valibot|webextension-polyfill|localStorage|sessionStorage|fetch\(|XMLHttpRequest|sendBeacon|WebSocket|chrome\.storage|browser\.storage/i,
      );
    }
  });

  it('sends no request to any host other than the served test pages', () => {
    expect(ext.leaks()).toEqual([]);
  });
});
