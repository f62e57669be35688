import type { ProductDetail } from '../../../../../shared/contract/explore';
import { formatCount, formatMoneyCompact, formatPercent, formatPrice, formatRating } from '../explore-format';

type Measure = ProductDetail['measures'][number];

export type ChangeDirection = 'up' | 'down' | 'flat' | 'none';
/** Whether a change is good news for the merchandiser, which is not always "up". */
export type ChangeTone = 'good' | 'bad' | 'neutral';

export interface MeasureChange {
  text: string;
  direction: ChangeDirection;
  tone: ChangeTone;
  /** The comparison spelled out, for a tooltip and screen readers. */
  description: string;
}

/** Measures where a rise is bad news: more returns, more complaints. */
export const upIsBad = (id: string): boolean => /return|complaint/.test(id);

const signed = (value: number, text: string): string => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${text}`;

/** A measure's value; money in `currency` (the source's ISO code; null: plain numbers). */
export const formatMeasureValue = (
  format: Measure['format'],
  value: number | null,
  currency: string | null,
): string => {
  if (value === null) return '—';
  switch (format) {
    case 'currency':
      // Cents matter on a price, not on a year's revenue.
      return Math.abs(value) >= 10_000 ? formatMoneyCompact(value, currency) : formatPrice(value, currency);
    case 'percent':
      return formatPercent(value);
    case 'rating':
      return `${formatRating(value)} ★`;
    case 'sentiment':
      return signed(value, Math.abs(value).toFixed(2));
    default:
      return formatCount(value);
  }
};

/**
 * The change against the same period a year earlier. Amounts change in percent; rates, ratings
 * and sentiment in their own units (percentage points, stars), since "+40%" of a 2% return rate
 * reads as alarming when it is 0.8 points.
 */
export const measureChange = (measure: Measure, currency: string | null): MeasureChange => {
  const { value, previous, format } = measure;
  if (value === null || previous === null) {
    return {
      text: 'no comparison',
      direction: 'none',
      tone: 'neutral',
      description: 'Nothing to compare a year earlier',
    };
  }
  const delta = value - previous;
  let text: string;
  let shown: number;
  if (format === 'percent') {
    shown = Math.round(delta * 1000) / 10;
    text = signed(shown, `${Math.abs(shown).toFixed(1)} pts`);
  } else if (format === 'rating') {
    shown = Math.round(delta * 10) / 10;
    text = signed(shown, Math.abs(shown).toFixed(1));
  } else if (format === 'sentiment') {
    shown = Math.round(delta * 100) / 100;
    text = signed(shown, Math.abs(shown).toFixed(2));
  } else if (previous === 0) {
    shown = delta;
    text = delta === 0 ? '±0%' : 'new';
  } else {
    shown = Math.round((delta / Math.abs(previous)) * 100);
    text = signed(shown, `${Math.abs(shown)}%`);
  }
  // What the reader sees decides "flat": a change that rounds to zero is no change.
  const direction: ChangeDirection = shown > 0 ? 'up' : shown < 0 ? 'down' : 'flat';
  const good = upIsBad(measure.id) ? direction === 'down' : direction === 'up';
  const tone: ChangeTone = direction === 'flat' ? 'neutral' : good ? 'good' : 'bad';
  return {
    text,
    direction,
    tone,
    description: `${text} vs same period last year (${formatMeasureValue(format, previous, currency)})`,
  };
};
