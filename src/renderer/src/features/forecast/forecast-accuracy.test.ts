import { describe, expect, it } from 'vitest';
import type { ForecastSeries } from '../../../../shared/contract/forecast';
import {
  accuracySummary,
  compactAccuracy,
  errorRatio,
  formatMase,
  formatSmape,
  holdoutPhrase,
  maseExplanation,
} from './forecast-accuracy';

type Backtest = NonNullable<ForecastSeries['backtest']>;

const points = [
  { ds: '2026-01-05', point: 10, lower: 8, upper: 12, actual: 11 },
  { ds: '2026-01-12', point: 12, lower: 9, upper: 15, actual: 12 },
];
const backtest = (scores: Partial<Backtest>): Backtest => ({
  points,
  mase: 0.62,
  smape: 8.4,
  naiveMase: 1,
  naiveSmape: 12.5,
  ...scores,
});

describe('accuracySummary', () => {
  it('says how much lower the error is than seasonal naive', () => {
    const summary = accuracySummary(backtest({ mase: 0.62, naiveMase: 1 }));
    expect(summary.tone).toBe('success');
    expect(summary.headline).toBe('38% lower error than a seasonal naive forecast.');
    expect(summary.short).toBe('38% better than naive');
  });

  it('is honest when the model lost to naive', () => {
    const summary = accuracySummary(backtest({ mase: 1.3, naiveMase: 1 }));
    expect(summary.tone).toBe('warning');
    expect(summary.headline).toMatch(/^30% higher error than a seasonal naive forecast/);
    expect(summary.headline).toContain('would have done better');
    expect(summary.short).toBe('30% worse than naive');
  });

  it('calls a near tie a tie', () => {
    const summary = accuracySummary(backtest({ mase: 0.98, naiveMase: 1 }));
    expect(summary.tone).toBe('neutral');
    expect(summary.headline).toMatch(/^About as accurate/);
  });

  it('falls back on sMAPE when MASE has no scale', () => {
    expect(errorRatio(backtest({ mase: null, naiveMase: null, smape: 5, naiveSmape: 10 }))).toBe(0.5);
    expect(accuracySummary(backtest({ mase: null, naiveMase: null, smape: 5, naiveSmape: 10 })).short).toBe(
      '50% better than naive',
    );
  });

  it('says when there is no backtest or no baseline', () => {
    expect(accuracySummary(null).short).toBe('Not backtested');
    expect(accuracySummary(null).headline).toContain('too short');
    expect(accuracySummary({ ...backtest({}), points: [] }).short).toBe('Not backtested');
    expect(accuracySummary(backtest({ mase: null, naiveMase: null, smape: null, naiveSmape: null })).ratio).toBeNull();
  });
});

describe('formatting', () => {
  it('formats MASE and sMAPE', () => {
    expect(formatMase(0.6234)).toBe('0.62');
    expect(formatMase(null)).toBe('—');
    expect(formatSmape(8.44)).toBe('8.4%');
    expect(formatSmape(150.2)).toBe('150%');
    expect(formatSmape(null)).toBe('—');
  });

  it('gives a small multiple one line', () => {
    expect(compactAccuracy(backtest({}))).toBe('MASE 0.62 vs 1.00 naive · 38% better than naive');
    expect(compactAccuracy(backtest({ mase: null, naiveMase: null }))).toBe(
      'sMAPE 8.4% vs 12.5% naive · 33% better than naive',
    );
    expect(compactAccuracy(null)).toBe('Not backtested');
  });

  it('names the holdout window and explains MASE', () => {
    expect(holdoutPhrase('week', backtest({}))).toBe('the last 2 weeks');
    expect(holdoutPhrase('month', { ...backtest({}), points: [points[0]!] })).toBe('the last month');
    expect(holdoutPhrase('day', null)).toBeNull();
    expect(maseExplanation('week')).toContain('held-back weeks');
  });
});
