// Untrusted-input gate, outside the browser: every hostile string, in every captured field, notes
// and tags, survives storage, JSON backup and CSV as the same text, and crashes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { notificationText } from '@/lib/background/reminder-engine';
import { exportCsv, exportJson, importJson } from '@/lib/backup';
import { parseCsv, unneutralise } from '@/lib/backup/csv';
import { CSV_HEADERS } from '@/lib/backup/prospect-csv';
import { listProspects, saveCapturedProfile, setNotes, setTags } from '@/lib/db/prospects';
import { lintDraft } from '@/lib/drafts/lint';
import type { ProfileSnapshot } from '@/lib/profiles/types';
import { resetStore } from '../db/helpers';
import { HOSTILE_STRINGS } from '../fixtures/hostile';

function hostileSnapshot(value: string, i: number): ProfileSnapshot {
  return {
    network: 'linkedin',
    profileUrl: `https://www.linkedin.com/in/hostile-${i}/`,
    fullName: value,
    headline: value,
    title: value,
    company: value,
    location: value,
    about: value,
    experience: [{ title: value, company: value, dateRange: value, location: value }],
    education: [{ school: value, degree: value, dateRange: value }],
  };
}

describe('hostile strings in the store, backups and CSV', () => {
  beforeEach(resetStore);

  it('keeps every hostile string exactly, through storage and a JSON backup round trip', async () => {
    for (const [i, { value }] of HOSTILE_STRINGS.entries()) {
      const p = await saveCapturedProfile(hostileSnapshot(value, i));
      await setNotes(p.id!, value);
      await setTags(p.id!, [value.slice(0, 200)]);
    }
    const before = await listProspects();
    expect(before).toHaveLength(HOSTILE_STRINGS.length);
    for (const p of before) {
      const { value } = HOSTILE_STRINGS[Number(p.profileUrl.match(/hostile-(\d+)/)?.[1])]!;
      // The same text; leading and trailing whitespace of captured fields may be trimmed.
      const stored = [p.fullName, p.headline, p.company, p.about, p.experience[0]?.title, p.notes];
      expect(stored.map((s) => s?.trim())).toEqual(Array(6).fill(value.trim()));
    }
    const backup = await exportJson();
    await resetStore();
    await importJson(backup);
    expect(await listProspects()).toEqual(before);
  });

  it('writes every hostile string into CSV as inert text that reads back the same', async () => {
    for (const [i, { value }] of HOSTILE_STRINGS.entries())
      await saveCapturedProfile(hostileSnapshot(value, i));
    const csv = await exportCsv();
    const [header, ...rows] = parseCsv(csv);
    const nameColumn = header!.cells.indexOf(CSV_HEADERS[CSV_HEADERS.indexOf('Name')] ?? 'Name');
    expect(nameColumn).toBeGreaterThanOrEqual(0);
    expect(rows).toHaveLength(HOSTILE_STRINGS.length);
    for (const row of rows) {
      for (const cell of row.cells)
        expect(cell, 'a cell a spreadsheet would run').not.toMatch(/^[=+\-@\t\r]/);
      const name = row.cells[nameColumn] ?? '';
      expect(HOSTILE_STRINGS.map((h) => h.value.trim())).toContain(unneutralise(name));
    }
  });
});

describe('hostile strings elsewhere', () => {
  it.each(HOSTILE_STRINGS.map((h) => [h.name, h.value] as const))(
    'a notification about %s is short plain text',
    (_name, value) => {
      const { title, message } = notificationText('follow-up', value);
      expect(title).toBe('Follow-up due');
      const unsafe = [...message].filter((c) => {
        const code = c.codePointAt(0) ?? 0;
        return (
          c === '<' ||
          c === '>' ||
          code < 0x20 ||
          (code >= 0x202a && code <= 0x202e) ||
          (code >= 0x2066 && code <= 0x2069)
        );
      });
      expect(unsafe).toEqual([]);
      expect(message.length).toBeLessThan(120);
    },
  );

  it('lints every hostile string without throwing and with a score in range', () => {
    for (const { value } of HOSTILE_STRINGS) {
      for (const channel of ['connection-note', 'message', 'inmail', 'email'] as const) {
        const report = lintDraft(value, {
          channel,
          prospect: { fullName: value, company: value },
          me: { company: value },
        });
        expect(report.score).toBeGreaterThanOrEqual(0);
        expect(report.score).toBeLessThanOrEqual(100);
        for (const f of report.findings) {
          if (f.start !== undefined) expect(f.end ?? 0).toBeLessThanOrEqual(value.length);
        }
      }
    }
  });
});
