import { describe, expect, it } from 'vitest';
import { formatMeasureValue, measureChange } from './measure-change';

const measure = (
  id: string,
  format: 'currency' | 'number' | 'percent' | 'rating' | 'sentiment',
  value: number | null,
  previous: number | null,
) => ({
  id,
  label: id,
  format,
  value,
  previous,
});

describe('measureChange', () => {
  it('gives amounts a percent change, up is good', () => {
    expect(measureChange(measure('revenue', 'currency', 1200, 1000), 'USD')).toMatchObject({
      text: '+20%',
      direction: 'up',
      tone: 'good',
    });
  });

  it('treats a rising return rate as bad, in percentage points', () => {
    expect(measureChange(measure('return_rate', 'percent', 0.12, 0.08), 'USD')).toMatchObject({
      text: '+4.0 pts',
      direction: 'up',
      tone: 'bad',
    });
    expect(measureChange(measure('return_rate', 'percent', 0.05, 0.08), 'USD').tone).toBe('good');
  });

  it('shows ratings and sentiment in their own units with a real minus sign', () => {
    expect(measureChange(measure('rating', 'rating', 3.6, 4.1), 'USD').text).toBe('−0.5');
    expect(measureChange(measure('sentiment', 'sentiment', 0.31, 0.2), 'USD').text).toBe('+0.11');
  });

  it('calls a change that rounds to zero flat and neutral', () => {
    expect(measureChange(measure('units', 'number', 1001, 1000), 'USD')).toMatchObject({
      direction: 'flat',
      tone: 'neutral',
    });
  });

  it('has nothing to say without a previous value, and says "new" after zero', () => {
    expect(measureChange(measure('units', 'number', 10, null), 'USD').direction).toBe('none');
    expect(measureChange(measure('units', 'number', 10, 0), 'USD').text).toBe('new');
  });

  it('mentions the comparison period', () => {
    expect(measureChange(measure('revenue', 'currency', 110, 100), 'USD').description).toBe(
      '+10% vs same period last year ($100.00)',
    );
  });
});

describe('formatMeasureValue', () => {
  it('formats each kind', () => {
    expect(formatMeasureValue('currency', 60.99, 'USD')).toBe('$60.99');
    expect(formatMeasureValue('currency', 1_234_567, 'USD')).toBe('$1.2M');
    expect(formatMeasureValue('percent', 0.276, 'USD')).toBe('27.6%');
    expect(formatMeasureValue('rating', 4.26, 'USD')).toBe('4.3 ★');
    expect(formatMeasureValue('sentiment', -0.2, 'USD')).toBe('−0.20');
    expect(formatMeasureValue('number', null, 'USD')).toBe('—');
  });

  it('writes money in the source’s currency, or as a plain number when it is not known', () => {
    expect(formatMeasureValue('currency', 60.99, 'GBP')).toBe('£60.99');
    expect(formatMeasureValue('currency', 1_234_567, 'GBP')).toBe('£1.2M');
    expect(formatMeasureValue('currency', 60.99, null)).toBe('60.99');
    expect(formatMeasureValue('currency', 1_234_567, null)).toBe('1.2M');
    expect(measureChange(measure('revenue', 'currency', 110, 100), 'GBP').description).toBe(
      '+10% vs same period last year (£100.00)',
    );
  });
});
