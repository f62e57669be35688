import { describe, expect, it } from 'vitest';
import { commonCurrencies, currencyChoices, CurrencyCode, isKnownCurrency } from './currency';
import { DataSource, sourceMethods } from './sources';
import { ImportRunInput } from './import';

describe('CurrencyCode', () => {
  it('takes ISO 4217 codes Intl knows', () => {
    for (const code of ['USD', 'EUR', 'GBP', 'JPY', 'SEK']) expect(CurrencyCode.parse(code)).toBe(code);
  });

  it('refuses lower case, wrong lengths and codes no currency has, saying what to write', () => {
    const refused = (value: string): string => {
      const result = CurrencyCode.safeParse(value);
      if (result.success) throw new Error(`expected ${value} to be refused`);
      return result.error.issues[0]?.message ?? '';
    };
    expect(refused('gbp')).toMatch(/three-letter ISO code/);
    expect(refused('POUND')).toMatch(/three-letter ISO code/);
    expect(refused('£')).toMatch(/three-letter ISO code/);
    expect(refused('XYZ')).toMatch(/not a currency code Aisle knows/);
    expect(isKnownCurrency('XYZ')).toBe(false);
  });

  it('offers the common codes first, then every other one once', () => {
    const choices = currencyChoices();
    expect(choices.slice(0, commonCurrencies.length)).toEqual([...commonCurrencies]);
    expect(new Set(choices).size).toBe(choices.length);
    expect(choices).toContain('NZD');
  });
});

describe('currency in the contract', () => {
  const source = { id: 'uk', name: 'UK shop', kind: 'local', description: '' };

  it('a source says its currency, or null for not known', () => {
    expect(DataSource.parse({ ...source, currency: 'GBP' }).currency).toBe('GBP');
    expect(DataSource.parse({ ...source, currency: null }).currency).toBeNull();
    expect(DataSource.safeParse({ ...source, currency: 'pounds' }).success).toBe(false);
  });

  it('sources.setCurrency takes a code or null', () => {
    const input = sourceMethods['sources.setCurrency'].input;
    expect(input.parse({ id: 'uk', currency: 'EUR' })).toEqual({ id: 'uk', currency: 'EUR' });
    expect(input.parse({ id: 'uk', currency: null })).toEqual({ id: 'uk', currency: null });
    expect(input.safeParse({ id: 'uk', currency: 'eur' }).success).toBe(false);
    expect(input.safeParse({ id: 'uk' }).success).toBe(false);
  });

  it('an import may name its currency; not naming one leaves it unknown', () => {
    expect(ImportRunInput.parse({ path: '/x.csv', name: 'X' }).currency).toBeNull();
    expect(ImportRunInput.parse({ path: '/x.csv', name: 'X', currency: 'GBP' }).currency).toBe('GBP');
    expect(ImportRunInput.safeParse({ path: '/x.csv', name: 'X', currency: 'GB' }).success).toBe(false);
  });
});
