import { describe, expect, it } from 'vitest';
import { formatMoneyCompact, formatPrice } from './explore-format';

describe('explore money', () => {
  it('writes prices and revenue in the source’s currency', () => {
    expect(formatPrice(60.99, 'USD')).toBe('$60.99');
    expect(formatPrice(60.99, 'GBP')).toBe('£60.99');
    expect(formatPrice(3, 'GBP')).toBe('£3.00');
    expect(formatMoneyCompact(48_300, 'GBP')).toBe('£48.3K');
    expect(formatMoneyCompact(1_234_567, 'EUR')).toBe('€1.2M');
  });

  it('writes plain numbers when the currency is not known, and a dash for no price', () => {
    expect(formatPrice(60.99, null)).toBe('60.99');
    expect(formatMoneyCompact(48_300, null)).toBe('48.3K');
    expect(formatPrice(null, 'GBP')).toBe('—');
  });
});
