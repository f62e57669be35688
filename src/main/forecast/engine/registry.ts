// The named methods the engine can run. Each takes a gap-free series and returns a
// point forecast with either a model error spread (calibrated later) or direct bounds.
import { autoArima } from './methods/arima';
import type { BaseForecast } from './methods/base';
import { combine } from './methods/combination';
import { autoEts, etsWithTrend } from './methods/ets';
import { tsb } from './methods/intermittent';
import { mstlEts } from './methods/mstl';
import { meanForecast, seasonalNaive } from './methods/naive';
import { theta } from './methods/theta';
import { withSeasonality } from './seasonal-adjust';
import { seasonallyHedged } from './seasonal-hedge';

export const methodIds = [
  'seasonal-naive',
  'naive',
  'naive-sa',
  'mean',
  'ets',
  'damped',
  'theta',
  'arima',
  'combo',
  'combo-plain',
  'ets-theta',
  'tsb',
  'mstl-ets',
] as const;
export type MethodId = (typeof methodIds)[number];

export function isMethodId(value: string): value is MethodId {
  return (methodIds as readonly string[]).includes(value);
}

export interface MethodForecast extends BaseForecast {
  /** Set when the method gives its own bounds (TSB); then no calibration is applied. */
  bounds?: { lower: number[]; upper: number[] };
}

const combo = combine([autoEts, theta, autoArima]);
const damped = etsWithTrend('damped');
const etsTheta = combine([autoEts, theta]);

export function runMethod(
  id: MethodId,
  y: Float64Array,
  horizon: number,
  periods: readonly number[],
  level: number,
): MethodForecast {
  switch (id) {
    case 'seasonal-naive':
      return seasonalNaive(y, horizon, periods.length > 0 ? Math.min(...periods) : 1);
    case 'naive':
      return seasonalNaive(y, horizon, 1);
    case 'naive-sa':
      return withSeasonality((x, h) => seasonalNaive(x, h, 1), y, horizon, periods);
    case 'mean':
      return meanForecast(y, horizon);
    case 'ets':
      return withSeasonality(autoEts, y, horizon, periods);
    case 'damped':
      return withSeasonality(damped, y, horizon, periods);
    case 'theta':
      return withSeasonality(theta, y, horizon, periods);
    case 'arima':
      return withSeasonality(autoArima, y, horizon, periods);
    case 'combo':
      return seasonallyHedged(combo, autoEts, y, horizon, periods);
    case 'combo-plain':
      return withSeasonality(combo, y, horizon, periods);
    case 'ets-theta':
      return withSeasonality(etsTheta, y, horizon, periods);
    case 'mstl-ets': {
      if (periods.length === 0) return withSeasonality(autoEts, y, horizon, periods);
      const mstl = mstlEts(y, horizon, periods, level);
      return {
        point: mstl.point,
        sd: mstl.point.map(() => 0),
        label: mstl.label,
        bounds: { lower: mstl.lower, upper: mstl.upper },
      };
    }
    case 'tsb': {
      const rate = tsb(y, horizon, level);
      return {
        point: rate.point,
        sd: rate.point.map(() => 0),
        label: rate.label,
        bounds: { lower: rate.lower, upper: rate.upper },
      };
    }
  }
}
