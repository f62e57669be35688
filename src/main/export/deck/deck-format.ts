import { moneyFormat } from '../../../shared/format/money';

/** How a measure's numbers read: money, a share, or a plain quantity. */
export type NumberStyle = 'currency' | 'percent' | 'number';

const MONEY = /revenue|sales|price|amount|cost|spend|margin|profit|aov|gmv|income|\$/i;
const SHARE = /pct|percent|share|rate|ratio|margin_pct|conversion|%/i;
const DATE_TYPES = /^(date|timestamp|datetime|time)/i;
const NUMERIC_TYPES =
  /^(tinyint|smallint|integer|int|bigint|hugeint|ubigint|uinteger|usmallint|utinyint|int64|int32|float|float64|double|real|decimal|numeric|bignumeric)/i;

export const isNumericType = (type: string): boolean => NUMERIC_TYPES.test(type.trim());
export const isDateType = (type: string): boolean => DATE_TYPES.test(type.trim());

/** A cell as a number, when it is one (DuckDB BIGINTs past 2^53 and DECIMALs can arrive as text). */
export const toNumber = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
};

const ISO_MIDNIGHT = /^(\d{4}-\d{2}-\d{2})[T ]00:00(:00(\.0+)?)?(Z|[+-]00:?00)?$/;
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A cell as a category label: text as stored, dates as YYYY-MM-DD (a midnight time dropped),
 * times to the minute, nothing as "(none)", an empty string as "(blank)". Never empty: the
 * chart's workbook drops empty labels, which would shift every label after one.
 */
export const categoryLabel = (value: unknown): string => {
  if (value === null || value === undefined) return '(none)';
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return '(blank)';
    const midnight = ISO_MIDNIGHT.exec(text);
    if (midnight?.[1]) return midnight[1];
    const timed = ISO_TIME.exec(text);
    if (timed?.[1] && timed[2]) return `${timed[1]} ${timed[2]}`;
    return text;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Date labels as a reader says them: months ("2026-03-01" for every label) as "Mar 2026";
 * days and weeks stay YYYY-MM-DD (unambiguous, and they sort). Other labels are left alone.
 */
export const readableDateLabels = (labels: readonly string[]): string[] => {
  const days = labels.map((label) => ISO_DAY.exec(label));
  if (labels.length === 0 || days.some((day) => day === null || day[3] !== '01')) return [...labels];
  return days.map((day) => `${MONTHS[Number(day?.[2]) - 1] ?? ''} ${day?.[1] ?? ''}`);
};

/** The style a column's numbers get: from its name, and for shares from its values (fractions). */
export const numberStyleOf = (columnName: string, values: readonly (number | null)[]): NumberStyle => {
  const name = columnName.toLowerCase();
  const numbers = values.filter((value): value is number => value !== null);
  if (SHARE.test(name) && numbers.length > 0 && numbers.every((value) => Math.abs(value) <= 1.5)) return 'percent';
  if (MONEY.test(name)) return 'currency';
  return 'number';
};

/**
 * An Excel number format for money in a currency (ISO code): "$#,##0", "\"£\"#,##0", "\"CHF \"#,##0";
 * plain "#,##0" when the currency is not known. '$' is a literal Excel shows as it is; any other
 * symbol goes in quotes, which keeps the format valid whatever its characters.
 */
export const moneyFormatCode = (currency: string | null): string => {
  if (currency === null) return '#,##0';
  const prefix = moneyFormat(currency).prefix.replaceAll('"', '');
  return prefix === '$' ? '$#,##0' : `"${prefix}"#,##0`;
};

/** An Excel/PowerPoint number format for the value axis and the chart's data; money in the source's currency. */
export const formatCodeOf = (
  style: NumberStyle,
  values: readonly (number | null)[],
  currency: string | null,
): string => {
  switch (style) {
    case 'currency':
      return moneyFormatCode(currency);
    case 'percent':
      return '0.0%';
    case 'number':
      return values.every((value) => value === null || Number.isInteger(value)) ? '#,##0' : '#,##0.##';
  }
};

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const twoPlaces = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A number for a sentence: "$1.2M", "£840", "18.4%", "3,406", "0.42"; money in `currency` (ISO code; null: plain). */
export const formatNumber = (value: number, style: NumberStyle, currency: string | null): string => {
  const magnitude = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  switch (style) {
    case 'percent':
      return `${sign}${(magnitude * 100).toFixed(1)}%`;
    case 'currency': {
      const money = moneyFormat(currency);
      const text =
        magnitude >= 100_000
          ? money.compact(magnitude)
          : magnitude >= 100
            ? money.whole(magnitude)
            : money.amount(magnitude);
      return `${sign}${text}`;
    }
    case 'number':
      return `${sign}${magnitude >= 1_000_000 ? compact.format(magnitude) : magnitude >= 100 ? whole.format(magnitude) : twoPlaces.format(magnitude)}`;
  }
};

/** A change in percent with its sign: "+12.3%", "−4.0%". */
export const formatChange = (fraction: number): string =>
  `${fraction >= 0 ? '+' : '−'}${Math.abs(fraction * 100).toFixed(1)}%`;

/** A moment as a reader says it: "24 Nov 2026" (UTC), or the text itself when it is not a date. */
export const formatDay = (value: string | Date): string => {
  const date =
    typeof value === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
};

/** "24 Nov 2026 14:05 UTC". */
export const formatMoment = (value: string | Date): string => {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const time = `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
  return `${formatDay(date)} ${time} UTC`;
};
