import { moneyFormat } from '../../shared/format/money';
import type { MeasureFormat } from '../semantic';

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Money for a sentence: "$1.2M", "£1,234", "€12.50"; plain numbers when the currency (ISO code) is not known. */
const formatMoney = (value: number, currency: string | null): string => {
  const money = moneyFormat(currency);
  const size = Math.abs(value);
  const text = size >= 100_000 ? money.compact(size) : size >= 100 ? money.whole(size) : money.price(size);
  return `${value < 0 ? '-' : ''}${text}`;
};

/** A measure's value for a sentence: "$1.2M", "3,406 units", "18.4%", "4.2★"; `currency` is the source's ISO code. */
export const formatMeasure = (value: number, format: MeasureFormat, currency: string | null): string => {
  switch (format) {
    case 'currency':
      return formatMoney(value, currency);
    case 'count':
      return Math.abs(value) >= 1_000_000 ? compact.format(value) : whole.format(value);
    case 'percent':
      // Ratios arrive as fractions (0.184 = 18.4%).
      return `${(value * 100).toFixed(1)}%`;
    case 'rating':
      return value.toFixed(2);
  }
};

/** A change in percent with its sign: "+12.3%", "−4.0%". */
export const formatChangePct = (fraction: number): string => {
  const pct = fraction * 100;
  return `${pct >= 0 ? '+' : '−'}${Math.abs(pct).toFixed(1)}%`;
};

export const asNumber = (value: unknown): number | null => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
};

/** A cell as a label in a sentence: text as stored, nested values as JSON, nothing as "(none)". */
export const cellLabel = (value: unknown): string => {
  if (value === null || value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};
