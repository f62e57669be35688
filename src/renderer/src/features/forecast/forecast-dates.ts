import type { ForecastGrain } from '../../../../shared/contract/forecast';
import { formatDay } from '../explore/explore-format';

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const parse = (day: string): Date => new Date(`${day.slice(0, 10)}T00:00:00Z`);
const iso = (date: Date): string => date.toISOString().slice(0, 10);

export const addDays = (day: string, days: number): string => iso(new Date(parse(day).getTime() + days * DAY_MS));

/** The first day of the period holding `day`: weeks start on Monday (ISO), as main's periods do. */
export const periodStart = (grain: ForecastGrain, day: string): string => {
  if (grain === 'day') return day.slice(0, 10);
  if (grain === 'month') return `${day.slice(0, 7)}-01`;
  const date = parse(day);
  return addDays(day, -((date.getUTCDay() + 6) % 7));
};

/** The first day of the next period. */
export const nextPeriod = (grain: ForecastGrain, start: string): string => {
  if (grain === 'day') return addDays(start, 1);
  if (grain === 'week') return addDays(start, 7);
  const date = parse(start);
  return iso(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
};

/** The last day of the period starting on `start`. */
export const periodEnd = (grain: ForecastGrain, start: string): string => addDays(nextPeriod(grain, start), -1);

/** "day", "weeks": the grain's unit, for sentences. */
export const grainUnit = (grain: ForecastGrain, count: number): string => (count === 1 ? grain : `${grain}s`);

/** "Mar 2026" */
export const formatMonth = (day: string): string => `${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''} ${day.slice(0, 4)}`;

/** How a period reads in a tooltip: "Tue 3 Mar 2026", "Week of 2 Mar 2026", "Mar 2026". */
export const formatPeriod = (grain: ForecastGrain, start: string): string => {
  if (grain === 'month') return formatMonth(start);
  if (grain === 'week') return `Week of ${formatDay(start)}`;
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][parse(start).getUTCDay()] ?? '';
  return `${weekday} ${formatDay(start)}`;
};

/** How a period reads on the axis, where space is short. */
export const formatAxisPeriod = (grain: ForecastGrain, start: string): string =>
  grain === 'month' ? formatMonth(start) : formatDay(start);
