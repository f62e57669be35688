// Runs a method on the series divided by its mean absolute value, then scales the result
// back. Fitting criteria (AICc, Nelder-Mead tolerances) then behave the same for sales
// in units, in pounds or in billions, and for tiny rates.
import { runMethod, type MethodForecast, type MethodId } from './registry';

export function runScaled(
  id: MethodId,
  y: Float64Array,
  horizon: number,
  periods: readonly number[],
  level: number,
): MethodForecast {
  let total = 0;
  for (let t = 0; t < y.length; t++) total += Math.abs(y[t] ?? 0);
  const scale = y.length > 0 && total > 0 ? total / y.length : 1;
  if (scale === 1) return runMethod(id, y, horizon, periods, level);
  const scaled = y.map((value) => value / scale);
  const result = runMethod(id, scaled, horizon, periods, level);
  const back = (values: readonly number[]): number[] => values.map((value) => value * scale);
  return {
    point: back(result.point),
    sd: back(result.sd),
    label: result.label,
    ...(result.bounds === undefined
      ? {}
      : { bounds: { lower: back(result.bounds.lower), upper: back(result.bounds.upper) } }),
  };
}
