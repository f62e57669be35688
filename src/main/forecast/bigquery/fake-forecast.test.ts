/** The fake's forecasting (test/google-fakes/fake-bigquery-forecast.ts), through the real warehouse: the documented columns, deterministic values. */
import { describe, expect, it } from 'vitest';
import { AisleError } from '../../core/aisle-error';
import { normalQuantile } from '../../../../test/google-fakes/fake-bigquery-forecast';
import { server, useFakeSales, warehouse } from './bigquery-forecast.fixture';

useFakeSales();

const query = async (sql: string): Promise<{ columns: string[]; rows: unknown[][] }> => {
  const stream = await warehouse().stream(sql);
  const rows: unknown[][] = [];
  for await (const chunk of stream.chunks()) rows.push(...chunk);
  return { columns: stream.columns.map((column) => column.name), rows };
};

describe('fake AI.FORECAST and ML.FORECAST', () => {
  it('AI.FORECAST over a TABLE with several id columns returns the documented columns', async () => {
    const { columns, rows } = await query(`SELECT * FROM AI.FORECAST(
      TABLE \`aisle-test.shop.sales_daily\`,
      data_col => 'units',
      timestamp_col => 'day',
      id_cols => ['sku'],
      horizon => 3)`);
    expect(columns).toEqual([
      'sku',
      'forecast_timestamp',
      'forecast_value',
      'confidence_level',
      'prediction_interval_lower_bound',
      'prediction_interval_upper_bound',
      'ai_forecast_status',
    ]);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual([
      'A',
      '2026-03-29 00:00:00',
      expect.any(Number),
      0.95,
      expect.any(Number),
      expect.any(Number),
      '',
    ]);
  });

  it('ML.FORECAST returns the ARIMA_PLUS columns, and a model never created is not found', async () => {
    await query(`CREATE OR REPLACE MODEL \`aisle-test.aisle_work.m1\`
      OPTIONS (model_type = 'ARIMA_PLUS', time_series_timestamp_col = 'day', time_series_data_col = 'units', time_series_id_col = 'sku', horizon = 30)
      AS SELECT sku, day, units FROM \`aisle-test.shop.sales_daily\``);
    expect(server.fake.ai.forecast.models.get('aisle-test.aisle_work.m1')).toMatchObject({
      idCols: ['sku'],
      timestampCol: 'day',
      dataCol: 'units',
      horizon: 30,
    });
    const { columns, rows } = await query(
      'SELECT * FROM ML.FORECAST(MODEL `aisle-test.aisle_work.m1`, STRUCT(2 AS horizon, 0.8 AS confidence_level))',
    );
    expect(columns).toEqual([
      'sku',
      'forecast_timestamp',
      'forecast_value',
      'standard_error',
      'confidence_level',
      'prediction_interval_lower_bound',
      'prediction_interval_upper_bound',
      'confidence_interval_lower_bound',
      'confidence_interval_upper_bound',
    ]);
    expect(rows).toHaveLength(4);
    await query('DROP MODEL IF EXISTS `aisle-test.aisle_work.m1`');
    const error = await query(
      'SELECT * FROM ML.FORECAST(MODEL `aisle-test.aisle_work.m1`, STRUCT(2 AS horizon))',
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AisleError);
    expect((error as AisleError).message).toMatch(/not found/i);
  });

  it('widens the interval with the level', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.96, 2);
    expect(normalQuantile(0.9)).toBeCloseTo(1.2816, 3);
  });
});
