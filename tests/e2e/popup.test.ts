// The popup in Chromium, on synthetic LinkedIn pages (invented people): capture, save, draft with
// live findings, copy, mark as sent, the records it leaves; hostile names; each state axe-clean in
// light and dark; and the open-to-name time against an empty extension page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, formatViolations } from './a11y';
import {
  type Extension,
  launchExtension,
  PopupPage,
  SidePanelPage,
  screenshotPath,
  ToolbarPopup,
} from './harness';
import { escapeHtml, MAYA, profilePage, profileUrlOf, type SyntheticPerson } from './popup-pages';
import { addBlankPage, measureToolbarOpenTimes } from './popup-timing';

const DAY = 24 * 60 * 60 * 1000;
const ME = { name: 'Sam Okoro', role: 'backend engineer', company: 'Acme', goal: 'lead a platform team' };
const ASK = 'How did you get product leads to back the migration?';
const HOSTILE: SyntheticPerson = {
  ...MAYA,
  slug: 'hostile-name-e2e',
  fullName: '<img src=x onerror="window.__askwellPwned=1"> Zoë “Zed” O’Brien',
};
const LIVE: SyntheticPerson = { ...MAYA, slug: 'tomasz-live-e2e', fullName: 'Tomasz Wójcik' };
const SIGN_IN = 'https://www.linkedin.com/authwall?trk=public_profile';
const ARTICLE = 'https://www.linkedin.com/pulse/migrations-people-can-live-with-rosa-delacroix/';
const ARTICLE_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Migrations people can live with</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Migrations people can live with",
"author":{"@type":"Person","name":"Rosa Delacroix","jobTitle":"Engineering Manager","url":"https://www.linkedin.com/pulse/migrations-people-can-live-with-rosa-delacroix/",
"worksFor":{"@type":"Organization","name":"Fjord and Pine"}}}</script></head>
<body><main><article><h1>Migrations people can live with</h1><p>By Rosa Delacroix</p></article></main></body></html>`;
const THEMES = ['light', 'dark'] as const;

async function expectAxeClean(popup: PopupPage, state: string): Promise<void> {
  for (const theme of THEMES) {
    const violations = await checkA11y(popup.page, { theme });
    expect(violations, `${state}, ${theme}: ${formatViolations(violations)}`).toEqual([]);
  }
  await popup.page.emulateMedia({ colorScheme: 'light' });
}

describe('the popup in Chromium', () => {
  let ext: Extension;
  let mayaTab: number;
  let mayaPage: Page;

  beforeAll(async () => {
    addBlankPage();
    ext = await launchExtension();
    // For every origin: Chromium refuses a grant to the extension's origin by name ("opaque origin").
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await ext.serve(`${profileUrlOf(MAYA)}**`, profilePage(MAYA, 1_000_000));
    await ext.serve(`${profileUrlOf(HOSTILE)}**`, profilePage(HOSTILE));
    await ext.serve(`${profileUrlOf(LIVE)}**`, profilePage(LIVE));
    await ext.serve(
      `${SIGN_IN.split('?')[0]}**`,
      '<!DOCTYPE html><title>Sign in | LinkedIn</title><h1>Sign in</h1>',
    );
    await ext.serve(`${ARTICLE}**`, ARTICLE_PAGE);
    ({ tabId: mayaTab, page: mayaPage } = await ext.openTab(profileUrlOf(MAYA)));
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('captures, saves, drafts with live findings, copies and marks as sent, and the store keeps it all', async () => {
    const popup = await PopupPage.open(ext, mayaTab);
    const { page } = popup;
    await popup.nameHeading(MAYA.fullName).waitFor();
    await expect(page.getByText(MAYA.headline, { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText(MAYA.location).isVisible()).resolves.toBe(true);
    await popup.button('Save prospect').waitFor();
    await page.setViewportSize({ width: 360, height: 600 });
    await page.screenshot({ path: screenshotPath('popup-profile.png') });
    await expectAxeClean(popup, 'captured, new, first run');

    await popup.setUp(ME);
    await popup.save();
    await expect(page.getByText('saved', { exact: true }).isVisible()).resolves.toBe(true);
    await expectAxeClean(popup, 'saved');

    await popup.draftRequest();
    await page.getByRole('tab', { name: 'Connection note', selected: true }).waitFor();
    await page
      .getByRole('checkbox', { name: 'Principal Engineer at Fjordline Systems', exact: true })
      .check();
    await page.getByRole('textbox', { name: 'Your one question', exact: true }).fill(ASK);
    await expect.poll(() => popup.message().inputValue()).toContain('product leads');
    const good = await popup.message().inputValue();
    expect(good.length).toBeLessThanOrEqual(200);
    // The score is the background's answer: it follows the text by a round trip.
    await expect.poll(() => popup.scoreValue()).toBeGreaterThanOrEqual(80);
    await expect(page.getByText(/of 200 characters/).textContent()).resolves.not.toMatch(/over/);
    await expectAxeClean(popup, 'composer, generated');

    // Typed by keyboard at the start of the note: the finding, its highlight and the score follow.
    await popup.message().focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Could I pick your brain? ');
    await popup.findings().getByText('Pick your brain', { exact: true }).waitFor();
    await expect(page.locator('.ui-hl-backdrop mark').first().textContent()).resolves.toBe('pick your brain');
    expect(await popup.scoreValue()).toBeLessThan(60);
    await page.screenshot({ path: screenshotPath('composer-findings.png'), fullPage: true });
    await expectAxeClean(popup, 'composer with findings');

    await popup.message().fill(good);
    await popup.findings().getByText('Pick your brain', { exact: true }).waitFor({ state: 'detached' });
    expect(await page.locator('.ui-hl-backdrop mark').count()).toBe(0);
    await expect.poll(() => popup.scoreValue()).toBeGreaterThanOrEqual(80);

    await popup.button('Copy').click();
    await page.getByText(/^Copied/).waitFor();
    expect(await popup.readClipboard()).toBe(good);

    const before = Date.now();
    await popup.button('Mark as sent').click();
    await page.getByText(/^Marked as sent/).waitFor();
    const store = await popup.readStore();
    expect(store.prospects).toHaveLength(1);
    const [prospect] = store.prospects;
    expect(prospect).toMatchObject({
      fullName: MAYA.fullName,
      profileUrl: profileUrlOf(MAYA),
      company: MAYA.company,
      status: 'requested',
    });
    expect(store.touches).toMatchObject([
      { prospectId: prospect?.id, kind: 'request-sent', channel: 'connection-note', text: good },
    ]);
    expect(store.drafts).toMatchObject([{ prospectId: prospect?.id, kind: 'request', text: good }]);
    const [reminder] = store.reminders;
    expect(store.reminders).toHaveLength(1);
    expect(reminder).toMatchObject({ prospectId: prospect?.id, kind: 'follow-up' });
    const sentAt = store.touches[0]?.at as number;
    expect(sentAt).toBeGreaterThanOrEqual(before);
    expect((reminder?.dueAt as number) - sentAt).toBe(7 * DAY);
    expect(prospect?.nextFollowUpAt).toBe(reminder?.dueAt);
    await page.close();
  });

  it('shows a known person’s status, last touch and next follow-up on the next open', async () => {
    const popup = await PopupPage.open(ext, mayaTab);
    await popup.nameHeading(MAYA.fullName).waitFor();
    await popup.page.getByText('requested', { exact: true }).waitFor();
    await expect(popup.page.getByText('today', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(popup.page.getByText('in 7 days', { exact: true }).isVisible()).resolves.toBe(true);
    expect(await popup.button('Save prospect').count()).toBe(0);
    await expectAxeClean(popup, 'captured, known');
    await popup.page.close();
  });

  it('shows a save and a sent request from the popup at once in an open side panel', async () => {
    // The popup writes without Dexie; the side panel's live list must still follow it.
    const panel = await SidePanelPage.open(ext);
    await panel.page.evaluate(() => Object.assign(window, { askwellMark: 'still here' }));
    const { tabId, page: profile } = await ext.openTab(profileUrlOf(LIVE));
    const popup = await PopupPage.open(ext, tabId);
    await popup.nameHeading(LIVE.fullName).waitFor();
    await popup.save();
    await panel.row(LIVE.fullName).waitFor({ timeout: 5000 });
    await popup.draftRequestWith('Principal Engineer at Fjordline Systems', ASK, 'product leads');
    await popup.button('Mark as sent').click();
    await popup.page.getByText(/^Marked as sent/).waitFor();
    await expect.poll(() => panel.row(LIVE.fullName).textContent(), { timeout: 5000 }).toContain('Requested');
    expect(await panel.page.evaluate(() => (window as { askwellMark?: string }).askwellMark)).toBe(
      'still here',
    );
    await popup.page.close();
    await panel.page.close();
    await profile.close();
  });

  it('opens from the toolbar button over the profile tab and shows that person (no test hook)', async () => {
    // The popup a user gets: no `?tab=`, it asks the browser for the active tab of its window.
    const { page: profile } = await ext.openTab(profileUrlOf(MAYA));
    const popup = await ToolbarPopup.open(ext, profile);
    expect(await popup.heading()).toBe(MAYA.fullName);
    await popup.close();
    // Over a sign-in wall, the same button says what to do instead.
    const { page: wall } = await ext.openTab(SIGN_IN);
    const again = await ToolbarPopup.open(ext, wall);
    await again.waitForText('Sign in to LinkedIn and reload the page');
    expect(await again.heading()).not.toBe(MAYA.fullName);
    await again.close();
    await wall.close();
    await profile.close();
  });

  it('renders a name with markup as text, and nothing in it runs', async () => {
    const { tabId, page: profile } = await ext.openTab(profileUrlOf(HOSTILE));
    const popup = await PopupPage.open(ext, tabId);
    await popup.nameHeading(HOSTILE.fullName).waitFor();
    await popup.button('Save prospect').click();
    await popup.page.getByText('Saved to your prospects.').waitFor();
    await popup.draftRequest();
    await popup.page.waitForTimeout(200);
    const flags = await popup.page.evaluate(() => ({
      pwned: (window as { __askwellPwned?: number }).__askwellPwned,
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      heading: document.querySelector('h1')?.textContent,
    }));
    expect(flags).toEqual({ pwned: undefined, injectedImages: 0, heading: HOSTILE.fullName });
    // Nor on the page itself, whose own copy of the name was escaped by its server.
    expect(
      await profile.evaluate(() => (window as { __askwellPwned?: number }).__askwellPwned),
    ).toBeUndefined();
    expect(escapeHtml(HOSTILE.fullName)).not.toContain('<img');
    await profile.close();
    await popup.page.close();
  });

  it('says what to do on a sign-in wall', async () => {
    const { tabId, page } = await ext.openTab(SIGN_IN);
    const popup = await PopupPage.open(ext, tabId);
    await popup.page.getByRole('heading', { level: 1, name: 'Sign in to LinkedIn' }).waitFor();
    await popup.page.getByText(/Sign in to LinkedIn and reload the page/).waitFor();
    await expectAxeClean(popup, 'sign-in wall');
    await popup.page.close();
    await page.close();
  });

  it('lists today’s follow-ups elsewhere, adds a person by hand, and captures a Person on request', async () => {
    const { tabId, page } = await ext.openTab(ARTICLE);
    const popup = await PopupPage.open(ext, tabId);
    const p = popup.page;
    await p.getByRole('heading', { level: 1, name: 'Not a profile page' }).waitFor();
    await p.getByRole('heading', { name: 'Follow-ups due today' }).waitFor();
    await p.getByText(/Nothing is due today/).waitFor();
    await expectAxeClean(popup, 'other page');

    await popup.button('Add manually').click();
    await p.getByText('Enter their name.').waitFor();
    await expectAxeClean(popup, 'add manually, with errors');
    await p.getByRole('textbox', { name: 'Full name', exact: true }).fill('Ines Carvalho');
    await p
      .getByRole('textbox', { name: 'Profile URL', exact: true })
      .fill('https://www.linkedin.com/in/ines-carvalho-e2e/');
    await popup.button('Add manually').click();
    await p.getByText('Added Ines Carvalho to your prospects.').waitFor();
    const store = await popup.readStore();
    expect(store.prospects.map((x) => x.fullName)).toContain('Ines Carvalho');

    await popup.button('Capture this page anyway').click();
    await popup.nameHeading('Rosa Delacroix').waitFor();
    await popup.button('Save prospect').waitFor();
    await popup.page.close();
    await page.close();
  });

  it('works by keyboard alone, with visible focus and targets of at least 24 px', async () => {
    const ines: SyntheticPerson = { ...MAYA, slug: 'ines-keyboard-e2e', fullName: 'Ines Keyboard' };
    await ext.serve(`${profileUrlOf(ines)}**`, profilePage(ines));
    const { tabId, page: profile } = await ext.openTab(profileUrlOf(ines));
    const popup = await PopupPage.open(ext, tabId);
    const { page } = popup;
    await popup.nameHeading(ines.fullName).waitFor();
    const focusRing = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        // Segmented radios are invisible inputs: their label carries the ring.
        const shown = el.matches('.ui-segment input') ? (el.nextElementSibling as HTMLElement) : el;
        const style = getComputedStyle(shown);
        return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
      });

    await popup.tabTo(popup.button('Save prospect'));
    expect(await focusRing()).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Saved to your prospects.').waitFor();
    // Focus moved on to the next step.
    await expect
      .poll(() => popup.button('Draft request').evaluate((el) => el === document.activeElement))
      .toBe(true);
    await page.keyboard.press('Enter');
    await popup.message().waitFor();
    // Run alone, before any setup, the composer asks who the user is first.
    const myName = page.getByRole('textbox', { name: 'Your name', exact: true });
    if (await myName.isVisible()) {
      await popup.tabTo(myName);
      await page.keyboard.type(ME.name);
      await popup.tabTo(page.getByRole('textbox', { name: 'Your role', exact: true }));
      await page.keyboard.type(ME.role);
    }
    await popup.tabTo(page.getByRole('checkbox').first());
    expect(await focusRing()).toBe(true);
    await page.keyboard.press('Space');
    await popup.tabTo(page.getByRole('textbox', { name: 'Your one question', exact: true }));
    await page.keyboard.type(ASK);
    await expect.poll(() => popup.message().inputValue()).toContain('product leads');
    await popup.tabTo(page.getByRole('tab', { name: 'Connection note' }));
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Message', selected: true }).waitFor();
    await expect(page.getByText(/of 8000 characters/).isVisible()).resolves.toBe(true);
    await popup.tabTo(popup.button('Copy'));
    expect(await focusRing()).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText(/^Copied/).waitFor();
    expect(await popup.readClipboard()).toBe(await popup.message().inputValue());

    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [role="tab"]')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ el: el.outerHTML.slice(0, 80), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ el, box }) => `${el} ${box.width}×${box.height}`),
    );
    expect(small).toEqual([]);
    await page.close();
    await profile.close();
  });

  it('cannot read a browser page, and says so', async () => {
    const popup = await PopupPage.open(ext);
    await popup.page.getByRole('heading', { level: 1, name: 'Askwell cannot read this page' }).waitFor();
    await popup.button('Open prospect list').waitFor();
    await popup.page.close();
  });

  // The budgets (median under 100 ms, under 1.5× an empty page) are recorded against their exact
  // values by tests/bench/popup.bench.ts. Here, on a shared test machine where an empty extension
  // page alone takes 60-110 ms to paint, the check keeps a margin: the popup's own work (script,
  // capture round trip, render) adds under 100 ms to an empty page, and the ratio stays under 2.5.
  // Measured in the real toolbar popup over the profile tab, as a user opens it.
  it('shows the captured name on a 1 MB page soon after an empty page would have painted', async () => {
    const times = await measureToolbarOpenTimes(ext, mayaPage, MAYA.fullName, { runs: 20 });
    console.log(
      `popup open→name median ${times.popup.median.toFixed(1)} ms (p95 ${times.popup.p95.toFixed(1)}), ` +
        `empty page median ${times.blank.median.toFixed(1)} ms, ratio ${times.ratio.toFixed(2)}`,
    );
    expect(times.popup.median - times.blank.median).toBeLessThan(100);
    expect(times.ratio).toBeLessThan(2.5);
  });

  it('lints in the background and answers the popup within a frame (median round trip)', async () => {
    const popup = await PopupPage.open(ext, mayaTab);
    const { page } = popup;
    await popup.nameHeading(MAYA.fullName).waitFor();
    // The message the composer sends, timed from the popup page to the answer's arrival.
    const times = await page.evaluate(async () => {
      const text = 'Hi Maya, could I pick your brain over coffee? 15 minutes on a call. Fine to say no.';
      const context = { channel: 'connection-note', kind: 'request', prospect: { fullName: 'Maya' } };
      const out: number[] = [];
      for (let i = 0; i < 60; i++) {
        const t0 = performance.now();
        await chrome.runtime.sendMessage({ type: 'draft-lint', payload: { text: `${text} ${i}`, context } });
        out.push(performance.now() - t0);
      }
      return out.slice(10).sort((a, b) => a - b);
    });
    const median = times[Math.floor(times.length / 2)] as number;
    console.log(`draft-lint round trip popup -> background -> popup: median ${median.toFixed(2)} ms`);
    expect(median).toBeLessThan(16);
    await page.close();
  });

  it('sends no request to any host other than the served test pages', () => {
    expect(ext.leaks()).toEqual([]);
  });
});
