import { addDays, addMonths } from '../../semantic/periods';

/**
 * Day arithmetic on YYYY-MM-DD strings. Dates stay strings end to end so no time zone can
 * move a day; the semantic layer's addDays/addMonths do the moving.
 */

export { addDays, addMonths };

export interface DateRange {
  /** First day included, YYYY-MM-DD. */
  start: string;
  /** First day not included, YYYY-MM-DD. */
  end: string;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export const isoDate = (year: number, month: number, day: number): string =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

export const dateParts = (date: string): DateParts => {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  return { year, month, day };
};

/** True for a real calendar day written YYYY-MM-DD (rejects 2025-02-30). */
export const isIsoDate = (text: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const { year, month, day } = dateParts(text);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

export const addYears = (date: string, years: number): string => addMonths(date, 12 * years);

/** 1 for Monday through 7 for Sunday. */
export const isoWeekday = (date: string): number => {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
};

export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** The last day a range includes (its end is exclusive). */
export const lastDayOf = (range: DateRange): string => addDays(range.end, -1);

export const sameRange = (a: DateRange, b: DateRange): boolean => a.start === b.start && a.end === b.end;
