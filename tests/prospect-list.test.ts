import { describe, expect, it } from 'vitest';
import type { Prospect } from '@/lib/db/types';
import {
  applyChanges,
  COMPARATORS,
  countByStatus,
  countText,
  filterEntries,
  foldForSearch,
  followUpText,
  isNarrowed,
  narrows,
  type ProspectEntry,
  queryProspects,
  SORT_KEYS,
  searcher,
  searchTerms,
  sortEntries,
  tagsOf,
  toEntry,
} from '@/lib/prospect-list';
import { prospectRecord } from './fixtures/invented';

const DAY = 86_400_000;
// Wednesday 4 November 2026, 10:00 in Lisbon (UTC+0 in winter).
const NOW = Date.UTC(2026, 10, 4, 10, 0);
const TZ = 'Europe/Lisbon';
const TOMORROW = Date.UTC(2026, 10, 5, 0, 0);

const prospect = (id: number, over: Partial<Prospect> = {}) => prospectRecord(id, NOW, over);

const ada = toEntry(
  prospect(1, {
    fullName: 'Ada Okafor',
    headline: 'Staff engineer, distributed systems',
    company: 'Lumen Grid',
    tags: ['storage', 'Lisbon'],
    notes: 'Gave the talk on write-ahead logs',
    status: 'requested',
    nextFollowUpAt: NOW - 2 * DAY,
    lastTouchAt: NOW - 9 * DAY,
  }),
);
const zoe = toEntry(
  prospect(2, {
    fullName: 'Zoë Ångström',
    headline: 'Head of platform',
    company: 'Fjord Systems',
    tags: ['platform'],
    status: 'replied',
    nextFollowUpAt: NOW + 3 * DAY,
    lastTouchAt: NOW - DAY,
  }),
);
const rui = toEntry(
  prospect(3, { fullName: 'Rui Tanaka', headline: 'Maintainer of small parsers', createdAt: NOW }),
);
const berta = toEntry(
  prospect(4, {
    fullName: 'berta Lind',
    company: 'Quill Labs',
    tags: ['STORAGE'],
    status: 'requested',
    nextFollowUpAt: NOW + 2 * 60 * 60 * 1000,
  }),
);
const all = [ada, zoe, rui, berta];
const names = (list: readonly ProspectEntry[]) => list.map((e) => e.fullName);

describe('search as you type', () => {
  it('finds people by name, company, headline, tag and note', () => {
    const find = (search: string) => names(filterEntries(all, search, {}, TOMORROW));
    expect(find('ada')).toEqual(['Ada Okafor']);
    expect(find('fjord')).toEqual(['Zoë Ångström']);
    expect(find('parsers')).toEqual(['Rui Tanaka']);
    expect(find('storage')).toEqual(['Ada Okafor', 'berta Lind']);
    expect(find('write-ahead')).toEqual(['Ada Okafor']);
  });

  it('ignores case, accents and extra spaces, and needs every word somewhere', () => {
    const find = (search: string) => names(filterEntries(all, search, {}, TOMORROW));
    expect(find('ZOE angstrom')).toEqual(['Zoë Ångström']);
    expect(find('  lumen   okafor ')).toEqual(['Ada Okafor']);
    expect(find('okafor fjord')).toEqual([]);
  });

  it('does not match across two fields', () => {
    // "Grid" ends the company and "Staff" starts the headline: no one typed "grid staff".
    expect(filterEntries(all, 'gridstaff', {}, TOMORROW)).toEqual([]);
    expect(filterEntries(all, 'grid staff', {}, TOMORROW).map((e) => e.id)).toEqual([1]);
  });

  it('treats an empty or blank search as no search', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(filterEntries(all, ' ', {}, TOMORROW)).toHaveLength(4);
  });

  it('folds text for search the same way for data and query', () => {
    expect(foldForSearch('  Tomás\tÖZTÜRK ')).toBe('tomas ozturk');
  });
});

describe('filters', () => {
  const filter = (f: Parameters<typeof filterEntries>[2]) => names(filterEntries(all, '', f, TOMORROW));

  it('keeps one status', () => {
    expect(filter({ status: 'replied' })).toEqual(['Zoë Ångström']);
  });

  it('keeps one tag, whatever its case', () => {
    expect(filter({ tag: 'storage' })).toEqual(['Ada Okafor', 'berta Lind']);
    expect(filter({ tag: 'lisbon' })).toEqual(['Ada Okafor']);
  });

  it('keeps those whose follow-up is due today or overdue', () => {
    // Ada is two days overdue, Berta is due later today, Zoë in three days, Rui has none.
    expect(filter({ followUpDue: true })).toEqual(['Ada Okafor', 'berta Lind']);
  });

  it('keeps those asked and not answered yet', () => {
    expect(filter({ noReplyYet: true })).toEqual(['Ada Okafor', 'berta Lind']);
  });

  it('combines filters and search', () => {
    expect(names(filterEntries(all, 'quill', { tag: 'storage', noReplyYet: true }, TOMORROW))).toEqual([
      'berta Lind',
    ]);
    expect(filter({ status: 'replied', tag: 'storage' })).toEqual([]);
  });
});

describe('sorting', () => {
  it('puts the next follow-up first, and people without one last by name', () => {
    expect(names(sortEntries(all, 'next-follow-up'))).toEqual([
      'Ada Okafor',
      'berta Lind',
      'Zoë Ångström',
      'Rui Tanaka',
    ]);
  });

  it('puts the most recent touch first, and people never touched last', () => {
    expect(names(sortEntries(all, 'last-touch'))).toEqual([
      'Zoë Ångström',
      'Ada Okafor',
      'berta Lind',
      'Rui Tanaka',
    ]);
  });

  it('sorts names A to Z without regard to case or accents', () => {
    expect(names(sortEntries(all, 'name'))).toEqual([
      'Ada Okafor',
      'berta Lind',
      'Rui Tanaka',
      'Zoë Ångström',
    ]);
  });

  it('puts the most recently added first', () => {
    expect(names(sortEntries(all, 'added'))).toEqual([
      'Rui Tanaka',
      'Ada Okafor',
      'Zoë Ångström',
      'berta Lind',
    ]);
  });

  it('keeps the sorted order when filtering, so a keystroke never re-sorts', () => {
    const sorted = sortEntries(all, 'name');
    expect(names(filterEntries(sorted, 'a', {}, TOMORROW))).toEqual(
      names(sorted.filter((e) => e.search.includes('a'))),
    );
  });

  it('orders any list the same way every time (a total order)', () => {
    const twins = [
      toEntry(prospect(8, { fullName: 'Sam Berg' })),
      toEntry(prospect(7, { fullName: 'Sam Berg' })),
    ];
    for (const key of SORT_KEYS) {
      expect(sortEntries(twins, key).map((e) => e.id)).toEqual(
        sortEntries([...twins].reverse(), key).map((e) => e.id),
      );
      for (const a of all) expect(COMPARATORS[key](a, a)).toBe(0);
    }
  });

  it('queries in one call: search, filter, sort', () => {
    expect(
      names(queryProspects(all, { search: 'storage', sort: 'name', followUpDue: true }, TOMORROW)),
    ).toEqual(['Ada Okafor', 'berta Lind']);
  });
});

describe('counts, tags and row text', () => {
  it('counts prospects per status', () => {
    const counts = countByStatus(all);
    expect(counts.requested).toBe(2);
    expect(counts.replied).toBe(1);
    expect(counts.saved).toBe(1);
    expect(counts.declined).toBe(0);
  });

  it('lists every tag once, first spelling kept, A to Z', () => {
    expect(tagsOf(all)).toEqual(['Lisbon', 'platform', 'storage']);
  });

  it('says how many are shown of how many', () => {
    expect(countText(4, 4, false)).toBe('4 prospects');
    expect(countText(1, 1, false)).toBe('1 prospect');
    expect(countText(12, 10000, true)).toBe('Showing 12 of 10,000 prospects');
  });

  it('knows when the list is narrowed', () => {
    expect(isNarrowed({ search: '  ' })).toBe(false);
    expect(isNarrowed({ search: 'ada' })).toBe(true);
    expect(isNarrowed({ search: '', noReplyYet: true })).toBe(true);
  });

  it('says when the next follow-up is, in calendar days of the user’s time zone', () => {
    expect(followUpText(ada, NOW, TZ)).toBe('Follow-up overdue by 2 days');
    expect(followUpText(zoe, NOW, TZ)).toBe('Follow-up in 3 days');
    expect(followUpText(berta, NOW, TZ)).toBe('Follow-up today');
    expect(followUpText(rui, NOW, TZ)).toBe('No follow-up planned');
    // 23:30 in Lisbon on the 4th is already the 5th in Tokyo.
    const late = Date.UTC(2026, 10, 4, 23, 30);
    expect(followUpText({ nextFollowUpAt: late }, NOW, TZ)).toBe('Follow-up today');
    expect(followUpText({ nextFollowUpAt: late }, NOW, 'Asia/Tokyo')).toBe('Follow-up tomorrow');
  });
});

describe('entries', () => {
  it('keep only what the list needs, not the captured profile', () => {
    const entry = toEntry(prospect(5, { about: 'A long about text', experience: [{ title: 'CTO' }] }));
    expect(Object.keys(entry).sort()).toEqual([
      'createdAt',
      'fullName',
      'id',
      'nameKey',
      'search',
      'status',
      'tags',
    ]);
    expect(entry.search).not.toContain('about');
  });

  it('take changes: an edited prospect replaces its entry, a deleted one leaves, a new one joins', () => {
    const renamed = toEntry(prospect(3, { fullName: 'Rui Tanaka-Lind' }));
    const added = toEntry(prospect(9, { fullName: 'Chidi Eze' }));
    const next = applyChanges(all, [renamed, added], [2]);
    expect(names(sortEntries(next, 'name'))).toEqual([
      'Ada Okafor',
      'berta Lind',
      'Chidi Eze',
      'Rui Tanaka-Lind',
    ]);
  });
});

describe('search as you type over a remembered result', () => {
  it('knows when a new search can only narrow the last one', () => {
    expect(narrows(['ad'], ['ada'])).toBe(true);
    expect(narrows(['ada'], ['ada', 'lumen'])).toBe(true);
    expect(narrows(['lumen', 'ada'], ['adao', 'lumeng'])).toBe(true);
    expect(narrows(['ada'], ['ad'])).toBe(false);
    expect(narrows(['ada', 'zoe'], ['ada'])).toBe(false);
    expect(narrows([], ['x'])).toBe(true);
  });

  it('gives the same result as a fresh search, typing on, deleting back and changing filters', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      toEntry(
        prospect(i + 1, {
          fullName: `${['Ada', 'Adam', 'Zoë', 'Rui'][i % 4]} Person ${i}`,
          company: ['Lumen Grid', 'Quill Labs'][i % 2],
          tags: i % 3 ? ['storage'] : [],
          status: i % 5 ? 'saved' : 'requested',
          nextFollowUpAt: i % 7 ? undefined : NOW,
        }),
      ),
    );
    const sorted = sortEntries(many, 'name');
    const search = searcher(sorted);
    const steps: [string, Parameters<typeof filterEntries>[2]][] = [
      ['a', {}],
      ['ad', {}],
      ['ada', {}],
      ['adam', {}],
      ['ada', {}],
      ['ad', {}],
      ['ad quill', {}],
      ['ad quill 4', {}],
      ['ad quill 4', { tag: 'storage' }],
      ['ad quill 42', { tag: 'storage' }],
      ['ad quill 42', {}],
      ['zoe', { noReplyYet: true }],
      ['zoe 1', { followUpDue: true }],
      ['', {}],
    ];
    for (const [text, filters] of steps)
      expect(
        search(text, filters, TOMORROW).map((e) => e.id),
        `${text} ${JSON.stringify(filters)}`,
      ).toEqual(filterEntries(sorted, text, filters, TOMORROW).map((e) => e.id));
  });
});
