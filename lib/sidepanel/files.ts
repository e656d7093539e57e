/**
 * Files in and out of the side panel: a backup or CSV saved through a Blob URL and an <a download>
 * (no network, no downloads permission), and which kind of file the user picked to import.
 */

/** `askwell-backup-2026-11-30.json` / `askwell-prospects-2026-11-30.csv`, dated in local time. */
export function exportFileName(kind: 'json' | 'csv', now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return kind === 'json' ? `askwell-backup-${date}.json` : `askwell-prospects-${date}.csv`;
}

/** What a picked file holds, by its name first and its first character when the name says nothing. */
export function importKindOf(fileName: string, text: string): 'json' | 'csv' {
  const name = fileName.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.csv') || name.endsWith('.tsv') || name.endsWith('.txt')) return 'csv';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'csv';
}

/** Offers `text` as a file to save, the way a link with `download` does. */
export function saveTextFile(fileName: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The browser has read the URL once the click's download started; free the memory a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
