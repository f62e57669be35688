import { join } from 'node:path';
import type { JobProgress, MethodOutput } from '../../shared/contract';
import {
  ForecastRequest,
  type ForecastEvent,
  type ForecastResult,
  type ForecastSeries,
} from '../../shared/contract/forecast';
import type { SourceContexts } from '../ask/source-context';
import type { Cache } from '../cache';
import { AisleError } from '../core/aisle-error';
import { readProductSales } from '../explore/product-sales';
import { findPromotions, findStockOuts } from '../explore/sales-events';
import { onDemandCostUsd } from '../query/estimate';
import { formatMoment } from '../../shared/format/day';
import { addDays } from '../semantic/periods';
import type { SourceRegistry } from '../sources/source-registry';
import type { RunOptions, Warehouse } from '../warehouse/warehouse';
import { BigQueryForecaster } from './bigquery';
import { forecastMany, type ForecastInput } from './engine';
import { fromBigQuery, toSeries } from './forecast-series';
import { holidaysBetween } from './forecast-events';
import { historyEnd, periodsFrom, seasonLengthsFor } from './forecast-periods';
import { isOffline, keepBestEffort, mayServeKept, type Reachability } from '../offline/reachability';
import {
  KeptForecasts,
  keptForecastNote,
  neverForecastOffline,
  neverListedOffline,
  type MemberList,
  type MembersInput,
} from './kept-forecasts';
import { historySql, rankMembers, readHistories, type HistorySeries, type SeriesQuery } from './series-reader';

type ParsedRequest = ReturnType<typeof ForecastRequest.parse>;

/**
 * The warehouse with the cost guard's hard limit on every read: reading a BigQuery source's
 * history bills bytes like any query, so it is held to the same limit.
 */
const withByteLimit = (warehouse: Warehouse, limit: number | undefined): Warehouse =>
  limit === undefined
    ? warehouse
    : new Proxy(warehouse, {
        get(target, property) {
          if (property === 'query') {
            return (sql: string, options: RunOptions = {}) =>
              target.query(sql, { maximumBytesBilled: limit, ...options });
          }
          // Read on the warehouse itself: its getters and methods use private fields.
          const value: unknown = Reflect.get(target, property);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });

/** `online`/`recheck`: offline, a BigQuery source's forecasts open as they were kept. */
export interface ForecastServiceOptions extends Reachability {
  dataDir: string;
  cache: Cache;
  sources: Pick<SourceRegistry, 'find' | 'warehouse' | 'semanticModel' | 'bigQueryDataset'>;
  contexts: Pick<SourceContexts, 'get'>;
  maximumBytesBilled: () => number | undefined;
  onProgress?: (progress: JobProgress) => void;
}

export interface ForecastRunOptions {
  /** Skip the 12-hour BigQuery result cache (a report's Refresh). */
  refresh?: boolean;
  /** Whether a forecast kept from before may stand in when Google is unreachable (not for a Refresh, which must read anew). */
  allowKept?: boolean;
}

const ENGINE_MODEL: Record<'bigquery_timesfm' | 'bigquery_arima', 'timesfm' | 'arima_plus'> = {
  bigquery_timesfm: 'timesfm',
  bigquery_arima: 'arima_plus',
};

/** A week counts as a stock-out when most of its days were in one: its zero is not demand. */
const STOCK_OUT_DAYS_IN_WEEK = 4;

/**
 * Forecasts from a source: reads each series' history through the semantic model (complete
 * periods only), forecasts it with the local engine or BigQuery (AI.FORECAST, ARIMA_PLUS), and
 * returns history, forecast, interval and the last holdout's backtest with its accuracy.
 */
export class ForecastService {
  readonly #options: ForecastServiceOptions;
  readonly #kept: KeptForecasts;

  constructor(options: ForecastServiceOptions) {
    this.#options = options;
    this.#kept = new KeptForecasts(options.dataDir);
  }

  /** A BigQuery source's forecasts are kept; a local source's run again in a moment, offline too. */
  #keeps(sourceId: string): boolean {
    return this.#options.sources.find(sourceId).kind === 'bigquery';
  }

  #progress(
    jobId: string | undefined,
    stage: string,
    state: JobProgress['state'] = 'running',
    fraction: number | null = null,
  ): void {
    if (jobId) this.#options.onProgress?.({ jobId, stage, fraction, state });
  }

  async #setup(sourceId: string) {
    const source = this.#options.sources.find(sourceId);
    const model = this.#options.sources.semanticModel(source.id);
    if (model === null) {
      throw new AisleError(
        'invalid_input',
        `Forecasts need a sales model, and ${source.name} has none yet: try the demo store, theLook or an imported sales file.`,
        { field: 'sourceId' },
      );
    }
    const { anchor } = await this.#options.contexts.get(source.id);
    const warehouse = withByteLimit(
      await this.#options.sources.warehouse(source.id),
      this.#options.maximumBytesBilled(),
    );
    return { source, model, anchor, warehouse };
  }

  async members(input: MembersInput): Promise<{ members: MemberList }> {
    const keeps = this.#keeps(input.sourceId);
    if (keeps && isOffline(this.#options)) {
      const members = this.#kept.findMembers(input);
      if (members === null) throw neverListedOffline();
      return { members };
    }
    try {
      const { model, anchor, warehouse } = await this.#setup(input.sourceId);
      const members = await rankMembers(warehouse, model, { ...input, lastDay: anchor }, 200);
      if (keeps) keepBestEffort(() => this.#kept.keepMembers(input, members));
      return { members };
    } catch (error) {
      const members = keeps && (await mayServeKept(this.#options, error)) ? this.#kept.findMembers(input) : null;
      if (members === null) throw error;
      return { members };
    }
  }

  /** Forecasts running under a caller's job id, so `cancel` can stop them. */
  readonly #running = new Map<string, AbortController>();

  /** Stops the forecast running under this job id (between series, or its BigQuery job); false when none is. */
  cancel(jobId: string): boolean {
    const running = this.#running.get(jobId);
    running?.abort(new AisleError('cancelled', 'The forecast was cancelled.'));
    return running !== undefined;
  }

  /** The forecast, or (Google unreachable) the one kept from before, its first note saying so. */
  async run(request: ParsedRequest, options: ForecastRunOptions = {}): Promise<ForecastResult> {
    const { result, kept } = await this.#runOrKept(request, options);
    return kept ? { ...result, notes: [keptForecastNote(result), ...result.notes] } : result;
  }

  async #runOrKept(
    request: ParsedRequest,
    options: ForecastRunOptions,
  ): Promise<{ result: ForecastResult; kept: boolean }> {
    const keeps = this.#keeps(request.sourceId);
    const allowKept = keeps && options.allowKept !== false;
    if (allowKept && isOffline(this.#options)) {
      const kept = this.#kept.find(request);
      if (kept === null) throw neverForecastOffline();
      this.#progress(request.jobId, 'Forecast ready', 'done', 1);
      return { result: kept, kept: true };
    }
    const controller = new AbortController();
    if (request.jobId) this.#running.set(request.jobId, controller);
    try {
      const result = await this.#run(request, options, controller.signal);
      if (keeps) keepBestEffort(() => this.#kept.keep(request, result));
      return { result, kept: false };
    } catch (error) {
      if (controller.signal.aborted) {
        this.#progress(request.jobId, 'Cancelled', 'cancelled');
        throw new AisleError('cancelled', 'The forecast was cancelled.');
      }
      // Google went away during the run: the forecast kept from before, when there is one.
      const kept = allowKept && (await mayServeKept(this.#options, error)) ? this.#kept.find(request) : null;
      if (kept !== null) {
        this.#progress(request.jobId, 'Forecast ready', 'done', 1);
        return { result: kept, kept: true };
      }
      throw error;
    } finally {
      if (request.jobId && this.#running.get(request.jobId) === controller) this.#running.delete(request.jobId);
    }
  }

  async #run(request: ParsedRequest, options: ForecastRunOptions, signal: AbortSignal): Promise<ForecastResult> {
    const started = performance.now();
    const { source, model, anchor, warehouse } = await this.#setup(request.sourceId);
    if (request.engine !== 'local' && source.kind !== 'bigquery') {
      throw new AisleError(
        'invalid_input',
        'BigQuery forecasts run on BigQuery sources; this one is local, so use the local engine.',
        {
          field: 'engine',
        },
      );
    }
    const query: SeriesQuery = { ...request, lastDay: anchor };
    this.#progress(request.jobId, 'Reading the history');
    const histories = await readHistories(warehouse, model, query);
    if (histories.length === 0) {
      throw new AisleError(
        'not_found',
        'There is no history to forecast for that choice; try another level or member.',
      );
    }
    const end = historyEnd(request.grain, anchor);
    const { events, stockOuts } = await this.#events(request, histories, warehouse, source.kind === 'local');
    let series: ForecastSeries[];
    let bytesProcessed: number | null = null;
    let costUsd: number | null = null;
    const notes: string[] = [];
    if (request.engine === 'local') {
      signal.throwIfAborted();
      series = await this.#local(request, histories, end, stockOuts, signal);
    } else {
      signal.throwIfAborted();
      const run = await this.#bigQuery(
        request,
        query,
        histories,
        warehouse,
        source.id,
        options.refresh === true,
        signal,
      );
      series = run.series;
      bytesProcessed = run.bytesBilled;
      costUsd = run.bytesBilled === null ? null : onDemandCostUsd(run.bytesBilled);
      if (run.fromCache) notes.push('From this computer’s cache of the same BigQuery forecast (no new charge).');
    }
    if (end <= anchor)
      notes.push(`The ${request.grain} holding ${anchor} is not complete yet, so it is left out of the history.`);
    this.#progress(request.jobId, 'Forecast ready', 'done', 1);
    return {
      sourceId: source.id,
      measure: request.measure,
      level: request.level,
      grain: request.grain,
      horizon: request.horizon,
      confidence: request.confidence,
      engine: request.engine,
      series,
      events,
      dataThrough: anchor,
      asOf: new Date().toISOString(),
      bytesProcessed,
      costUsd,
      notes,
      elapsedMs: Math.round(performance.now() - started),
    };
  }

  /** Holidays across history and forecast; for products on a local source, their promotions and stock-outs too. */
  async #events(
    request: ParsedRequest,
    histories: HistorySeries[],
    warehouse: Warehouse,
    local: boolean,
  ): Promise<{ events: ForecastEvent[]; stockOuts: Map<string, ForecastEvent[]> }> {
    const first = histories.map((series) => series.ds[0] ?? '9999').sort()[0] ?? '2000-01-01';
    const last = periodsFrom(request.grain, histories[0]?.ds.at(-1) ?? first, request.horizon + 2).at(-1) ?? first;
    const events: ForecastEvent[] = holidaysBetween(first, last);
    // Each product's stock-out gaps by series key (two products can share a name).
    const stockOuts = new Map<string, ForecastEvent[]>();
    if (request.level === 'product' && local && histories.length <= 12) {
      const model = this.#options.sources.semanticModel(request.sourceId);
      if (model) {
        for (const series of histories) {
          const sales = await readProductSales(warehouse, model, series.key);
          const lastDay = sales.daily.at(-1)?.day ?? first;
          for (const event of [...findStockOuts(sales.daily, lastDay), ...findPromotions(sales.weekly)]) {
            events.push({
              kind: event.kind,
              start: event.start,
              end: event.end,
              label: `${series.label}: ${event.label}`,
            });
          }
        }
      }
    }
    return { events: events.sort((a, b) => a.start.localeCompare(b.start)), stockOuts };
  }

  /** Zeros inside a stock-out are an empty shelf, not zero demand. */
  #stockOutMask(request: ParsedRequest, series: HistorySeries, gaps: readonly ForecastEvent[]): boolean[] | undefined {
    if (gaps.length === 0) return undefined;
    return series.ds.map((start, index) => {
      if (series.y[index] !== 0) return false;
      const periodEnd = request.grain === 'day' ? start : addDays(periodsFrom(request.grain, start, 2)[1] ?? start, -1);
      const inside = gaps.reduce((days, gap) => {
        const from = gap.start > start ? gap.start : start;
        const to = gap.end < periodEnd ? gap.end : periodEnd;
        return from > to ? days : days + (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
      }, 0);
      return request.grain === 'day' ? inside > 0 : inside >= (request.grain === 'week' ? STOCK_OUT_DAYS_IN_WEEK : 15);
    });
  }

  async #local(
    request: ParsedRequest,
    histories: HistorySeries[],
    end: string,
    stockOuts: ReadonlyMap<string, ForecastEvent[]>,
    signal: AbortSignal,
  ): Promise<ForecastSeries[]> {
    const inputs: ForecastInput[] = histories.map((series) => {
      const mask = this.#stockOutMask(request, series, stockOuts.get(series.key) ?? []);
      return {
        values: series.y,
        horizon: request.horizon,
        seasonLengths: seasonLengthsFor(request.grain),
        level: request.confidence,
        ...(mask ? { zeroIsMissing: mask } : {}),
      };
    });
    const outputs = await forecastMany(inputs, {
      signal,
      onProgress: (done, total) =>
        this.#progress(
          request.jobId,
          `Forecasting ${done} of ${total} series`,
          'running',
          total === 0 ? 1 : done / total,
        ),
    });
    const future = periodsFrom(request.grain, end, request.horizon);
    return histories.map((series, index) => toSeries(series, outputs[index], future));
  }

  async #bigQuery(
    request: ParsedRequest,
    query: SeriesQuery,
    histories: HistorySeries[],
    warehouse: Warehouse,
    sourceId: string,
    refresh: boolean,
    signal: AbortSignal,
  ): Promise<{ series: ForecastSeries[]; bytesBilled: number | null; fromCache: boolean }> {
    const forecaster = this.#forecaster(warehouse, sourceId);
    const bigQueryRequest = this.#bigQueryRequest(request, query, histories, warehouse, sourceId);
    this.#progress(request.jobId, 'Forecasting on BigQuery');
    try {
      const run = await forecaster.run(bigQueryRequest, { refresh, signal });
      const byId = new Map(run.series.map((entry) => [entry.id, entry]));
      const future = periodsFrom(request.grain, historyEnd(request.grain, query.lastDay), request.horizon);
      return {
        series: histories.map((series) =>
          fromBigQuery(
            series,
            byId.get(series.key),
            run.model,
            future,
            Math.min(...seasonLengthsFor(request.grain)),
            request.grain,
          ),
        ),
        bytesBilled: run.bytesBilled,
        fromCache: run.fromCache,
      };
    } finally {
      forecaster.close();
    }
  }

  #bigQueryRequest(
    request: ParsedRequest,
    query: SeriesQuery,
    histories: HistorySeries[],
    warehouse: Warehouse,
    sourceId: string,
  ) {
    const model = this.#options.sources.semanticModel(sourceId);
    if (model === null) throw new AisleError('invalid_input', 'This source has no sales model to forecast.');
    const dataset = this.#options.sources.bigQueryDataset(sourceId);
    const engine = ENGINE_MODEL[request.engine as 'bigquery_timesfm' | 'bigquery_arima'];
    return {
      engine,
      historySql: historySql(
        model,
        warehouse.dialect,
        query,
        request.level === 'total' ? [] : histories.map((series) => series.key),
      ),
      horizon: request.horizon,
      level: request.confidence,
      backtest: true,
      ...(engine === 'arima_plus' && dataset
        ? { workspace: { projectId: dataset.projectId, datasetId: dataset.datasetId } }
        : {}),
    };
  }

  #forecaster(warehouse: Warehouse, sourceId: string): BigQueryForecaster {
    const maximumBytesBilled = this.#options.maximumBytesBilled();
    const dataset = this.#options.sources.bigQueryDataset(sourceId);
    return new BigQueryForecaster({
      warehouse,
      ...(dataset ? { source: `${dataset.projectId}.${dataset.datasetId}` } : {}),
      cachePath: join(this.#options.dataDir, 'bigquery-forecasts.sqlite'),
      ...(maximumBytesBilled === undefined ? {} : { maximumBytesBilled }),
    });
  }

  async estimate(request: ParsedRequest): Promise<MethodOutput<'forecast.estimate'>> {
    if (request.engine === 'local') {
      return { bytesProcessed: 0, costUsd: 0, note: 'The local engine runs on this computer: no charge.' };
    }
    if (isOffline(this.#options) && this.#keeps(request.sourceId)) {
      const kept = this.#kept.find(request);
      if (kept === null) throw neverForecastOffline();
      return {
        bytesProcessed: 0,
        costUsd: 0,
        note: `Offline: the forecast made on ${formatMoment(kept.asOf)} opens from this computer, at no charge.`,
      };
    }
    const { source, model, anchor, warehouse } = await this.#setup(request.sourceId);
    if (source.kind !== 'bigquery') {
      throw new AisleError('invalid_input', 'BigQuery forecasts run on BigQuery sources.', { field: 'engine' });
    }
    const query: SeriesQuery = { ...request, lastDay: anchor };
    const members =
      request.level === 'total'
        ? []
        : request.members.length > 0
          ? [...request.members]
          : (await rankMembers(warehouse, model, query, request.top)).map((member) => member.key);
    const histories = members.map((key) => ({ key, label: key, ds: [], y: [] }));
    const forecaster = this.#forecaster(warehouse, source.id);
    try {
      return await forecaster.estimate(this.#bigQueryRequest(request, query, histories, warehouse, source.id));
    } finally {
      forecaster.close();
    }
  }

  /** Runs the forecast and keeps it as a report: the request, and the result as its first version. */
  async pin(request: ParsedRequest, title: string): Promise<MethodOutput<'forecast.pin'>> {
    // A kept forecast is pinned as it was made: its "as of" says when, and no offline note stays in the report.
    const { result } = await this.#runOrKept(request, {});
    // The request as it would be asked again (a job id belongs to one run only).
    const spec: Omit<ParsedRequest, 'jobId'> = {
      sourceId: request.sourceId,
      measure: request.measure,
      level: request.level,
      members: request.members,
      top: request.top,
      grain: request.grain,
      horizon: request.horizon,
      confidence: request.confidence,
      engine: request.engine,
    };
    const report = this.#options.cache.reports.create({
      title,
      kind: 'forecast',
      sourceId: result.sourceId,
      spec: { request: spec, chart: { type: 'line' } },
      tags: ['forecast'],
    });
    const version = this.#options.cache.reports.addVersion(report.id, { snapshot: { forecast: result } });
    return { id: report.id, title: report.title, version: version.version };
  }
}
