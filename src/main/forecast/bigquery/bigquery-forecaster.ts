/**
 * Forecasting on BigQuery for the Forecast stage: TimesFM through AI.FORECAST (no model to
 * create, every series in one call with `id_cols`) or ARIMA_PLUS through CREATE MODEL +
 * ML.FORECAST (a model in a workspace dataset, dropped afterwards). Same output shape as the
 * local engine; the cost is shown first (`estimate`: dry runs only); results are cached on disk.
 *
 *   const forecaster = new BigQueryForecaster({ warehouse, cachePath: join(dataDir, 'bigquery-forecast.sqlite') });
 *   const estimate = await forecaster.estimate(request); // show it, ask, then:
 *   const { series, model } = await forecaster.run(request, { signal });
 */
import { z } from 'zod';
import { AisleError } from '../../core/aisle-error';
import { randomBytes } from 'node:crypto';
import { AiResultCache, cacheKey } from '../../bigquery-ai/ai-result-cache';
import { rowObjects } from '../../bigquery-ai/parse-rows';
import { readSqlFile } from '../../platform/sql-files';
import { onDemandCostUsd } from '../../query/estimate';
import type { QueryProgress, Row, Warehouse } from '../../warehouse/warehouse';
import { parseForecastRows, toSeries, type BigQueryForecastSeries, type ParsedRows } from './parse-forecast';
import {
  BigQueryForecastRequestSchema,
  type BigQueryForecastEngine,
  type BigQueryForecastRequestInput,
  type ValidForecastRequest,
} from './request';
import { planForecast, type ForecastPass, type ForecastPlan } from './templates';

export interface BigQueryForecastRequest {
  engine: BigQueryForecastEngine;
  /** A read-only GoogleSQL SELECT returning `id` (STRING), `ds` (DATE or TIMESTAMP), `y` (FLOAT64): every series' history, one row per id and period. */
  historySql: string;
  /** Periods to forecast, 1..500. */
  horizon: number;
  /** Interval coverage in percent, 50..99 (e.g. 95). */
  level: number;
  /** Also forecast the last `horizon` periods of each series from the history before them. */
  backtest?: boolean;
  /** Where ARIMA_PLUS may create its model (a dataset the user can write); required for arima_plus. */
  workspace?: { projectId: string; datasetId: string };
}

export interface BigQueryForecastEstimate {
  /** What BigQuery's dry runs say the forecast reads (the sum over its statements); null when BigQuery did not say. */
  bytesProcessed: number | null;
  /** Those bytes at the on-demand query price; null where BigQuery bills at another rate (ARIMA_PLUS training). */
  costUsd: number | null;
  /** In words: what is billed, and what the numbers leave out. */
  note: string;
}

export interface BigQueryForecastRunResult {
  series: BigQueryForecastSeries[];
  /** What ran, e.g. "TimesFM 2.5 (BigQuery AI.FORECAST)". */
  model: string;
  fromCache: boolean;
  /** What BigQuery billed (all statements); 0 from the cache, null when BigQuery did not say. */
  bytesBilled: number | null;
}

export interface BigQueryForecastRunOptions {
  signal?: AbortSignal;
  /** Run on BigQuery even when the forecast is cached (the new result replaces it). */
  refresh?: boolean;
  /** Each statement's progress, its `detail` prefixed with the step (e.g. "Training ARIMA_PLUS"). */
  onProgress?: (progress: QueryProgress) => void;
}

export interface BigQueryForecasterOptions {
  /** A BigQuery warehouse (BigQueryWarehouse); its billing project runs the jobs. */
  warehouse: Warehouse;
  /** The SQLite file results are kept in (e.g. `<data folder>/bigquery-forecast.sqlite`). */
  cachePath: string;
  /** Sent as maximumBytesBilled on every job (the cost guard's hard limit). */
  maximumBytesBilled?: number;
  /** The text of a template under sql/bigquery/ (default: the shipped files). */
  readTemplate?: (name: string) => string;
  /**
   * The dataset unqualified table names in the history resolve in (the warehouse's), as
   * `project.dataset`: part of the cache key, so two sources never share a cached forecast.
   */
  source?: string;
  /** How long a cached forecast is answered (default 12 hours): the history grows every day. */
  cacheMaxAgeMs?: number;
  now?: () => number;
}

export const DEFAULT_CACHE_MAX_AGE_MS = 12 * 60 * 60 * 1000;

export const engineModels: Readonly<Record<BigQueryForecastEngine, string>> = {
  timesfm: 'TimesFM 2.5 (BigQuery AI.FORECAST)',
  arima_plus: 'ARIMA_PLUS (BigQuery ML.FORECAST)',
};

const engineLabels: Readonly<Record<BigQueryForecastEngine, string>> = {
  timesfm: 'The TimesFM forecast on BigQuery',
  arima_plus: 'The ARIMA_PLUS forecast on BigQuery',
};

const TIMESFM_NOTE =
  'AI.FORECAST runs Google’s built-in TimesFM model: no model is created or stored. BigQuery bills the query by the bytes it reads (the history query); the cost shown is those bytes at the on-demand price ($6.25/TiB). With capacity (Editions) pricing it uses slots instead.';

const ARIMA_NOTE =
  'ARIMA_PLUS trains a model first: BigQuery ML bills the CREATE MODEL statement by the bytes its training query processes, at BigQuery ML’s model-creation rate, which is higher than the query rate (see BigQuery ML pricing); auto.ARIMA fits many candidate models per series, so training also takes slot time. The bytes shown are what the training query reads; ML.FORECAST then reads the model, not your tables. The model is created in the workspace dataset and dropped when the forecast is read.';

const validationError = (error: z.ZodError): AisleError => {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  return new AisleError(
    'invalid_input',
    issue?.message ?? 'The BigQuery forecast request is not valid.',
    field ? { field } : undefined,
  );
};

/** A hint for the failures people can fix themselves. */
const hintFor = (engine: BigQueryForecastEngine, message: string): string => {
  if (engine === 'arima_plus' && /permission|denied|access/i.test(message)) {
    return ' ARIMA_PLUS creates a model in the workspace dataset: ask for BigQuery Data Editor (roles/bigquery.dataEditor) on it, or pick another workspace.';
  }
  if (/AI\.FORECAST|TimesFM/i.test(message) && /not (found|supported|available)/i.test(message)) {
    return ' AI.FORECAST may not be available in this dataset’s location; try ARIMA_PLUS, or the local forecast.';
  }
  if (/too few|at least|insufficient|not enough/i.test(message)) {
    return ' Each series needs enough history at a regular interval; forecast fewer periods or pick a longer history.';
  }
  return '';
};

export class BigQueryForecaster {
  readonly #warehouse: Warehouse;
  readonly #cache: AiResultCache;
  readonly #maximumBytesBilled: number | undefined;
  readonly #readTemplate: (name: string) => string;
  readonly #source: string;
  readonly #cacheMaxAgeMs: number;
  readonly #now: () => number;

  constructor(options: BigQueryForecasterOptions) {
    if (options.warehouse.dialect !== 'bigquery') {
      throw new AisleError(
        'invalid_input',
        'Forecasting on BigQuery needs a BigQuery source; local sources use the local forecast.',
      );
    }
    this.#warehouse = options.warehouse;
    this.#cache = new AiResultCache(options.cachePath);
    this.#maximumBytesBilled = options.maximumBytesBilled;
    this.#readTemplate = options.readTemplate ?? ((name) => readSqlFile(`bigquery/${name}`));
    this.#source = options.source ?? '';
    this.#cacheMaxAgeMs = options.cacheMaxAgeMs ?? DEFAULT_CACHE_MAX_AGE_MS;
    this.#now = options.now ?? Date.now;
  }

  #plan(request: BigQueryForecastRequest, runId = ''): { valid: ValidForecastRequest; plan: ForecastPlan } {
    const parsed = BigQueryForecastRequestSchema.safeParse(request satisfies BigQueryForecastRequestInput);
    if (!parsed.success) throw validationError(parsed.error);
    return { valid: parsed.data, plan: planForecast(parsed.data, this.#readTemplate, runId) };
  }

  #fail(engine: BigQueryForecastEngine, error: unknown): never {
    if (error instanceof AisleError) {
      if (error.code === 'cancelled') throw error;
      if (error.code === 'invalid_input' && error.field !== undefined) throw error;
      const message = `${engineLabels[engine]} failed: ${error.message}`;
      throw new AisleError(error.code, `${message}${hintFor(engine, error.message)}`, { cause: error });
    }
    if (error instanceof z.ZodError) {
      throw new AisleError(
        'invalid_output',
        `${engineLabels[engine]}: BigQuery answered in a shape Aisle did not expect (${error.issues[0]?.message ?? 'unknown'}).`,
        { cause: error },
      );
    }
    throw error;
  }

  async #collect(
    sql: string,
    signal: AbortSignal | undefined,
    onProgress?: (progress: QueryProgress) => void,
  ): Promise<{ rows: Record<string, unknown>[]; bytesBilled: number | null }> {
    const stream = await this.#warehouse.stream(sql, {
      ...(signal ? { signal } : {}),
      ...(onProgress ? { onProgress } : {}),
      ...(this.#maximumBytesBilled === undefined ? {} : { maximumBytesBilled: this.#maximumBytesBilled }),
    });
    const rows: Row[] = [];
    for await (const chunk of stream.chunks()) rows.push(...chunk);
    return { rows: rowObjects(stream.columns, rows), bytesBilled: stream.stats?.().bytesBilled ?? null };
  }

  /** What the forecast would read and cost, from dry runs alone (no job runs, nothing is created). */
  async estimate(request: BigQueryForecastRequest): Promise<BigQueryForecastEstimate> {
    const { plan } = this.#plan(request);
    try {
      let bytes: number | null = 0;
      for (const pass of plan.passes) {
        // ARIMA_PLUS: the model does not exist yet, so ML.FORECAST cannot be planned; the
        // training query is what CREATE MODEL reads and is billed for.
        const dry = await this.#warehouse.estimate(plan.engine === 'timesfm' ? pass.forecast : pass.series);
        bytes = bytes === null || dry.bytesProcessed === null ? null : bytes + dry.bytesProcessed;
      }
      switch (plan.engine) {
        case 'timesfm':
          return { bytesProcessed: bytes, costUsd: bytes === null ? null : onDemandCostUsd(bytes), note: TIMESFM_NOTE };
        case 'arima_plus':
          return { bytesProcessed: bytes, costUsd: null, note: ARIMA_NOTE };
      }
    } catch (error) {
      return this.#fail(plan.engine, error);
    }
  }

  /** Runs the forecast (or answers from the cache) and returns every series in the local engine's shape. */
  async run(
    request: BigQueryForecastRequest,
    options: BigQueryForecastRunOptions = {},
  ): Promise<BigQueryForecastRunResult> {
    // Each run trains its own models (see planForecast); the cache is keyed by what is forecast.
    const { valid, plan } = this.#plan(request, randomBytes(4).toString('hex'));
    const model = engineModels[plan.engine];
    const key = cacheKey({
      task: `forecast:${plan.engine}`,
      sql: plan.passes.map((pass) => pass.series).join('\n'),
      params: { horizon: valid.horizon, level: valid.level, backtest: valid.backtest },
      dataset: this.#source,
    });
    if (options.refresh !== true) {
      const cached = this.#cache.get(key);
      if (cached && this.#now() - cached.createdAt <= this.#cacheMaxAgeMs)
        return { series: cached.value as BigQueryForecastSeries[], model, fromCache: true, bytesBilled: 0 };
    }
    try {
      const billed: (number | null)[] = [];
      const parsed = new Map<ForecastPass['part'], ParsedRows>();
      for (const pass of plan.passes) {
        options.signal?.throwIfAborted();
        parsed.set(pass.part, await this.#runPass(pass, options, billed));
      }
      const forecast = parsed.get('forecast');
      if (!forecast) throw new Error('the forecast pass did not run');
      const series = toSeries(forecast, valid.backtest ? (parsed.get('backtest') ?? null) : null, model);
      const bytesBilled = billed.every((bytes) => bytes === null)
        ? null
        : billed.reduce<number>((sum, bytes) => sum + (bytes ?? 0), 0);
      this.#cache.set(
        key,
        { task: `forecast:${plan.engine}`, dataset: this.#source, value: series, bytesBilled },
        this.#now(),
      );
      return { series, model, fromCache: false, bytesBilled };
    } catch (error) {
      if (options.signal?.aborted && !(error instanceof AisleError)) {
        throw new AisleError('cancelled', 'The forecast on BigQuery was cancelled.', { cause: error });
      }
      return this.#fail(plan.engine, error);
    }
  }

  async #runPass(
    pass: ForecastPass,
    options: BigQueryForecastRunOptions,
    billed: (number | null)[],
  ): Promise<ParsedRows> {
    const { signal, onProgress } = options;
    const step =
      (label: string) =>
      (progress: QueryProgress): void =>
        onProgress?.({ ...progress, detail: progress.detail ? `${label} · ${progress.detail}` : label });
    const backtest = pass.part === 'backtest' ? ' (backtest)' : '';
    if (pass.createModel === null) {
      const result = await this.#collect(pass.forecast, signal, step(`Forecasting with TimesFM${backtest}`));
      billed.push(result.bytesBilled);
      return parseForecastRows(result.rows);
    }
    try {
      const created = await this.#collect(pass.createModel, signal, step(`Training ARIMA_PLUS${backtest}`));
      billed.push(created.bytesBilled);
      const result = await this.#collect(pass.forecast, signal, step(`Forecasting with ARIMA_PLUS${backtest}`));
      billed.push(result.bytesBilled);
      return parseForecastRows(result.rows);
    } finally {
      if (pass.dropModel !== null) {
        // Best effort, and not cancellable: a model left behind only takes space in the workspace.
        await this.#collect(pass.dropModel, undefined).then(
          (dropped) => billed.push(dropped.bytesBilled),
          () => undefined,
        );
      }
    }
  }

  /** Closes the cache file (the warehouse belongs to the caller). */
  close(): void {
    this.#cache.close();
  }
}
