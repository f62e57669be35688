import { useQueryClient } from '@tanstack/react-query';
import { FileUp, X } from 'lucide-react';
import { useEffect, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import {
  ImportMapping,
  type ConceptColumns,
  type ImportConcept,
  type ImportPreview,
  type ImportResult,
  type JobProgress,
} from '../../../../shared/contract';
import { useClient } from '../../api/client-context';
import { Button } from '../../components/Button';
import { CurrencySelect } from '../../components/CurrencySelect';
import { ProgressBar } from '../../components/ProgressBar';
import { ImportSummary } from './ImportSummary';
import { MappingForm } from './MappingForm';
import { PreviewTable } from './PreviewTable';

type Step =
  | { kind: 'choose' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'importing'; preview: ImportPreview; progress: JobProgress | null }
  | { kind: 'done'; result: ImportResult };

const defaultName = (fileName: string): string =>
  fileName
    .replace(/\.(csv|tsv|txt|parquet)(\.gz)?$/i, '')
    .replace(/[_]+/g, ' ')
    .slice(0, 60) || 'Imported file';

const describeFormat = (preview: ImportPreview): string =>
  [
    preview.format === 'parquet' ? 'Parquet' : 'CSV',
    preview.compression === 'gzip' ? 'gzip-compressed' : null,
    preview.delimiter ? `separated by ${preview.delimiter === '\t' ? 'tabs' : `“${preview.delimiter}”`}` : null,
    preview.hasHeader === false ? 'no header row' : null,
    preview.encoding,
    `${preview.columns.length} columns`,
  ]
    .filter(Boolean)
    .join(' · ');

const problemsOf = (mapping: ConceptColumns): Partial<Record<ImportConcept, string>> => {
  const parsed = ImportMapping.safeParse(mapping);
  if (parsed.success) return {};
  const problems: Partial<Record<ImportConcept, string>> = {};
  for (const issue of parsed.error.issues) {
    const concept = issue.path[0] as ImportConcept | undefined;
    if (concept && !problems[concept]) problems[concept] = issue.message;
  }
  return problems;
};

/** Import a file as a new data source: choose, check the preview and mapping, import, read the report. */
export const ImportDialog = ({ onClose }: { onClose: () => void }) => {
  const client = useClient();
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [path, setPath] = useState('');
  const [name, setName] = useState('');
  const [mapping, setMapping] = useState<ConceptColumns>({});
  // Not set until the person says: a file does not say what its prices are in.
  const [currency, setCurrency] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const readFile = async (file: File): Promise<void> => {
    setError(null);
    setStep({ kind: 'reading', fileName: file.name });
    try {
      const filePath = await client.fileToPath(file);
      const preview = await client.call('import.preview', { path: filePath });
      setPath(filePath);
      setName(defaultName(file.name));
      setMapping(preview.suggested.mapping);
      setStep({ kind: 'preview', preview });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      setStep({ kind: 'choose' });
    }
  };

  const onPick = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    if (file) void readFile(file);
    event.target.value = '';
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  const runImport = async (preview: ImportPreview): Promise<void> => {
    setError(null);
    const jobId = `import-${crypto.randomUUID()}`;
    setStep({ kind: 'importing', preview, progress: null });
    const stop = client.on('job.progress', (progress) => {
      if (progress.jobId === jobId && progress.state === 'running') {
        setStep({ kind: 'importing', preview, progress });
      }
    });
    try {
      const result = await client.call('import.run', { path, name, mapping, currency, jobId });
      await queryClient.invalidateQueries({ queryKey: ['sources.list'] });
      setStep({ kind: 'done', result });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      setStep({ kind: 'preview', preview });
    } finally {
      stop();
    }
  };

  const busy = step.kind === 'reading' || step.kind === 'importing';
  const problems = problemsOf(mapping);
  const mappingReady = Object.keys(problems).length === 0;

  return (
    <dialog
      ref={dialog}
      className="dialog dialog--wide"
      aria-labelledby="import-title"
      onClose={onClose}
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
    >
      <header className="dialog__header">
        <h2 id="import-title">Import a file</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close"
          disabled={busy}
          onClick={() => dialog.current?.close()}
        >
          <X size={16} />
        </button>
      </header>

      <div className="dialog__body">
        {error && (
          <p className="banner banner--danger" role="alert">
            {error}
          </p>
        )}

        {(step.kind === 'choose' || step.kind === 'reading') && (
          <div
            className={`dropzone${dragging ? ' dropzone--active' : ''}`}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <FileUp size={28} aria-hidden="true" />
            {step.kind === 'reading' ? (
              <>
                <p>Reading {step.fileName}…</p>
                <ProgressBar fraction={null} label="Reading the file" />
              </>
            ) : (
              <>
                <p>Drop a sales export here, or choose one.</p>
                <p className="muted">CSV (also .csv.gz) or Parquet: one row per order line or sale.</p>
                <Button variant="primary" onClick={() => fileInput.current?.click()}>
                  Choose a file…
                </Button>
              </>
            )}
            <input
              ref={fileInput}
              type="file"
              accept=".csv,.tsv,.txt,.gz,.parquet"
              className="visually-hidden"
              aria-label="File to import"
              onChange={onPick}
            />
          </div>
        )}

        {(step.kind === 'preview' || step.kind === 'importing') && (
          <>
            <p className="muted" data-testid="import-format">
              {describeFormat(step.preview)}
            </p>
            {step.preview.warnings.map((warning) => (
              <p key={warning} className="banner banner--warning">
                {warning}
              </p>
            ))}
            <PreviewTable preview={step.preview} />
            <div className="import-source-fields">
              <label className="field">
                <span className="field__label">Name of the new data source</span>
                <input
                  className="input"
                  value={name}
                  maxLength={60}
                  onChange={(event) => setName(event.target.value)}
                  disabled={busy}
                />
              </label>
              <label className="field">
                <span className="field__label">Currency</span>
                <CurrencySelect value={currency} onChange={setCurrency} disabled={busy} />
                <span className="field__hint">What prices and revenue are in; changeable later in Settings.</span>
              </label>
            </div>
            <MappingForm preview={step.preview} mapping={mapping} onChange={setMapping} problems={problems} />
            {step.kind === 'importing' && (
              <div className="import-progress" role="status">
                <span>
                  {step.progress?.stage ?? 'Starting'}
                  {step.progress?.fraction != null ? ` · ${Math.round(step.progress.fraction * 100)}%` : '…'}
                </span>
                <ProgressBar fraction={step.progress?.fraction ?? null} label="Import progress" />
              </div>
            )}
          </>
        )}

        {step.kind === 'done' && <ImportSummary result={step.result} />}
      </div>

      <footer className="dialog__footer">
        {step.kind === 'done' ? (
          <Button variant="primary" onClick={() => dialog.current?.close()}>
            Done
          </Button>
        ) : (
          <>
            <Button variant="ghost" disabled={busy} onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            {(step.kind === 'preview' || step.kind === 'importing') && (
              <Button
                variant="primary"
                disabled={busy || !mappingReady || name.trim() === ''}
                onClick={() => void runImport(step.preview)}
              >
                {step.kind === 'importing' ? 'Importing…' : 'Import'}
              </Button>
            )}
          </>
        )}
      </footer>
    </dialog>
  );
};
