/** What an import found wrong, said so that the user can find it in the file and fix it. */

export interface ImportIssue {
  /** What is wrong, in plain words. */
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
  column?: number;
  /** Where in the data, e.g. `prospects[3].status`, or the CSV column. */
  where?: string;
}

/** How many issues an error lists before saying "and N more". */
export const MAX_LISTED_ISSUES = 20;

function describe(issue: ImportIssue): string {
  const at = [issue.line !== undefined ? `line ${issue.line}` : '', issue.where ?? '']
    .filter(Boolean)
    .join(', ');
  const message = issue.message.replace(/\.+$/, '');
  return at ? `${at}: ${message}` : message;
}

/** Thrown by an import that wrote nothing because the file is not acceptable. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly issues: ImportIssue[],
    /** How many problems were found in all (the list may be cut short). */
    readonly total: number = issues.length,
  ) {
    const first = issues[0] ? describe(issues[0]) : 'the file could not be read';
    const more = total > 1 ? ` (and ${total - 1} more problem${total > 2 ? 's' : ''})` : '';
    super(`Nothing was imported. ${first.charAt(0).toUpperCase()}${first.slice(1)}${more}.`);
  }
}

/** Collects issues up to a limit, counting the rest. */
export class IssueList {
  readonly issues: ImportIssue[] = [];
  total = 0;
  add(issue: ImportIssue): void {
    this.total++;
    if (this.issues.length < MAX_LISTED_ISSUES) this.issues.push(issue);
  }
  get full(): boolean {
    return this.issues.length >= MAX_LISTED_ISSUES;
  }
  throwIfAny(): void {
    if (this.total > 0) throw new ImportError(this.issues, this.total);
  }
}

export function formatIssue(issue: ImportIssue): string {
  return describe(issue);
}
