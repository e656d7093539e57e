// The side panel in Chromium: live list, search, detail, a reply that stops the follow-up,
// export and import into a fresh profile, accessibility on every screen, and the README screenshot.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, formatViolations } from './a11y';
import { type Extension, launchExtension, SidePanelPage, screenshotPath } from './harness';
import { smallList } from './sidepanel-data';

const NOW = Date.now();

/** The local date `days` from today, as a date field takes it. */
function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('the side panel', () => {
  let ext: Extension;
  const pages: SidePanelPage[] = [];
  const openPanel = async () => {
    const panel = await SidePanelPage.open(ext);
    pages.push(panel);
    return panel;
  };

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => {
    for (const p of pages.splice(0)) await p.page.close();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('shows a prospect saved in another Askwell page at once, without a reload', async () => {
    const panel = await openPanel();
    await panel.page.getByRole('heading', { name: 'No prospects yet' }).waitFor();
    // Marks this document: a reload would lose the mark.
    await panel.page.evaluate(() => Object.assign(window, { askwellMark: 'still here' }));

    const other = await openPanel();
    await other.page.getByRole('button', { name: 'Add by hand' }).click();
    const dialog = other.page.getByRole('dialog', { name: 'Add a prospect by hand' });
    await dialog.getByLabel('Full name').fill('Mei Chen');
    await dialog.getByLabel('Profile URL').fill('https://www.linkedin.com/in/mei-chen-example/');
    await dialog.getByRole('button', { name: 'Add prospect' }).click();

    await panel.row('Mei Chen').waitFor({ timeout: 5000 });
    expect(await panel.names()).toEqual(['Mei Chen']);
    expect(await panel.count()).toContain('1 prospect');
    expect(await panel.page.evaluate(() => (window as { askwellMark?: string }).askwellMark)).toBe(
      'still here',
    );
  });

  it('searches name, company, headline, tags and notes as the user types', async () => {
    const panel = await openPanel();
    await panel.seed(smallList(NOW));
    expect(await panel.count()).toMatch(/^\d+ prospects$/);
    await panel.search('lumen');
    await expect.poll(() => panel.names()).toEqual(['Ada Okafor']);
    await panel.search('write-ahead');
    await expect.poll(() => panel.names()).toEqual(['Ada Okafor']);
    await panel.search('STORAGE');
    await expect.poll(() => panel.names()).toEqual(['Ada Okafor', 'Chidi Eze']);
    await panel.search('zoe angstrom');
    await expect.poll(() => panel.names()).toEqual(['Zoë Ångström']);
    expect(await panel.count()).toMatch(/^Showing 1 of \d+ prospects$/);

    await panel.search('nobody by this name');
    await panel.page.getByRole('heading', { name: 'No prospect matches' }).waitFor();
    await panel.page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(panel.searchbox.inputValue()).resolves.toBe('');
    await expect.poll(async () => (await panel.names()).length).toBeGreaterThanOrEqual(5);
  });

  it('filters by status, tag, follow-up due and no reply yet, and sorts', async () => {
    const panel = await openPanel();
    await panel.page.getByLabel('Status').selectOption('declined');
    await expect.poll(() => panel.names()).toEqual(['Berta Lind']);
    await panel.page.getByLabel('Status').selectOption('');
    await panel.page.getByLabel('Tag').selectOption('storage');
    await expect.poll(() => panel.names()).toEqual(['Ada Okafor', 'Chidi Eze']);
    await panel.page.getByLabel('Tag').selectOption('');
    await panel.page.getByLabel('Follow-up due').check();
    await expect.poll(() => panel.names()).toEqual(['Ada Okafor']);
    await panel.page.getByLabel('Follow-up due').uncheck();
    await panel.page.getByLabel('No reply yet').check();
    await expect.poll(() => panel.names()).toEqual(['Ada Okafor']);
    await panel.page.getByLabel('No reply yet').uncheck();
    await panel.page.getByLabel('Sort by').selectOption('name');
    await expect
      .poll(async () => (await panel.names()).slice(0, 3))
      .toEqual(['Ada Okafor', 'Berta Lind', 'Chidi Eze']);
    // Each row says when to follow up, in the user's words.
    await expect(panel.row('Ada Okafor').textContent()).resolves.toContain('overdue by 2 days');
    await expect(panel.row('Ada Okafor').textContent()).resolves.toContain('Requested');
  });

  it('opens a prospect, logs their reply, and the follow-up reminder disappears', async () => {
    const panel = await openPanel();
    const today = panel.page.getByRole('region', { name: 'Today' });
    await expect(today.textContent()).resolves.toContain('Ada Okafor');
    await panel.openProspect('Ada Okafor');
    expect(await panel.openReminders()).toEqual(['Follow-up']);
    await panel.addToTimeline('Reply received', 'Happy to help, send me your question.');

    await expect.poll(() => panel.openReminders()).toEqual([]);
    const timeline = panel.page.getByRole('list', { name: 'Timeline, newest first' });
    await expect(timeline.textContent()).resolves.toContain('Happy to help');
    await panel.page.getByRole('article').getByText('Status: Replied').waitFor();
    await panel.back();
    await expect.poll(() => panel.row('Ada Okafor').textContent()).toContain('No follow-up planned');
    await expect.poll(() => today.textContent()).not.toContain('Ada Okafor');
  });

  it('drafts a request in the composer, marks it sent, and the follow-up is planned', async () => {
    const panel = await openPanel();
    await panel.openProspect('Chidi Eze');
    await panel.page.getByRole('button', { name: 'Draft request' }).click();
    const message = panel.page.getByRole('textbox', { name: 'Message' });
    await message.fill(
      'Hi Chidi, your post on index design for time series is why I am writing. One question: how did you choose the page size? 15 minutes on a call or a short written reply would be plenty, and no worries if you are busy.',
    );
    await panel.page.getByRole('button', { name: 'Mark as sent' }).click();
    await panel.page.getByRole('heading', { name: 'Chidi Eze', level: 2 }).waitFor();
    await expect.poll(() => panel.openReminders()).toEqual(['Follow-up']);
    await panel.page.getByRole('article').getByText('Status: Requested').waitFor();
    await expect(
      panel.page.getByRole('list', { name: 'Timeline, newest first' }).textContent(),
    ).resolves.toContain('Request sent');
  });

  it('edits a captured field by hand, and snoozes a reminder', async () => {
    const panel = await openPanel();
    await panel.openProspect('Zoë Ångström');
    await panel.page.getByLabel('Headline').fill('VP platform at Fjord Systems');
    await panel.page.getByRole('button', { name: 'Save changes' }).click();
    await panel.page.getByText('Edited by you: a new capture keeps this.').waitFor();
    expect(await panel.openReminders()).toEqual(['Report-back']);
    await panel.page.getByRole('button', { name: 'Snooze or reschedule report-back' }).click();
    await panel.page.getByRole('dialog').getByLabel('New day').fill(inDays(40));
    await panel.page.getByRole('dialog').getByRole('button', { name: 'Move to this day' }).click();
    await expect
      .poll(() => panel.page.getByRole('list', { name: 'Open reminders' }).textContent())
      .toMatch(/Report-back\s*in 40 days/);
    await panel.back();
    await expect.poll(() => panel.row('Zoë Ångström').textContent()).toContain('VP platform');
  });

  it('deletes a prospect and brings them back with Undo', async () => {
    const panel = await openPanel();
    await panel.openProspect('Chidi Eze');
    await panel.page.getByRole('button', { name: 'Delete prospect' }).click();
    await panel.page.getByRole('status').filter({ hasText: 'Chidi Eze deleted.' }).waitFor();
    await expect.poll(async () => panel.row('Chidi Eze').count()).toBe(0);
    await panel.page.getByRole('button', { name: 'Undo delete' }).click();
    await panel.row('Chidi Eze').waitFor();
  });

  it('shows the prospect the background asks for, open or on start (a notification click)', async () => {
    const panel = await openPanel();
    const answer = await ext.worker.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'show-prospect', payload: { prospectId: 3 } }),
    );
    expect(answer).toEqual({ shown: true });
    await panel.page.getByRole('heading', { name: 'Rui Tanaka', level: 2 }).waitFor();
    await panel.page.close();
    pages.length = 0;

    await ext.worker.evaluate(() =>
      chrome.storage.session.set({ 'askwell.showProspect': { prospectId: 5, at: Date.now() } }),
    );
    // This panel opens straight on the prospect, not on the list.
    const opened = new SidePanelPage(await ext.openExtensionPage('sidepanel.html'));
    pages.push(opened);
    await opened.page.getByRole('heading', { name: 'Chidi Eze', level: 2 }).waitFor();
  });

  it('exports a backup and imports it into a fresh profile, with a preview first', async () => {
    const panel = await openPanel();
    const exported = await panel.exportBackup();
    expect(exported.fileName).toMatch(/^askwell-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const before = JSON.parse(exported.text);
    expect(before.prospects.length).toBeGreaterThanOrEqual(5);
    expect(before.touches.length).toBeGreaterThanOrEqual(4);

    const fresh = await launchExtension();
    try {
      const other = await SidePanelPage.open(fresh);
      await other.page.getByRole('heading', { name: 'No prospects yet' }).waitFor();
      await other.pickImport(exported.fileName, exported.text);
      const preview = await other.importDialog.textContent();
      expect(preview).toContain(`${before.prospects.length} prospects will be added`);
      expect(preview).toContain('0 saved prospects will be updated');
      // Nothing is written before the user confirms.
      await expect(other.count()).resolves.toBe('0 prospects');
      for (const theme of ['light', 'dark'] as const) {
        const violations = await checkA11y(other.page, { theme });
        expect(violations, `import preview: ${formatViolations(violations)}`).toEqual([]);
      }
      await other.importDialog.getByRole('button', { name: 'Confirm' }).click();
      await other.page
        .getByRole('status')
        .filter({ hasText: /Imported .*: \d+ added, 0 updated, 0 unchanged/ })
        .waitFor();
      await expect.poll(() => other.count()).toBe(`${before.prospects.length} prospects`);

      const after = JSON.parse((await other.exportBackup()).text);
      for (const table of ['prospects', 'touches', 'drafts', 'reminders'] as const)
        expect(after[table], table).toEqual(before[table]);

      // The same file again: everything is unchanged, and there is nothing to confirm.
      await other.pickImport(exported.fileName, exported.text);
      expect(await other.importDialog.textContent()).toContain('there is nothing to import');
      await expect(other.importDialog.getByRole('button', { name: 'Confirm' }).count()).resolves.toBe(0);
      await other.importDialog.getByRole('button', { name: 'Close' }).click();
    } finally {
      await fresh.close();
    }
  });

  it('refuses a broken file, naming each problem with its line, and writes nothing', async () => {
    const panel = await openPanel();
    const before = await panel.count();
    const csv =
      'Name,Profile URL\nLeila Haddad,https://www.linkedin.com/in/leila-haddad-example/\n,https://github.com/nobody\n';
    await panel.pickImport('people.csv', csv);
    const text = await panel.importDialog.textContent();
    expect(text).toContain('Nothing can be imported from people.csv');
    expect(text).toMatch(/Line 3/);
    await panel.importDialog.getByRole('button', { name: 'Close' }).click();
    await expect(panel.count()).resolves.toBe(before);
  });

  it('saves settings and re-plans the open reminders when the cadence changes', async () => {
    const panel = await openPanel();
    await panel.page.getByRole('button', { name: 'Settings' }).click();
    await panel.page.getByRole('heading', { name: 'Settings' }).waitFor();
    await panel.page.getByLabel('My company').fill('Fjord Systems AS');
    await panel.page.getByLabel('Days after a meeting before the report-back').fill('14');
    await panel.page.getByRole('button', { name: 'Save settings' }).click();
    await panel.page
      .getByRole('status')
      .filter({ hasText: /Settings saved\. .*follow the new cadence/ })
      .waitFor();
    await panel.back();
    await panel.openProspect('Zoë Ångström');
    // The report-back moved from 4 weeks to 2 weeks after yesterday's meeting.
    await expect
      .poll(() => panel.page.getByRole('list', { name: 'Open reminders' }).textContent())
      .toMatch(/Report-back\s*in 13 days/);
    await panel.page.getByText('Same company as you.').waitFor();
  });

  for (const theme of ['light', 'dark'] as const)
    it(`has no WCAG 2.2 AA violation on any screen in the ${theme} theme`, async () => {
      const panel = await openPanel();
      const check = async (screen: string) => {
        const violations = await checkA11y(panel.page, { theme });
        expect(violations, `${screen}: ${formatViolations(violations)}`).toEqual([]);
      };
      await check('list');
      await panel.search('no such person');
      await panel.page.getByRole('heading', { name: 'No prospect matches' }).waitFor();
      await check('no match');
      await panel.search('');
      await panel.openProspect('Ada Okafor');
      await check('detail');
      await panel.page.getByRole('button', { name: 'Draft thank-you' }).click();
      await panel.page.getByRole('textbox', { name: 'Message' }).waitFor();
      await check('composer');
      await panel.page.getByRole('button', { name: 'Back', exact: true }).click();
      await panel.page.getByRole('heading', { name: 'Ada Okafor', level: 2 }).waitFor();
      await panel.back();
      await panel.openProspect('Zoë Ångström');
      await panel.page.getByRole('button', { name: 'Snooze or reschedule report-back' }).click();
      await panel.page.getByRole('dialog').waitFor();
      await check('snooze dialog');
      await panel.page.keyboard.press('Escape');
      await panel.back();
      await panel.page.getByRole('button', { name: 'Settings' }).click();
      await panel.page.getByRole('heading', { name: 'Settings' }).waitFor();
      await check('settings');
      await panel.back();
      await panel.pickImport(
        'bad.json',
        '{"format": "askwell-backup", "version": 1,\n"prospects": [{"id": 0}]}',
      );
      await check('import preview with problems');
      await panel.importDialog.getByRole('button', { name: 'Close' }).click();
      await panel.page.getByRole('button', { name: 'Add by hand' }).click();
      await panel.page.getByRole('dialog', { name: 'Add a prospect by hand' }).waitFor();
      await check('add by hand');
    });

  it('has no WCAG violation when empty, and makes the README screenshot', async () => {
    const fresh = await launchExtension();
    try {
      const empty = await SidePanelPage.open(fresh);
      await empty.page.getByRole('heading', { name: 'No prospects yet' }).waitFor();
      for (const theme of ['light', 'dark'] as const) {
        const violations = await checkA11y(empty.page, { theme });
        expect(violations, formatViolations(violations)).toEqual([]);
      }
      await empty.page.emulateMedia({ colorScheme: 'light' });
      await empty.seed(smallList(NOW));
      await empty.page.setViewportSize({ width: 400, height: 760 });
      await empty.page.screenshot({ path: screenshotPath('sidepanel.png') });
    } finally {
      await fresh.close();
    }
  });

  it('sends no request to any host', () => {
    expect(ext.leaks()).toEqual([]);
  });
});
