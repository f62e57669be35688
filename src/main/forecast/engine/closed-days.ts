// Closed days: a position in a short season (a weekday) that had no sales in each of the
// last eight cycles is a day the shop is shut (the Online Retail shop never trades on
// Saturdays). Forecasting it as a share of the week's demand would be wrong every time,
// so such positions are forecast as exactly 0, with a zero-width interval.

const cyclesRequired = 8;

/** Horizon steps (0-based) that fall on a closed position of any short period. */
export function closedSteps(y: Float64Array, periods: readonly number[], horizon: number): Set<number> {
  const closed = new Set<number>();
  const n = y.length;
  for (const period of periods) {
    if (!Number.isInteger(period) || period > 40 || n < cyclesRequired * period) continue;
    for (let position = 0; position < period; position++) {
      let allZero = true;
      for (let cycle = 1; cycle <= cyclesRequired && allZero; cycle++) {
        // The index in y of this position `cycle` cycles back from the end.
        const t = n - cycle * period + ((position - (n % period) + period) % period);
        if ((y[t] ?? 0) !== 0) allZero = false;
      }
      if (!allZero) continue;
      for (let h = 0; h < horizon; h++) if ((n + h) % period === position) closed.add(h);
    }
  }
  return closed;
}

/** Sets the closed steps of a forecast and its bounds to 0. */
export function zeroClosed(values: readonly number[], closed: ReadonlySet<number>): number[] {
  return values.map((value, h) => (closed.has(h) ? 0 : value));
}
