// Benchmarks: the seasonal naive (last season repeated) and the mean of a short series.
import { at, mean, variance } from '../numeric';
import type { BaseForecast } from './base';

/** Repeats the last m values; m = 1 is the naive (random walk) forecast. */
export function seasonalNaive(y: ArrayLike<number>, horizon: number, m: number): BaseForecast {
  const n = y.length;
  const rounded = Math.round(m);
  const period = rounded > 1 && n >= rounded ? rounded : 1;
  let sse = 0;
  for (let t = period; t < n; t++) sse += ((y[t] ?? 0) - (y[t - period] ?? 0)) ** 2;
  const sigma = Math.sqrt(sse / Math.max(1, n - period));
  const point: number[] = [];
  const sd: number[] = [];
  for (let h = 1; h <= horizon; h++) {
    point.push(at(y, n - period + ((h - 1) % period)));
    sd.push(sigma * Math.sqrt(Math.floor((h - 1) / period) + 1));
  }
  return { point, sd, label: period > 1 ? `Seasonal naive (m=${period})` : 'Naive' };
}

/** The mean with its prediction error, for series too short for anything else. */
export function meanForecast(y: ArrayLike<number>, horizon: number): BaseForecast {
  const n = y.length;
  const m = mean(y);
  const s = Math.sqrt(variance(y) * (1 + 1 / Math.max(1, n)));
  return { point: new Array<number>(horizon).fill(m), sd: new Array<number>(horizon).fill(s), label: 'Mean' };
}
