/**
 * RFC 4180 CSV, written so that spreadsheets read it safely (UTF-8 BOM for accents, formulas
 * neutralised) and read back leniently (either line ending, `;` as used by some locales), with the
 * line where each record starts.
 */
import { IssueList } from './errors';

const BOM = '\uFEFF';
/** A cell starting with one of these is run as a formula by spreadsheets. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell that would look neutralised on the way back in: escaped too, so that it reads back exactly. */
const LOOKS_NEUTRALISED = /^'[=+\-@\t\r']/;

/** Prefixes a `'` to a cell a spreadsheet would otherwise run as a formula. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) || LOOKS_NEUTRALISED.test(cell) ? `'${cell}` : cell;
}

/** Undoes `neutralise` on import. */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && (FORMULA_START.test(cell.slice(1)) || LOOKS_NEUTRALISED.test(cell.slice(1)))
    ? cell.slice(1)
    : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A CSV document: BOM, CRLF line ends, every cell neutralised and quoted where needed. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  const lines = rows.map((row) => row.map((cell) => quote(neutralise(cell))).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  cells: string[];
}

/** Picks `;` when the header row has more semicolons than commas outside quotes (some locales' Excel). */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Splits CSV text into records; throws ImportError for a quote that never closes. */
export function parseCsv(input: string): CsvRecord[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quotedStartLine = 0;
  let inQuotes = false;
  let cellStarted = false;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    cellStarted = false;
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && !cellStarted) {
      inQuotes = true;
      cellStarted = true;
      quotedStartLine = line;
      i++;
      continue;
    }
    if (c === delimiter) {
      cells.push(cell);
      cell = '';
      cellStarted = false;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    // A stray quote inside an unquoted cell is kept as text, as spreadsheets do.
    cell += c;
    cellStarted = true;
    i++;
  }
  if (inQuotes) {
    const issues = new IssueList();
    issues.add({ line: quotedStartLine, message: 'a quoted cell is never closed (a " is missing)' });
    issues.throwIfAny();
  }
  if (cellStarted || cells.length > 0) endRecord();
  // Blank lines (including the one a trailing line end leaves) are not records.
  return records.filter((r) => r.cells.some((c) => c.trim() !== ''));
}
