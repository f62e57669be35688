// Money as a source's currency writes it. Numbers read the en-US way everywhere in Aisle
// (1,234.5), so only the symbol changes with the currency: "$1.2M", "£1.2M", "CHF 1.2M".
// A source whose currency is not known (null) shows plain grouped numbers: a wrong symbol
// would be worse than none.

export interface MoneyFormat {
  /** The ISO 4217 code, or null when not known. */
  currency: string | null;
  /** What goes before the number: "$", "£", "CHF " (with its space); '' when not known. */
  prefix: string;
  /** A price or a small amount, with the currency's usual decimals: "£60.99", "¥1,234", "60.99". */
  price(value: number): string;
  /** An amount in whole units: "£12,480". */
  whole(value: number): string;
  /** An amount where space is short: "£1.2M", "£48.3K". */
  compact(value: number): string;
  /** An amount as typed, up to two decimals and none when whole: "£20", "£19.5". */
  amount(value: number): string;
}

const LOCALE = 'en-US';

const build = (currency: string | null): MoneyFormat => {
  const money: Intl.NumberFormatOptions = currency === null ? {} : { style: 'currency', currency };
  const price = new Intl.NumberFormat(
    LOCALE,
    currency === null ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : money,
  );
  const whole = new Intl.NumberFormat(LOCALE, { ...money, minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const compact = new Intl.NumberFormat(LOCALE, {
    ...money,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
  const amount = new Intl.NumberFormat(LOCALE, { ...money, minimumFractionDigits: 0, maximumFractionDigits: 2 });
  // en-US writes every currency before the number; an alphabetic symbol gets a space ("CHF 12").
  const parts = whole.formatToParts(1);
  const prefix = parts
    .slice(
      0,
      Math.max(
        0,
        parts.findIndex((part) => part.type === 'integer'),
      ),
    )
    .map((part) => (part.type === 'literal' ? ' ' : part.value))
    .join('');
  return {
    currency,
    prefix,
    price: (value) => price.format(value),
    whole: (value) => whole.format(value),
    compact: (value) => compact.format(value),
    amount: (value) => amount.format(value),
  };
};

const formats = new Map<string, MoneyFormat>();

/** The formatter for a currency code (null: plain numbers); built once per code. */
export const moneyFormat = (currency: string | null): MoneyFormat => {
  const key = currency ?? '';
  const existing = formats.get(key);
  if (existing) return existing;
  const made = build(currency);
  formats.set(key, made);
  return made;
};

let names: Intl.DisplayNames | null | undefined;

/** A currency for pickers, code first so typing the code finds it: "GBP · British Pound"; the code alone when Intl cannot name it. */
export const currencyLabel = (code: string): string => {
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([LOCALE], { type: 'currency' });
    } catch {
      names = null;
    }
  }
  const name = names?.of(code);
  return name && name !== code ? `${code} · ${name}` : code;
};
