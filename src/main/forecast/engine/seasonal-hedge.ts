// The default combination for series with a long (yearly) period: ETS, Theta and ARIMA on
// the seasonally adjusted series, plus ETS on the unadjusted series as a hedge. A yearly
// profile estimated from a few cycles is uncertain; giving a quarter of the weight to a
// forecast that ignores it lowered M4 Weekly MASE from 2.241 to 2.171 (sMAPE 6.80 to 6.77).
// Short periods (7, 12) are estimated per position from 3+ cycles and get no hedge.
import type { BaseForecast, BaseMethod } from './methods/base';
import { adjust, reseasonalize } from './seasonal-adjust';

export const hedgeFromPeriod = 40;

export function seasonallyHedged(
  adjustedMethod: BaseMethod,
  hedgeMethod: BaseMethod,
  y: Float64Array,
  horizon: number,
  periods: readonly number[],
): BaseForecast {
  const { profiles, adjusted } = adjust(y, periods);
  const main = reseasonalize(adjustedMethod(adjusted, horizon), profiles, y.length);
  if (!profiles.some((profile) => profile.period > hedgeFromPeriod && profile.strength < Number(process.env.TAU ?? 2))) return main;
  const hedge = hedgeMethod(y, horizon);
  // The main forecast is itself a mean of three, so it gets three shares of four.
  const blend = (a: readonly number[], b: readonly number[]): number[] =>
    a.map((value, h) => (3 * value + (b[h] ?? 0)) / 4);
  return {
    point: blend(main.point, hedge.point),
    sd: blend(main.sd, hedge.sd),
    label: `${main.label}, with ${hedge.label} on the unadjusted data`,
  };
}
