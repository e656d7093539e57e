/**
 * The prospect list: search as you type, filters, sort, a count, and the virtualised rows (at most
 * 60 in the page whatever the length). Empty states say what to do next.
 */
import { useMemo, useRef } from 'preact/hooks';
import {
  Avatar,
  Button,
  Checkbox,
  EmptyState,
  Select,
  StatusPill,
  TextField,
  VirtualList,
} from '@/components/ui';
import { PROSPECT_STATUSES, type ProspectStatus } from '@/lib/db/types';
import { startOfLocalDay } from '@/lib/followups/time';
import {
  countByStatus,
  countText,
  followUpText,
  isNarrowed,
  type ListQuery,
  type ProspectEntry,
  SORT_KEYS,
  SORT_LABELS,
  type SortKey,
  searcher,
  sortEntries,
  tagsOf,
} from '@/lib/prospect-list';
import { STATUS_LABELS, STATUS_TONES } from '@/lib/sidepanel/labels';
import { INITIAL_SORT, type ProspectIndex } from './useProspectIndex';

/** Each row is this high: fixed, so that the list never measures while scrolling 10,000 rows. */
export const ROW_HEIGHT = 60;

export const EMPTY_QUERY: ListQuery = {
  search: '',
  sort: INITIAL_SORT,
};

export interface ProspectListProps {
  index: ProspectIndex;
  query: ListQuery;
  onQueryChange: (query: ListQuery) => void;
  now: number;
  timeZone: string;
  onOpen: (prospectId: number) => void;
  /** The empty list's next step: add someone without a profile page at hand. */
  onAddByHand: () => void;
}

const ALL = '';

export function ProspectList({
  index,
  query,
  onQueryChange,
  now,
  timeZone,
  onOpen,
  onAddByHand,
}: ProspectListProps) {
  const { entries, complete, loaded } = index;
  const searchRef = useRef<HTMLInputElement>(null);
  // Sorting happens when the data or the order changes; a keystroke only filters the sorted list.
  const sorted = useMemo(() => sortEntries(entries, query.sort), [entries, query.sort]);
  const search = useMemo(() => searcher(sorted), [sorted]);
  const startOfToday = startOfLocalDay(now, timeZone);
  const dueBefore = startOfLocalDay(now, timeZone, 1);
  const shown = useMemo(() => search(query.search, query, dueBefore), [search, query, dueBefore]);
  const counts = useMemo(() => countByStatus(entries), [entries]);
  const tags = useMemo(() => tagsOf(entries), [entries]);
  const narrowed = isNarrowed(query);

  const set = (patch: Partial<ListQuery>) => onQueryChange({ ...query, ...patch });
  const clear = () => {
    onQueryChange({ ...EMPTY_QUERY, sort: query.sort });
    searchRef.current?.focus();
  };

  const statusOptions = [
    { value: ALL, label: 'All statuses' },
    ...PROSPECT_STATUSES.map((s) => ({
      value: s,
      label: complete ? `${STATUS_LABELS[s]} (${counts[s].toLocaleString('en-US')})` : STATUS_LABELS[s],
    })),
  ];
  const tagOptions = [{ value: ALL, label: 'Any tag' }, ...tags.map((t) => ({ value: t, label: t }))];
  // A tag that a change removed from every prospect stays choosable until the filter is cleared.
  if (query.tag !== undefined && !tags.includes(query.tag))
    tagOptions.push({ value: query.tag, label: query.tag });

  const loading = !loaded && !index.error;
  const nothingSaved = complete && entries.length === 0;

  return (
    <>
      <TextField
        ref={searchRef}
        type="search"
        label="Search prospects"
        hideLabel
        placeholder="Search name, company, headline, tag, note"
        autocomplete="off"
        spellcheck={false}
        value={query.search}
        onValueInput={(search) => set({ search })}
      />
      <div class="sp-toolbar">
        <Select
          label="Status"
          options={statusOptions}
          value={query.status ?? ALL}
          onValueChange={(v) => set({ status: v === ALL ? undefined : (v as ProspectStatus) })}
        />
        <Select
          label="Tag"
          options={tagOptions}
          value={query.tag ?? ALL}
          onValueChange={(v) => set({ tag: v === ALL ? undefined : v })}
        />
        <Select
          label="Sort by"
          options={SORT_KEYS.map((k) => ({ value: k, label: SORT_LABELS[k] }))}
          value={query.sort}
          onValueChange={(v) => set({ sort: v as SortKey })}
        />
      </div>
      <div class="sp-checks">
        <Checkbox
          label="Follow-up due"
          checked={Boolean(query.followUpDue)}
          onCheckedChange={(followUpDue) => set({ followUpDue })}
        />
        <Checkbox
          label="No reply yet"
          checked={Boolean(query.noReplyYet)}
          onCheckedChange={(noReplyYet) => set({ noReplyYet })}
        />
        <p class="sp-count" role="status">
          {loading
            ? 'Loading your prospects…'
            : complete
              ? countText(shown.length, entries.length, narrowed)
              : `Reading all your prospects… (${entries.length.toLocaleString('en-US')} so far)`}
        </p>
      </div>
      {nothingSaved ? (
        <EmptyState
          heading="No prospects yet"
          level={3}
          action={<Button onClick={onAddByHand}>Add someone by hand</Button>}
        >
          <p>
            Open the LinkedIn or GitHub profile of someone you would like to learn from, click the Askwell
            button in the toolbar, and save them. They will appear here, with their follow-ups.
          </p>
        </EmptyState>
      ) : shown.length === 0 && narrowed && complete ? (
        <EmptyState
          heading="No prospect matches"
          level={3}
          action={<Button onClick={clear}>Clear search and filters</Button>}
        >
          <p>
            {query.search.trim()
              ? `Nobody’s name, company, headline, tags or notes contain “${query.search.trim()}”`
              : 'Nobody fits these filters'}
            {query.search.trim() && (query.status || query.tag || query.followUpDue || query.noReplyYet)
              ? ' with these filters'
              : ''}
            . Check the spelling, try part of a word, or clear the search and filters.
          </p>
        </EmptyState>
      ) : (
        <VirtualList
          class="sp-list"
          label="Prospects"
          items={shown}
          itemKey={(e) => e.id}
          rowHeight={ROW_HEIGHT}
          onActivate={(e) => onOpen(e.id)}
          renderItem={(e) => (
            <ProspectRow
              entry={e}
              now={now}
              timeZone={timeZone}
              startOfToday={startOfToday}
              onOpen={onOpen}
            />
          )}
        />
      )}
    </>
  );
}

/** One row: who (name and headline), where the conversation stands, and when to follow up. */
export function ProspectRow({
  entry,
  now,
  timeZone,
  startOfToday,
  onOpen,
}: {
  entry: ProspectEntry;
  now: number;
  timeZone: string;
  /** The first instant of today (local): a follow-up before it is overdue. */
  startOfToday: number;
  onOpen: (id: number) => void;
}) {
  const overdue = entry.nextFollowUpAt !== undefined && entry.nextFollowUpAt < startOfToday;
  return (
    // The row itself (the list item) is the keyboard target: Enter opens it (VirtualList's onActivate).
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard users press Enter on the focused list item.
    // biome-ignore lint/a11y/noStaticElementInteractions: the click target is the whole row, named by its text.
    <div class="sp-row" onClick={() => onOpen(entry.id)}>
      <Avatar name={entry.fullName} size={32} decorative />
      <div class="sp-row-main">
        <span class="sp-row-name">{entry.fullName}</span>
        {entry.headline && <span class="sp-row-headline">{entry.headline}</span>}
      </div>
      <div class="sp-row-side">
        <StatusPill tone={STATUS_TONES[entry.status]} label="Status">
          {STATUS_LABELS[entry.status]}
        </StatusPill>
        <span class={overdue ? 'sp-overdue' : 'muted'}>{followUpText(entry, now, timeZone)}</span>
      </div>
    </div>
  );
}
