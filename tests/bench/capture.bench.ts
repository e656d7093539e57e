// What a capture costs the page, measured in Chromium: readProfile on the largest saved LinkedIn
// page (1.2 MB, ../shared/fixtures, or ASKWELL_FIXTURES), against one document.body.innerText
// read of the same page (what a naive scraper does). Without the saved pages (e.g. on CI) it
// measures a synthetic page of the same size from tests/profiles/generate.ts, and says so.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../e2e/harness';
import { largeProfilePage } from '../profiles/generate';
import { recordFigure, summarize } from './figures';

const FIXTURES = process.env.ASKWELL_FIXTURES ?? resolve('..', 'shared', 'fixtures', 'linkedin');
const LARGEST = 'linkedin-loggedin-2024-07-full-profile';

interface Subject {
  label: string;
  url: string;
  html: string;
}

function subject(): Subject {
  const path = join(FIXTURES, `${LARGEST}.html`);
  if (existsSync(path)) {
    const check = JSON.parse(readFileSync(join(FIXTURES, `${LARGEST}.expected.json`), 'utf8')).check as {
      url: string;
    };
    return {
      label: 'largest saved LinkedIn page (1.2 MB)',
      url: check.url,
      html: readFileSync(path, 'utf8'),
    };
  }
  return {
    label: 'synthetic 1.2 MB LinkedIn page (saved pages absent)',
    url: 'https://www.linkedin.com/in/amara-nwosu/',
    html: largeProfilePage(1_200_000),
  };
}

/** readProfile as one script for the page: the same code the capture script ships. */
async function readerBundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents:
        "import { readProfile } from './lib/profiles/index'; globalThis.__askwellReadProfile = readProfile;",
      resolveDir: resolve('.'),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  });
  return out.outputFiles[0]?.text ?? '';
}

describe('capture cost in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads the profile in under 10 ms, faster than one document.body.innerText read', async () => {
    const page0 = subject();
    // bypassCSP: the saved page's Trusted Types policy would refuse the injected reader script.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    // The page is served inside the browser; everything it asks for is refused: no network.
    await context.route('**/*', (route) =>
      route.request().url() === page0.url
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page0.html })
        : route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    await page.goto(page0.url, { waitUntil: 'load' });
    await page.addScriptTag({ content: await readerBundle() });

    const timings = await page.evaluate(() => {
      const read = (
        globalThis as unknown as { __askwellReadProfile: (d: Document, u: string) => { ok: boolean } }
      ).__askwellReadProfile;
      // performance.now() is coarsened to 0.1 ms in pages: each sample times a batch of calls. The
      // two are interleaved round by round, so that both see the same machine load.
      const batch = (fn: () => unknown, n: number) => {
        const t0 = performance.now();
        for (let i = 0; i < n; i++) fn();
        return (performance.now() - t0) / n;
      };
      const ok = read(document, location.href).ok;
      // The first innerText read lays the page out; later reads reuse that layout (the cheapest case).
      const firstInnerText = batch(() => document.body.innerText, 1);
      batch(() => read(document, location.href), 20);
      const reader: number[] = [];
      const innerText: number[] = [];
      for (let round = 0; round < 40; round++) {
        reader.push(batch(() => read(document, location.href), 10));
        innerText.push(batch(() => document.body.innerText.length, 10));
      }
      return { ok, reader, innerText, firstInnerText };
    });
    await context.close();

    expect(timings.ok).toBe(true);
    const reader = summarize(timings.reader);
    const innerText = summarize(timings.innerText);
    recordFigure({
      figure: `capture: readProfile, ${page0.label}, median`,
      value: reader.median,
      unit: 'ms',
      budget: 10,
    });
    recordFigure({
      figure: `capture: readProfile, ${page0.label}, p95 of 10-call batches`,
      value: reader.p95,
      unit: 'ms',
    });
    recordFigure({
      figure: `capture: document.body.innerText, same page, median of warm reads`,
      value: innerText.median,
      unit: 'ms',
    });
    recordFigure({
      figure: `capture: document.body.innerText, same page, first read`,
      value: timings.firstInnerText,
      unit: 'ms',
    });
    recordFigure({
      figure: 'capture: readProfile median / warm innerText median (must be < 1)',
      value: reader.median / innerText.median,
      unit: 'x',
      budget: 1,
    });
    expect(reader.median).toBeLessThan(innerText.median);
  });

  it('ships a capture script of at most 8 KB gzip', async () => {
    const built = ['.output/chrome-mv3-e2e/capture.js', '.output/chrome-mv3/capture.js'].find(existsSync);
    expect(built, 'build the extension first (npm run bench does)').toBeDefined();
    const { gzipSync } = await import('node:zlib');
    const size = gzipSync(readFileSync(built as string)).length;
    recordFigure({ figure: 'capture script (capture.js), gzip', value: size / 1024, unit: 'KB', budget: 8 });
  });
});
