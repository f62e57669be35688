import { z } from 'zod';

/** The currencies people pick most, listed first wherever a currency is chosen. */
export const commonCurrencies = ['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'CHF', 'CNY', 'INR', 'SEK'] as const;

const supported = (): ReadonlySet<string> | null =>
  // Older engines lack supportedValuesOf; then the shape check alone decides.
  typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;

let known: ReadonlySet<string> | null | undefined;

/** Whether the engine's Intl knows the code (true when it cannot say). */
export const isKnownCurrency = (code: string): boolean => {
  known ??= supported();
  return known === null || known.has(code);
};

/** Every code to offer: the common ones first, then the rest of what Intl knows, A to Z. */
export const currencyChoices = (): string[] => {
  known ??= supported();
  const rest = [...(known ?? [])].filter((code) => !(commonCurrencies as readonly string[]).includes(code)).sort();
  return [...commonCurrencies, ...rest];
};

/** An ISO 4217 currency code, such as USD, EUR or GBP. */
export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Write a currency as its three-letter ISO code in capitals, such as USD, EUR or GBP.')
  .refine(isKnownCurrency, {
    message: 'That is not a currency code Aisle knows; use an ISO 4217 code such as USD, EUR or GBP.',
  })
  .describe('An ISO 4217 currency code: USD, EUR, GBP, …');
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/** A source's currency: a code, or null when it is not known (money then shows as plain numbers). */
export const SourceCurrency = CurrencyCode.nullable().describe(
  'The ISO 4217 code its money is in; null when not known (amounts show as plain numbers).',
);
