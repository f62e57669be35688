import { describe, expect, it } from 'vitest';
import type { ForecastResult } from '../../../../shared/contract/forecast';
import { forecastSum, forecastTable } from './forecast-table';

const result: ForecastResult = {
  sourceId: 'demo',
  measure: 'units',
  level: 'category',
  grain: 'month',
  horizon: 1,
  confidence: 90,
  engine: 'local',
  series: [
    {
      key: 'a',
      label: 'Tops\tand tees',
      history: [
        { ds: '2026-01-01', y: 10 },
        { ds: '2026-02-01', y: 12 },
      ],
      forecast: [{ ds: '2026-03-01', point: 13, lower: 9, upper: 17 }],
      backtest: {
        points: [{ ds: '2026-02-01', point: 11, lower: 8, upper: 14, actual: 12 }],
        mase: 0.5,
        smape: 8,
        naiveMase: 1,
        naiveSmape: 16,
      },
      model: 'ETS',
      warnings: [],
    },
  ],
  events: [],
  dataThrough: '2026-02-28',
  asOf: '2026-03-01T00:00:00Z',
  bytesProcessed: null,
  costUsd: null,
  notes: [],
  elapsedMs: 12,
};

describe('forecastTable', () => {
  it('writes one tab-separated row per series and period', () => {
    expect(forecastTable(result).split('\n')).toEqual([
      'Series\tPeriod start\tActual\tForecast\tLower (90%)\tUpper (90%)\tBacktest forecast',
      'Tops and tees\t2026-01-01\t10\t\t\t\t',
      'Tops and tees\t2026-02-01\t12\t\t\t\t11',
      'Tops and tees\t2026-03-01\t\t13\t9\t17\t',
      '',
    ]);
  });
});

describe('forecastSum', () => {
  it('adds the forecast over the horizon', () => {
    expect(
      forecastSum({
        forecast: [
          { ds: 'a', point: 2, lower: 1, upper: 3 },
          { ds: 'b', point: 3.5, lower: 1, upper: 5 },
        ],
      }),
    ).toBe(5.5);
    expect(forecastSum({ forecast: [] })).toBeNull();
  });
});
