import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_QUERY, ProspectList } from '@/components/sidepanel/ProspectList';
import type { ProspectIndex } from '@/components/sidepanel/useProspectIndex';
import type { Prospect } from '@/lib/db/types';
import { type ListQuery, type ProspectEntry, toEntry } from '@/lib/prospect-list';
import { prospectRecord } from '../../fixtures/invented';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 4, 10, 0);
const TZ = 'Europe/Lisbon';

function entry(id: number, over: Partial<Prospect> & { fullName: string }): ProspectEntry {
  return toEntry(prospectRecord(id, NOW, { profileUrl: `https://www.linkedin.com/in/p-${id}/`, ...over }));
}

const PEOPLE = [
  entry(1, {
    fullName: 'Ada Okafor',
    headline: 'Staff engineer at Lumen Grid',
    company: 'Lumen Grid',
    tags: ['storage'],
    status: 'requested',
    nextFollowUpAt: NOW - 2 * DAY,
  }),
  entry(2, {
    fullName: 'Zoë Ångström',
    headline: 'Head of platform',
    tags: ['platform'],
    status: 'replied',
    nextFollowUpAt: NOW + 3 * DAY,
  }),
  entry(3, { fullName: 'Rui Tanaka', headline: 'Maintainer of small parsers', notes: 'Met at PyCon' }),
];

const loaded = (entries: ProspectEntry[], complete = true): ProspectIndex => ({
  entries,
  loaded: true,
  complete,
  error: undefined,
});

function Harness({
  index,
  onOpen = () => {},
  onAddByHand = () => {},
  initial = EMPTY_QUERY,
}: {
  index: ProspectIndex;
  onOpen?: (id: number) => void;
  onAddByHand?: () => void;
  initial?: ListQuery;
}) {
  const [query, setQuery] = useState(initial);
  return (
    <ProspectList
      index={index}
      query={query}
      onQueryChange={setQuery}
      now={NOW}
      timeZone={TZ}
      onOpen={onOpen}
      onAddByHand={onAddByHand}
    />
  );
}

const list = () => screen.getByRole('list', { name: 'Prospects' });
const names = () =>
  within(list())
    .queryAllByRole('listitem')
    .map((li) => (li.querySelector('.sp-row-name') as HTMLElement).textContent);
const count = () => (document.querySelector('.sp-count') as HTMLElement).textContent;
const type = (text: string) =>
  fireEvent.input(screen.getByRole('searchbox', { name: 'Search prospects' }), { target: { value: text } });

describe('the prospect list', () => {
  it('shows every prospect with name, headline, status and next follow-up, soonest first', () => {
    render(<Harness index={loaded(PEOPLE)} />);
    expect(names()).toEqual(['Ada Okafor', 'Zoë Ångström', 'Rui Tanaka']);
    const ada = within(list()).getAllByRole('listitem')[0] as HTMLElement;
    expect(ada.textContent).toContain('Staff engineer at Lumen Grid');
    expect(ada.textContent).toContain('Status: Requested');
    expect(ada.textContent).toContain('Follow-up overdue by 2 days');
    const zoe = within(list()).getAllByRole('listitem')[1] as HTMLElement;
    expect(zoe.textContent).toContain('Follow-up in 3 days');
    expect(count()).toBe('3 prospects');
  });

  it('narrows the list as the user types, and counts what it shows', () => {
    render(<Harness index={loaded(PEOPLE)} />);
    type('lumen');
    expect(names()).toEqual(['Ada Okafor']);
    expect(count()).toBe('Showing 1 of 3 prospects');
    type('pycon');
    expect(names()).toEqual(['Rui Tanaka']);
    type('');
    expect(names()).toHaveLength(3);
  });

  it('teaches the next step when nothing matches, and clears back to everyone', () => {
    render(<Harness index={loaded(PEOPLE)} />);
    type('nobody');
    expect(screen.getByRole('heading', { name: 'No prospect matches' })).toBeTruthy();
    expect(screen.getByText(/contain “nobody”/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(names()).toHaveLength(3);
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search prospects' }));
  });

  it('teaches how to save a first prospect when there is none', () => {
    const add = vi.fn();
    render(<Harness index={loaded([])} onAddByHand={add} />);
    expect(screen.getByRole('heading', { name: 'No prospects yet' })).toBeTruthy();
    expect(screen.getByText(/click the Askwell button/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add someone by hand' }));
    expect(add).toHaveBeenCalledOnce();
  });

  it('filters by status (with counts), tag, follow-up due and no reply yet', () => {
    render(<Harness index={loaded(PEOPLE)} />);
    const status = screen.getByLabelText('Status') as HTMLSelectElement;
    expect([...status.options].map((o) => o.textContent)).toContain('Requested (1)');
    fireEvent.change(status, { target: { value: 'replied' } });
    expect(names()).toEqual(['Zoë Ångström']);
    fireEvent.change(status, { target: { value: '' } });

    const tag = screen.getByLabelText('Tag') as HTMLSelectElement;
    expect([...tag.options].map((o) => o.textContent)).toEqual(['Any tag', 'platform', 'storage']);
    fireEvent.change(tag, { target: { value: 'storage' } });
    expect(names()).toEqual(['Ada Okafor']);
    fireEvent.change(tag, { target: { value: '' } });

    fireEvent.click(screen.getByLabelText('Follow-up due'));
    expect(names()).toEqual(['Ada Okafor']);
    fireEvent.click(screen.getByLabelText('Follow-up due'));
    fireEvent.click(screen.getByLabelText('No reply yet'));
    expect(names()).toEqual(['Ada Okafor']);
  });

  it('sorts by next follow-up, last touch, name and date added', () => {
    render(<Harness index={loaded(PEOPLE)} />);
    const sort = screen.getByLabelText('Sort by');
    fireEvent.change(sort, { target: { value: 'name' } });
    expect(names()).toEqual(['Ada Okafor', 'Rui Tanaka', 'Zoë Ångström']);
    fireEvent.change(sort, { target: { value: 'added' } });
    expect(names()).toEqual(['Ada Okafor', 'Zoë Ångström', 'Rui Tanaka']);
    fireEvent.change(sort, { target: { value: 'next-follow-up' } });
    expect(names()).toEqual(['Ada Okafor', 'Zoë Ångström', 'Rui Tanaka']);
  });

  it('opens a prospect on a click or on Enter', () => {
    const open = vi.fn();
    render(<Harness index={loaded(PEOPLE)} onOpen={open} />);
    fireEvent.click(within(list()).getByText('Rui Tanaka'));
    expect(open).toHaveBeenLastCalledWith(3);
    const first = within(list()).getAllByRole('listitem')[0] as HTMLElement;
    first.focus();
    fireEvent.keyDown(first, { key: 'Enter' });
    expect(open).toHaveBeenLastCalledWith(1);
  });

  it('keeps at most 60 rows in the page with 10,000 prospects, also while searching', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => entry(i + 1, { fullName: `Person ${i + 1}` }));
    render(<Harness index={loaded(many)} />);
    expect(within(list()).getAllByRole('listitem').length).toBeLessThanOrEqual(60);
    expect(count()).toBe('10,000 prospects');
    type('person 123');
    expect(count()).toBe('Showing 20 of 10,000 prospects');
    expect(within(list()).getAllByRole('listitem').length).toBeLessThanOrEqual(60);
  });

  it('says it is still reading while only the first rows are in', () => {
    render(<Harness index={loaded(PEOPLE.slice(0, 2), false)} />);
    expect(count()).toBe('Reading all your prospects… (2 so far)');
    // No "no match" verdict before everything is read.
    type('rui');
    expect(screen.queryByRole('heading', { name: 'No prospect matches' })).toBeNull();
  });

  it('shows names and notes as text, never as markup', () => {
    const hostile = entry(9, { fullName: '<img src=x onerror="window.pwned=1">', headline: '<b>bold</b>' });
    render(<Harness index={loaded([hostile])} />);
    expect(names()).toEqual(['<img src=x onerror="window.pwned=1">']);
    expect(list().querySelector('img, b')).toBeNull();
  });
});
