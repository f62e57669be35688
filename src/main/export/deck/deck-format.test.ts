import { describe, expect, it } from 'vitest';
import {
  categoryLabel,
  formatCodeOf,
  formatDay,
  formatMoment,
  formatNumber,
  moneyFormatCode,
  numberStyleOf,
  readableDateLabels,
  toNumber,
} from './deck-format';

describe('deck formatting', () => {
  it('labels categories as text, never empty', () => {
    expect(categoryLabel('2026-03-01 00:00:00')).toBe('2026-03-01');
    expect(categoryLabel('2026-03-01T00:00:00.000Z')).toBe('2026-03-01');
    expect(categoryLabel('2026-03-01 14:05:09')).toBe('2026-03-01 14:05');
    expect(categoryLabel(null)).toBe('(none)');
    expect(categoryLabel('  ')).toBe('(blank)');
    expect(categoryLabel(12)).toBe('12');
    expect(categoryLabel({ a: 1 })).toBe('{"a":1}');
  });

  it('says months as months and leaves days alone', () => {
    expect(readableDateLabels(['2026-01-01', '2026-02-01'])).toEqual(['Jan 2026', 'Feb 2026']);
    expect(readableDateLabels(['2026-01-01', '2026-01-08'])).toEqual(['2026-01-01', '2026-01-08']);
    expect(readableDateLabels(['Tops', '2026-01-01'])).toEqual(['Tops', '2026-01-01']);
  });

  it('reads numbers that arrive as text', () => {
    expect(toNumber('9007199254740993')).toBe(9007199254740992);
    expect(toNumber('2.50')).toBe(2.5);
    expect(toNumber('abc')).toBeNull();
    expect(toNumber(Number.NaN)).toBeNull();
  });

  it('styles money, shares and quantities', () => {
    expect(numberStyleOf('revenue', [1, 2])).toBe('currency');
    expect(numberStyleOf('return_rate', [0.1, 0.2])).toBe('percent');
    expect(numberStyleOf('return_rate', [10, 20])).toBe('number');
    expect(numberStyleOf('units', [1])).toBe('number');
    expect(formatCodeOf('number', [1, 2.5], 'USD')).toBe('#,##0.##');
    expect(formatCodeOf('number', [1, null], 'USD')).toBe('#,##0');
    expect(formatNumber(1_234_567, 'currency', 'USD')).toBe('$1.2M');
    expect(formatNumber(-840, 'currency', 'USD')).toBe('−$840');
    expect(formatNumber(0.184, 'percent', 'USD')).toBe('18.4%');
    expect(formatDay('2026-11-24')).toBe('24 Nov 2026');
    expect(formatMoment('2026-11-24T14:05:59Z')).toBe('24 Nov 2026 14:05 UTC');
    expect(formatMoment('yesterday')).toBe('yesterday');
  });

  it('writes money in the source’s currency, and plain when it is not known', () => {
    expect(formatCodeOf('currency', [1], 'USD')).toBe('$#,##0');
    expect(formatCodeOf('currency', [1], 'GBP')).toBe('"£"#,##0');
    expect(moneyFormatCode('CHF')).toBe('"CHF "#,##0');
    expect(formatCodeOf('currency', [1], null)).toBe('#,##0');
    expect(formatNumber(1234, 'currency', 'GBP')).toBe('£1,234');
    expect(formatNumber(-1_234_567, 'currency', 'EUR')).toBe('−€1.2M');
    expect(formatNumber(12.5, 'currency', 'GBP')).toBe('£12.5');
    expect(formatNumber(1234, 'currency', null)).toBe('1,234');
  });
});
