import { describe, expect, it } from 'vitest';
import { readForecastHorizon } from './forecast-horizon';

const LAST = '2026-10-31';

describe('forecast horizons in questions', () => {
  it.each([
    ['Forecast dresses for the next 8 weeks', { grain: 'week', horizon: 8, target: null }],
    ['forecast units for the next three months', { grain: 'month', horizon: 3, target: null }],
    ['predict revenue next month', { grain: 'month', horizon: 1, target: null }],
    ['forecast sales for the next 30 days', { grain: 'day', horizon: 30, target: null }],
    ['what will revenue be next quarter', { grain: 'month', horizon: 3, target: null }],
    ['what will revenue be in December', { grain: 'month', horizon: 2, target: '2026-12-01' }],
    ['revenue forecast for March 2027', { grain: 'month', horizon: 5, target: '2027-03-01' }],
    ['what will we sell in October', { grain: 'month', horizon: 12, target: '2027-10-01' }],
    ['forecast the rest of the year', { grain: 'month', horizon: 2, target: '2026-12-01' }],
    ['forecast revenue', { grain: 'week', horizon: 8, target: null }],
  ])('%s', (question, expected) => {
    expect(readForecastHorizon(question, LAST)).toEqual(expected);
  });

  it('forecasts the month the data is still in, and caps long horizons', () => {
    expect(readForecastHorizon('what will revenue be in November', '2026-11-20')).toEqual({
      grain: 'month',
      horizon: 1,
      target: '2026-11-01',
    });
    expect(readForecastHorizon('forecast the next 400 days', LAST)).toEqual({
      grain: 'day',
      horizon: 365,
      target: null,
    });
    expect(readForecastHorizon('forecast the next 3 years', LAST)).toEqual({
      grain: 'month',
      horizon: 24,
      target: null,
    });
  });

  it('counts from a partial month: data through the 15th still forecasts that month', () => {
    expect(readForecastHorizon('what will revenue be in December', '2026-10-15')).toEqual({
      grain: 'month',
      horizon: 3,
      target: '2026-12-01',
    });
  });
});
