import type { ForecastSeries } from '../../shared/contract/forecast';
import { AisleError } from '../core/aisle-error';
import type { BigQueryForecastSeries } from './bigquery';
import { mase, smape, type ForecastOutput } from './engine';
import type { HistorySeries } from './series-reader';

const round = (value: number): number => Math.round(value * 100) / 100;

/** The engine's output in the contract's shape, dated. */
export const toSeries = (
  series: HistorySeries,
  output: ForecastOutput | undefined,
  future: string[],
): ForecastSeries => {
  if (!output) throw new AisleError('internal', `The forecast of ${series.label} is missing.`);
  const backtest = output.backtest;
  return {
    key: series.key,
    label: series.label,
    history: series.ds.map((ds, index) => ({ ds, y: round(series.y[index] ?? 0) })),
    forecast: future.map((ds, index) => ({
      ds,
      point: round(output.point[index] ?? 0),
      lower: round(output.lower[index] ?? 0),
      upper: round(output.upper[index] ?? 0),
    })),
    backtest: backtest
      ? {
          points: backtest.forecast.map((point, index) => ({
            ds: series.ds[backtest.start + index] ?? '',
            actual: round(series.y[backtest.start + index] ?? 0),
            point: round(point),
            lower: round(backtest.lower[index] ?? point),
            upper: round(backtest.upper[index] ?? point),
          })),
          mase: backtest.mase,
          smape: backtest.smape,
          naiveMase: backtest.naiveMase,
          naiveSmape: backtest.naiveSmape,
        }
      : null,
    model: output.model,
    warnings: output.warnings,
  };
};

/**
 * A BigQuery forecast in the same shape; its backtest scored here against the history. Points
 * are placed on Aisle's own period grid in order: BigQuery steps months by a fixed number of days.
 */
export const fromBigQuery = (
  series: HistorySeries,
  found: BigQueryForecastSeries | undefined,
  model: string,
  future: readonly string[],
  seasonLength: number,
): ForecastSeries => {
  const history = series.ds.map((ds, index) => ({ ds, y: round(series.y[index] ?? 0) }));
  if (!found) {
    return {
      key: series.key,
      label: series.label,
      history,
      forecast: [],
      backtest: null,
      model,
      warnings: ['BigQuery returned no forecast for this series (too short?).'],
    };
  }
  const byDate = (a: { ds: string }, b: { ds: string }): number => a.ds.localeCompare(b.ds);
  const forecast = [...found.forecast]
    .sort(byDate)
    .slice(0, future.length)
    .map((point, index) => ({ ...point, ds: future[index] ?? point.ds }));
  const held = [...(found.backtest ?? [])].sort(byDate);
  const window = history.slice(Math.max(0, history.length - held.length));
  const points = held.slice(0, window.length).map((point, index) => ({
    ...point,
    ds: window[index]?.ds ?? point.ds,
    actual: window[index]?.y ?? 0,
  }));
  return {
    key: series.key,
    label: series.label,
    history,
    forecast,
    backtest: points.length === 0 ? null : { points, ...scoreBacktest(series.y, points, seasonLength) },
    model,
    warnings: [],
  };
};

/**
 * A BigQuery backtest scored the way the local engine scores its own: MASE (scaled by the
 * one-step naive error, as M4 does) and sMAPE, next to a seasonal naive forecast of the same window.
 */
const scoreBacktest = (
  values: readonly number[],
  points: readonly { actual: number; point: number }[],
  seasonLength: number,
): { mase: number | null; smape: number | null; naiveMase: number | null; naiveSmape: number | null } => {
  const train = values.slice(0, values.length - points.length);
  const actual = points.map((point) => point.actual);
  const m = train.length >= seasonLength ? seasonLength : 1;
  const naive = actual.map((_, index) => train[train.length - m + (index % m)] ?? train.at(-1) ?? 0);
  return {
    mase: mase(
      actual,
      points.map((point) => point.point),
      train,
    ),
    smape: smape(
      actual,
      points.map((point) => point.point),
    ),
    naiveMase: mase(actual, naive, train),
    naiveSmape: smape(actual, naive),
  };
};
