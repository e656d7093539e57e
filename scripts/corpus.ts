/**
 * `npm run corpus -- <folder> [--show]`: runs readProfile on every saved page of a folder (each
 * `X.html` with its `X.expected.json`, whose `check` holds the address and the expected result),
 * prints a per-file, per-field table and each field's accuracy, and exits 1 if a check fails.
 * Values are printed only with --show: the pages may hold real people's data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Window } from 'happy-dom';
import { readProfile } from '@/lib/profiles';
import type { CaptureResult } from '@/lib/profiles/types';

const FIELDS = ['profileUrl', 'fullName', 'headline', 'location', 'company'] as const;
type Field = (typeof FIELDS)[number];

interface Check {
  url: string;
  expect: { ok: false; reasons: string[] } | ({ ok: true } & Partial<Record<Field, string>>);
}

type Cell = 'pass' | 'fail' | 'n/a' | 'extra';

interface Row {
  file: string;
  page: Cell;
  fields: Record<Field, Cell>;
  notes: string[];
  ms: number;
}

function parsePage(html: string, url: string): { doc: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, close: () => window.happyDOM.close() };
}

function grade(result: CaptureResult, check: Check, show: boolean): Omit<Row, 'file' | 'ms'> {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, 'n/a'])) as Record<Field, Cell>;
  const notes: string[] = [];
  const expect = check.expect;
  if (!expect.ok) {
    const pass = !result.ok && expect.reasons.includes(result.reason);
    if (!pass)
      notes.push(`expected ${expect.reasons.join('|')}, got ${result.ok ? 'a profile' : result.reason}`);
    return { page: pass ? 'pass' : 'fail', fields, notes };
  }
  if (!result.ok) {
    notes.push(`expected a profile, got ${result.reason}`);
    for (const f of FIELDS) if (expect[f]) fields[f] = 'fail';
    return { page: 'fail', fields, notes };
  }
  for (const f of FIELDS) {
    const want = expect[f];
    const got = result.profile[f];
    if (want === undefined) {
      if (got) {
        fields[f] = 'extra';
        notes.push(
          show ? `${f}: not on the page, got ${JSON.stringify(got)}` : `${f}: not on the page, got a value`,
        );
      }
      continue;
    }
    fields[f] = got === want ? 'pass' : 'fail';
    if (got !== want)
      notes.push(show ? `${f}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}` : `${f}: differs`);
  }
  return { page: 'pass', fields, notes };
}

const MARK: Record<Cell, string> = { pass: 'ok', fail: 'FAIL', 'n/a': '-', extra: 'extra' };

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const show = args.includes('--show');
  const folder = args.find((a) => !a.startsWith('--'));
  if (!folder || !existsSync(folder)) {
    console.error('usage: npm run corpus -- <folder with X.html and X.expected.json> [--show]');
    return 2;
  }
  const rows: Row[] = [];
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.html'))
    .sort()) {
    const expectedPath = join(folder, name.replace(/\.html$/, '.expected.json'));
    if (!existsSync(expectedPath)) continue;
    const check = (JSON.parse(readFileSync(expectedPath, 'utf8')) as { check?: Check }).check;
    if (!check) continue;
    const { doc, close } = parsePage(readFileSync(join(folder, name), 'utf8'), check.url);
    const t0 = performance.now();
    const result = readProfile(doc, check.url);
    const ms = performance.now() - t0;
    await close();
    rows.push({ file: basename(name, '.html'), ms, ...grade(result, check, show) });
  }

  const width = Math.max(4, ...rows.map((r) => r.file.length));
  const header = ['file'.padEnd(width), 'page ', ...FIELDS.map((f) => f.padEnd(10)), 'ms'].join(' | ');
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of rows) {
    const cells = [
      r.file.padEnd(width),
      MARK[r.page].padEnd(5),
      ...FIELDS.map((f) => MARK[r.fields[f]].padEnd(10)),
    ];
    console.log([...cells, r.ms.toFixed(1)].join(' | '));
    for (const note of r.notes) console.log(`${' '.repeat(width)}   ${note}`);
  }
  console.log('');
  const accuracy = (cells: Cell[]) => {
    const applicable = cells.filter((c) => c === 'pass' || c === 'fail');
    const passed = applicable.filter((c) => c === 'pass').length;
    return { passed, total: applicable.length };
  };
  const lines: [string, { passed: number; total: number }][] = [
    ['page classified', accuracy(rows.map((r) => r.page))],
    ...FIELDS.map(
      (f) => [f, accuracy(rows.map((r) => r.fields[f]))] as [string, { passed: number; total: number }],
    ),
  ];
  for (const [label, { passed, total }] of lines) {
    const pct = total ? ((100 * passed) / total).toFixed(1) : '-';
    console.log(`${label.padEnd(16)} ${String(passed).padStart(3)}/${String(total).padEnd(3)} ${pct}%`);
  }
  const extras = rows.reduce((n, r) => n + FIELDS.filter((f) => r.fields[f] === 'extra').length, 0);
  console.log(`values read where the page has none: ${extras}`);
  const failed = rows.some((r) => r.page === 'fail' || FIELDS.some((f) => r.fields[f] === 'fail'));
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
