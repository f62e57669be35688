import type { ComparisonKind, PlanTimeRange, TimeGrain } from '../../shared/contract/analysis-plan';
import type { Shift } from './dialect';

/**
 * Calendar arithmetic for comparisons, on YYYY-MM-DD dates (UTC, no time zones involved).
 * An earlier period is the current range moved back by a shift; moving that period's time
 * buckets forward by the same shift lines them up with the current buckets.
 */

export interface ComparisonPeriod {
  range: PlanTimeRange;
  /** How far back the comparison period lies. */
  shift: Shift;
}

const DAY_MS = 86_400_000;

const parts = (date: string): { year: number; month: number; day: number } => {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  return { year, month, day };
};

const epochDay = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

const fromEpochDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => fromEpochDay(epochDay(date) + days);

/** Moves by whole months, keeping the day of the month where it exists (Mar 31 minus a month is the last of Feb). */
export const addMonths = (date: string, months: number): string => {
  const { year, month, day } = parts(date);
  const target = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(target / 12);
  const targetMonth = target - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay))).toISOString().slice(0, 10);
};

const monthIndex = (date: string): number => {
  const { year, month } = parts(date);
  return year * 12 + month - 1;
};

// 1970-01-01 was a Thursday, so the Monday-based week of epoch day d is floor((d + 3) / 7).
const weekIndex = (date: string): number => Math.floor((epochDay(date) + 3) / 7);

/** How many buckets of the grain the range touches, partly or wholly. */
const bucketsTouched = (range: PlanTimeRange, grain: TimeGrain): number => {
  const last = addDays(range.end, -1);
  switch (grain) {
    case 'day':
      return epochDay(range.end) - epochDay(range.start);
    case 'week':
      return weekIndex(last) - weekIndex(range.start) + 1;
    case 'month':
      return monthIndex(last) - monthIndex(range.start) + 1;
    case 'quarter':
      return Math.floor(monthIndex(last) / 3) - Math.floor(monthIndex(range.start) / 3) + 1;
    case 'year':
      return parts(last).year - parts(range.start).year + 1;
  }
};

const isMonthStart = (date: string): boolean => parts(date).day === 1;

/**
 * The shift to the previous period. With a time grain it is a whole number of that grain's
 * buckets (so buckets map onto buckets); without one, whole months when the range is whole
 * months (March's previous period is February, not the 31 days before March), else days.
 */
const previousPeriodShift = (range: PlanTimeRange, grain: TimeGrain | null): Shift => {
  switch (grain) {
    case null:
      return isMonthStart(range.start) && isMonthStart(range.end)
        ? { unit: 'month', amount: monthIndex(range.end) - monthIndex(range.start) }
        : { unit: 'day', amount: bucketsTouched(range, 'day') };
    case 'day':
      return { unit: 'day', amount: bucketsTouched(range, 'day') };
    case 'week':
      return { unit: 'day', amount: 7 * bucketsTouched(range, 'week') };
    case 'month':
      return { unit: 'month', amount: bucketsTouched(range, 'month') };
    case 'quarter':
      return { unit: 'month', amount: 3 * bucketsTouched(range, 'quarter') };
    case 'year':
      return { unit: 'month', amount: 12 * bucketsTouched(range, 'year') };
  }
};

/** Weekly comparisons go back 52 weeks (364 days), so Mondays stay Mondays; others one calendar year. */
const lastYearShift = (grain: TimeGrain | null): Shift =>
  grain === 'week' ? { unit: 'day', amount: 364 } : { unit: 'month', amount: 12 };

const moveBack = (date: string, shift: Shift): string =>
  shift.unit === 'day' ? addDays(date, -shift.amount) : addMonths(date, -shift.amount);

export const comparisonPeriod = (
  range: PlanTimeRange,
  comparison: Exclude<ComparisonKind, 'none'>,
  grain: TimeGrain | null,
): ComparisonPeriod => {
  const shift = comparison === 'previous_period' ? previousPeriodShift(range, grain) : lastYearShift(grain);
  return { range: { start: moveBack(range.start, shift), end: moveBack(range.end, shift) }, shift };
};
