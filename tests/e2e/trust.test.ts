// Privacy and untrusted-input gates in one browser: a user's whole journey (capture, save, draft,
// copy, mark sent, side panel, export, import) sends no request anywhere, and hostile strings in
// every captured field, in an imported file and in notes show as text and run nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, PWNED_FLAG } from '../fixtures/hostile';
import { type Extension, launchExtension, PopupPage, SidePanelPage } from './harness';
import { MAYA, profilePage, profileUrlOf, type SyntheticPerson } from './popup-pages';
import { invented } from './sidepanel-data';

const NOW = Date.now();
const ASK = 'How did you get product leads to back the migration?';
const H = HOSTILE_STRINGS.map((h) => h.value);
const at = (i: number) => H[i % H.length] ?? '';

/** Five invented people whose every field holds a hostile string: all 26 strings appear. */
const HOSTILE_PEOPLE: SyntheticPerson[] = [0, 6, 12, 18, 24].map((k, n) => ({
  slug: `hostile-${n}-trust`,
  fullName: at(k),
  headline: at(k + 1),
  company: at(k + 2),
  location: at(k + 3),
  about: at(k + 4),
  roles: [{ title: at(k + 5), company: at(k + 2), dates: 'Jan 2020 – Present' }],
}));

/** Whether a payload ran in this page (it would set the flag) or left an element that could run. */
function pwned(page: Page) {
  return page.evaluate(
    (flag) => ({
      ran: (window as unknown as Record<string, unknown>)[flag] !== undefined,
      live: document.querySelectorAll('script:not([src]), iframe, [onerror], [onload], [onfocus], [srcdoc]')
        .length,
    }),
    PWNED_FLAG,
  );
}

describe('trust gates in one browser', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await ext.serve(`${profileUrlOf(MAYA)}**`, profilePage(MAYA));
    for (const p of HOSTILE_PEOPLE) await ext.serve(`${profileUrlOf(p)}**`, profilePage(p));
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('a whole journey, from capture to export and import, works and sends nothing anywhere', async () => {
    const { tabId } = await ext.openTab(profileUrlOf(MAYA));
    const popup = await PopupPage.open(ext, tabId);
    await popup.nameHeading(MAYA.fullName).waitFor();
    await popup.button('Set up now').waitFor();
    await popup.setUp({
      name: 'Sam Okoro',
      role: 'backend engineer',
      company: 'Acme',
      goal: 'lead a platform team',
    });
    await popup.save();
    await popup.draftRequestWith('Principal Engineer at Fjordline Systems', ASK, 'product leads');
    await popup.button('Copy').click();
    expect(await popup.readClipboard()).toBe(await popup.message().inputValue());
    await popup.button('Mark as sent').click();
    await popup.page.getByText(/^Marked as sent/).waitFor();
    await popup.page.close();

    const panel = await SidePanelPage.open(ext);
    await panel.row(MAYA.fullName).waitFor();
    await panel.openProspect(MAYA.fullName);
    expect(await panel.openReminders()).toEqual(['Follow-up']);
    await panel.back();
    const { text } = await panel.exportBackup();
    await panel.pickImport('askwell-backup.json', text);
    await panel.importDialog.getByText('1 saved prospect stays unchanged').waitFor();
    await panel.importDialog.getByRole('button', { name: 'Close' }).click();
    await panel.page.close();

    expect(ext.leaks()).toEqual([]);
  });

  it('shows hostile strings from every captured field as text, in the popup and the side panel', async () => {
    for (const person of HOSTILE_PEOPLE) {
      const { page: site, tabId } = await ext.openTab(profileUrlOf(person));
      const popup = await PopupPage.open(ext, tabId);
      await popup.page.getByRole('heading', { level: 1 }).or(popup.page.getByRole('alert')).first().waitFor();
      const heading = popup.page.getByRole('heading', { level: 1 });
      // The captured name, whitespace-normalised as capture does, is the heading's text.
      const expected = person.fullName.replace(/\s+/g, ' ').trim();
      expect((await heading.textContent())?.replace(/\s+/g, ' ').trim()).toBe(expected);
      await popup.save();
      expect(await pwned(popup.page)).toEqual({ ran: false, live: 0 });
      expect(await pwned(site)).toMatchObject({ ran: false });
      await popup.page.close();
      await site.close();
    }
    const panel = await SidePanelPage.open(ext);
    await expect.poll(() => panel.rows().count()).toBe(HOSTILE_PEOPLE.length + 1);
    for (let i = 0; i <= HOSTILE_PEOPLE.length; i++) {
      await panel.rows().nth(i).click();
      await panel.page.getByRole('button', { name: 'Back to prospects' }).waitFor();
      expect(await pwned(panel.page)).toEqual({ ran: false, live: 0 });
      await panel.back();
    }
    await panel.page.close();
  });

  it('imports a file full of hostile strings (names, notes, tags) and shows them as text', async () => {
    const prospects = H.map((value, i) =>
      invented(
        900 + i,
        {
          fullName: value.slice(0, 300) || 'Unnamed',
          profileUrl: `https://www.linkedin.com/in/hostile-import-${i}/`,
          headline: value,
          notes: value,
          tags: [value.slice(0, 40)],
        },
        NOW,
      ),
    );
    const file = JSON.stringify({
      format: 'askwell-backup',
      version: 1,
      exportedAt: NOW,
      prospects,
      touches: [],
      drafts: [],
      reminders: [],
    });
    const panel = await SidePanelPage.open(ext);
    await panel.pickImport('hostile.json', file);
    await panel.importDialog.getByText(`${H.length} prospects will be added`).waitFor();
    await panel.importDialog.getByRole('button', { name: 'Confirm' }).click();
    await panel.importDialog.waitFor({ state: 'hidden' });
    await panel.page.getByText(/^Imported hostile\.json/).waitFor();
    await panel.rows().first().waitFor();
    // Each imported person's detail (notes and tags included) renders too.
    for (let i = 0; i < 6; i++) {
      await panel.rows().nth(i).click();
      await panel.page.getByRole('button', { name: 'Back to prospects' }).waitFor();
      expect(await pwned(panel.page)).toEqual({ ran: false, live: 0 });
      await panel.back();
    }
    expect(await pwned(panel.page)).toEqual({ ran: false, live: 0 });
    await panel.page.close();
  });

  it('sends nothing anywhere through all of it', () => {
    expect(ext.leaks()).toEqual([]);
  });
});
