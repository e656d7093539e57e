/**
 * Prospects as spreadsheet rows: the columns of the CSV export, and how a CSV someone kept by hand
 * maps onto prospects (headers in any case, common synonyms, one error per bad cell with its line).
 */
import { canonicalProfileUrl, networkOf } from '@/lib/db/canonical';
import {
  applyPatch,
  normaliseTags,
  type ProspectPatch,
  prospectFromHand,
  storedReminder,
} from '@/lib/db/records';
import {
  type FitChecklist,
  PROSPECT_STATUSES,
  type Prospect,
  type ProspectStatus,
  SOURCE_KINDS,
  type SourceKind,
} from '@/lib/db/types';
import { unneutralise } from './csv';
import { IssueList } from './errors';
import type { ImportPlan } from './plan';

type FitKey = keyof FitChecklist;
type ColumnId =
  | 'fullName'
  | 'profileUrl'
  | 'network'
  | 'headline'
  | 'title'
  | 'company'
  | 'location'
  | 'about'
  | 'status'
  | 'tags'
  | 'notes'
  | 'source'
  | 'referrer'
  | FitKey
  | 'nextFollowUpAt'
  | 'lastTouchAt'
  | 'createdAt'
  | 'updatedAt'
  | 'capturedAt';

const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const isoTime = (t: number | undefined) => (t === undefined ? '' : new Date(t).toISOString());

/**
 * Tags joined by `; `. Import splits on `;` when there is one, else on `,` (as sheets kept by hand
 * list them): a lone tag holding a comma gets a trailing `;` so that it reads back as one tag.
 */
function tagsCell(p: Prospect): string {
  const cell = p.tags.join('; ');
  return p.tags.length === 1 && cell.includes(',') ? `${cell};` : cell;
}

/** Export columns in order: header, the other names accepted on import, the cell of a prospect. */
const COLUMNS: readonly { id: ColumnId; header: string; aliases: string[]; cell: (p: Prospect) => string }[] =
  [
    {
      id: 'fullName',
      header: 'Name',
      aliases: ['full name', 'person', 'contact', 'mentor'],
      cell: (p) => p.fullName,
    },
    {
      id: 'profileUrl',
      header: 'Profile URL',
      aliases: ['url', 'profile', 'link', 'profile link', 'linkedin', 'linkedin url', 'github', 'github url'],
      cell: (p) => p.profileUrl,
    },
    { id: 'network', header: 'Network', aliases: [], cell: (p) => p.network },
    { id: 'headline', header: 'Headline', aliases: [], cell: (p) => p.headline ?? '' },
    { id: 'title', header: 'Title', aliases: ['job title', 'position', 'role'], cell: (p) => p.title ?? '' },
    {
      id: 'company',
      header: 'Company',
      aliases: ['organisation', 'organization', 'employer'],
      cell: (p) => p.company ?? '',
    },
    { id: 'location', header: 'Location', aliases: ['city', 'place'], cell: (p) => p.location ?? '' },
    { id: 'about', header: 'About', aliases: ['summary', 'bio'], cell: (p) => p.about ?? '' },
    { id: 'status', header: 'Status', aliases: ['stage'], cell: (p) => p.status },
    { id: 'tags', header: 'Tags', aliases: ['tag', 'labels', 'label'], cell: tagsCell },
    { id: 'notes', header: 'Notes', aliases: ['note', 'comments', 'comment'], cell: (p) => p.notes },
    {
      id: 'source',
      header: 'How I know them',
      aliases: ['source', 'how i know them', 'relationship', 'connection'],
      cell: (p) => p.source?.kind ?? '',
    },
    {
      id: 'referrer',
      header: 'Referrer',
      aliases: ['referred by', 'introduced by'],
      cell: (p) => p.source?.referrer ?? '',
    },
    { id: 'knowsSubject', header: 'Knows my subject', aliases: [], cell: (p) => yesNo(p.fit.knowsSubject) },
    { id: 'hasDoneIt', header: 'Has done it', aliases: [], cell: (p) => yesNo(p.fit.hasDoneIt) },
    { id: 'hasTime', header: 'Has time', aliases: [], cell: (p) => yesNo(p.fit.hasTime) },
    {
      id: 'communicatesWell',
      header: 'Communicates well',
      aliases: [],
      cell: (p) => yesNo(p.fit.communicatesWell),
    },
    {
      id: 'nextFollowUpAt',
      header: 'Next follow-up',
      aliases: ['follow-up', 'follow up', 'next follow up'],
      cell: (p) => isoTime(p.nextFollowUpAt),
    },
    {
      id: 'lastTouchAt',
      header: 'Last touch',
      aliases: ['last contact', 'last contacted'],
      cell: (p) => isoTime(p.lastTouchAt),
    },
    {
      id: 'createdAt',
      header: 'Added',
      aliases: ['created', 'created at', 'date added'],
      cell: (p) => isoTime(p.createdAt),
    },
    {
      id: 'updatedAt',
      header: 'Updated',
      aliases: ['updated at', 'last updated'],
      cell: (p) => isoTime(p.updatedAt),
    },
    { id: 'capturedAt', header: 'Captured', aliases: ['captured at'], cell: (p) => isoTime(p.capturedAt) },
  ];

const normaliseHeader = (h: string) => h.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const HEADER_TO_COLUMN = new Map<string, ColumnId>();
for (const c of COLUMNS)
  for (const name of [c.header, c.id, ...c.aliases]) HEADER_TO_COLUMN.set(normaliseHeader(name), c.id);

export const CSV_HEADERS = COLUMNS.map((c) => c.header);

/** The export rows: the header, then one row per prospect. */
export function prospectRows(prospects: readonly Prospect[]): string[][] {
  return [CSV_HEADERS, ...prospects.map((p) => COLUMNS.map((c) => c.cell(p)))];
}

const normaliseChoice = (s: string) =>
  s
    .trim()
    .toLocaleLowerCase()
    .replace(/[\s_]+/g, '-');

const YES = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔']);
const NO = new Set(['no', 'n', 'false', '0']);

/**
 * A date cell (`2026-03-01`, `2026-03-01T09:30:00Z`, or with a time and no zone: local time) as
 * epoch milliseconds; undefined when it is not one. A day the month does not have (`2026-02-30`)
 * is not a date: the browser's parser would quietly roll it over into the next month.
 */
function parseDate(cell: string): number | undefined {
  const text = cell.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day > daysInMonth) return undefined;
  const t = Date.parse(text);
  return Number.isNaN(t) ? undefined : t;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export interface CsvRow {
  line: number;
  cells: string[];
}

/** What one row says, cell by cell; empty cells say nothing. */
interface RowValues {
  line: number;
  profileUrl: string;
  fullName?: string;
  patch: ProspectPatch;
  nextFollowUpAt?: number;
  createdAt?: number;
  updatedAt?: number;
  capturedAt?: number;
}

function readRow(
  row: CsvRow,
  columns: (ColumnId | undefined)[],
  headers: string[],
  issues: IssueList,
): RowValues | undefined {
  const before = issues.total;
  const values: RowValues = { line: row.line, profileUrl: '', patch: {} };
  const fit: Partial<FitChecklist> = {};
  let sourceKind: SourceKind | undefined;
  let referrer: string | undefined;
  const problem = (index: number, message: string) =>
    issues.add({ line: row.line, where: `column "${headers[index] ?? index + 1}"`, message });

  row.cells.forEach((raw, index) => {
    const column = columns[index];
    if (!column) return;
    const cell = unneutralise(raw);
    if (cell.trim() === '') return;
    switch (column) {
      case 'profileUrl':
        try {
          values.profileUrl = canonicalProfileUrl(cell);
        } catch {
          problem(index, `"${cell.slice(0, 80)}" is not a profile URL (https://…)`);
        }
        return;
      case 'fullName':
        values.fullName = cell.trim();
        values.patch.fullName = cell.trim();
        return;
      case 'headline':
      case 'title':
      case 'company':
      case 'location':
      case 'about':
      case 'notes':
        values.patch[column] = cell;
        return;
      case 'status': {
        const status = normaliseChoice(cell);
        if ((PROSPECT_STATUSES as readonly string[]).includes(status))
          values.patch.status = status as ProspectStatus;
        else
          problem(
            index,
            `"${cell.slice(0, 40)}" is not a status (use one of: ${PROSPECT_STATUSES.join(', ')})`,
          );
        return;
      }
      case 'tags':
        values.patch.tags = normaliseTags(cell.split(cell.includes(';') ? ';' : ','));
        return;
      case 'source': {
        const kind = normaliseChoice(cell);
        if ((SOURCE_KINDS as readonly string[]).includes(kind)) sourceKind = kind as SourceKind;
        else problem(index, `"${cell.slice(0, 40)}" is not one of: ${SOURCE_KINDS.join(', ')}`);
        return;
      }
      case 'referrer':
        referrer = cell.trim();
        return;
      case 'knowsSubject':
      case 'hasDoneIt':
      case 'hasTime':
      case 'communicatesWell': {
        const answer = cell.trim().toLocaleLowerCase();
        if (YES.has(answer)) fit[column] = true;
        else if (NO.has(answer)) fit[column] = false;
        else problem(index, `"${cell.slice(0, 40)}" is not yes or no`);
        return;
      }
      case 'nextFollowUpAt':
      case 'createdAt':
      case 'updatedAt':
      case 'capturedAt': {
        const t = parseDate(cell);
        if (t === undefined)
          problem(
            index,
            `"${cell.slice(0, 40)}" is not a date (write it as 2026-03-01 or 2026-03-01T09:30:00Z)`,
          );
        else if (t < 0)
          problem(index, `"${cell.slice(0, 40)}" is before 1970, earlier than Askwell can keep a date`);
        else values[column] = t;
        return;
      }
      // Derived from the URL and the timeline: a spreadsheet cannot set them.
      case 'network':
      case 'lastTouchAt':
        return;
    }
  });

  if (!values.profileUrl && issues.total === before)
    issues.add({
      line: row.line,
      message: 'the profile URL is missing (every person needs one, to avoid duplicates)',
    });
  if (Object.keys(fit).length > 0) values.patch.fit = fit as FitChecklist;
  if (sourceKind || referrer)
    values.patch.source = { kind: sourceKind ?? 'referral', ...(referrer ? { referrer } : {}) };
  return issues.total === before ? values : undefined;
}

/** Maps the header row to columns; throws ImportError when a needed column is missing or doubled. */
function readHeader(header: CsvRow, issues: IssueList): (ColumnId | undefined)[] {
  const seen = new Map<ColumnId, number>();
  const columns = header.cells.map((h, index) => {
    const id = HEADER_TO_COLUMN.get(normaliseHeader(h));
    if (!id) return undefined;
    const first = seen.get(id);
    if (first !== undefined)
      issues.add({
        line: header.line,
        where: `column "${h}"`,
        message: `the same as column "${header.cells[first]}": keep one of them`,
      });
    seen.set(id, index);
    return id;
  });
  if (!seen.has('profileUrl'))
    issues.add({
      line: header.line,
      message: 'no column for the profile URL (a header such as "Profile URL" or "LinkedIn")',
    });
  if (!seen.has('fullName'))
    issues.add({ line: header.line, message: 'no column for the name (a header such as "Name")' });
  return columns;
}

/**
 * Plans a CSV import: rows for new people add prospects (with a follow-up reminder when the row
 * has a next follow-up date); rows for saved people update the cells that are filled in, and a
 * captured field changed this way counts as the user's own edit. Throws ImportError with every
 * bad cell and its line; nothing is planned then.
 */
export function planCsvImport(rows: CsvRow[], stored: readonly Prospect[], now: number): ImportPlan {
  const issues = new IssueList();
  const plan: ImportPlan = {
    summary: { added: 0, updated: 0, unchanged: 0 },
    prospects: { put: [], add: [] },
    touches: { put: [], add: [] },
    drafts: { put: [], add: [] },
    reminders: { put: [], add: [] },
    standIns: new Map(),
  };
  const [header, ...body] = rows;
  if (!header) {
    issues.add({ line: 1, message: 'the file is empty' });
    issues.throwIfAny();
    return plan;
  }
  const headers = header.cells;
  const columns = readHeader(header, issues);
  issues.throwIfAny();

  const storedByUrl = new Map(stored.map((p) => [p.profileUrl, p]));
  const seenUrls = new Map<string, number>();
  const rowsRead: RowValues[] = [];
  for (const row of body) {
    if (issues.full) break;
    const values = readRow(row, columns, headers, issues);
    if (!values) continue;
    const first = seenUrls.get(values.profileUrl);
    if (first !== undefined) {
      issues.add({
        line: row.line,
        message: `the same person as line ${first} (same profile URL): each person may appear once`,
      });
      continue;
    }
    seenUrls.set(values.profileUrl, row.line);
    if (!storedByUrl.has(values.profileUrl) && !values.fullName)
      issues.add({
        line: row.line,
        message: 'the name is missing (needed for a person not yet in your list)',
      });
    rowsRead.push(values);
  }
  issues.throwIfAny();

  let standIn = -1;
  for (const values of rowsRead) {
    const existing = storedByUrl.get(values.profileUrl);
    if (existing) {
      const next = applyPatch(existing, values.patch, now);
      if (next === existing) plan.summary.unchanged++;
      else {
        plan.prospects.put.push(next);
        plan.summary.updated++;
      }
      continue;
    }
    const base = prospectFromHand({ fullName: values.fullName ?? '', profileUrl: values.profileUrl }, now);
    const { fit, ...rest } = values.patch;
    const fresh: Prospect = {
      ...base,
      ...rest,
      network: networkOf(values.profileUrl),
      fit: { ...base.fit, ...fit },
      editedFields: [],
      createdAt: values.createdAt ?? now,
      updatedAt: values.updatedAt ?? values.createdAt ?? now,
      ...(values.capturedAt !== undefined ? { capturedAt: values.capturedAt } : {}),
    };
    for (const key of ['headline', 'title', 'company', 'location', 'about'] as const)
      if (fresh[key] !== undefined && fresh[key]?.trim() === '') delete fresh[key];
    const id = standIn--;
    plan.standIns.set(fresh, id);
    if (values.nextFollowUpAt !== undefined) {
      fresh.nextFollowUpAt = values.nextFollowUpAt;
      plan.reminders.add.push(
        storedReminder({ prospectId: id, kind: 'follow-up', dueAt: values.nextFollowUpAt }),
      );
    }
    plan.prospects.add.push(fresh);
    plan.summary.added++;
  }
  return plan;
}
