import { describe, expect, it } from 'vitest';
import { AisleError } from '../../core/aisle-error';
import { parseForecastRows, toSeries } from './parse-forecast';

const row = (id: string, day: string, value: number | null, status = ''): Record<string, unknown> => ({
  id,
  forecast_timestamp: `${day} 00:00:00`,
  forecast_value: value,
  prediction_interval_lower_bound: value === null ? null : value - 1,
  prediction_interval_upper_bound: value === null ? null : value + 1,
  ai_forecast_status: status,
});

describe('parseForecastRows', () => {
  it('groups by series in date order and keeps the day of forecast_timestamp', () => {
    const parsed = parseForecastRows([row('b', '2026-04-02', 5), row('a', '2026-04-02', 3), row('a', '2026-04-01', 2)]);
    expect(toSeries(parsed, null, 'TimesFM')).toEqual([
      {
        id: 'a',
        forecast: [
          { ds: '2026-04-01', point: 2, lower: 1, upper: 3 },
          { ds: '2026-04-02', point: 3, lower: 2, upper: 4 },
        ],
        backtest: null,
      },
      { id: 'b', forecast: [{ ds: '2026-04-02', point: 5, lower: 4, upper: 6 }], backtest: null },
    ]);
  });

  it('leaves out a series AI.FORECAST could not forecast, and refuses an answer where none could be', () => {
    const parsed = parseForecastRows([row('a', '2026-04-01', 2), row('short', '1970-01-01', null, 'Too few points')]);
    expect(parsed.failed).toEqual(new Map([['short', 'Too few points']]));
    expect(toSeries(parsed, parseForecastRows([]), 'TimesFM').map((series) => [series.id, series.backtest])).toEqual([
      ['a', []],
    ]);
    const none = parseForecastRows([row('short', '1970-01-01', null, 'Too few points')]);
    expect(() => toSeries(none, null, 'TimesFM')).toThrow(AisleError);
    expect(() => toSeries(none, null, 'TimesFM')).toThrow(/series "short": Too few points/);
  });

  it('refuses a row in a shape it does not know', () => {
    expect(() => parseForecastRows([{ id: 'a', forecast_timestamp: 'soon', forecast_value: 1 }])).toThrow();
  });
});
