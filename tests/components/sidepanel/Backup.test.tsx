import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Backup, summaryText } from '@/components/sidepanel/Backup';
import { exportJson } from '@/lib/backup';
import { listProspects, saveCapturedProfile, updateProspect } from '@/lib/db/prospects';
import { importKindOf } from '@/lib/sidepanel/files';
import { gitHubSnapshot, linkedInSnapshot, resetStore } from '../../db/helpers';

beforeEach(resetStore);

function pick(name: string, text: string) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([text], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' });
  fireEvent.change(input, { target: { files: [file] } });
}
const preview = () => screen.findByRole('dialog', { name: 'Import preview' });

describe('import with a preview', () => {
  it('says how many would be added, updated and unchanged, and writes nothing until Confirm', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    await saveCapturedProfile(gitHubSnapshot());
    await updateProspect(ada.id!, { notes: 'From the backup' });
    const backup = await exportJson();
    // Since the backup: Ada's notes changed again, Rui is unchanged, Zoë is not saved here.
    await updateProspect(ada.id!, { notes: 'Changed since' });
    const file = JSON.parse(backup);
    file.prospects.push({
      ...file.prospects[1],
      id: 99,
      fullName: 'Zoë Ångström',
      profileUrl: 'https://www.linkedin.com/in/zoe-angstrom/',
      network: 'linkedin',
    });
    const done = vi.fn();
    render(<Backup onDone={done} onError={() => {}} />);
    pick('backup.json', JSON.stringify(file));
    const dialog = await preview();
    await within(dialog).findByText('1 prospect will be added');
    expect(within(dialog).getByText('1 saved prospect will be updated')).toBeTruthy();
    expect(within(dialog).getByText('1 saved prospect stays unchanged')).toBeTruthy();
    expect((await listProspects()).map((p) => p.fullName)).toEqual(['Ada Okafor', 'Rui Tanaka']);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(done).toHaveBeenCalledWith('Imported backup.json: 1 added, 1 updated, 1 unchanged.'),
    );
    const after = await listProspects();
    expect(after.map((p) => p.fullName)).toEqual(['Ada Okafor', 'Rui Tanaka', 'Zoë Ångström']);
    expect(after[0]?.notes).toBe('From the backup');
  });

  it('lists each problem of a CSV with its line, and offers no way to import it', async () => {
    render(<Backup onDone={() => {}} onError={() => {}} />);
    pick(
      'people.csv',
      'Name,Profile URL,Status\nLeila Haddad,https://www.linkedin.com/in/leila-h/,requested\n,https://github.com/someone,saved\nSven Berg,https://github.com/svenb,maybe\n',
    );
    const dialog = await preview();
    await within(dialog).findByText(/Nothing can be imported from people\.csv: 2 problems were found/);
    const problems = within(within(dialog).getByRole('list', { name: 'Problems in the file' })).getAllByRole(
      'listitem',
    );
    expect(problems.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Line 3\b/),
      expect.stringMatching(/^Line 4\b/),
    ]);
    expect(within(dialog).queryByRole('button', { name: 'Confirm' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await listProspects()).toEqual([]);
  });

  it('imports a spreadsheet CSV after the preview', async () => {
    const done = vi.fn();
    render(<Backup onDone={done} onError={() => {}} />);
    pick(
      'people.csv',
      'name,profile url,tags\nLeila Haddad,https://www.linkedin.com/in/leila-h/,design; lisbon\n',
    );
    const dialog = await preview();
    await within(dialog).findByText('1 prospect will be added');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(done).toHaveBeenCalled());
    expect((await listProspects()).map((p) => [p.fullName, p.tags])).toEqual([
      ['Leila Haddad', ['design', 'lisbon']],
    ]);
  });

  it('explains a file that is not a backup at all', async () => {
    render(<Backup onDone={() => {}} onError={() => {}} />);
    pick('notes.json', '{"hello": "world"}');
    const dialog = await preview();
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Confirm' })).toBeNull();
  });

  it('says there is nothing to do when everything is already there', async () => {
    await saveCapturedProfile(linkedInSnapshot());
    const backup = await exportJson();
    render(<Backup onDone={() => {}} onError={() => {}} />);
    pick('again.json', backup);
    const dialog = await preview();
    await within(dialog).findByText(/there is nothing to import/);
    expect(within(dialog).queryByRole('button', { name: 'Confirm' })).toBeNull();
  });
});

describe('export and the file helpers', () => {
  it('offers exactly the buttons Export and Import, and a CSV download', () => {
    render(<Backup onDone={() => {}} onError={() => {}} />);
    expect(screen.getByRole('button', { name: 'Export' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeTruthy();
  });

  it('saves the backup through a link, without any request', async () => {
    await saveCapturedProfile(linkedInSnapshot());
    const clicks: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({ download: this.download, href: this.href });
    });
    const done = vi.fn();
    render(<Backup onDone={done} onError={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(done).toHaveBeenCalled());
    expect(clicks).toHaveLength(1);
    expect(clicks[0]?.download).toMatch(/^askwell-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(clicks[0]?.href).toMatch(/^blob:/);
    click.mockRestore();
  });

  it('tells a JSON backup from a CSV by name, then by content', () => {
    expect(importKindOf('a.JSON', 'Name,URL')).toBe('json');
    expect(importKindOf('a.csv', '{')).toBe('csv');
    expect(importKindOf('download', '\uFEFF  {"format": 1}')).toBe('json');
    expect(importKindOf('download', 'Name,Profile URL')).toBe('csv');
  });

  it('summarises an import in one line', () => {
    expect(summaryText({ added: 1200, updated: 3, unchanged: 0 })).toBe(
      '1,200 added, 3 updated, 0 unchanged.',
    );
  });
});
