import { describe, expect, it } from 'vitest';
import { currencyLabel, moneyFormat } from './money';

describe('moneyFormat', () => {
  it('writes dollars as Aisle always has', () => {
    const usd = moneyFormat('USD');
    expect(usd.prefix).toBe('$');
    expect(usd.price(60.99)).toBe('$60.99');
    expect(usd.whole(12_480.4)).toBe('$12,480');
    expect(usd.compact(1_234_567)).toBe('$1.2M');
    expect(usd.amount(20)).toBe('$20');
    expect(usd.amount(19.5)).toBe('$19.5');
  });

  it('writes pounds with £ and the same grouping', () => {
    const gbp = moneyFormat('GBP');
    expect(gbp.prefix).toBe('£');
    expect(gbp.whole(1234)).toBe('£1,234');
    expect(gbp.price(2.5)).toBe('£2.50');
    expect(gbp.compact(48_300)).toBe('£48.3K');
    expect(gbp.whole(-1234)).toBe('-£1,234');
  });

  it('keeps a currency’s own decimals on prices, and spaces an alphabetic symbol', () => {
    expect(moneyFormat('JPY').price(1234)).toBe('¥1,234');
    expect(moneyFormat('CHF').prefix).toBe('CHF ');
    expect(moneyFormat('CHF').whole(1234)).toMatch(/^CHF\s1,234$/);
  });

  it('shows plain grouped numbers when the currency is not known', () => {
    const plain = moneyFormat(null);
    expect(plain.prefix).toBe('');
    expect(plain.price(60.99)).toBe('60.99');
    expect(plain.whole(12_480)).toBe('12,480');
    expect(plain.compact(1_234_567)).toBe('1.2M');
    expect(plain.amount(20)).toBe('20');
  });

  it('names currencies for pickers', () => {
    expect(currencyLabel('GBP')).toBe('GBP · British Pound');
    expect(currencyLabel('EUR')).toBe('EUR · Euro');
  });
});
