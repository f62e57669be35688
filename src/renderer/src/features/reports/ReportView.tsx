import { ArrowLeft, Check, Loader, Pencil, RefreshCw, Trash2, WifiOff } from 'lucide-react';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { JobProgress, MethodOutput } from '../../../../shared/contract';
import { formatBytes, formatUsd } from '../../../../shared/format/bytes';
import { formatDay } from '../../../../shared/format/day';
import { useClient } from '../../api/client-context';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';
import { isTyping } from '../../app/is-typing';
import { chartColors } from '../ask/chart-option';
import { ForecastChart } from '../forecast/ForecastChart';
import { eventsForSeries, forecastChartOption } from '../forecast/forecast-chart-option';
import { chartImage, downloadDataUrl } from './chart-export';
import { defaultPair } from './comparison';
import { ConfirmDialog } from './ConfirmDialog';
import { ExportMenu, type ExportChoice } from './ExportMenu';
import { imageFileName } from './file-name';
import { kindLabel } from './library-nav';
import { refreshBlockedReason } from './refresh-reason';
import { absoluteTime, relativeTime } from './relative-time';
import { REPORT_CHART_HEIGHT, reportChartOption } from './report-chart-option';
import {
  forecastTable,
  readSnapshot,
  readSpec,
  snapshotAsOf,
  snapshotCost,
  tableChartOf,
  usableChart,
  type ReportSnapshot,
} from './report-snapshot';
import { ExploreViewBlock } from './ExploreViewBlock';
import { ReportChart } from './ReportChart';
import { ReportTable } from './ReportTable';
import { SqlBlock } from './SqlBlock';
import { TagEditor } from './TagEditor';
import {
  errorText,
  useForgetReport,
  useInvalidateReports,
  useOffline,
  useReport,
  useSourceLookup,
} from './use-reports';
import { VersionsPanel, type VersionEntry } from './VersionsPanel';

type ReportData = MethodOutput<'reports.get'>;

interface ReportViewProps {
  id: string;
  onBack: () => void;
  onDeleted: (title: string) => void;
  onNotice: (message: string) => void;
}

const MEASURE_WORDS = { revenue: 'Revenue', units: 'Units' } as const;

/** Esc goes back to the library, unless a field, a menu or a dialog has it. */
const useEscapeBack = (onBack: () => void): void => {
  useEffect(() => {
    const listen = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      onBack();
    };
    window.addEventListener('keydown', listen);
    return () => window.removeEventListener('keydown', listen);
  }, [onBack]);
};

/** One report: its chart and table from a kept version, its SQL, versions and comparison, refresh and export. */
export const ReportView = ({ id, onBack, onDeleted, onNotice }: ReportViewProps) => {
  const report = useReport(id);
  useEscapeBack(onBack);
  const back = (
    <Button variant="ghost" size="sm" icon={<ArrowLeft size={14} />} onClick={onBack} title="Back to the library (Esc)">
      Reports
    </Button>
  );
  if (report.isError) {
    return (
      <div className="reports report-view">
        {back}
        <p className="banner banner--danger" role="alert">
          {errorText(report.error)}
        </p>
      </div>
    );
  }
  if (!report.data) {
    return (
      <div className="reports report-view">
        {back}
        <p className="muted report-view__loading" role="status">
          <Loader size={16} className="spin" aria-hidden="true" /> Opening the report…
        </p>
      </div>
    );
  }
  return <LoadedReport data={report.data} back={back} onDeleted={onDeleted} onNotice={onNotice} />;
};

interface LoadedReportProps {
  data: ReportData;
  back: ReactNode;
  onDeleted: (title: string) => void;
  onNotice: (message: string) => void;
}

const LoadedReport = ({ data, back, onDeleted, onNotice }: LoadedReportProps) => {
  const client = useClient();
  const invalidate = useInvalidateReports();
  const forget = useForgetReport();
  const offline = useOffline();
  const source = useSourceLookup()(data.report.sourceId);
  const { report, versions } = data;
  const spec = useMemo(() => readSpec(data.spec), [data.spec]);

  const entries: VersionEntry[] = useMemo(
    () =>
      versions.map((version) => ({
        version: version.version,
        createdAt: version.createdAt,
        asOf: snapshotAsOf(readSnapshot(version.snapshot), version.createdAt),
      })),
    [versions],
  );
  const latest = versions.at(-1)?.version ?? 1;
  const [viewedChoice, setViewed] = useState<number | null>(null);
  const viewedVersion = versions.find((version) => version.version === viewedChoice) ?? versions.at(-1);
  const viewed = viewedVersion?.version ?? latest;
  const snapshot: ReportSnapshot = useMemo(() => readSnapshot(viewedVersion?.snapshot ?? null), [viewedVersion]);
  const asOf = snapshotAsOf(snapshot, viewedVersion?.createdAt ?? report.updatedAt);
  const cost = snapshotCost(snapshot);

  const [picked, setPicked] = useState<number[]>(() => {
    const pair = defaultPair(versions.map((version) => version.version));
    return pair ? [pair.before, pair.after] : [];
  });

  // Title: inline, Enter saves, Esc puts it back.
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(report.title);
  const [titleProblem, setTitleProblem] = useState<string | null>(null);
  const saveTitle = async (): Promise<void> => {
    const next = title.trim();
    if (next === report.title) {
      setEditing(false);
      return;
    }
    if (next === '') {
      setTitleProblem('Give the report a title.');
      return;
    }
    try {
      await client.call('reports.update', { id: report.id, title: next });
      await invalidate(report.id);
      setEditing(false);
      setTitleProblem(null);
    } catch (error) {
      setTitleProblem(errorText(error));
    }
  };

  const saveTags = async (tags: string[]): Promise<void> => {
    await client.call('reports.update', { id: report.id, tags });
    await invalidate(report.id);
  };

  // Refresh, with its progress from main's job events.
  const jobId = `report-refresh-${useId().replace(/[^\w-]/g, '')}`;
  const [refreshing, setRefreshing] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [refreshProblem, setRefreshProblem] = useState<string | null>(null);
  useEffect(
    () =>
      client.on('job.progress', (update) => {
        if (update.jobId === jobId) setProgress(update.state === 'running' ? update : null);
      }),
    [client, jobId],
  );
  const latestAsOf = entries.at(-1)?.asOf ?? null;
  const offlineReason = refreshBlockedReason(offline, source.kind, latest, latestAsOf);
  const refresh = async (): Promise<void> => {
    setRefreshing(true);
    setRefreshProblem(null);
    setProgress(null);
    try {
      const outcome = await client.call('reports.refresh', { id: report.id, jobId });
      await invalidate(report.id);
      setViewed(outcome.version);
      setPicked([latest, outcome.version]);
      onNotice(`Refreshed: version ${outcome.version} is kept beside the earlier ones.`);
    } catch (error) {
      setRefreshProblem(errorText(error));
    } finally {
      setRefreshing(false);
      setProgress(null);
    }
  };

  // What the chart draws, and the picture an export makes of it.
  const forecast = snapshot.kind === 'forecast' ? snapshot.forecast : null;
  const [seriesKey, setSeriesKey] = useState<string | null>(null);
  const series = forecast ? (forecast.series.find((entry) => entry.key === seriesKey) ?? forecast.series[0]) : null;
  const seriesEvents = useMemo(
    () => (forecast && series ? eventsForSeries(forecast.events, series, forecast.series) : []),
    [forecast, series],
  );
  // A SQL result's or an explorer view's chart, drawn from the version's table.
  const tableChart =
    snapshot.kind === 'table' && snapshot.rows.length > 0 ? usableChart(tableChartOf(spec), snapshot.columns) : null;
  const chartReason =
    forecast && series ? null : tableChart ? null : 'This report is a table: it was pinned without a chart.';

  const [exporting, setExporting] = useState(false);
  const exportAs = async (choice: ExportChoice): Promise<void> => {
    setExporting(true);
    try {
      if (choice === 'png' || choice === 'svg') {
        // Pictures are drawn light, for documents and slides, whatever the app's theme.
        const background = chartColors.light.surface;
        const option =
          forecast && series
            ? forecastChartOption(series, seriesEvents, {
                measure: forecast.measure,
                grain: forecast.grain,
                confidence: forecast.confidence,
                currency: source.currency,
                theme: 'light',
              })
            : tableChart && snapshot.kind === 'table'
              ? reportChartOption(tableChart, snapshot.columns, snapshot.rows, 'light', { animation: false })
              : null;
        if (!option) return;
        const name = imageFileName(report.title, choice);
        downloadDataUrl(chartImage(option, choice, forecast ? 420 : REPORT_CHART_HEIGHT + 40, background), name);
        onNotice(`Saved the chart as ${name}.`);
      } else if (choice === 'csv' || choice === 'xlsx') {
        const outcome = await client.call('reports.exportTable', { id: report.id, version: viewed, format: choice });
        const downloaded = await client.downloadExport(outcome.fileName);
        const cut = outcome.truncated ? ' (Excel holds fewer rows; the rest were left out)' : '';
        onNotice(
          downloaded
            ? `Exported ${outcome.rows.toLocaleString('en-US')} rows of version ${viewed} as ${outcome.fileName}${cut}.`
            : `Exported ${outcome.rows.toLocaleString('en-US')} rows to ${outcome.path}${cut}.`,
        );
      } else {
        const outcome = await client.call('reports.deck', { ids: [report.id], title: report.title });
        const downloaded = await client.downloadExport(outcome.fileName);
        onNotice(downloaded ? `Built ${outcome.fileName}.` : `Built the deck in ${outcome.path}.`);
      }
    } catch (error) {
      onNotice(errorText(error));
    } finally {
      setExporting(false);
    }
  };

  const [deleting, setDeleting] = useState(false);

  const table =
    snapshot.kind === 'table'
      ? snapshot
      : forecast
        ? { ...forecastTable(forecast), rowCount: 0, truncated: false }
        : null;

  return (
    <div className="reports report-view" data-testid="report-view">
      <div className="report-view__top">
        {back}
        <div className="report-view__actions">
          <span title={offlineReason ?? undefined} className="report-view__refresh">
            <Button
              icon={refreshing ? <Loader size={14} className="spin" /> : <RefreshCw size={14} />}
              disabled={refreshing || offlineReason !== null}
              onClick={() => void refresh()}
              data-testid="report-refresh"
            >
              {refreshing ? 'Refreshing…' : 'Refresh'}
            </Button>
          </span>
          <ExportMenu chartReason={chartReason} busy={exporting} onExport={(choice) => void exportAs(choice)} />
          <Button
            variant="ghost"
            icon={<Trash2 size={14} />}
            onClick={() => setDeleting(true)}
            aria-label="Delete the report"
            title="Delete the report"
          />
        </div>
      </div>

      <header className="report-view__header">
        {editing ? (
          <div className="report-title-edit">
            <input
              className="input report-title-edit__input"
              value={title}
              autoFocus
              maxLength={120}
              aria-label="Report title"
              onChange={(event) => setTitle(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void saveTitle();
                } else if (event.key === 'Escape') {
                  event.preventDefault();
                  setTitle(report.title);
                  setTitleProblem(null);
                  setEditing(false);
                }
              }}
            />
            <Button size="sm" variant="primary" icon={<Check size={13} />} onClick={() => void saveTitle()}>
              Save
            </Button>
            {titleProblem && (
              <span className="error-text" role="alert">
                {titleProblem}
              </span>
            )}
          </div>
        ) : (
          <h1 className="report-view__title">
            <button
              type="button"
              className="report-view__title-button"
              title="Rename (click, then Enter to save)"
              onClick={() => {
                setTitle(report.title);
                setEditing(true);
              }}
            >
              {report.title}
              <Pencil size={14} aria-hidden="true" className="report-view__pencil" />
            </button>
          </h1>
        )}
        <p className="report-view__meta">
          <Badge tone={report.kind === 'forecast' ? 'accent' : 'neutral'}>{kindLabel(report.kind)}</Badge>
          <span>{source.name}</span>
          <span title={`As of ${absoluteTime(asOf)}`} data-testid="report-as-of">
            as of {absoluteTime(asOf)} <span className="muted">({relativeTime(asOf)})</span>
          </span>
          <span>
            version {viewed} of {versions.length}
            {viewed !== latest && (
              <>
                {' '}
                <button type="button" className="report-view__link" onClick={() => setViewed(null)}>
                  show the latest
                </button>
              </>
            )}
          </span>
          {cost.bytes !== null && <span>{formatBytes(cost.bytes)} billed</span>}
          {cost.usd !== null && <span>{formatUsd(cost.usd)}</span>}
        </p>
        <TagEditor tags={report.tags} onChange={saveTags} />
      </header>

      {offlineReason && (
        <p className="report-view__offline" role="status">
          <WifiOff size={14} aria-hidden="true" />
          {offlineReason} It opens from the cache; refresh when you are back online.
        </p>
      )}
      {refreshing && (
        <div className="report-view__progress" role="status">
          <span>{progress?.stage ?? `Re-running on ${source.name}`}…</span>
          <ProgressBar fraction={progress?.fraction ?? null} label="Refresh progress" />
        </div>
      )}
      {refreshProblem && (
        <p className="banner banner--danger" role="alert">
          {refreshProblem}
        </p>
      )}

      {/* An explorer view says first what it lists: the numbers below are those products'. */}
      {spec?.kind === 'explore' && <ExploreViewBlock view={spec.view} currency={source.currency} />}

      {/* A report pinned as a table has no chart section: the table is the report. */}
      {(forecast !== null || tableChart !== null || snapshot.kind === 'unknown') && (
        <section className="report-section" aria-label="Chart">
          {forecast && series ? (
            <>
              {forecast.series.length > 1 && (
                <label className="report-series">
                  <span className="field__label">Series</span>
                  <select className="input" value={series.key} onChange={(event) => setSeriesKey(event.target.value)}>
                    {forecast.series.map((entry) => (
                      <option key={entry.key} value={entry.key}>
                        {entry.label}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <ForecastChart
                series={series}
                events={seriesEvents}
                measure={forecast.measure}
                grain={forecast.grain}
                confidence={forecast.confidence}
                currency={source.currency}
                height={380}
              />
              <p className="report-view__caption muted">
                {MEASURE_WORDS[forecast.measure]} by {forecast.grain}, {forecast.horizon} {forecast.grain}s ahead at{' '}
                {forecast.confidence}% · {series.model} · data through {formatDay(forecast.dataThrough)}
              </p>
            </>
          ) : tableChart && snapshot.kind === 'table' ? (
            <ReportChart spec={tableChart} columns={snapshot.columns} rows={snapshot.rows} />
          ) : (
            <p className="muted">This version holds nothing this app can draw.</p>
          )}
        </section>
      )}

      {table && (
        <section className="report-section" aria-label="Table">
          <ReportTable
            columns={table.columns}
            rows={table.rows}
            rowCount={table.rowCount}
            truncated={table.truncated}
            caption={`The numbers of “${report.title}”, version ${viewed}`}
          />
        </section>
      )}

      {spec?.kind === 'sql' && <SqlBlock sql={spec.sql} onNotice={onNotice} />}

      <VersionsPanel
        reportId={report.id}
        versions={entries}
        viewed={viewed}
        onView={setViewed}
        picked={picked}
        onPicked={setPicked}
      />

      {deleting && (
        <ConfirmDialog
          heading="Delete this report?"
          message={`“${report.title}” and its ${versions.length === 1 ? 'version' : `${versions.length} versions`} will be deleted. This cannot be undone.`}
          confirm="Delete report"
          onConfirm={async () => {
            await client.call('reports.delete', { id: report.id });
            onDeleted(report.title);
            void forget(report.id);
          }}
          onClose={() => setDeleting(false)}
        />
      )}
    </div>
  );
};
