// The popup in Chromium: how soon the captured name is painted on a 1 MB profile page, against an
// empty extension page opened the same way in the same run; and how much JavaScript it loads.
// Needs the end-to-end build (`npm run bench` makes it).
import { afterAll, beforeAll, describe, it } from 'vitest';
import { EXTENSION_DIR, type Extension, launchExtension } from '../e2e/harness';
import { MAYA, profilePage, profileUrlOf } from '../e2e/popup-pages';
import { addBlankPage, measureOpenTimes, type OpenTimes, popupScripts } from '../e2e/popup-timing';
import { recordFigure } from './figures';

const RUNS = 20;

describe('popup in Chromium', () => {
  let ext: Extension;
  let times: OpenTimes;

  beforeAll(async () => {
    addBlankPage();
    ext = await launchExtension();
    const url = profileUrlOf(MAYA);
    const html = profilePage(MAYA, 1_000_000);
    await ext.serve(`${url}**`, html);
    const { tabId } = await ext.openTab(url);
    times = await measureOpenTimes(ext, tabId, MAYA.fullName, { runs: RUNS });
    recordFigure({ figure: 'popup: profile page size', value: html.length / 1e6, unit: 'MB' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('paints the captured name under 1.5 times as late as an empty page', () => {
    recordFigure({
      figure: `popup: empty extension page, open → paint, median of ${RUNS}`,
      value: times.blank.median,
      unit: 'ms',
    });
    recordFigure({
      figure: `popup: open → captured name painted, p95 of ${RUNS}`,
      value: times.popup.p95,
      unit: 'ms',
    });
    recordFigure({
      figure: 'popup: open → name / empty page (medians)',
      value: times.ratio,
      unit: '×',
      budget: 1.5,
    });
  });

  it('paints the captured name within 100 ms of opening', () => {
    recordFigure({
      figure: `popup: open → captured name painted, median of ${RUNS} (1 MB page)`,
      value: times.popup.median,
      unit: 'ms',
      budget: 100,
    });
  });

  it('loads little JavaScript for its first screen, and not much in all', () => {
    const scripts = popupScripts(EXTENSION_DIR);
    const kb = (list: { gzip: number }[]) => list.reduce((sum, s) => sum + s.gzip, 0) / 1024;
    recordFigure({
      figure: 'popup: JavaScript gzip, first screen',
      value: kb(scripts.firstScreen),
      unit: 'KB',
    });
    recordFigure({
      figure: `popup: JavaScript gzip, all ${scripts.all.length} chunks (composer and store included)`,
      value: kb(scripts.all),
      unit: 'KB',
      budget: 50,
    });
  });
});
