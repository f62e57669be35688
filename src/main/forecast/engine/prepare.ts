// Turns the raw input into a gap-free series for fitting: stock-out zeros become missing,
// leading missing values are dropped, inner gaps are interpolated linearly and trailing
// gaps carry the last observation forward.

export interface PreparedSeries {
  /** Gap-free values from the first observed period on. */
  values: Float64Array;
  /** Index in the input of values[0]. */
  offset: number;
  observed: number;
  missing: number;
  /** Share of zeros among observed (non-missing) values. */
  zeroShare: number;
  nonNegative: boolean;
}

export function prepare(raw: readonly (number | null)[], zeroIsMissing?: readonly boolean[]): PreparedSeries {
  const cleaned = raw.map((value, i) => {
    if (value === null || !Number.isFinite(value)) return null;
    if (value === 0 && zeroIsMissing?.[i] === true) return null;
    return value;
  });
  const first = cleaned.findIndex((value) => value !== null);
  if (first < 0)
    return {
      values: new Float64Array(0),
      offset: raw.length,
      observed: 0,
      missing: raw.length,
      zeroShare: 0,
      nonNegative: true,
    };
  const series = cleaned.slice(first);
  const values = new Float64Array(series.length);
  let observed = 0;
  let zeros = 0;
  let nonNegative = true;
  let previous = -1;
  series.forEach((value, t) => {
    if (value === null) return;
    observed++;
    if (value === 0) zeros++;
    if (value < 0) nonNegative = false;
    values[t] = value;
    // Fill the gap since the previous observation by linear interpolation.
    for (let k = previous + 1; k < t; k++) {
      const share = (k - previous) / (t - previous);
      values[k] = (values[previous] ?? 0) + share * (value - (values[previous] ?? 0));
    }
    previous = t;
  });
  for (let k = previous + 1; k < series.length; k++) values[k] = values[previous] ?? 0;
  return { values, offset: first, observed, missing: raw.length - observed, zeroShare: zeros / observed, nonNegative };
}
