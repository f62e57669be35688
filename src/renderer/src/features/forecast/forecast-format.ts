import type { ForecastMeasure } from './forecast-controls';

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const compactDollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** A value of the measure in full: "$12,480", "1,204". */
export const formatMeasure = (measure: ForecastMeasure, value: number): string =>
  measure === 'revenue' ? dollars.format(value) : whole.format(value);

/** A value of the measure where space is short: "$12.5K", "1.2K". */
export const formatMeasureCompact = (measure: ForecastMeasure, value: number): string =>
  measure === 'revenue' ? compactDollars.format(value) : compact.format(value);

/** "830 ms", "2.4 s" */
export const formatElapsed = (ms: number): string =>
  ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
