/**
 * Reads a JSON backup into records, or says every way it is not acceptable: size, syntax, keys that
 * could poison objects, unknown format versions, wrong types, duplicate people, dangling links.
 */
import * as v from 'valibot';
import { canonicalProfileUrl } from '@/lib/db/canonical';
import { storedReminder } from '@/lib/db/records';
import type { Prospect } from '@/lib/db/types';
import { type ImportIssue, IssueList } from './errors';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupFile,
  backupSchema,
  type Dataset,
  MAX_IMPORT_BYTES,
} from './format';
import { type JsonPath, locator, type Position, positionAt } from './locate';

/** Where a path's value is in the file being read. */
type Locate = (path: JsonPath) => Position;

/** Keys that could reach an object's prototype if some code ever copied them blindly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function formatPath(path: JsonPath): string {
  let out = '';
  for (const step of path) out += typeof step === 'number' ? `[${step}]` : out ? `.${step}` : step;
  return out;
}

/** UTF-8 size of a string without allocating its bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** What is wrong with an import's input before its content: not text at all, or too large. */
export function checkSize(text: string): ImportIssue | undefined {
  if (typeof text !== 'string') return { message: 'the file could not be read as text' };
  const tooBig =
    text.length > MAX_IMPORT_BYTES ||
    (text.length * 3 > MAX_IMPORT_BYTES && utf8Length(text) > MAX_IMPORT_BYTES);
  if (!tooBig) return undefined;
  return {
    message: `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most Askwell imports`,
  };
}

function syntaxIssue(text: string, error: unknown): ImportIssue {
  const message = error instanceof Error ? error.message : String(error);
  let position: { line: number; column: number } | undefined;
  const lineCol = /line (\d+) column (\d+)/i.exec(message);
  const offset = /position (\d+)/i.exec(message);
  if (lineCol) position = { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  else if (offset) position = positionAt(text, Number(offset[1]));
  else if (/end of (JSON )?input|unexpected end/i.test(message)) position = positionAt(text, text.length);
  return { message: 'this is not valid JSON (is the file cut short or edited by hand?)', ...position };
}

/** Every forbidden key, wherever it is. Paths are built only for what is reported. */
function findForbiddenKeys(root: unknown, locate: Locate, issues: IssueList): void {
  interface Frame {
    value: object;
    parent: Frame | undefined;
    step: string | number;
  }
  const pathOf = (frame: Frame, last: string): (string | number)[] => {
    const steps: (string | number)[] = [last];
    for (let f: Frame | undefined = frame; f?.parent; f = f.parent) steps.push(f.step);
    return steps.reverse();
  };
  if (typeof root !== 'object' || root === null) return;
  const stack: Frame[] = [{ value: root, parent: undefined, step: '' }];
  while (stack.length > 0 && !issues.full) {
    const frame = stack.pop() as Frame;
    const { value } = frame;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: frame, step: i });
      }
      continue;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (FORBIDDEN_KEYS.has(key)) {
        const at = pathOf(frame, key);
        issues.add({
          message: `the key "${key}" is not allowed`,
          where: formatPath(at),
          ...locate(at),
        });
        continue;
      }
      const child: unknown = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, parent: frame, step: key });
    }
  }
}

function describeValibotIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return 'this field is not part of an Askwell backup';
  if (issue.received === 'undefined')
    return `a required value is missing (${issue.expected ?? 'a value'} expected)`;
  if (issue.type === 'picklist' || issue.type === 'literal')
    return `${issue.received} is not one of the allowed values (${issue.expected ?? ''})`;
  if (issue.kind === 'validation') return `${issue.message.replace(/^Invalid \w+: /, '')}`;
  return `${issue.expected ?? 'another type'} expected, found ${issue.received}`;
}

function crossCheck(file: Dataset, locate: Locate, issues: IssueList): Dataset {
  const byUrl = new Map<string, number>();
  const prospectIds = new Set<number>();
  const prospects: Prospect[] = file.prospects.map((p, index) => {
    const at: JsonPath = ['prospects', index, 'profileUrl'];
    let profileUrl = p.profileUrl;
    try {
      profileUrl = canonicalProfileUrl(p.profileUrl);
    } catch (error) {
      issues.add({
        message: error instanceof Error ? error.message : 'not a URL',
        where: formatPath(at),
        ...locate(at),
      });
    }
    const first = byUrl.get(profileUrl);
    if (first !== undefined)
      issues.add({
        message: `the same person as prospects[${first}] (same profile URL): each person may appear once`,
        where: formatPath(at),
        ...locate(at),
      });
    else byUrl.set(profileUrl, index);
    if (prospectIds.has(p.id as number)) {
      const idAt: JsonPath = ['prospects', index, 'id'];
      issues.add({ message: `the id ${p.id} is used twice`, where: formatPath(idAt), ...locate(idAt) });
    }
    prospectIds.add(p.id as number);
    return profileUrl === p.profileUrl ? p : { ...p, profileUrl };
  });
  for (const table of ['touches', 'drafts', 'reminders'] as const) {
    const ids = new Set<number>();
    file[table].forEach((record, index) => {
      if (!prospectIds.has(record.prospectId)) {
        const at: JsonPath = [table, index, 'prospectId'];
        issues.add({
          message: `refers to prospect ${record.prospectId}, which is not in the file`,
          where: formatPath(at),
          ...locate(at),
        });
      }
      if (ids.has(record.id as number)) {
        const at: JsonPath = [table, index, 'id'];
        issues.add({
          message: `the id ${record.id} is used twice`,
          where: formatPath(at),
          ...locate(at),
        });
      }
      ids.add(record.id as number);
    });
  }
  return { ...file, prospects, reminders: file.reminders.map(storedReminder) };
}

/** The records of a JSON backup, checked; throws ImportError listing what is wrong and where. */
export function readBackup(input: string): Dataset {
  const issues = new IssueList();
  const sizeIssue = checkSize(input);
  if (sizeIssue) {
    issues.add(sizeIssue);
    issues.throwIfAny();
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    issues.add(syntaxIssue(text, error));
    issues.throwIfAny();
  }
  const locate = locator(text);
  findForbiddenKeys(data, locate, issues);
  issues.throwIfAny();

  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    (data as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    issues.add({ message: 'this is not an Askwell backup (it has no "format": "askwell-backup")', line: 1 });
    issues.throwIfAny();
  }
  const version = (data as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) {
    const newer = typeof version === 'number' && version > BACKUP_VERSION;
    issues.add({
      message: newer
        ? `this backup was made by a newer Askwell (format version ${version}); update Askwell to import it`
        : `unknown backup format version ${JSON.stringify(version ?? null)}; this Askwell reads version ${BACKUP_VERSION}`,
      where: 'version',
      ...locate(['version']),
    });
    issues.throwIfAny();
  }

  const parsed = v.safeParse(backupSchema, data);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      if (issues.full) {
        issues.total++;
        continue;
      }
      const path: JsonPath = (issue.path ?? []).map((item) => item.key as string | number);
      issues.add({ message: describeValibotIssue(issue), where: formatPath(path), ...locate(path) });
    }
    issues.throwIfAny();
  }
  const file = parsed.output as BackupFile;
  const checked = crossCheck(file, locate, issues);
  issues.throwIfAny();
  return checked;
}

/**
 * The backup text: one record per line, so that a line number in an import error points at one
 * person, and a diff of two backups reads as a list of changed records.
 */
export function writeBackup(data: Dataset, exportedAt: number): string {
  const table = (name: keyof Dataset) => {
    // The store's own index field is derived: not part of the format.
    const rows =
      name === 'reminders'
        ? data.reminders.map(({ openDueAt: _derived, ...r }) => r)
        : (data[name] as object[]);
    return rows.length === 0
      ? `"${name}": []`
      : `"${name}": [\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
  };
  return `{"format": ${JSON.stringify(BACKUP_FORMAT)}, "version": ${BACKUP_VERSION}, "exportedAt": ${exportedAt},\n${table('prospects')},\n${table('touches')},\n${table('drafts')},\n${table('reminders')}\n}\n`;
}
