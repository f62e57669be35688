// KPSS level-stationarity test, used the way auto.arima uses it (Hyndman & Khandakar
// 2008): difference while the test rejects stationarity at 5%, at most twice.
import { mean } from '../numeric';

const criticalValue5Percent = 0.463;

export function kpssStatistic(x: ArrayLike<number>): number {
  const n = x.length;
  const m = mean(x);
  let cumulative = 0;
  let eta = 0;
  let gamma0 = 0;
  const e = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    e[t] = (x[t] ?? 0) - m;
    cumulative += e[t] ?? 0;
    eta += cumulative * cumulative;
    gamma0 += (e[t] ?? 0) ** 2;
  }
  // Newey-West long-run variance with urca's "short" lag truncation.
  const lags = Math.trunc(4 * (n / 100) ** 0.25);
  let longRun = gamma0;
  for (let k = 1; k <= lags; k++) {
    let gamma = 0;
    for (let t = k; t < n; t++) gamma += (e[t] ?? 0) * (e[t - k] ?? 0);
    longRun += 2 * (1 - k / (lags + 1)) * gamma;
  }
  longRun /= n;
  if (longRun <= 0) return 0;
  return eta / (n * n) / longRun;
}

export function difference(x: ArrayLike<number>): Float64Array {
  const out = new Float64Array(Math.max(0, x.length - 1));
  for (let t = 1; t < x.length; t++) out[t - 1] = (x[t] ?? 0) - (x[t - 1] ?? 0);
  return out;
}

/** Number of first differences (0..2) that makes the series level-stationary by KPSS. */
export function differencesNeeded(x: ArrayLike<number>): number {
  let series: ArrayLike<number> = x;
  let d = 0;
  while (d < 2 && series.length > 10 && kpssStatistic(series) > criticalValue5Percent) {
    series = difference(series);
    d++;
  }
  return d;
}
