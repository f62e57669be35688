import { describe, expect, it } from 'vitest';
import { changeTone, columnLabel, formatBucket, formatValue } from './format-answer';

const col = (name: string, type = 'DOUBLE') => ({ name, type });

describe('formatValue', () => {
  it('groups thousands, with two decimals only when there are decimals', () => {
    expect(formatValue(1234567, col('units', 'BIGINT'))).toBe('1,234,567');
    expect(formatValue(1234.5, col('revenue'))).toBe('1,234.50');
    expect(formatValue('98765', col('orders', 'HUGEINT'))).toBe('98,765');
  });

  it('shows rates and changes as percents', () => {
    expect(formatValue(0.1234, col('revenue_change_pct'))).toBe('+12.3%');
    expect(formatValue(-0.05, col('revenue_change_pct'))).toBe('-5%');
    expect(formatValue(0.081, col('return_rate'))).toBe('8.1%');
    expect(formatValue(0.012, col('return_rate_change'))).toBe('+1.2 pts');
  });

  it('names time buckets and leaves ids alone', () => {
    expect(formatValue('2026-10-01', col('month', 'DATE'))).toBe('Oct 2026');
    expect(formatBucket('quarter', '2026-10-01')).toBe('Q4 2026');
    expect(formatValue(10423, col('product_id', 'BIGINT'))).toBe('10423');
    expect(formatValue(null, col('revenue'))).toBe('–');
  });
});

describe('columnLabel', () => {
  it('reads like a heading', () => {
    expect(columnLabel('average_order_value_change_pct')).toBe('Average order value change %');
    expect(columnLabel('revenue_previous')).toBe('Revenue (previous)');
    expect(columnLabel('gross_margin_pct')).toBe('Gross margin %');
  });
});

describe('changeTone', () => {
  it('colours a rise in revenue good and a rise in returns bad', () => {
    expect(changeTone('revenue_change_pct', 0.2)).toBe('good');
    expect(changeTone('revenue_change', -5)).toBe('bad');
    expect(changeTone('return_rate_change', 0.01)).toBe('bad');
    expect(changeTone('revenue', 10)).toBeNull();
  });
});
