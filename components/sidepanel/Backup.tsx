/**
 * Export (a JSON backup of everything, or a CSV of the prospects for spreadsheets) and Import with a
 * preview: what would be added, updated or left unchanged, or each problem with its line, before
 * anything is written.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Button, Dialog } from '@/components/ui';
import type { ImportPreview, ImportSummary } from '@/lib/backup';
import { formatIssue, ImportError } from '@/lib/backup/errors';
import { exportFileName, importKindOf, saveTextFile } from '@/lib/sidepanel/files';
import { messageOf } from './hooks';

interface PickedFile {
  name: string;
  kind: 'json' | 'csv';
  text: string;
}

type Stage =
  | { step: 'closed' }
  | { step: 'reading'; name: string }
  | { step: 'preview'; file: PickedFile; preview: ImportPreview }
  | { step: 'importing'; file: PickedFile; preview: ImportPreview }
  | { step: 'failed'; name: string; message: string };

/** The backup code loads on first use: most visits to the panel never export or import. */
const backup = () => import('@/lib/backup');

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "3 added, 2 updated, 5 unchanged." */
export function summaryText(s: ImportSummary): string {
  return `${s.added.toLocaleString('en-US')} added, ${s.updated.toLocaleString('en-US')} updated, ${s.unchanged.toLocaleString('en-US')} unchanged.`;
}

export function Backup({
  onDone,
  onError,
}: {
  onDone: (message: string) => void;
  onError: (message: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [stage, setStage] = useState<Stage>({ step: 'closed' });
  const [exporting, setExporting] = useState(false);

  const download = (kind: 'json' | 'csv') => {
    setExporting(true);
    backup()
      .then((b) => (kind === 'json' ? b.exportJson() : b.exportCsv()))
      .then((text) => {
        const name = exportFileName(kind);
        saveTextFile(name, text, kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8');
        onDone(kind === 'json' ? `Backup saved as ${name}.` : `Spreadsheet saved as ${name}.`);
      })
      .catch((e: unknown) => onError(messageOf(e)))
      .finally(() => setExporting(false));
  };

  const pick = async (file: File) => {
    setStage({ step: 'reading', name: file.name });
    try {
      const text = await file.text();
      const kind = importKindOf(file.name, text);
      const b = await backup();
      const preview = kind === 'json' ? await b.previewImport(text) : await b.previewCsvImport(text);
      setStage({ step: 'preview', file: { name: file.name, kind, text }, preview });
    } catch (e) {
      setStage({ step: 'failed', name: file.name, message: messageOf(e) });
    }
  };

  const confirm = async () => {
    if (stage.step !== 'preview' || !stage.preview.ok) return;
    const { file } = stage;
    setStage({ ...stage, step: 'importing' });
    try {
      const b = await backup();
      const summary = file.kind === 'json' ? await b.importJson(file.text) : await b.importCsv(file.text);
      setStage({ step: 'closed' });
      onDone(`Imported ${file.name}: ${summaryText(summary)}`);
    } catch (e) {
      if (e instanceof ImportError)
        setStage({
          step: 'preview',
          file,
          preview: { ok: false, message: e.message, issues: e.issues, total: e.total },
        });
      else setStage({ step: 'failed', name: file.name, message: messageOf(e) });
    }
  };

  const close = () => {
    if (stage.step !== 'importing') setStage({ step: 'closed' });
  };

  return (
    <>
      <div class="sp-buttons">
        <Button
          onClick={() => download('json')}
          disabled={exporting}
          title="Save a JSON backup of everything"
        >
          Export
        </Button>
        <Button
          onClick={() => download('csv')}
          disabled={exporting}
          title="Save the prospects as a CSV spreadsheet"
        >
          Download CSV
        </Button>
        <Button onClick={() => input.current?.click()} title="Add prospects from a backup or a CSV file">
          Import
        </Button>
      </div>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,.csv,application/json,text/csv"
        aria-label="Backup or CSV file to import"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // The same file picked again must fire a change too.
          e.currentTarget.value = '';
          if (file) void pick(file);
        }}
      />
      <Dialog
        open={stage.step !== 'closed'}
        onClose={close}
        title="Import preview"
        description="Nothing is written until you confirm. Saved prospects are matched by their profile URL; nothing you have is deleted."
      >
        <ImportBody stage={stage} onConfirm={confirm} onCancel={close} />
      </Dialog>
    </>
  );
}

function ImportBody(props: { stage: Stage; onConfirm: () => void; onCancel: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  // Each step replaces the buttons: move focus to the one that fits, or it would fall to the page.
  useLayoutEffect(() => {
    const target = box.current?.querySelector<HTMLElement>('[data-autofocus]');
    if (target && box.current && !box.current.contains(document.activeElement)) target.focus();
  });
  return (
    <div ref={box} class="stack">
      <ImportSteps {...props} />
    </div>
  );
}

function ImportSteps({
  stage,
  onConfirm,
  onCancel,
}: {
  stage: Stage;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  if (stage.step === 'closed') return null;
  if (stage.step === 'reading')
    return (
      <>
        <p role="status">Reading {stage.name}…</p>
        <div class="sp-buttons">
          <Button onClick={onCancel} data-autofocus>
            Cancel
          </Button>
        </div>
      </>
    );
  if (stage.step === 'failed')
    return (
      <>
        <p role="alert">
          {stage.name} could not be read. {stage.message}
        </p>
        <div class="sp-buttons">
          <Button onClick={onCancel} data-autofocus>
            Close
          </Button>
        </div>
      </>
    );
  const { file, preview } = stage;
  const importing = stage.step === 'importing';
  if (!preview.ok)
    return (
      <>
        <p role="alert">
          Nothing can be imported from {file.name}: {plural(preview.total, 'problem was', 'problems were')}{' '}
          found. Fix the file and import it again.
        </p>
        <ul class="sp-issues" aria-label="Problems in the file">
          {preview.issues.map((issue, i) => (
            <li key={i}>{formatIssue(issue).replace(/^./, (c) => c.toUpperCase())}</li>
          ))}
          {preview.total > preview.issues.length && (
            <li>and {plural(preview.total - preview.issues.length, 'more problem', 'more problems')}</li>
          )}
        </ul>
        <div class="sp-buttons">
          <Button onClick={onCancel} data-autofocus>
            Close
          </Button>
        </div>
      </>
    );
  const { added, updated, unchanged } = preview.summary;
  const nothing = added === 0 && updated === 0;
  return (
    <>
      <p>
        {file.name} ({file.kind === 'json' ? 'Askwell backup' : 'CSV'}):
      </p>
      <ul class="sp-summary" aria-label="What the import does">
        <li>{plural(added, 'prospect will be added', 'prospects will be added')}</li>
        <li>{plural(updated, 'saved prospect will be updated', 'saved prospects will be updated')}</li>
        <li>{plural(unchanged, 'saved prospect stays unchanged', 'saved prospects stay unchanged')}</li>
      </ul>
      {nothing && <p>Everything in this file is already in your list: there is nothing to import.</p>}
      {importing && <p role="status">Writing…</p>}
      <div class="sp-buttons">
        {!nothing && (
          <Button variant="primary" onClick={onConfirm} disabled={importing} data-autofocus>
            Confirm
          </Button>
        )}
        <Button onClick={onCancel} disabled={importing} {...(nothing ? { 'data-autofocus': true } : {})}>
          {nothing ? 'Close' : 'Cancel'}
        </Button>
      </div>
    </>
  );
}
