import type { ForecastGrain, ForecastSeries } from '../../../../shared/contract/forecast';
import { grainUnit } from './forecast-dates';

type Backtest = NonNullable<ForecastSeries['backtest']>;

export type AccuracyTone = 'success' | 'neutral' | 'warning';

export interface AccuracySummary {
  tone: AccuracyTone;
  /** One sentence against the seasonal naive baseline. */
  headline: string;
  /** A few words for a small multiple: "38% better than naive". */
  short: string;
  /** The model's error over the naive one's (MASE, or sMAPE when MASE has no scale); null when unknown. */
  ratio: number | null;
}

/** Within 5% either way the two are as good as each other: a backtest window is too short to tell apart. */
const SAME = 0.05;

/** The model's error as a share of the seasonal naive baseline's, by MASE when it can, else sMAPE. */
export const errorRatio = (backtest: Backtest | null): number | null => {
  if (!backtest) return null;
  const { mase, naiveMase, smape, naiveSmape } = backtest;
  if (mase !== null && naiveMase !== null && naiveMase > 0) return mase / naiveMase;
  if (smape !== null && naiveSmape !== null && naiveSmape > 0) return smape / naiveSmape;
  return null;
};

/** How the backtest went, in words a merchandiser can repeat, honest when the model lost. */
export const accuracySummary = (backtest: Backtest | null): AccuracySummary => {
  if (!backtest || backtest.points.length === 0) {
    return {
      tone: 'neutral',
      headline: 'Not backtested: the history is too short to hold a window back and check the model on it.',
      short: 'Not backtested',
      ratio: null,
    };
  }
  const ratio = errorRatio(backtest);
  if (ratio === null) {
    return {
      tone: 'neutral',
      headline: 'The seasonal naive baseline could not be scored on this window, so there is no comparison.',
      short: 'No baseline to compare',
      ratio: null,
    };
  }
  if (ratio <= 1 - SAME) {
    const percent = Math.min(99, Math.round((1 - ratio) * 100));
    return {
      tone: 'success',
      headline: `${percent}% lower error than a seasonal naive forecast.`,
      short: `${percent}% better than naive`,
      ratio,
    };
  }
  if (ratio < 1 + SAME) {
    return {
      tone: 'neutral',
      headline: 'About as accurate as a seasonal naive forecast (repeating last season): no clear gain on this window.',
      short: 'Same as naive',
      ratio,
    };
  }
  const percent = Math.round((ratio - 1) * 100);
  return {
    tone: 'warning',
    headline: `${percent}% higher error than a seasonal naive forecast: on this window, repeating last season would have done better. Treat this forecast with care.`,
    short: `${percent}% worse than naive`,
    ratio,
  };
};

/** MASE with two decimals, "—" when it has no scale (a flat history). */
export const formatMase = (value: number | null): string => (value === null ? '—' : value.toFixed(2));

/** sMAPE as a percent: "12.3%". */
export const formatSmape = (value: number | null): string =>
  value === null ? '—' : `${value.toFixed(value >= 100 ? 0 : 1)}%`;

/** "the last 8 weeks", for the holdout window. */
export const holdoutPhrase = (grain: ForecastGrain, backtest: Backtest | null): string | null => {
  const count = backtest?.points.length ?? 0;
  return count === 0 ? null : count === 1 ? `the last ${grain}` : `the last ${count} ${grainUnit(grain, count)}`;
};

/** What MASE means, in one line for merchandisers. */
export const maseExplanation = (grain: ForecastGrain): string =>
  `MASE is the average miss on the held-back ${grainUnit(grain, 2)}, scaled by how much sales usually move from one ${grain} to the next: lower is better, and the seasonal naive column is the bar to beat.`;

/** The accuracy line of a small multiple: "MASE 0.62 vs 1.01 naive · 38% better than naive". */
export const compactAccuracy = (backtest: Backtest | null): string => {
  const summary = accuracySummary(backtest);
  if (!backtest || summary.ratio === null) return summary.short;
  const useMase = backtest.mase !== null && backtest.naiveMase !== null && backtest.naiveMase > 0;
  const figures = useMase
    ? `MASE ${formatMase(backtest.mase)} vs ${formatMase(backtest.naiveMase)} naive`
    : `sMAPE ${formatSmape(backtest.smape)} vs ${formatSmape(backtest.naiveSmape)} naive`;
  return `${figures} · ${summary.short}`;
};
