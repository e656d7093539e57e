/**
 * Export and import of the whole prospect store: a lossless JSON backup (every table, with a format
 * version) and a CSV for spreadsheets. An import is checked in full first and written in one
 * transaction: any problem means nothing changes. Previews say what an import would do.
 */
import { allTables, db } from '@/lib/db';
import { guard, toStoreError } from '@/lib/db/errors';
import type { Prospect } from '@/lib/db/types';
import { parseCsv, writeCsv } from './csv';
import { ImportError, type ImportIssue, IssueList } from './errors';
import { checkSize, readBackup, writeBackup } from './json';
import { type ImportPlan, type ImportSummary, planImport } from './plan';
import { planCsvImport, prospectRows } from './prospect-csv';
import { applyPlan, readAll } from './store-io';

export { ImportError, type ImportIssue } from './errors';
export { BACKUP_FORMAT, BACKUP_VERSION, MAX_IMPORT_BYTES } from './format';
export type { ImportSummary } from './plan';

/** What an import would do, or why it would be refused; nothing is written either way. */
export type ImportPreview =
  | { ok: true; summary: ImportSummary }
  | { ok: false; message: string; issues: ImportIssue[]; total: number };

/** Like `guard`, but a file's own problems stay ImportErrors. */
async function guardImport<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw toStoreError(error);
  }
}

async function preview(plan: () => Promise<ImportSummary>): Promise<ImportPreview> {
  try {
    return { ok: true, summary: await plan() };
  } catch (error) {
    if (error instanceof ImportError)
      return { ok: false, message: error.message, issues: error.issues, total: error.total };
    throw error;
  }
}

/** The whole store as a JSON backup (format version 1): every table, every field, every id. */
export function exportJson(): Promise<string> {
  return guard(async () => {
    const data = await db.transaction('r', allTables(), () => readAll(db));
    return writeBackup(data, Date.now());
  });
}

/**
 * Restores or merges a JSON backup. People are matched by profile URL: new ones are added, saved
 * ones take the file's record, and their touches, drafts and reminders are merged (nothing stored
 * is deleted). Importing the same file again changes nothing. Throws ImportError (nothing written)
 * when anything in the file is not acceptable. The format is strict, and the file is taken as it
 * is or not at all: a field the format does not have is refused (at any depth), never dropped or
 * kept; values are never converted (a number written as text, a date as an ISO string are wrong
 * types: times are epoch milliseconds); every link must point at a prospect in the same file. Text
 * is kept exactly, lone UTF-16 surrogates included, so that any store round-trips.
 */
export async function importJson(text: string): Promise<ImportSummary> {
  const file = readBackup(text);
  return guardImport(() =>
    db.transaction('rw', allTables(), async () => {
      const plan = planImport(file, await readAll(db));
      await applyPlan(db, plan);
      return plan.summary;
    }),
  );
}

/** What `importJson(text)` would do, without writing anything. */
export function previewImport(text: string): Promise<ImportPreview> {
  return preview(async () => {
    const file = readBackup(text);
    return guardImport(() =>
      db.transaction('r', allTables(), async () => planImport(file, await readAll(db)).summary),
    );
  });
}

/** The prospects as CSV (RFC 4180, UTF-8 with BOM, formulas neutralised), one row each, by name. */
export function exportCsv(): Promise<string> {
  return guard(async () => writeCsv(prospectRows(await db.prospects.orderBy('fullName').toArray())));
}

function readCsv(text: string) {
  const size = checkSize(text);
  if (size) {
    const issues = new IssueList();
    issues.add(size);
    issues.throwIfAny();
  }
  return parseCsv(text);
}

function planCsv(text: string, stored: Prospect[]): ImportPlan {
  return planCsvImport(readCsv(text), stored, Date.now());
}

/**
 * Imports people from a spreadsheet's CSV (headers in any case; a name and a profile URL column
 * are needed). Throws ImportError listing each bad cell with its line; nothing is written then.
 */
export async function importCsv(text: string): Promise<ImportSummary> {
  const rows = readCsv(text);
  return guardImport(() =>
    db.transaction('rw', allTables(), async () => {
      const plan = planCsvImport(rows, await db.prospects.toArray(), Date.now());
      await applyPlan(db, plan);
      return plan.summary;
    }),
  );
}

/** What `importCsv(text)` would do, without writing anything. */
export function previewCsvImport(text: string): Promise<ImportPreview> {
  return preview(() =>
    guardImport(() =>
      db.transaction('r', db.prospects, async () => planCsv(text, await db.prospects.toArray()).summary),
    ),
  );
}
