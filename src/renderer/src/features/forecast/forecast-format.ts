import { formatBytes, formatUsd } from '../../../../shared/format/bytes';
import { moneyFormat } from '../../../../shared/format/money';
import type { ForecastMeasure } from './forecast-controls';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

// Revenue takes the source's currency (ISO code; null: plain numbers, no symbol).

/** A value of the measure in full: "$12,480", "£12,480", "1,204". */
export const formatMeasure = (measure: ForecastMeasure, value: number, currency: string | null): string =>
  measure === 'revenue' ? moneyFormat(currency).whole(value) : whole.format(value);

/** A value of the measure where space is short: "$12.5K", "£12.5K", "1.2K". */
export const formatMeasureCompact = (measure: ForecastMeasure, value: number, currency: string | null): string =>
  measure === 'revenue' ? moneyFormat(currency).compact(value) : compact.format(value);

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
