import { AlertCircle, Database, Loader } from 'lucide-react';
import { formatBytes } from '../../../../shared/format/bytes';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { JobProgress } from '../../../../shared/contract';
import type { QueryResultMeta } from '../../../../shared/contract/query';
import { useClient } from '../../api/client-context';
import { ProgressBar } from '../../components/ProgressBar';
import { defaultChart, type ChartSpec } from './chart/chart-spec';
import { QuickChart } from './chart/QuickChart';
import { ResultGrid } from './grid/ResultGrid';
import type { ViewOptions } from '../../../../shared/sql';
import { ResultActions, type ResultView } from './ResultActions';
import { SaveQueryDialog } from './SaveQueryDialog';

/** Rows a quick chart draws: the first ones, which is what a sorted or limited query shows. */
const CHART_ROWS = 2000;

const count = (n: number): string => n.toLocaleString('en-US');

const elapsed = (ms: number | null): string =>
  ms === null ? '' : ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

const bytes = (n: number | null): string | null => (n === null ? null : formatBytes(n));

/** The status line: rows, time, bytes and cache hit (BigQuery), and when the result was made. */
export const StatusLine = ({ meta, view }: { meta: QueryResultMeta; view?: ViewOptions | null }) => {
  const parts = [
    view?.sort ? `sorted by ${view.sort.column} ${view.sort.direction === 'desc' ? '↓' : '↑'}` : null,
    view?.filter ? `rows containing “${view.filter}”` : null,
    `${count(meta.rowCount)} row${meta.rowCount === 1 ? '' : 's'}`,
    elapsed(meta.elapsedMs),
    bytes(meta.bytesProcessed) ? `${bytes(meta.bytesProcessed)} processed` : null,
    meta.cacheHit === null ? null : meta.cacheHit ? 'from BigQuery’s cache' : 'not cached',
    `as of ${new Date(meta.finishedAt ?? meta.startedAt).toLocaleString()}`,
  ].filter(Boolean);
  return (
    <div className="status-line" data-testid="status-line" role="status">
      {parts.map((part) => (
        <span key={part}>{part}</span>
      ))}
    </div>
  );
};

interface ResultPanelProps {
  meta: QueryResultMeta | null;
  running: JobProgress | null;
  isRunning: boolean;
  title: string;
  onNotice: (message: string) => void;
  /** How the grid sorts and filters the result; null when the result cannot be re-viewed. */
  view: ViewOptions | null;
  onView: (next: ViewOptions) => void;
}

export const ResultPanel = ({
  meta,
  running,
  isRunning,
  title,
  onNotice,
  view: gridView,
  onView,
}: ResultPanelProps) => {
  const client = useClient();
  const resultId = meta?.resultId ?? '';
  const loadRows = useCallback(
    async (offset: number, limit: number) => (await client.call('query.rows', { resultId, offset, limit })).rows,
    [client, resultId],
  );
  // The panel is keyed by result, so these start afresh for each new result.
  const [view, setView] = useState<ResultView>('table');
  const [chart, setChart] = useState<ChartSpec | null>(() => (meta ? defaultChart(meta.columns, meta.rowCount) : null));
  const [chartRows, setChartRows] = useState<unknown[][] | null>(null);
  const [exporting, setExporting] = useState(false);
  const [pinning, setPinning] = useState(false);
  const columns = useMemo(() => meta?.columns ?? [], [meta]);

  useEffect(() => {
    if (view !== 'chart' || chartRows || !meta) return;
    void loadRows(0, Math.min(CHART_ROWS, Math.max(1, meta.rowCount))).then(setChartRows);
  }, [view, chartRows, meta, loadRows]);

  const exportAs = async (format: 'csv' | 'xlsx'): Promise<void> => {
    setExporting(true);
    try {
      const outcome = await client.call('export.result', { resultId, format, label: title });
      const downloaded = await client.downloadExport(outcome.fileName);
      const cut = outcome.truncated ? ` (Excel holds ${count(outcome.rows)} rows; the rest were left out)` : '';
      onNotice(
        downloaded
          ? `Exported ${count(outcome.rows)} rows as ${outcome.fileName}${cut}.`
          : `Exported ${count(outcome.rows)} rows to ${outcome.path}${cut}.`,
      );
    } catch (error) {
      onNotice(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(false);
    }
  };

  if (isRunning) {
    return (
      <div className="result-panel result-panel--center" role="status">
        <Loader size={20} className="spin" aria-hidden="true" />
        <p>{running?.stage ?? 'Running'}… Press Esc to cancel.</p>
        <ProgressBar fraction={running?.fraction ?? null} label="Query progress" />
      </div>
    );
  }
  if (!meta) {
    return (
      <div className="result-panel result-panel--center">
        <Database size={22} aria-hidden="true" />
        <p>Run a statement to see its rows here.</p>
        <p className="muted">
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs the statement under the cursor · <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+
          <kbd>Enter</kbd> runs them all · <kbd>Esc</kbd> cancels
        </p>
      </div>
    );
  }
  if (meta.status === 'failed' || meta.status === 'cancelled' || meta.status === 'interrupted') {
    return (
      <div className="result-panel">
        <div className={`query-error${meta.status === 'failed' ? '' : ' query-error--neutral'}`} role="alert">
          <AlertCircle size={18} aria-hidden="true" />
          <div>
            <strong>
              {meta.status === 'failed'
                ? `The query failed${meta.errorPosition ? ` at line ${meta.errorPosition.line}, column ${meta.errorPosition.column}` : ''}`
                : meta.status === 'cancelled'
                  ? 'The query was cancelled'
                  : 'The query was interrupted'}
            </strong>
            {meta.error && <pre className="query-error__text">{meta.error}</pre>}
          </div>
        </div>
        {meta.rowCount > 0 && <StatusLine meta={meta} />}
      </div>
    );
  }
  return (
    <div className="result-panel">
      <StatusLine meta={meta} view={gridView} />
      {meta.columns.length === 0 ? (
        <p className="muted result-panel__note">The statement ran; it returns no rows.</p>
      ) : (
        <>
          <ResultActions
            view={view}
            onView={setView}
            chart={chart}
            onChartType={(type) => setChart((current) => (current ? { ...current, type } : current))}
            onExport={(format) => void exportAs(format)}
            onPin={() => setPinning(true)}
            busy={exporting}
            filter={gridView?.filter ?? ''}
            onFilter={gridView ? (filter) => onView({ filter }) : null}
          />
          {view === 'chart' && chart ? (
            chartRows ? (
              <QuickChart columns={columns} rows={chartRows} spec={chart} />
            ) : (
              <p className="muted result-panel__note">Drawing…</p>
            )
          ) : (
            <ResultGrid
              key={meta.resultId}
              columns={meta.columns}
              rowCount={meta.rowCount}
              loadRows={loadRows}
              onCopied={(what) => onNotice(`Copied ${what}.`)}
              sort={gridView?.sort ?? null}
              onSort={
                gridView
                  ? (column) => {
                      const current = gridView.sort;
                      // Each click goes descending, ascending, then back to the query's own order.
                      const next =
                        current?.column !== column
                          ? { column, direction: 'desc' as const }
                          : current.direction === 'desc'
                            ? { column, direction: 'asc' as const }
                            : null;
                      onView({ sort: next });
                    }
                  : null
              }
            />
          )}
        </>
      )}
      {pinning && (
        <SaveQueryDialog
          heading="Pin to a report"
          confirmLabel="Pin"
          initialName={title}
          onClose={() => setPinning(false)}
          onSave={async (name, tags) => {
            await client.call('reports.pin', { title: name, resultId, chart: view === 'chart' ? chart : null, tags });
            onNotice(`Pinned “${name}”. It will be in Reports, with its data, offline too.`);
          }}
        />
      )}
    </div>
  );
};
