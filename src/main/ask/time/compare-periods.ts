import { shiftRange } from './calendar-units';
import type { TimeComparison } from './candidates';
import { daysBetween, sameRange } from './iso-date';
import type { PeriodExpr, ReadPeriod, TimeContext } from './period-ref';
import { periodToDate } from './relative-periods';
import { resolveExpr } from './resolve-period';

/**
 * Turns "X vs Y" into one of the plan's comparisons. The plan can only compare with the
 * period just before or the same period a year earlier, so a target that is neither is not
 * read (the caller asks).
 */

export interface ComparisonReading {
  comparison: TimeComparison;
  /** The range the comparison implies when the question named none ("sales vs last month": this month). */
  implied: ReadPeriod | null;
}

const targetPeriod = (main: ReadPeriod | null, target: PeriodExpr, anchor: string): ReadPeriod | null => {
  // "Q3 2011 vs 2010": the same quarter in the other year.
  const ref = target.kind === 'single' ? target.ref : null;
  if (main?.origin && ref?.kind === 'recurring' && ref.recurring.key === 'year' && ref.year !== null) {
    const range = main.origin.recurring.occurrence(ref.year);
    if (range) return { ...main, range, whole: range, origin: { recurring: main.origin.recurring, year: ref.year } };
  }
  return resolveExpr(target, anchor);
};

export const compareWith = (
  main: ReadPeriod | null,
  target: PeriodExpr,
  context: TimeContext,
): ComparisonReading | null => {
  const other = targetPeriod(main, target, context.anchor);
  if (other === null) return null;
  const unit = other.previousOf;
  if (unit !== null && unit !== 'half') {
    // "vs last year" always means a year back; "vs last month" means the month before this one.
    const implied = main === null ? periodToDate(unit, context) : null;
    if (unit === 'year') return { comparison: 'same_period_last_year', implied };
    // "this month vs last month", "Q3 2011 vs the previous quarter": the one before the main period.
    return main === null || main.unit === unit ? { comparison: 'previous_period', implied } : null;
  }
  if (main === null) return null;
  if (sameRange(other.range, shiftRange(main.whole, 'year', -1)))
    return { comparison: 'same_period_last_year', implied: null };
  const before = main.unit ? shiftRange(main.whole, main.unit, -1) : null;
  const adjoining =
    other.range.end === main.range.start &&
    daysBetween(other.range.start, other.range.end) === daysBetween(main.range.start, main.range.end);
  if ((before && sameRange(other.range, before)) || adjoining) return { comparison: 'previous_period', implied: null };
  return null;
};
