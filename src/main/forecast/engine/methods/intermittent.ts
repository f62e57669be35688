// Teunter-Syntetos-Babai (TSB) for intermittent demand: smooths the probability that a
// period has demand and the size of demand when it occurs, separately, so the forecast
// is a demand rate that decays when sales stop (Croston's method never does).
import { quantile } from '../numeric';

export interface RateForecast {
  point: number[];
  lower: number[];
  upper: number[];
  label: string;
}

function runTsb(y: ArrayLike<number>, alpha: number, beta: number): { sse: number; rate: number } {
  let nonzero = 0;
  let total = 0;
  for (let t = 0; t < y.length; t++) {
    if ((y[t] ?? 0) > 0) {
      nonzero++;
      total += y[t] ?? 0;
    }
  }
  let probability = nonzero / Math.max(1, y.length);
  let size = nonzero > 0 ? total / nonzero : 0;
  let sse = 0;
  for (let t = 0; t < y.length; t++) {
    const value = y[t] ?? 0;
    sse += (value - probability * size) ** 2;
    if (value > 0) {
      probability += beta * (1 - probability);
      size += alpha * (value - size);
    } else {
      probability -= beta * probability;
    }
  }
  return { sse, rate: probability * size };
}

const grid = [0.02, 0.05, 0.1, 0.2, 0.3];

/** TSB with smoothing constants picked from a small grid by one-step squared error. */
export function tsb(y: ArrayLike<number>, horizon: number, level: number): RateForecast {
  let best = { sse: Number.POSITIVE_INFINITY, rate: 0 };
  for (const alpha of grid) {
    for (const beta of grid) {
      const fit = runTsb(y, alpha, beta);
      if (fit.sse < best.sse) best = fit;
    }
  }
  // Per-period demand is close to independent, so the interval is the spread of recent
  // periods (last two years of weeks at most), the same at every step.
  const recent = Array.from(y).slice(-104);
  const tail = (1 - level / 100) / 2;
  const lower = Math.max(0, quantile(recent, tail));
  const upper = Math.max(best.rate, quantile(recent, 1 - tail));
  return {
    point: new Array<number>(horizon).fill(best.rate),
    lower: new Array<number>(horizon).fill(Math.min(lower, best.rate)),
    upper: new Array<number>(horizon).fill(upper),
    label: 'TSB (intermittent demand)',
  };
}
