import { describe, expect, it } from 'vitest';
import { costPhrase, formatElapsed, formatMeasure, formatMeasureCompact } from './forecast-format';

describe('forecast formatting', () => {
  it('formats the measure in full and compactly', () => {
    expect(formatMeasure('revenue', 12480.4, 'USD')).toBe('$12,480');
    expect(formatMeasure('units', 1204.6, 'USD')).toBe('1,205');
    expect(formatMeasureCompact('revenue', 12480, 'USD')).toBe('$12.5K');
    expect(formatMeasureCompact('units', 1200, 'USD')).toBe('1.2K');
  });

  it('writes revenue in the source’s currency, plain when it is not known', () => {
    expect(formatMeasure('revenue', 12480.4, 'GBP')).toBe('£12,480');
    expect(formatMeasureCompact('revenue', 12480, 'EUR')).toBe('€12.5K');
    expect(formatMeasure('revenue', 12480.4, null)).toBe('12,480');
    expect(formatMeasureCompact('revenue', 12480, null)).toBe('12.5K');
    expect(formatMeasure('units', 1204.6, 'GBP')).toBe('1,205');
  });

  it('says what a BigQuery forecast costs', () => {
    expect(costPhrase(1.3e9, 0.0081)).toBe('reads about 1.2 GB and costs less than a cent');
    expect(costPhrase(null, 0.42)).toBe('costs about $0.42');
    expect(costPhrase(0, 0)).toBe('reads about 0 bytes and costs nothing');
    expect(costPhrase(null, null)).toBeNull();
  });

  it('formats elapsed time', () => {
    expect(formatElapsed(132)).toBe('132 ms');
    expect(formatElapsed(2430)).toBe('2.4 s');
  });
});
