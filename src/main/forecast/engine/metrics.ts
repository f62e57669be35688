// Accuracy measures exactly as the M4 competition defines them, shared by the engine's
// backtests, the evaluation script and the app.

/** Mean absolute in-sample m-step difference of the training data: the MASE scale. */
export function maseScale(train: readonly number[], m = 1): number {
  let total = 0;
  let count = 0;
  for (let t = m; t < train.length; t++) {
    total += Math.abs((train[t] ?? 0) - (train[t - m] ?? 0));
    count++;
  }
  return count === 0 ? Number.NaN : total / count;
}

/** Mean absolute scaled error; null when the scale is 0 or undefined (flat or one-point history). */
export function mase(
  actual: readonly number[],
  forecast: readonly number[],
  train: readonly number[],
  m = 1,
): number | null {
  const scale = maseScale(train, m);
  if (!Number.isFinite(scale) || scale === 0 || actual.length === 0) return null;
  let total = 0;
  for (let i = 0; i < actual.length; i++) total += Math.abs((actual[i] ?? 0) - (forecast[i] ?? 0));
  return total / actual.length / scale;
}

/** Symmetric MAPE in percent (0..200); a step where both are 0 counts as a perfect 0. */
export function smape(actual: readonly number[], forecast: readonly number[]): number | null {
  if (actual.length === 0) return null;
  let total = 0;
  for (let i = 0; i < actual.length; i++) {
    const denominator = Math.abs(actual[i] ?? 0) + Math.abs(forecast[i] ?? 0);
    if (denominator > 0) total += Math.abs((actual[i] ?? 0) - (forecast[i] ?? 0)) / denominator;
  }
  return (200 * total) / actual.length;
}

/** Mean scaled interval score (M4) for a central interval of coverage `level` percent. */
export function msis(
  actual: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
  train: readonly number[],
  level = 95,
  m = 1,
): number | null {
  const scale = maseScale(train, m);
  if (!Number.isFinite(scale) || scale === 0 || actual.length === 0) return null;
  const alpha = 1 - level / 100;
  let total = 0;
  for (let i = 0; i < actual.length; i++) {
    const y = actual[i] ?? 0;
    const lo = lower[i] ?? 0;
    const hi = upper[i] ?? 0;
    total += hi - lo;
    if (y < lo) total += (2 / alpha) * (lo - y);
    if (y > hi) total += (2 / alpha) * (y - hi);
  }
  return total / actual.length / scale;
}

/** Share of actual values inside [lower, upper]. */
export function coverage(actual: readonly number[], lower: readonly number[], upper: readonly number[]): number {
  let inside = 0;
  for (let i = 0; i < actual.length; i++) {
    const y = actual[i] ?? 0;
    if (y >= (lower[i] ?? 0) && y <= (upper[i] ?? 0)) inside++;
  }
  return actual.length === 0 ? Number.NaN : inside / actual.length;
}
