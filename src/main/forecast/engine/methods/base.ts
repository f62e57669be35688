// What every base method returns: a point forecast and the standard deviation of the
// h-step error, both on the scale of the (seasonally adjusted) series it was given.

export interface BaseForecast {
  point: number[];
  /** Model-based standard deviation of the error at each step; calibrated later. */
  sd: number[];
  /** Human-readable model name, e.g. "ETS(A,Ad,N)". */
  label: string;
}

/** A forecaster of a gap-free, non-seasonal series. */
export type BaseMethod = (series: Float64Array, horizon: number) => BaseForecast;

/** Fills sd[h] = sigma * sqrt(1 + sum_{j<h} c_j^2) from the state-space weights c_j. */
export function stepSds(sigma: number, horizon: number, weight: (j: number) => number): number[] {
  const sd: number[] = [];
  let accumulated = 1;
  for (let h = 1; h <= horizon; h++) {
    sd.push(sigma * Math.sqrt(accumulated));
    const c = weight(h);
    accumulated += c * c;
  }
  return sd;
}

/** Small-sample corrected Akaike criterion from a sum of squared errors. */
export function aicc(sse: number, n: number, k: number): number {
  if (n - k - 1 <= 0) return Number.POSITIVE_INFINITY;
  // A perfect fit (a straight line) must win, not be discarded for log(0).
  const floor = Math.max(sse, 1e-12 * n);
  return n * Math.log(floor / n) + 2 * k + (2 * k * (k + 1)) / (n - k - 1);
}
