import { describe, expect, it } from 'vitest';
import { listSqlFiles, readSqlFile } from '../../platform/sql-files';
import { BigQueryForecastRequestSchema, singleSelect } from './request';
import { confidenceLevel, forecastTemplates, planForecast, renderForecastTemplate } from './templates';

const read = (name: string): string => readSqlFile(`bigquery/${name}`);
const HISTORY = "SELECT sku AS id, day AS ds, units AS y FROM `my-shop.sales.daily` WHERE note != 'a;b' -- units; sold";

describe('singleSelect', () => {
  it.each([
    ['SELECT 1 AS id', 'SELECT 1 AS id'],
    ['  select 1 AS id ;  ', 'select 1 AS id'],
    ['-- why\nWITH t AS (SELECT 1 AS id) SELECT * FROM t;', '-- why\nWITH t AS (SELECT 1 AS id) SELECT * FROM t'],
    ['(SELECT 1 AS id) UNION ALL (SELECT 2)', '(SELECT 1 AS id) UNION ALL (SELECT 2)'],
    [HISTORY, HISTORY],
  ])('keeps %j', (sql, expected) => {
    expect(singleSelect(sql)).toBe(expected);
  });

  it.each([
    'INSERT INTO t SELECT 1',
    'SELECT 1; SELECT 2',
    'EXPORT DATA OPTIONS (uri = "gs://b/*") AS SELECT 1',
    'BEGIN SELECT 1; END',
    'CALL p()',
    'MERGE t USING s ON TRUE WHEN MATCHED THEN DELETE',
    '/* SELECT */ DROP TABLE t',
    '   ',
  ])('refuses %j', (sql) => {
    expect(singleSelect(sql)).toBeNull();
  });
});

describe('forecast templates', () => {
  it('ship every file the plan reads', () => {
    const files = listSqlFiles('bigquery');
    for (const name of Object.values(forecastTemplates)) expect(files).toContain(`bigquery/${name}`);
  });

  it('render every placeholder, with the history inlined as one statement', () => {
    const request = BigQueryForecastRequestSchema.parse({
      engine: 'arima_plus',
      historySql: `${HISTORY}\n;`,
      horizon: 12,
      level: 80,
      backtest: true,
      workspace: { projectId: 'my-shop', datasetId: 'aisle_work' },
    });
    const plan = planForecast(request, read);
    const statements = plan.passes.flatMap((pass) => [pass.series, pass.createModel, pass.forecast, pass.dropModel]);
    for (const sql of statements) {
      expect(sql).not.toBeNull();
      expect(sql).not.toMatch(/%%|\{\{/);
      expect(sql).not.toMatch(/;\s*$/);
    }
    // The history's trailing comment ends at its own line, so it cannot swallow what follows.
    expect(plan.passes[0]!.series).toContain(`${HISTORY}\n)`);
    expect(plan.passes[0]!.forecast).toContain('STRUCT(12 AS horizon, 0.8 AS confidence_level)');
    expect(plan.passes[1]!.model).toMatch(/^my-shop\.aisle_work\.aisle_forecast_[0-9a-f]{16}_backtest$/);
    expect(plan.passes[0]!.model).not.toBe(plan.passes[1]!.model);
  });

  it('renders the same request to the same SQL (the cache key), and another horizon to another model', () => {
    const base = {
      engine: 'arima_plus' as const,
      historySql: HISTORY,
      horizon: 12,
      level: 95,
      workspace: { projectId: 'my-shop', datasetId: 'aisle_work' },
    };
    const one = planForecast(BigQueryForecastRequestSchema.parse(base), read);
    const two = planForecast(BigQueryForecastRequestSchema.parse(base), read);
    const other = planForecast(BigQueryForecastRequestSchema.parse({ ...base, horizon: 13 }), read);
    expect(two).toEqual(one);
    expect(other.passes[0]!.model).not.toBe(one.passes[0]!.model);
  });

  it('refuses a placeholder without a value, a model path or a number that is not one', () => {
    expect(() => renderForecastTemplate('SELECT %%horizon%%', {})).toThrow(/has no value/);
    expect(() => renderForecastTemplate('DROP MODEL `%%model%%`', { model: 'p.d.m`; DROP TABLE x; --' })).toThrow(
      /not an identifier/,
    );
    expect(() => renderForecastTemplate('SELECT %%horizon%%', { horizon: '1 OR 1' })).toThrow(/not a number/);
    expect(renderForecastTemplate('SELECT %%horizon%%', { horizon: '7' })).toBe('SELECT 7');
  });

  it.each([
    [95, '0.95'],
    [80, '0.8'],
    [99, '0.99'],
    [50, '0.5'],
    [97.5, '0.975'],
  ])('confidence level of %d%% is %s', (level, expected) => {
    expect(confidenceLevel(level)).toBe(expected);
  });
});
