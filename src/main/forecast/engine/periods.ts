// Which seasonal periods to model: the caller's (rounded, e.g. 365.25 -> 365) when the
// series holds at least two cycles of them, else a detected one among common periods.
import { difference } from './methods/kpss';
import { isSeasonal } from './seasonality';

const commonPeriods = [7, 12, 52];

/**
 * A year of weeks is 52.18 weeks and a year of days 365.25 days: long periods are
 * modelled by smooth Fourier profiles, which accept a fractional period, so the pattern
 * does not drift a day or so per year. Short periods are rounded (they index positions).
 */
function yearLength(raw: number): number {
  if (Math.round(raw) === 52) return 365.25 / 7;
  if (Math.round(raw) === 365) return 365.25;
  return raw > 40 ? raw : Math.round(raw);
}

export function choosePeriods(
  requested: readonly number[] | undefined,
  y: Float64Array,
): { periods: number[]; warnings: string[] } {
  const warnings: string[] = [];
  if (requested === undefined || requested.length === 0) {
    // Tested on the first differences (a trend alone makes every raw autocorrelation
    // large) and at 99.5%: three candidate periods at 90% would find a season in ~25% of
    // random walks, and a spurious season costs accuracy and interval coverage.
    const changes = difference(y);
    const detected = commonPeriods.find((period) => isSeasonal(changes, period, 2.576));
    return { periods: detected === undefined ? [] : [detected], warnings };
  }
  const periods: number[] = [];
  for (const raw of requested) {
    const period = yearLength(raw);
    if (!Number.isFinite(period) || period < 2) continue;
    if (y.length < 2 * period) {
      warnings.push(`Less than two full cycles of period ${period} (${y.length} points): that seasonality is ignored.`);
      continue;
    }
    if (!periods.includes(period)) periods.push(period);
  }
  return { periods, warnings };
}
