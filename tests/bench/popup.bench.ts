// The popup in Chromium: how soon the captured name is painted on a 1 MB profile page, against an
// empty extension page opened the same way in the same run; and how much JavaScript it loads.
// Measured in the real toolbar popup (action.openPopup over the profile tab, as a user opens it:
// the budgets apply there) and, for comparison, with the popup opened as a tab (`?tab=`).
// Needs the end-to-end build (`npm run bench` makes it).
import { afterAll, beforeAll, describe, it } from 'vitest';
import { EXTENSION_DIR, type Extension, launchExtension } from '../e2e/harness';
import { MAYA, profilePage, profileUrlOf } from '../e2e/popup-pages';
import {
  addBlankPage,
  measureOpenTimes,
  measureToolbarOpenTimes,
  type OpenTimes,
  popupScripts,
} from '../e2e/popup-timing';
import { recordFigure } from './figures';

const RUNS = 20;

describe('popup in Chromium', () => {
  let ext: Extension;
  let toolbar: OpenTimes;
  let asTab: OpenTimes;

  beforeAll(async () => {
    addBlankPage();
    ext = await launchExtension();
    const url = profileUrlOf(MAYA);
    const html = profilePage(MAYA, 1_000_000);
    await ext.serve(`${url}**`, html);
    const { page, tabId } = await ext.openTab(url);
    toolbar = await measureToolbarOpenTimes(ext, page, MAYA.fullName, { runs: RUNS });
    asTab = await measureOpenTimes(ext, tabId, MAYA.fullName, { runs: RUNS });
    recordFigure({ figure: 'popup: profile page size', value: html.length / 1e6, unit: 'MB' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('paints the captured name under 1.5 times as late as an empty page', () => {
    recordFigure({
      figure: `popup: empty page in the toolbar popup, open → paint, median of ${RUNS}`,
      value: toolbar.blank.median,
      unit: 'ms',
    });
    recordFigure({
      figure: `popup: toolbar popup, open → captured name painted, p95 of ${RUNS}`,
      value: toolbar.popup.p95,
      unit: 'ms',
    });
    recordFigure({
      figure: 'popup: toolbar popup, open → name / empty page (medians)',
      value: toolbar.ratio,
      unit: '×',
      budget: 1.5,
    });
    recordFigure({
      figure: `popup: opened as a tab, open → name, median of ${RUNS} (empty page ${asTab.blank.median.toFixed(0)} ms)`,
      value: asTab.popup.median,
      unit: 'ms',
    });
    recordFigure({
      figure: 'popup: opened as a tab, name / empty page (medians)',
      value: asTab.ratio,
      unit: '×',
    });
  });

  it('paints the captured name within 100 ms of opening', () => {
    recordFigure({
      figure: `popup: toolbar popup, open → captured name painted, median of ${RUNS} (1 MB page)`,
      value: toolbar.popup.median,
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
