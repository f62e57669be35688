// Seasonality: the M4 benchmarks' 90% autocorrelation test, and classical decomposition
// into seasonal factors. Short periods (weeks in a day series, months in a year) get one
// factor per position; long periods (a year of days or weeks) get a smooth Fourier
// profile, because two or three years give too few points per position.
import { normalEquations, solvePrefix } from './linear';
import { aicc } from './methods/base';
import { at, mean, variance } from './numeric';

export interface SeasonalProfile {
  period: number;
  multiplicative: boolean;
  /**
   * Seasonal strength (Wang, Smith & Hyndman 2006): 1 - Var(remainder) / Var(detrended),
   * 0 when the profile explains nothing, near 1 for a clean pattern.
   */
  strength: number;
  /** Seasonal factor (multiplicative) or offset (additive) at time index t, any t >= 0. */
  at: (t: number) => number;
}

function autocorrelation(x: ArrayLike<number>, lag: number, m: number, denominator: number): number {
  let total = 0;
  for (let t = lag; t < x.length; t++) total += ((x[t] ?? 0) - m) * ((x[t - lag] ?? 0) - m);
  return total / denominator;
}

/** True when the lag-m autocorrelation is significant (default 90%, one-sided as in M4; needs 3 full periods). */
export function isSeasonal(x: ArrayLike<number>, rawPeriod: number, critical = 1.645): boolean {
  const period = Math.round(rawPeriod);
  const n = x.length;
  if (period < 2 || n < 3 * period) return false;
  const m = mean(x);
  let denominator = 0;
  for (let t = 0; t < n; t++) denominator += ((x[t] ?? 0) - m) ** 2;
  if (denominator === 0) return false;
  let squares = 0;
  for (let k = 1; k < period; k++) squares += autocorrelation(x, k, m, denominator) ** 2;
  const limit = critical * Math.sqrt((1 + 2 * squares) / n);
  return Math.abs(autocorrelation(x, period, m, denominator)) > limit;
}

/** Centered moving average of order `period` (2 x period when even); NaN at the ends. */
function centeredMovingAverage(x: ArrayLike<number>, period: number): Float64Array {
  const n = x.length;
  const out = new Float64Array(n).fill(Number.NaN);
  const half = Math.floor(period / 2);
  const even = period % 2 === 0;
  let window = 0;
  for (let t = 0; t < Math.min(n, period); t++) window += x[t] ?? 0;
  for (let start = 0; start + period <= n; start++) {
    if (start > 0) window += (x[start + period - 1] ?? 0) - (x[start - 1] ?? 0);
    if (even) {
      // The 2 x m average is the mean of two adjacent m-averages.
      if (start + period < n) {
        const next = window + (x[start + period] ?? 0) - (x[start] ?? 0);
        out[start + half] = (window + next) / (2 * period);
      }
    } else {
      out[start + half] = window / period;
    }
  }
  return out;
}

// At most ten harmonics: on M4 Weekly a fixed 6 gave ETS MASE 2.348, 10: 2.319, 14: 2.365.
const fourierHarmonics = 10;
const harmonicChoices = [1, 2, 3, 4, 6, 8, 10];

/** Estimates the seasonal profile of x with classical decomposition. */
export function seasonalProfile(x: ArrayLike<number>, period: number, multiplicative: boolean): SeasonalProfile {
  const trend = centeredMovingAverage(x, Math.round(period));
  const detrended = new Float64Array(x.length).fill(Number.NaN);
  const rows: number[] = [];
  for (let t = 0; t < x.length; t++) {
    const level = trend[t] ?? 0;
    if (Number.isNaN(level) || (multiplicative && level <= 0)) continue;
    detrended[t] = multiplicative ? (x[t] ?? 0) / level : (x[t] ?? 0) - level;
    rows.push(t);
  }
  const neutral = multiplicative ? 1 : 0;
  if (period <= 40) {
    const sums = new Float64Array(period);
    const counts = new Float64Array(period);
    for (const t of rows) {
      sums[t % period] = (sums[t % period] ?? 0) + (detrended[t] ?? 0);
      counts[t % period] = (counts[t % period] ?? 0) + 1;
    }
    const raw = Array.from(sums, (s, i) => ((counts[i] ?? 0) > 0 ? s / (counts[i] ?? 0) : neutral));
    const centre = mean(raw);
    const factors = raw.map((value) => (multiplicative ? value / centre : value - centre));
    const atPosition = (t: number): number => at(factors, ((t % period) + period) % period);
    return { period, multiplicative, at: atPosition, strength: strength(detrended, rows, atPosition, multiplicative) };
  }
  const maxK = Math.min(fourierHarmonics, Math.floor(period / 2));
  let k = maxK;
  const allFeatures = (t: number): number[] => {
    const out: number[] = [1];
    const angle = (2 * Math.PI * t) / period;
    const s1 = Math.sin(angle);
    const c1 = Math.cos(angle);
    // Higher harmonics by the angle-addition recurrence: two trig calls per t, not 2k.
    let s = s1;
    let c = c1;
    for (let j = 1; j <= maxK; j++) {
      out.push(s, c);
      const next = s * c1 + c * s1;
      c = c * c1 - s * s1;
      s = next;
    }
    return out;
  };
  // Harmonics chosen by AICc of the profile regression: a smooth pattern gets few, a
  // sharp peak (Black Friday, Christmas) more. On M4 Weekly this beat any fixed count
  // (combination MASE 2.137 against 2.156 with a fixed 10).
  const equations = normalEquations(rows, detrended, allFeatures);
  let coefficients: number[] = [];
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of harmonicChoices.filter((c) => c <= maxK)) {
    const columns = 1 + 2 * candidate;
    const fit = solvePrefix(equations, columns);
    const score = aicc(fit.rss, equations.count, columns);
    if (score < bestScore || coefficients.length === 0) {
      bestScore = score;
      coefficients = fit.coefficients;
      k = candidate;
    }
  }
  const features = (t: number): number[] => allFeatures(t).slice(0, 1 + 2 * k);
  const intercept = coefficients[0] ?? 0;
  const atTime = (t: number): number => {
    const f = features(t);
    let value = 0;
    for (let i = 1; i < f.length; i++) value += (coefficients[i] ?? 0) * (f[i] ?? 0);
    // The intercept is the mean ratio or offset; centring keeps the level in the trend model.
    return multiplicative ? (intercept + value) / intercept : value;
  };
  return { period, multiplicative, at: atTime, strength: strength(detrended, rows, atTime, multiplicative) };
}

function strength(
  detrended: Float64Array,
  rows: readonly number[],
  seasonal: (t: number) => number,
  multiplicative: boolean,
): number {
  const d: number[] = [];
  const r: number[] = [];
  for (const t of rows) {
    const value = detrended[t] ?? 0;
    const s = seasonal(t);
    d.push(value);
    r.push(multiplicative ? value / (s > 0 ? s : 1) : value - s);
  }
  const total = variance(d);
  return total > 0 ? Math.max(0, 1 - variance(r) / total) : 0;
}

export function deseasonalize(x: ArrayLike<number>, profile: SeasonalProfile): Float64Array {
  const out = new Float64Array(x.length);
  for (let t = 0; t < x.length; t++) {
    const s = profile.at(t);
    out[t] = profile.multiplicative ? (x[t] ?? 0) / (s > 0 ? s : 1) : (x[t] ?? 0) - s;
  }
  return out;
}
