/**
 * How fast the popup shows the captured person, measured in the real browser: from the popup's
 * navigation start to the paint of the name heading (Element Timing), against an empty extension
 * page opened the same way in the same run. Shared by the end-to-end test and the benchmark.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { summarize, type Timing } from '../bench/figures';
import { EXTENSION_DIR, type Extension, PopupPage, ToolbarPopup } from './harness';

/** An extension page with nothing but one painted heading: the floor for opening any page. */
export const BLANK_PAGE = 'timing-blank.html';

/**
 * Adds the empty page to the built end-to-end extension before it is launched. It exists only in
 * that test build's folder (`npm run build:e2e` rebuilds the folder), never in a shipped one.
 */
export function addBlankPage(dir: string = EXTENSION_DIR): void {
  const path = join(dir, BLANK_PAGE);
  if (existsSync(path)) return;
  writeFileSync(
    path,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head>' +
      '<body><h1 elementtiming="blank">Askwell</h1></body></html>',
  );
}

export interface OpenTimes {
  popup: Timing;
  blank: Timing;
  /** popup median / blank median */
  ratio: number;
}

interface Rounds {
  runs?: number;
  warmup?: number;
}

/**
 * Runs `popupOnce` and `blankOnce` (each returns a paint time) `runs` times each, interleaved so
 * that both see the same machine load, after `warmup` unmeasured rounds.
 */
async function interleaved(
  popupOnce: () => Promise<number>,
  blankOnce: () => Promise<number>,
  { runs = 20, warmup = 3 }: Rounds,
): Promise<OpenTimes> {
  const popup: number[] = [];
  const blank: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const shown = await popupOnce();
    const painted = await blankOnce();
    if (i >= warmup) {
      popup.push(shown);
      blank.push(painted);
    }
  }
  const p = summarize(popup);
  const b = summarize(blank);
  return { popup: p, blank: b, ratio: p.median / b.median };
}

/**
 * Opens the popup for `tabId` and the empty page, each as a fresh tab, as a popup is; interleaved,
 * after `warmup` unmeasured rounds.
 */
export function measureOpenTimes(
  ext: Extension,
  tabId: number,
  personName: string,
  rounds: Rounds = {},
): Promise<OpenTimes> {
  return interleaved(
    async () => {
      const p = await PopupPage.open(ext, tabId);
      const shown = await PopupPage.paintedAt(p.page, 'person-name');
      const name = await p.page.getByRole('heading', { level: 1 }).textContent();
      if (name !== personName) throw new Error('The popup painted someone else’s name.');
      await p.page.close();
      return shown;
    },
    async () => {
      const b = await ext.openExtensionPage(BLANK_PAGE);
      const painted = await PopupPage.paintedAt(b, 'blank');
      await b.close();
      return painted;
    },
    rounds,
  );
}

/**
 * The same measure in the real toolbar popup, as a user opens it: `action.openPopup()` over the
 * profile `tab`, from the popup's navigation start to the paint of the captured name, against the
 * empty page opened in the same toolbar popup.
 * Unlike `measureOpenTimes`, the popup finds its tab itself (one more browser call, as for a user).
 */
export async function measureToolbarOpenTimes(
  ext: Extension,
  tab: Page,
  personName: string,
  rounds: Rounds = {},
): Promise<OpenTimes> {
  const paintIn = async (page: string | undefined, identifier: string) => {
    const p = await ToolbarPopup.open(ext, tab, page ? { page } : {});
    const painted = await p.paintedAt(identifier);
    if (!page && (await p.heading()) !== personName)
      throw new Error('The popup painted someone else’s name.');
    await p.close();
    return painted;
  };
  try {
    return await interleaved(
      () => paintIn(undefined, 'person-name'),
      () => paintIn(BLANK_PAGE, 'blank'),
      rounds,
    );
  } finally {
    await ext.worker.evaluate(() => chrome.action.setPopup({ popup: 'popup.html' }));
  }
}

export interface PopupScripts {
  /** Every script the popup can load: its entry, what that imports, and every lazy chunk. */
  all: { file: string; gzip: number }[];
  /** What the first screen loads before anything is clicked or stored: the entry and its static imports. */
  firstScreen: { file: string; gzip: number }[];
}

/**
 * The popup's JavaScript in a built extension folder, found from popup.html by following static
 * (`from"./x.js"`) and dynamic (`import("./x.js")`) imports between chunks, each with its gzip size.
 */
export function popupScripts(dir: string): PopupScripts {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((m) => m[1] as string);
  const size = (file: string) => gzipSync(readFileSync(join(dir, file))).length;
  const importsOf = (file: string) => {
    const code = readFileSync(join(dir, file), 'utf8');
    const base = dirname(file);
    const resolveRel = (spec: string) => join(base, spec);
    return {
      fixed: [...code.matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map((m) =>
        resolveRel(m[1] as string),
      ),
      lazy: [...code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((m) =>
        resolveRel(m[1] as string),
      ),
    };
  };
  const walk = (roots: string[], followLazy: boolean) => {
    const seen = new Set<string>();
    const queue = [...roots];
    while (queue.length > 0) {
      const file = queue.shift() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const { fixed, lazy } = importsOf(file);
      queue.push(...fixed, ...(followLazy ? lazy : []));
    }
    return [...seen].sort().map((file) => ({ file, gzip: size(file) }));
  };
  return { all: walk(entries, true), firstScreen: walk(entries, false) };
}
