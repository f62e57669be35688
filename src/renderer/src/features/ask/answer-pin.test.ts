import { describe, expect, it } from 'vitest';
import type { AskAnswer } from '../../../../shared/contract';
import { methods } from '../../../../shared/contract/methods';
import type { ForecastResult } from '../../../../shared/contract/forecast';
import { answerPin } from './answer-pin';

const base: AskAnswer = {
  chatId: 'chat-1',
  question: 'revenue by category',
  kind: 'answer',
  message: '',
  options: [],
  notes: [],
  plan: null,
  chips: [],
  sql: 'SELECT category, sum(revenue) AS revenue FROM sales GROUP BY 1',
  columns: [
    { name: 'category', type: 'VARCHAR' },
    { name: 'revenue', type: 'DOUBLE' },
  ],
  rows: [['Jeans', 100]],
  resultId: 'result-1',
  chart: { type: 'bar', x: 'category', series: ['revenue'], splitBy: null, horizontal: false },
  narrative: [],
  sourceId: 'demo',
  asOf: '2026-11-24T10:00:00.000Z',
  dataThrough: '2026-10-31',
  bytesProcessed: null,
  costUsd: null,
  elapsedMs: 5,
};

const series = (key: string, label: string): ForecastResult['series'][number] => ({
  key,
  label,
  history: [{ ds: '2026-10-19', y: 10 }],
  forecast: [{ ds: '2026-10-26', point: 11, lower: 9, upper: 13 }],
  backtest: null,
  model: 'ETS',
  warnings: [],
});

const forecast: ForecastResult = {
  sourceId: 'demo',
  measure: 'revenue',
  level: 'category',
  grain: 'week',
  horizon: 8,
  confidence: 90,
  engine: 'local',
  series: [series('Dresses', 'Dresses'), series('Jeans', 'Jeans')],
  events: [],
  dataThrough: '2026-10-31',
  asOf: '2026-11-24T10:00:00.000Z',
  bytesProcessed: null,
  costUsd: null,
  notes: [],
  elapsedMs: 30,
};

describe('pinning an answer', () => {
  it('pins a table answer as its result, with its chart', () => {
    const pin = answerPin(base);
    expect(pin?.method).toBe('reports.pin');
    const input = methods['reports.pin'].input.parse(pin?.input);
    expect(input).toMatchObject({
      title: 'revenue by category',
      resultId: 'result-1',
      chart: { type: 'bar', x: 0, y: [1] },
    });
  });

  it('pins a forecast answer as the forecast of the same members, so Refresh forecasts again', () => {
    const pin = answerPin({ ...base, question: 'forecast dresses and jeans', forecast });
    expect(pin?.method).toBe('forecast.pin');
    const input = methods['forecast.pin'].input.parse(pin?.input);
    expect(input.request).toMatchObject({
      sourceId: 'demo',
      measure: 'revenue',
      level: 'category',
      members: ['Dresses', 'Jeans'],
      grain: 'week',
      horizon: 8,
      confidence: 90,
      engine: 'local',
    });
  });

  it('pins a product summary as the product page, and a complaint list as the Explore view of them all', () => {
    const product = answerPin({
      ...base,
      explore: {
        kind: 'product',
        productId: '42',
        productName: 'Puffer Jacket',
        imageUri: null,
        since: '2026-03-01',
        headline: '',
        points: [],
        aspects: [],
      },
    });
    expect(product?.method).toBe('explore.pin');
    expect(methods['explore.pin'].input.parse(product?.input)).toMatchObject({ sourceId: 'demo', productId: '42' });

    const complaints = answerPin({
      ...base,
      question: 'which jeans have fit complaints',
      explore: {
        kind: 'complaints',
        aspect: 'fit',
        total: 14,
        products: [],
        filters: { departments: [], categories: ['Jeans'], brands: [] },
        since: '2025-11-01',
      },
    });
    expect(complaints?.method).toBe('explore.pinView');
    expect(methods['explore.pinView'].input.parse(complaints?.input)).toMatchObject({
      sourceId: 'demo',
      filters: { categories: ['Jeans'], complaintsAbout: 'fit' },
      sort: 'complaints',
      title: 'which jeans have fit complaints',
    });
  });

  it('offers nothing to pin for an answer without a result', () => {
    expect(answerPin({ ...base, kind: 'refuse', resultId: null })).toBeNull();
  });
});
