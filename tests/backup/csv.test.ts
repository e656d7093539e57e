import { beforeEach, describe, expect, it } from 'vitest';
import { exportCsv, ImportError, importCsv, previewCsvImport } from '@/lib/backup';
import { neutralise, parseCsv, unneutralise, writeCsv } from '@/lib/backup/csv';
import { db } from '@/lib/db';
import { findProspectByUrl, getProspect, saveCapturedProfile, setTags } from '@/lib/db/prospects';
import { listReminders } from '@/lib/db/reminders';
import { linkedInSnapshot, resetStore } from '../db/helpers';
import { everything, seedStore } from './seed';

beforeEach(resetStore);

async function refused(text: string): Promise<ImportError> {
  const before = await everything();
  const error = await importCsv(text).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  expect(await everything()).toStrictEqual(before);
  expect((await previewCsvImport(text)).ok).toBe(false);
  return error as ImportError;
}

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, has a header and one CRLF-ended row per prospect', async () => {
    await seedStore();
    const csv = await exportCsv();
    expect(csv.startsWith('\uFEFFName,Profile URL,Network,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => r.cells[0])).toEqual(['Ada Okafor', 'Rui Tanaka', 'Zoë Ångström-Ñúñez']);
    expect(new Set(rows.map((r) => r.cells.length)).size).toBe(1);
  });

  it('quotes commas, quotes and line breaks inside a cell (RFC 4180)', () => {
    expect(writeCsv([['a,b', 'say "hi"', 'line 1\nline 2', 'plain']])).toBe(
      '\uFEFF"a,b","say ""hi""","line 1\nline 2",plain\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("https://evil.example","click")', `"'=HYPERLINK(""https://evil.example"",""click"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises a cell a spreadsheet would run as a formula: %j', (cell, written) => {
    expect(writeCsv([[cell]])).toBe(`\uFEFF${written}\r\n`);
  });

  it('reads neutralised cells back exactly, including ones that started with a quote', () => {
    for (const cell of ['=1+1', "'=1+1", "''=x", "'plain", 'plain', '-', "'", '@'])
      expect(unneutralise(neutralise(cell))).toBe(cell);
  });

  it('writes a prospect’s notes with formulas, accents and line breaks so that they read back the same', async () => {
    await seedStore();
    const rows = parseCsv(await exportCsv());
    const header = rows[0]!.cells;
    const ada = rows[1]!.cells;
    expect(unneutralise(ada[header.indexOf('Notes')]!)).toBe(
      'Line one\r\nLine two, "quoted"\n=SUM(A1) 🎉👩🏽‍💻',
    );
    expect(ada[header.indexOf('Notes')]!.startsWith("'")).toBe(false);
    const zoe = rows[3]!.cells;
    expect(zoe[header.indexOf('Notes')]).toBe("'-2 +3 @here");
    expect(ada[header.indexOf('Tags')]).toBe('storage; lisbon; 日本語');
    expect(ada[header.indexOf('How I know them')]).toBe('referral');
    expect(ada[header.indexOf('Knows my subject')]).toBe('yes');
    expect(ada[header.indexOf('Has time')]).toBe('no');
    expect(ada[header.indexOf('Next follow-up')]).toBe(new Date(1_773_000_000_000).toISOString()); // the snoozed follow-up
  });
});

describe('CSV parsing', () => {
  it('reads quoted cells with commas, quotes and line breaks, and gives each record its first line', () => {
    const rows = parseCsv('Name,Notes\r\n"Ada","line 1\r\nline 2, ""quoted"""\r\nRui,plain\n\nBerta,"x"\n');
    expect(rows).toEqual([
      { line: 1, cells: ['Name', 'Notes'] },
      { line: 2, cells: ['Ada', 'line 1\r\nline 2, "quoted"'] },
      { line: 4, cells: ['Rui', 'plain'] },
      { line: 6, cells: ['Berta', 'x'] },
    ]);
  });

  it('reads semicolon-separated files as some spreadsheets write them', () => {
    expect(parseCsv('Name;Profile URL\nAda;https://github.com/ada\n').map((r) => r.cells)).toEqual([
      ['Name', 'Profile URL'],
      ['Ada', 'https://github.com/ada'],
    ]);
  });

  it('reports a quote that never closes at the line where it opens', () => {
    const error = (() => {
      try {
        parseCsv('Name,Notes\nAda,ok\nRui,"never closed\nmore\n');
      } catch (e) {
        return e as ImportError;
      }
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect(error?.issues[0]?.line).toBe(3);
  });
});

describe('CSV import', () => {
  const sheet = [
    'FULL NAME,linkedin,company,STATUS,tags,Notes,how i know them,Referred by,Has time,next follow up',
    'Ada Okafor,https://www.linkedin.com/in/ada-okafor,Lumen Grid,Requested,"storage, lisbon",From the meetup,Referral,Chidi,yes,2026-04-01',
    'Rui Tanaka,github.com/quillmaker,,No reply,,,,,,',
  ].join('\n');

  it('maps headers in any case and common names onto prospects', async () => {
    expect(await importCsv(sheet)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    const ada = await findProspectByUrl('https://www.linkedin.com/in/ada-okafor/');
    expect(ada).toMatchObject({
      fullName: 'Ada Okafor',
      network: 'linkedin',
      company: 'Lumen Grid',
      status: 'requested',
      tags: ['storage', 'lisbon'],
      notes: 'From the meetup',
      source: { kind: 'referral', referrer: 'Chidi' },
      fit: { hasTime: true, knowsSubject: false },
      editedFields: [],
      nextFollowUpAt: Date.parse('2026-04-01'),
    });
    expect(await listReminders(ada!.id!)).toMatchObject([
      { kind: 'follow-up', dueAt: Date.parse('2026-04-01') },
    ]);
    expect((await findProspectByUrl('https://github.com/quillmaker'))?.status).toBe('no-reply');
  });

  it('importing the same sheet twice changes nothing the second time', async () => {
    await importCsv(sheet);
    const once = await everything();
    expect(await importCsv(sheet)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await everything()).toStrictEqual(once);
  });

  it('updates people already saved with the filled-in cells only, and remembers changed captured fields as edits', async () => {
    const saved = await saveCapturedProfile(linkedInSnapshot({ company: 'Old Company' }));
    await setTags(saved.id!, ['keep-me']);
    const summary = await importCsv(
      'Name,Profile URL,Company,Tags,Notes\nAda Okafor,https://linkedin.com/in/ADA-OKAFOR/,New Company,,New note\n',
    );
    expect(summary).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const after = await getProspect(saved.id!);
    expect(after).toMatchObject({
      company: 'New Company',
      notes: 'New note',
      tags: ['keep-me'],
      editedFields: ['company'],
    });
    expect(after?.headline).toBe(saved.headline);
    // A later capture keeps the spreadsheet's company.
    expect((await saveCapturedProfile(linkedInSnapshot({ company: 'Captured Co' }))).company).toBe(
      'New Company',
    );
  });

  it('exported CSV imported into the same list changes nothing', async () => {
    await seedStore();
    const before = await everything();
    expect(await importCsv(await exportCsv())).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await everything()).toStrictEqual(before);
  });

  it('keeps a single tag with a comma in it as one tag through export and import', async () => {
    const ada = await saveCapturedProfile(linkedInSnapshot());
    await setTags(ada.id!, ['Lisbon, PT']);
    const csv = await exportCsv();
    await resetStore();
    await importCsv(csv);
    expect((await findProspectByUrl(ada.profileUrl))?.tags).toEqual(['Lisbon, PT']);
    // A sheet kept by hand still lists tags with commas.
    await importCsv('Name,Profile URL,Tags\nRui,https://github.com/rui,"mentor, lisbon"\n');
    expect((await findProspectByUrl('https://github.com/rui'))?.tags).toEqual(['mentor', 'lisbon']);
  });

  it('previews without writing', async () => {
    expect(await previewCsvImport(sheet)).toEqual({
      ok: true,
      summary: { added: 2, updated: 0, unchanged: 0 },
    });
    expect(await db.prospects.count()).toBe(0);
  });

  it('reports every bad cell with its line and column, and imports nothing', async () => {
    const error = await refused(
      [
        'Name,Profile URL,Status,Has time,Added',
        'Ada,https://github.com/ada,saved,yes,2026-01-01',
        'Rui,not a url,saved,yes,',
        'Berta,https://github.com/berta,ghosted,maybe,last week',
        ',https://github.com/nameless,,,',
        'Ada again,https://GITHUB.com/Ada/,,,',
        'Nobody,,,,',
      ].join('\n'),
    );
    expect(error.issues.map((i) => [i.line, i.where])).toEqual([
      [3, 'column "Profile URL"'],
      [4, 'column "Status"'],
      [4, 'column "Has time"'],
      [4, 'column "Added"'],
      [5, undefined],
      [6, undefined],
      [7, undefined],
    ]);
    expect(error.issues[1]?.message).toMatch(/"ghosted" is not a status/);
    expect(error.issues[4]?.message).toMatch(/name is missing/);
    expect(error.issues[5]?.message).toMatch(/same person as line 2/);
    expect(error.issues[6]?.message).toMatch(/profile URL is missing/);
    expect(error.message).toMatch(/^Nothing was imported\. Line 3, column "Profile URL"/);
  });

  it('refuses a day the month does not have, and a date before 1970 that a backup could not restore', async () => {
    const error = await refused(
      [
        'Name,Profile URL,Added',
        'Ada,https://github.com/ada,2026-02-30',
        'Rui,https://github.com/rui,2026-04-31',
        'Berta,https://github.com/berta,2025-02-29',
        'Chidi,https://github.com/chidi,1969-12-31',
        'Dana,https://github.com/dana,2026-13-01',
      ].join('\n'),
    );
    expect(error.issues.map((i) => i.line)).toEqual([2, 3, 4, 5, 6]);
    expect(error.issues[0]?.message).toMatch(/"2026-02-30" is not a date/);
    expect(error.issues[3]?.message).toMatch(/before 1970/);
  });

  it('reads a leap day and a date with a time as the dates they are', async () => {
    await importCsv(
      'Name,Profile URL,Added\nAda,https://github.com/ada,2024-02-29\nRui,https://github.com/rui,2026-03-01T09:30:00Z\n',
    );
    expect((await findProspectByUrl('https://github.com/ada'))?.createdAt).toBe(Date.UTC(2024, 1, 29));
    expect((await findProspectByUrl('https://github.com/rui'))?.createdAt).toBe(Date.UTC(2026, 2, 1, 9, 30));
  });

  it('refuses a quote that never closes as a rejected promise, not a throw at the call', async () => {
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = importCsv('Name,Profile URL,Notes\nAda,https://github.com/ada,"never closed\n');
    }).not.toThrow();
    const error = await promise?.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).issues[0]?.line).toBe(2);
    expect(await db.prospects.count()).toBe(0);
  });

  it.each([null, undefined, 42])('refuses %j, which is not text, as an ImportError', async (input) => {
    await expect(importCsv(input as unknown as string)).rejects.toBeInstanceOf(ImportError);
    expect((await previewCsvImport(input as unknown as string)).ok).toBe(false);
  });

  it('says which column is missing', async () => {
    expect((await refused('Name,Company\nAda,Lumen\n')).message).toMatch(/no column for the profile URL/);
    expect((await refused('URL,Company\nhttps://github.com/ada,Lumen\n')).message).toMatch(
      /no column for the name/,
    );
    expect((await refused('Name,URL,Profile URL\n')).message).toMatch(/same as column "URL"/);
    expect((await refused('')).message).toMatch(/empty/);
  });

  it('reads a sheet exported by a spreadsheet with a BOM and neutralised cells', async () => {
    await importCsv(`\uFEFFName,Profile URL,Notes\r\n'=Ada,https://github.com/ada,"'-1 and more"\r\n`);
    expect(await findProspectByUrl('https://github.com/ada')).toMatchObject({
      fullName: '=Ada',
      notes: '-1 and more',
    });
  });
});
