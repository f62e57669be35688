import { AlertCircle, ArrowLeft, CloudCog, Copy, Info, LineChart, Pin, RotateCcw } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { takeForecastTarget } from './forecast-navigation';
import type { ForecastEvent, ForecastResult, ForecastSeries } from '../../../../shared/contract/forecast';
import { formatBytes, formatUsd } from '../../../../shared/format/bytes';
import { useActiveSource } from '../../api/active-source';
import { useClient } from '../../api/client-context';
import { useSources } from '../../api/hooks';
import { useSourceCurrency } from '../../api/use-money';
import { Button } from '../../components/Button';
import { PageHeader } from '../../components/PageHeader';
import { ProgressBar } from '../../components/ProgressBar';
import { formatDay } from '../explore/explore-format';
import { useDebouncedValue } from '../explore/product/use-debounced-value';
import { AccuracyCard } from './AccuracyCard';
import { eventLabel, eventsForSeries } from './forecast-chart-option';
import {
  ENGINE_LABELS,
  LEVEL_LABELS,
  MEASURE_LABELS,
  buildRequest,
  clampHorizon,
  defaultControls,
  defaultHorizon,
  defaultTitle,
  horizonPhrase,
  type ForecastControls,
} from './forecast-controls';
import { costPhrase, formatElapsed, formatMeasure } from './forecast-format';
import { forecastSum, forecastTable } from './forecast-table';
import { ForecastChart } from './ForecastChart';
import { ForecastControlsBar } from './ForecastControlsBar';
import { PinDialog } from './PinDialog';
import { SmallMultiples } from './SmallMultiples';
import { requestKey, useForecast } from './use-forecast';
import { useOffline } from '../../api/use-offline';

const NO_EVENTS: readonly ForecastEvent[] = [];

/** Forecasts of the active source's sales. A different data source starts afresh. */
export const ForecastPage = () => {
  const { activeId } = useActiveSource();
  const sources = useSources();
  const onBigQuery = sources.data?.sources.find((source) => source.id === activeId)?.kind === 'bigquery';
  // Which engines a source offers is known once the sources are: nothing runs before.
  if (sources.isPending) {
    return (
      <div className="forecast page-stack">
        <PageHeader title="Forecast" subtitle="How much will sell, with an honest range around it." />
      </div>
    );
  }
  return <ForecastWorkspace key={`${activeId}|${String(onBigQuery)}`} sourceId={activeId} onBigQuery={onBigQuery} />;
};

const ForecastWorkspace = ({ sourceId, onBigQuery }: { sourceId: string; onBigQuery: boolean }) => {
  const client = useClient();
  // Ask's "open in Forecast" leaves the question's controls; otherwise the defaults.
  const [initial] = useState<ForecastControls>(() => ({ ...defaultControls, ...takeForecastTarget() }));
  const [controls, setControls] = useState<ForecastControls>(initial);
  const [horizonText, setHorizonText] = useState(String(initial.horizon));
  const [horizonNote, setHorizonNote] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  // The tile a large view was opened from, to take the keyboard back to it.
  const [openedFrom, setOpenedFrom] = useState<string | null>(null);
  const [approved, setApproved] = useState<string | null>(null);
  const [pinning, setPinning] = useState(false);
  const [notice, setNotice] = useState<{ text: string; tone: 'success' | 'warning' } | null>(null);

  useEffect(() => {
    if (notice === null) return undefined;
    const timer = window.setTimeout(() => setNotice(null), 8000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const update = useCallback((patch: Partial<ForecastControls>) => {
    setControls((current) => ({ ...current, ...patch }));
    setFocusKey(null);
  }, []);
  const onGrain = (grain: ForecastControls['grain']): void => {
    update({ grain, horizon: defaultHorizon[grain] });
    setHorizonText(String(defaultHorizon[grain]));
    setHorizonNote(null);
  };
  const onHorizonText = (text: string): void => {
    setHorizonText(text);
    if (text.trim() === '') return;
    const { horizon, note } = clampHorizon(Number(text), controls.grain);
    setHorizonNote(note);
    update({ horizon });
  };

  const request = useMemo(() => buildRequest(controls, sourceId), [controls, sourceId]);
  // Controls settle for a moment before a forecast runs: a run per click would queue up work.
  const settled = useDebouncedValue(request, 400);
  const { run, estimate, progress, key } = useForecast(settled, approved);
  const local = settled.engine === 'local';
  const result = run.data;
  const offline = useOffline();
  const keptOffline = result?.notes[0]?.startsWith('Offline:') === true;
  const waiting = requestKey(request) !== key || run.isPlaceholderData;

  const eventsByKey = useMemo(
    () =>
      new Map(
        (result?.series ?? []).map((series) => [
          series.key,
          eventsForSeries(result?.events ?? [], series, result?.series ?? []),
        ]),
      ),
    [result],
  );
  const eventsFor = useCallback(
    (series: ForecastSeries): readonly ForecastEvent[] => eventsByKey.get(series.key) ?? NO_EVENTS,
    [eventsByKey],
  );

  const many = (result?.series.length ?? 0) > 1;
  const focused =
    result?.series.find((series) => series.key === focusKey) ??
    (result?.series.length === 1 ? result.series[0] : undefined);

  const copyTable = async (): Promise<void> => {
    if (!result) return;
    try {
      await navigator.clipboard.writeText(forecastTable(result));
      setNotice({
        text: `Copied ${result.series.length === 1 ? 'the forecast' : `${result.series.length} forecasts`} as a table: it pastes into a spreadsheet.`,
        tone: 'success',
      });
    } catch {
      setNotice({ text: 'The clipboard is not available here.', tone: 'warning' });
    }
  };

  const focusedMember = focused && many ? { key: focused.key, label: focused.label } : null;
  const pin = async (title: string): Promise<void> => {
    const pinned = await client.call('forecast.pin', {
      // On BigQuery, a different member list is a different (paid) job: the whole forecast shown is pinned.
      request: focusedMember && settled.engine === 'local' ? { ...settled, members: [focusedMember.key] } : settled,
      title,
    });
    setNotice({ text: `Pinned “${pinned.title}”. It is in Reports with its table and chart.`, tone: 'success' });
  };

  return (
    <div className="forecast page-stack">
      <PageHeader
        title="Forecast"
        subtitle="How much will sell, with an honest range around it."
        actions={
          <>
            <Button icon={<Copy size={15} />} disabled={!result} onClick={() => void copyTable()}>
              Copy table
            </Button>
            <Button variant="primary" icon={<Pin size={15} />} disabled={!result} onClick={() => setPinning(true)}>
              Pin as report
            </Button>
          </>
        }
      />
      <ForecastControlsBar
        sourceId={sourceId}
        onBigQuery={onBigQuery}
        controls={controls}
        horizonText={horizonText}
        horizonNote={horizonNote}
        onChange={update}
        onGrain={onGrain}
        onHorizonText={onHorizonText}
        onHorizonBlur={() => setHorizonText(String(controls.horizon))}
      />
      {notice && (
        <p className={`forecast-notice forecast-notice--${notice.tone}`} role="status">
          {notice.text}
        </p>
      )}
      {!local && (
        <CostPanel
          engine={ENGINE_LABELS[settled.engine ?? 'local']}
          estimate={estimate}
          // A forecast opened from what was kept can be run again once Google is back.
          ran={result !== undefined && !waiting && !(keptOffline && !offline)}
          running={run.isFetching}
          settling={requestKey(request) !== key}
          onRun={() => (approved === key ? void run.refetch() : setApproved(key))}
        />
      )}
      {run.isFetching && (
        <div
          className={result ? 'forecast-progress forecast-progress--inline' : 'forecast-progress'}
          aria-live="polite"
        >
          <p>{progress?.stage ?? (local ? 'Forecasting' : 'Forecasting on BigQuery')}…</p>
          <ProgressBar fraction={progress?.fraction ?? null} label="Forecast progress" />
          {!result && local && (
            <p className="muted">Aisle fits several models to each series and keeps the one that backtests best.</p>
          )}
        </div>
      )}
      {run.isError && (
        <div className="banner banner--danger forecast-error" role="alert">
          <AlertCircle size={16} aria-hidden="true" />
          <span className="forecast-error__message">{run.error.message}</span>
          <Button size="sm" icon={<RotateCcw size={13} />} onClick={() => void run.refetch()}>
            Retry
          </Button>
        </div>
      )}
      {result && (
        <section
          className={waiting && run.isFetching ? 'forecast-results forecast-results--stale' : 'forecast-results'}
          aria-busy={run.isFetching}
          aria-label="Forecast"
        >
          {result.series.length === 0 || result.series.every((series) => series.history.length === 0) ? (
            <NoHistory />
          ) : focused ? (
            <SeriesDetail
              result={result}
              series={focused}
              events={eventsFor(focused)}
              onBack={many ? () => setFocusKey(null) : null}
            />
          ) : (
            <>
              <p className="forecast-results__lead">
                {MEASURE_LABELS[result.measure]} of {result.series.length} {LEVEL_LABELS[result.level].many},{' '}
                {horizonPhrase(result.grain, result.horizon)}, each checked on its own backtest. Choose one to see it
                large.
              </p>
              <SmallMultiples
                result={result}
                eventsFor={eventsFor}
                returnTo={openedFrom}
                onOpen={(key) => {
                  setFocusKey(key);
                  setOpenedFrom(key);
                }}
              />
            </>
          )}
          <ResultMeta result={result} />
        </section>
      )}
      {!result && !run.isFetching && !run.isError && local && <NoHistory pending />}
      {pinning && (
        <PinDialog
          initialTitle={defaultTitle(controls, focusedMember)}
          hint="The report keeps this forecast’s settings, its table (history, forecast and interval) and a line chart; it can be run again later on newer data."
          onPin={pin}
          onClose={() => setPinning(false)}
        />
      )}
    </div>
  );
};

/** One series large: the chart beside its accuracy card. */
const SeriesDetail = ({
  result,
  series,
  events,
  onBack,
}: {
  result: ForecastResult;
  series: ForecastSeries;
  events: readonly ForecastEvent[];
  onBack: (() => void) | null;
}) => {
  const measure = result.measure;
  const sum = forecastSum(series);
  const currency = useSourceCurrency(result.sourceId);
  const heading = useRef<HTMLHeadingElement>(null);
  const opened = onBack !== null;
  // Opened from the grid: the reader (and the keyboard) moves to the large chart.
  useEffect(() => {
    if (!opened) return;
    heading.current?.scrollIntoView({ block: 'nearest' });
    heading.current?.focus({ preventScroll: true });
  }, [opened, series.key]);
  return (
    <div className="forecast-detail">
      <div className="forecast-detail__heading">
        {onBack && (
          <Button size="sm" variant="ghost" icon={<ArrowLeft size={14} />} onClick={onBack}>
            All {result.series.length} {LEVEL_LABELS[result.level].many}
          </Button>
        )}
        <h2 className="forecast-detail__title" ref={heading} tabIndex={-1}>
          {series.label}
        </h2>
        {sum !== null && (
          <p className="forecast-detail__sum">
            {horizonPhrase(result.grain, result.horizon).replace(/^n/, 'N')}:{' '}
            <strong>{formatMeasure(measure, sum, currency)}</strong> forecast
          </p>
        )}
      </div>
      <div className="forecast-detail__body">
        <div className="forecast-detail__chart">
          {series.history.length === 0 ? (
            <NoHistory />
          ) : (
            <>
              <ForecastChart
                series={series}
                events={events}
                measure={measure}
                grain={result.grain}
                confidence={result.confidence}
                currency={currency}
                height={400}
              />
              <EventList events={events} seriesLabel={series.label} />
            </>
          )}
        </div>
        <AccuracyCard series={series} grain={result.grain} confidence={result.confidence} engine={result.engine} />
      </div>
    </div>
  );
};

const EVENT_KINDS: Record<ForecastEvent['kind'], string> = {
  holiday: 'Holiday',
  promotion: 'Promotion',
  stock_out: 'Likely out of stock',
};

const EVENT_COUNTS: Record<ForecastEvent['kind'], [string, string]> = {
  holiday: ['holiday', 'holidays'],
  promotion: ['promotion', 'promotions'],
  stock_out: ['likely stock-out', 'likely stock-outs'],
};

/** The marks on the chart in words, since a line or a shade alone says little. */
const EventList = ({ events, seriesLabel }: { events: readonly ForecastEvent[]; seriesLabel: string }) => {
  if (events.length === 0) return null;
  const counts = (['holiday', 'promotion', 'stock_out'] as const)
    .map((kind) => ({ kind, count: events.filter((event) => event.kind === kind).length }))
    .filter((entry) => entry.count > 0)
    .map(({ kind, count }) => `${count} ${count === 1 ? EVENT_COUNTS[kind][0] : EVENT_COUNTS[kind][1]}`);
  return (
    <details className="forecast-events">
      <summary>Marked on the chart: {counts.join(', ')}</summary>
      <ul>
        {events.map((event) => (
          <li key={`${event.kind}-${event.start}-${event.label}`} className={`forecast-events__item--${event.kind}`}>
            <span className="forecast-events__key" aria-hidden="true" title={EVENT_KINDS[event.kind]} />
            <span className="forecast-events__when">
              {event.start === event.end
                ? formatDay(event.start)
                : `${formatDay(event.start)} – ${formatDay(event.end)}`}
            </span>
            <span>
              <span className="visually-hidden">{EVENT_KINDS[event.kind]}: </span>
              {eventLabel(event, seriesLabel)}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
};

const ResultMeta = ({ result }: { result: ForecastResult }) => {
  const parts = [
    `Data through ${formatDay(result.dataThrough)}`,
    ENGINE_LABELS[result.engine],
    result.bytesProcessed === null ? null : `${formatBytes(result.bytesProcessed)} processed`,
    result.costUsd === null ? null : formatUsd(result.costUsd),
    formatElapsed(result.elapsedMs),
  ].filter((part): part is string => part !== null);
  return (
    <footer className="forecast-meta">
      {result.notes.length > 0 && (
        <ul className="forecast-meta__notes" aria-label="Notes">
          {result.notes.map((note) => (
            <li key={note}>
              <Info size={13} aria-hidden="true" />
              <span>{note}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="forecast-meta__line">
        {parts.map((part) => (
          <span key={part}>{part}</span>
        ))}
      </p>
    </footer>
  );
};

const NoHistory = ({ pending = false }: { pending?: boolean }) => (
  <div className="forecast-empty">
    <LineChart size={28} aria-hidden="true" />
    <h2>{pending ? 'The forecast appears here' : 'No history to forecast'}</h2>
    <p>
      {pending
        ? 'Pick a measure, a level and a horizon above; the forecast runs as soon as they settle.'
        : 'There are no complete periods of sales for this choice. Try another level or member, or a coarser grain: a month holds more sales than a day.'}
    </p>
  </div>
);

interface CostPanelProps {
  engine: string;
  estimate: ReturnType<typeof useForecast>['estimate'];
  ran: boolean;
  running: boolean;
  settling: boolean;
  onRun: () => void;
}

/** A BigQuery forecast costs money: its estimate first, and it runs only on request. */
const CostPanel = ({ engine, estimate, ran, running, settling, onRun }: CostPanelProps) => {
  const data = estimate.data;
  const cost = data ? costPhrase(data.bytesProcessed, data.costUsd) : null;
  return (
    <div className="forecast-cost" data-testid="forecast-cost">
      <CloudCog size={18} aria-hidden="true" />
      <div className="forecast-cost__text">
        <p className="forecast-cost__title">{engine}</p>
        {estimate.isPending || settling ? (
          <p className="muted">Estimating what this forecast costs…</p>
        ) : estimate.isError ? (
          <p className="error-text">{estimate.error.message}</p>
        ) : (
          <p>
            {cost ? `This forecast ${cost}. ` : ''}
            {data?.note}
          </p>
        )}
      </div>
      {!ran && (
        <Button
          variant="primary"
          disabled={running || settling || estimate.isPending || estimate.isError}
          onClick={onRun}
        >
          {running
            ? 'Running…'
            : data?.note.startsWith('Offline:')
              ? 'Open the kept forecast'
              : data?.costUsd !== null && data?.costUsd !== undefined
                ? `Run on BigQuery (${formatUsd(data.costUsd)})`
                : 'Run on BigQuery'}
        </Button>
      )}
    </div>
  );
};
