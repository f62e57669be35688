import type { ForecastGrain } from '../../shared/contract/forecast';
import { isoWeekday } from '../ask/time/iso-date';
import { addDays, addMonths } from '../semantic/periods';

/** The first day of the period holding `day` (weeks start on Monday, as the semantic layer's ISO weeks do). */
export const periodStart = (grain: ForecastGrain, day: string): string => {
  if (grain === 'day') return day;
  if (grain === 'week') return addDays(day, 1 - isoWeekday(day));
  return `${day.slice(0, 7)}-01`;
};

export const nextPeriod = (grain: ForecastGrain, start: string): string =>
  grain === 'day' ? addDays(start, 1) : grain === 'week' ? addDays(start, 7) : addMonths(start, 1);

/**
 * Where history stops: the start of the first period not complete by the data's last day. A
 * week that ends on Wednesday would read as a collapse in sales and drag every forecast down.
 */
export const historyEnd = (grain: ForecastGrain, lastDay: string): string => {
  const next = addDays(lastDay, 1);
  return periodStart(grain, next) === next ? next : periodStart(grain, lastDay);
};

/** `count` period starts from `start` on. */
export const periodsFrom = (grain: ForecastGrain, start: string, count: number): string[] => {
  const periods: string[] = [];
  let current = start;
  for (let index = 0; index < count; index += 1) {
    periods.push(current);
    current = nextPeriod(grain, current);
  }
  return periods;
};

/** Seasonal cycles a grain of retail data has: weekday and year for days, the year for weeks and months. */
export const seasonLengthsFor = (grain: ForecastGrain): number[] =>
  grain === 'day' ? [7, 365] : grain === 'week' ? [52] : [12];
