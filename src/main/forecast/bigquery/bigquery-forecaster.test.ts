import { describe, expect, it } from 'vitest';
import { AisleError } from '../../core/aisle-error';
import { onDemandCostUsd } from '../../query/estimate';
import {
  dryRuns,
  flatSql,
  forecaster,
  HISTORY_SQL,
  inserts,
  insertLog,
  jobs,
  queryOf,
  server,
  useFakeSales,
  WORKSPACE,
} from './bigquery-forecast.fixture';
import type { Warehouse } from '../../warehouse/warehouse';
import { BigQueryForecaster, type BigQueryForecastRequest } from './bigquery-forecaster';
import { HISTORY_NOT_SELECT_MESSAGE, NO_WORKSPACE_MESSAGE } from './request';

useFakeSales();

const timesfm = (overrides: Partial<BigQueryForecastRequest> = {}): BigQueryForecastRequest => ({
  engine: 'timesfm',
  historySql: HISTORY_SQL,
  horizon: 7,
  level: 90,
  ...overrides,
});

const arima = (overrides: Partial<BigQueryForecastRequest> = {}): BigQueryForecastRequest => ({
  engine: 'arima_plus',
  historySql: HISTORY_SQL,
  horizon: 7,
  level: 95,
  workspace: WORKSPACE,
  ...overrides,
});

const days = (from: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => {
    const day = new Date(`${from}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + index);
    return day.toISOString().slice(0, 10);
  });

const refusal = async (promise: Promise<unknown>): Promise<AisleError> => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AisleError);
  return error as AisleError;
};

describe('BigQueryForecaster with TimesFM (AI.FORECAST)', () => {
  it('estimates with a dry run of the AI.FORECAST statement and runs no job', async () => {
    const estimate = await forecaster().estimate(timesfm());
    expect(jobs()).toHaveLength(0);
    expect(dryRuns()).toHaveLength(1);
    expect(flatSql(dryRuns()[0]!)).toContain('FROM AI.FORECAST(');
    expect(estimate.bytesProcessed).toBeGreaterThan(0);
    expect(estimate.costUsd).toBe(onDemandCostUsd(estimate.bytesProcessed ?? 0));
    expect(estimate.note).toMatch(/bytes it reads/);
    expect(estimate.note).toMatch(/no model is created/);
  });

  it('sends AI.FORECAST with the documented named arguments, one call for every series', async () => {
    const result = await forecaster().run(timesfm());
    expect(insertLog()).toEqual(['dry:SELECT', 'job:SELECT']);
    const [job] = jobs();
    const sql = flatSql(job!);
    expect(sql).toContain('FROM AI.FORECAST( ( SELECT CAST(id AS STRING) AS id, CAST(ds AS TIMESTAMP) AS ds');
    expect(sql).toContain(`FROM ( ${HISTORY_SQL} )`);
    expect(sql).toContain("data_col => 'y', timestamp_col => 'ds', model => 'TimesFM 2.5', id_cols => ['id'],");
    expect(sql).toContain('horizon => 7, confidence_level => 0.9 )');
    expect(sql).toMatch(
      /SELECT id, forecast_timestamp, forecast_value, prediction_interval_lower_bound, prediction_interval_upper_bound, ai_forecast_status FROM/,
    );
    // Numbers are validated and inlined; nothing travels as a parameter.
    expect(queryOf(job!).queryParameters ?? []).toEqual([]);
    expect(job!.body).toMatchObject({ configuration: { labels: { app: 'aisle' }, query: { useLegacySql: false } } });

    expect(result.model).toBe('TimesFM 2.5 (BigQuery AI.FORECAST)');
    expect(result.fromCache).toBe(false);
    expect(result.bytesBilled).toBeGreaterThan(0);
    expect(result.series.map((series) => series.id)).toEqual(['A', 'B']);
    for (const series of result.series) {
      expect(series.backtest).toBeNull();
      expect(series.forecast.map((point) => point.ds)).toEqual(days('2026-03-29', 7));
      for (const point of series.forecast) {
        expect(point.lower).toBeLessThanOrEqual(point.point);
        expect(point.upper).toBeGreaterThanOrEqual(point.point);
      }
    }
    // A trends up by 0.5 a day; the fake continues the trend.
    const a = result.series[0]!.forecast;
    expect(a[6]!.point - a[0]!.point).toBeCloseTo(3, 0);
  });

  it('answers the same request from the cache without a new job, and runs again on refresh', async () => {
    const first = await forecaster().run(timesfm());
    const before = inserts().length;
    const second = await forecaster().run(timesfm());
    expect(inserts()).toHaveLength(before);
    expect(second).toEqual({ ...first, fromCache: true, bytesBilled: 0 });
    await forecaster().run(timesfm(), { refresh: true });
    expect(jobs()).toHaveLength(2);
    // Another horizon is another forecast.
    await forecaster().run(timesfm({ horizon: 3 }));
    expect(jobs()).toHaveLength(3);
  });

  it('forgets a cached forecast once it is older than cacheMaxAgeMs, and keeps sources apart', async () => {
    let now = 1_760_000_000_000;
    const made = (source: string): ReturnType<typeof forecaster> =>
      forecaster({ now: () => now, cacheMaxAgeMs: 60_000, source });
    await made('aisle-test.shop').run(timesfm());
    now += 60_000;
    expect((await made('aisle-test.shop').run(timesfm())).fromCache).toBe(true);
    expect((await made('aisle-test.other_shop').run(timesfm())).fromCache).toBe(false);
    now += 1;
    expect((await made('aisle-test.shop').run(timesfm())).fromCache).toBe(false);
    expect(jobs()).toHaveLength(3);
  });

  it('backtests by forecasting each series without its last horizon periods', async () => {
    const result = await forecaster().run(timesfm({ backtest: true }));
    expect(jobs()).toHaveLength(2);
    const backtest = flatSql(jobs()[1]!);
    expect(backtest).toContain('ROW_NUMBER() OVER (PARTITION BY id ORDER BY ds DESC) AS aisle_period_from_end');
    expect(backtest).toContain(`FROM ( ${HISTORY_SQL} ) ) WHERE aisle_period_from_end > 7`);
    expect(backtest).toContain('FROM AI.FORECAST(');
    for (const series of result.series) {
      expect(series.forecast.map((point) => point.ds)).toEqual(days('2026-03-29', 7));
      // The backtest covers the last 7 days of the history, to compare with what happened.
      expect(series.backtest?.map((point) => point.ds)).toEqual(days('2026-03-22', 7));
    }
  });

  it('surfaces a failed job in words', async () => {
    server.fake.script.onQuery({
      match: 'AI.FORECAST',
      jobError: { reason: 'invalidQuery', message: 'Function not found: AI.FORECAST at [14:3]' },
    });
    const error = await refusal(forecaster().run(timesfm()));
    expect(error.message).toMatch(/^The TimesFM forecast on BigQuery failed: /);
    expect(error.message).toContain('Function not found: AI.FORECAST');
    expect(error.message).toContain('try ARIMA_PLUS, or the local forecast');
    // Nothing is cached from a failure.
    server.fake.script.reset();
    expect((await forecaster().run(timesfm())).fromCache).toBe(false);
  });

  it('sends the cost guard with every job', async () => {
    await forecaster({ maximumBytesBilled: 50 * 1024 * 1024 }).run(timesfm());
    expect(jobs()[0]!.body).toMatchObject({
      configuration: { query: { maximumBytesBilled: String(50 * 1024 * 1024) } },
    });
    const error = await refusal(forecaster({ maximumBytesBilled: 1 }).run(timesfm({ horizon: 2 })));
    expect(error.message).toMatch(/^The TimesFM forecast on BigQuery failed: /);
  });

  it('stops before any job when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await refusal(forecaster().run(timesfm(), { signal: controller.signal }));
    expect(error.code).toBe('cancelled');
    expect(jobs()).toHaveLength(0);
  });
});

describe('BigQueryForecaster with ARIMA_PLUS (CREATE MODEL + ML.FORECAST)', () => {
  it('estimates from a dry run of the training query and says how CREATE MODEL is billed', async () => {
    const estimate = await forecaster().estimate(arima({ backtest: true }));
    expect(jobs()).toHaveLength(0);
    expect(dryRuns()).toHaveLength(2);
    expect(flatSql(dryRuns()[0]!)).toMatch(/^SELECT CAST\(id AS STRING\) AS id/);
    expect(flatSql(dryRuns()[1]!)).toContain('aisle_period_from_end > 7');
    expect(estimate.bytesProcessed).toBeGreaterThan(0);
    expect(estimate.costUsd).toBeNull();
    expect(estimate.note).toMatch(/bills the CREATE MODEL statement by the bytes its training query processes/);
    expect(server.fake.ai.forecast.models.size).toBe(0);
  });

  it('creates the model in the workspace, reads ML.FORECAST, then drops the model', async () => {
    const result = await forecaster().run(arima());
    expect(insertLog()).toEqual([
      expect.stringMatching(
        /^dry:CREATE OR REPLACE MODEL `aisle-test\.aisle_work\.aisle_forecast_[0-9a-f]{16}_[0-9a-f]{8}`$/,
      ),
      expect.stringMatching(/^job:CREATE OR REPLACE MODEL/),
      'dry:SELECT',
      'job:SELECT',
      expect.stringMatching(/^dry:DROP MODEL IF EXISTS `aisle-test\.aisle_work\.aisle_forecast_/),
      expect.stringMatching(/^job:DROP MODEL IF EXISTS/),
    ]);
    const [create, forecast] = jobs().map(flatSql);
    expect(create).toMatch(
      /CREATE OR REPLACE MODEL `aisle-test\.aisle_work\.aisle_forecast_[0-9a-f]{16}_[0-9a-f]{8}` OPTIONS \( model_type = 'ARIMA_PLUS', time_series_timestamp_col = 'ds', time_series_data_col = 'y', time_series_id_col = 'id', horizon = 7 \) AS SELECT CAST\(id AS STRING\) AS id/,
    );
    expect(create).toContain(`FROM ( ${HISTORY_SQL} )`);
    expect(forecast).toMatch(
      /FROM ML\.FORECAST\( MODEL `aisle-test\.aisle_work\.aisle_forecast_[0-9a-f]{16}_[0-9a-f]{8}`, STRUCT\(7 AS horizon, 0\.95 AS confidence_level\) \)/,
    );
    expect(server.fake.ai.forecast.models.size).toBe(0);

    expect(result.model).toBe('ARIMA_PLUS (BigQuery ML.FORECAST)');
    expect(result.series.map((series) => series.id)).toEqual(['A', 'B']);
    for (const series of result.series) {
      expect(series.forecast.map((point) => point.ds)).toEqual(days('2026-03-29', 7));
      expect(series.backtest).toBeNull();
    }
  });

  it('gives two identical runs at once their own models, so neither drops the other’s', async () => {
    const [one, two] = await Promise.all([
      forecaster().run(arima(), { refresh: true }),
      forecaster().run(arima(), { refresh: true }),
    ]);
    const trained = jobs()
      .map(flatSql)
      .filter((sql) => sql.startsWith('CREATE'))
      .map((sql) => /MODEL `([^`]+)`/.exec(sql)?.[1]);
    expect(trained).toHaveLength(2);
    expect(new Set(trained).size).toBe(2);
    expect(two.series).toEqual(one.series);
    expect(server.fake.ai.forecast.models.size).toBe(0);
  });

  it('reports progress per step', async () => {
    server.fake.script.onQuery({ match: 'ARIMA_PLUS', pendingPolls: 2 });
    const details: string[] = [];
    await forecaster().run(arima(), { onProgress: (progress) => details.push(progress.detail ?? '') });
    expect(details.some((detail) => detail.startsWith('Training ARIMA_PLUS · Running'))).toBe(true);
  });

  it('backtests with a second model trained without the last horizon periods', async () => {
    const result = await forecaster().run(arima({ backtest: true, horizon: 5 }));
    const creates = jobs()
      .map(flatSql)
      .filter((sql) => sql.startsWith('CREATE'));
    expect(creates).toHaveLength(2);
    expect(creates[1]).toMatch(/aisle_forecast_[0-9a-f]{16}_backtest/);
    expect(creates[1]).toContain('WHERE aisle_period_from_end > 5');
    for (const series of result.series) {
      expect(series.backtest?.map((point) => point.ds)).toEqual(days('2026-03-24', 5));
    }
    expect(server.fake.ai.forecast.models.size).toBe(0);
  });

  it('drops the model even when ML.FORECAST fails, and says so readably', async () => {
    server.fake.script.onQuery({
      match: 'ML.FORECAST',
      jobError: {
        reason: 'accessDenied',
        message: 'Access Denied: Model aisle-test:aisle_work.m: Permission bigquery.models.getData denied',
      },
    });
    const error = await refusal(forecaster().run(arima()));
    expect(error.message).toMatch(/^The ARIMA_PLUS forecast on BigQuery failed: /);
    expect(error.message).toContain('BigQuery Data Editor (roles/bigquery.dataEditor)');
    expect(jobs().map(flatSql).at(-1)).toMatch(/^DROP MODEL IF EXISTS/);
    expect(server.fake.ai.forecast.models.size).toBe(0);
  });
});

describe('requests refused before any request', () => {
  it.each([
    ['DELETE FROM sales_daily WHERE TRUE'],
    ['CREATE TABLE x AS SELECT 1 AS id'],
    [`${HISTORY_SQL}; DROP TABLE sales_daily`],
    ['DECLARE x INT64 DEFAULT 1'],
    ['-- only a comment'],
    [''],
  ])('a history that is not one SELECT: %s', async (historySql) => {
    const made = forecaster();
    for (const attempt of [made.estimate(timesfm({ historySql })), made.run(timesfm({ historySql }))]) {
      const error = await refusal(attempt);
      expect(error.code).toBe('invalid_input');
      expect(error.field).toBe('historySql');
      expect(error.message).toBe(HISTORY_NOT_SELECT_MESSAGE);
    }
    expect(server.fake.requests).toHaveLength(0);
  });

  it.each([
    [{ projectId: 'Not A Project', datasetId: 'aisle_work' }, 'workspace.projectId'],
    [{ projectId: 'aisle-test', datasetId: 'work`; DROP' }, 'workspace.datasetId'],
    [{ projectId: 'aisle-test', datasetId: 'a.b' }, 'workspace.datasetId'],
  ])('a workspace whose identifiers are not valid: %j', async (workspace, field) => {
    const error = await refusal(forecaster().run(arima({ workspace })));
    expect(error.code).toBe('invalid_input');
    expect(error.field).toBe(field);
    expect(server.fake.requests).toHaveLength(0);
  });

  it('ARIMA_PLUS without a workspace', async () => {
    const request = arima();
    delete request.workspace;
    const error = await refusal(forecaster().estimate(request));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'workspace', message: NO_WORKSPACE_MESSAGE });
    expect(server.fake.requests).toHaveLength(0);
  });

  it.each([
    [{ horizon: 0 }, 'horizon'],
    [{ horizon: 501 }, 'horizon'],
    [{ horizon: 2.5 }, 'horizon'],
    [{ level: 49 }, 'level'],
    [{ level: 99.5 }, 'level'],
  ])('out of range: %j', async (overrides, field) => {
    const error = await refusal(forecaster().estimate(timesfm(overrides)));
    expect(error.field).toBe(field);
    expect(server.fake.requests).toHaveLength(0);
  });

  it('refuses a local warehouse', () => {
    const local = { dialect: 'duckdb' } as unknown as Warehouse;
    expect(() => new BigQueryForecaster({ warehouse: local, cachePath: ':memory:' })).toThrow(
      /needs a BigQuery source/,
    );
  });
});
