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
    expect(measureChange(measure('revenue', 'currency', 1200, 1000))).toMatchObject({
      text: '+20%',
      direction: 'up',
      tone: 'good',
    });
  });

  it('treats a rising return rate as bad, in percentage points', () => {
    expect(measureChange(measure('return_rate', 'percent', 0.12, 0.08))).toMatchObject({
      text: '+4.0 pts',
      direction: 'up',
      tone: 'bad',
    });
    expect(measureChange(measure('return_rate', 'percent', 0.05, 0.08)).tone).toBe('good');
  });

  it('shows ratings and sentiment in their own units with a real minus sign', () => {
    expect(measureChange(measure('rating', 'rating', 3.6, 4.1)).text).toBe('−0.5');
    expect(measureChange(measure('sentiment', 'sentiment', 0.31, 0.2)).text).toBe('+0.11');
  });

  it('calls a change that rounds to zero flat and neutral', () => {
    expect(measureChange(measure('units', 'number', 1001, 1000))).toMatchObject({ direction: 'flat', tone: 'neutral' });
  });

  it('has nothing to say without a previous value, and says "new" after zero', () => {
    expect(measureChange(measure('units', 'number', 10, null)).direction).toBe('none');
    expect(measureChange(measure('units', 'number', 10, 0)).text).toBe('new');
  });

  it('mentions the comparison period', () => {
    expect(measureChange(measure('revenue', 'currency', 110, 100)).description).toBe(
      '+10% vs same period last year ($100.00)',
    );
  });
});

describe('formatMeasureValue', () => {
  it('formats each kind', () => {
    expect(formatMeasureValue('currency', 60.99)).toBe('$60.99');
    expect(formatMeasureValue('currency', 1_234_567)).toBe('$1.2M');
    expect(formatMeasureValue('percent', 0.276)).toBe('27.6%');
    expect(formatMeasureValue('rating', 4.26)).toBe('4.3 ★');
    expect(formatMeasureValue('sentiment', -0.2)).toBe('−0.20');
    expect(formatMeasureValue('number', null)).toBe('—');
  });
});
