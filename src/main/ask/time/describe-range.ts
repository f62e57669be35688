import { lastDayOf, type DateRange } from './iso-date';
import type { ReadPeriod } from './period-ref';

/**
 * The label shown for a reading: the words as understood, then the days when the words do
 * not name them by themselves. Days in a label are inclusive ("2026-10-01 to 2026-10-31"),
 * as a person reads them; the range itself keeps its exclusive end.
 */
export const describeRange = (period: ReadPeriod, range: DateRange, cut: boolean): string => {
  const last = lastDayOf(range);
  const days = range.start === last ? range.start : `${range.start} to ${last}`;
  if (cut) return `${period.description} (${days}, cut at the data's latest day)`;
  return period.selfEvident ? period.description : `${period.description} (${days})`;
};
