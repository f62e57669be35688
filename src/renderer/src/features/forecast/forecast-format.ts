import { formatBytes, formatUsd } from '../../../../shared/format/bytes';
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

/** What a BigQuery forecast will read and cost, in words: "reads about 1.2 GB and costs less than a cent". */
export const costPhrase = (bytesProcessed: number | null, costUsd: number | null): string | null => {
  const parts = [
    bytesProcessed === null ? null : `reads about ${formatBytes(bytesProcessed)}`,
    costUsd === null
      ? null
      : costUsd === 0
        ? 'costs nothing'
        : costUsd < 0.01
          ? 'costs less than a cent'
          : `costs about ${formatUsd(costUsd)}`,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join(' and ');
};
