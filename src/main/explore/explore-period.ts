import type { ExplorePeriod } from '../../shared/contract/explore';
import { addDays, addMonths } from '../semantic/periods';
import type { DayRange } from '../reviews/insights/review-insights';

export interface PeriodRanges {
  current: DayRange;
  /** The same days a year earlier: retail growth is read year over year, so seasons cancel out. */
  previous: DayRange;
  /** Twelve monthly buckets ending with the last complete month, for sparklines. */
  sparkline: DayRange;
}

const MONTHS: Record<ExplorePeriod, number> = { last_3_months: 3, last_12_months: 12 };

/** The period's days, ending with the source's last day of sales (not today: demo data ends in the past). */
export const periodRanges = (period: ExplorePeriod, anchor: string): PeriodRanges => {
  const end = addDays(anchor, 1);
  const start = addMonths(end, -MONTHS[period]);
  // Sparklines end with the last complete month: a month cut short by the data's end would dip.
  const anchorMonth = `${anchor.slice(0, 7)}-01`;
  const sparkEnd = addMonths(anchorMonth, 1) === end ? end : anchorMonth;
  return {
    current: { start, end },
    previous: { start: addMonths(start, -12), end: addMonths(end, -12) },
    sparkline: { start: addMonths(sparkEnd, -12), end: sparkEnd },
  };
};

/** The twelve month starts of a sparkline range, `YYYY-MM-01`. */
export const sparklineMonths = (range: DayRange): string[] =>
  Array.from({ length: 12 }, (_, index) => addMonths(range.start, index));
