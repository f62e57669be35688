import type { ForecastGrain, ForecastSeries } from '../../shared/contract/forecast';
import { nextPeriod, periodStart } from './forecast-periods';
import { AisleError } from '../core/aisle-error';
import type { BigQueryForecastSeries } from './bigquery';
import { mase, smape, type ForecastOutput } from './engine';
import type { HistorySeries } from './series-reader';

/**
 * The period a BigQuery timestamp stands for: the nearer of the period holding it and the next
 * one (BigQuery steps months by a fixed number of days, so "31 Oct" means November).
 */
const nearestPeriod = (grain: ForecastGrain, ds: string): string => {
  const day = ds.slice(0, 10);
  const start = periodStart(grain, day);
  const next = nextPeriod(grain, start);
  const distance = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b));
  return distance(day, next) < distance(day, start) ? next : start;
};

/** Revenue and units are never negative: bounds and points are clipped at 0, as the local engine does. */
const clip = (value: number): number => Math.max(0, value);

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
  grain: ForecastGrain,
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
  // Points are matched to Aisle's periods by date (BigQuery steps months by a fixed number of
  // days, so each timestamp is read as the period holding it), never by position: a series whose
  // last period sold nothing, or a step BigQuery could not forecast, must not shift the others.
  const toPeriod = (ds: string): string => nearestPeriod(grain, ds);
  const byPeriod = new Map(found.forecast.map((point) => [toPeriod(point.ds), point]));
  const forecast = future.flatMap((ds) => {
    const point = byPeriod.get(ds);
    return point ? [{ ...point, ds, lower: clip(point.lower), point: clip(point.point) }] : [];
  });
  const actualByPeriod = new Map(history.map((point) => [point.ds, point.y]));
  const points = (found.backtest ?? [])
    .map((point) => ({ ...point, ds: toPeriod(point.ds) }))
    .flatMap((point) => {
      const actual = actualByPeriod.get(point.ds);
      return actual === undefined ? [] : [{ ...point, lower: clip(point.lower), point: clip(point.point), actual }];
    })
    .sort((x, y) => x.ds.localeCompare(y.ds));
  return {
    key: series.key,
    label: series.label,
    history,
    forecast,
    backtest: points.length === 0 ? null : { points, ...scoreBacktest(series.y, series.ds, points, seasonLength) },
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
  dates: readonly string[],
  points: readonly { ds: string; actual: number; point: number }[],
  seasonLength: number,
): { mase: number | null; smape: number | null; naiveMase: number | null; naiveSmape: number | null } => {
  const first = points[0]?.ds;
  const start = first === undefined ? values.length : Math.max(0, dates.indexOf(first));
  const train = values.slice(0, start);
  const actual = points.map((point) => point.actual);
  // As the local engine does: the season only with two full cycles behind it, else the last value.
  const m = train.length >= 2 * seasonLength ? seasonLength : 1;
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
