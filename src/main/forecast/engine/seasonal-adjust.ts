// Runs a non-seasonal method on seasonally adjusted data and puts the seasons back
// (the "decompose, forecast, reseasonalise" scheme of the M4 benchmarks and of stlf).
// Several periods (7 and 365 for days) are removed one after another, shortest first.
import type { BaseForecast, BaseMethod } from './methods/base';
import { deseasonalize, isSeasonal, seasonalProfile, type SeasonalProfile } from './seasonality';

/**
 * Long periods (a year of weeks or days) that the caller asked for are modelled by a
 * smooth low-order profile whenever two full cycles exist, without the M4 test: the test
 * needs m autocorrelations (slow for 365) and rarely passes on trending daily data even
 * when the yearly pattern is plain. On M4 Weekly this cost 0.01 MASE against testing.
 */
const longPeriod = 40;

/**
 * A short period (a year of months, a week of days) also counts when two full cycles exist and
 * the seasonal profile explains most of the detrended variation (Hyndman's seasonal strength
 * of 0.6 or more): the M4 test needs three cycles and, on three years of monthly retail data,
 * misses a plain yearly peak because the short-lag autocorrelations of a smooth season raise
 * its bar.
 */
const STRONG_SEASON = 0.6;

const strongSeason = (y: Float64Array, period: number, multiplicative: boolean): boolean =>
  y.length >= 2 * period && seasonalProfile(y, period, multiplicative).strength >= STRONG_SEASON;

export interface Adjustment {
  profiles: SeasonalProfile[];
  adjusted: Float64Array;
}

export function adjust(y: Float64Array, periods: readonly number[]): Adjustment {
  let positive = true;
  for (let t = 0; t < y.length; t++) if ((y[t] ?? 0) <= 0) positive = false;
  const profiles: SeasonalProfile[] = [];
  let adjusted = y;
  for (const period of [...periods].sort((a, b) => a - b)) {
    const seasonal =
      period > longPeriod
        ? adjusted.length >= 2 * period
        : isSeasonal(adjusted, period) || strongSeason(adjusted, period, positive);
    if (!seasonal) continue;
    const profile = seasonalProfile(adjusted, period, positive);
    profiles.push(profile);
    adjusted = deseasonalize(adjusted, profile);
  }
  return { profiles, adjusted };
}

/** Puts the seasonal factors back onto a forecast that starts at time index `start`. */
export function reseasonalize(
  forecast: BaseForecast,
  profiles: readonly SeasonalProfile[],
  start: number,
): BaseForecast {
  if (profiles.length === 0) return forecast;
  const point = [...forecast.point];
  const sd = [...forecast.sd];
  for (let h = 0; h < point.length; h++) {
    for (const profile of profiles) {
      const s = profile.at(start + h);
      if (profile.multiplicative) {
        point[h] = (point[h] ?? 0) * s;
        sd[h] = (sd[h] ?? 0) * s;
      } else {
        point[h] = (point[h] ?? 0) + s;
      }
    }
  }
  const periods = profiles
    .map((profile) => (Number.isInteger(profile.period) ? String(profile.period) : profile.period.toFixed(2)))
    .join(' and ');
  return { point, sd, label: `${forecast.label}, seasonally adjusted (period ${periods})` };
}

export function withSeasonality(
  method: BaseMethod,
  y: Float64Array,
  horizon: number,
  periods: readonly number[],
): BaseForecast {
  const { profiles, adjusted } = adjust(y, periods);
  return reseasonalize(method(adjusted, horizon), profiles, y.length);
}
