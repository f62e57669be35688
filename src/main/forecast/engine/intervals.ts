// Prediction intervals: normal bounds from each method's h-step error spread, rescaled
// by how large the errors were in the series' own backtest. The rescaling is shrunk
// toward 1 because one holdout window is a small, autocorrelated sample.
import { normalQuantile } from './numeric';

/** Factor by which the model spreads under- (>1) or over- (<1) state the backtest errors. */
export function calibrationFactor(errors: readonly number[], sds: readonly number[], priorWeight: number): number {
  let squares = 0;
  let count = 0;
  errors.forEach((error, h) => {
    const sd = sds[h] ?? 0;
    if (sd > 0 && Number.isFinite(error)) {
      squares += (error / sd) ** 2;
      count++;
    }
  });
  if (count === 0) return 1;
  return Math.sqrt((squares + priorWeight) / (count + priorWeight));
}

export function bounds(
  point: readonly number[],
  sds: readonly number[],
  level: number,
  factor: number,
  nonNegative: boolean,
): { lower: number[]; upper: number[] } {
  const z = normalQuantile(1 - (1 - level / 100) / 2);
  const lower = point.map((p, h) => p - z * factor * (sds[h] ?? 0));
  const upper = point.map((p, h) => p + z * factor * (sds[h] ?? 0));
  return { lower: nonNegative ? lower.map((v) => Math.max(0, v)) : lower, upper };
}
