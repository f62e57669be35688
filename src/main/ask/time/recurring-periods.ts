import { addDays, addMonths, isIsoDate, isoDate, type DateRange } from './iso-date';
import type { PeriodRef, Recurring } from './period-ref';
import { occasions, type OccasionId } from './retail-calendar';
import { monthNames } from './time-words';

/** The recurring periods a phrase can name, and the references the recognizers build from them. */

const months = (year: number, firstMonth: number, count: number): DateRange => {
  const start = isoDate(year, firstMonth, 1);
  return { start, end: addMonths(start, count) };
};

export const monthPeriod = (month: number): Recurring => ({
  key: `month:${month}`,
  unit: 'month',
  occurrence: (year) => months(year, month, 1),
  describe: (year) => `${monthNames[month - 1] ?? '?'} ${year}`,
  selfEvident: true,
});

export const quarterPeriod = (quarter: number): Recurring => ({
  key: `quarter:${quarter}`,
  unit: 'quarter',
  occurrence: (year) => months(year, 3 * quarter - 2, 3),
  describe: (year) => `Q${quarter} ${year}`,
  selfEvident: true,
});

export const halfPeriod = (half: number): Recurring => ({
  key: `half:${half}`,
  unit: 'half',
  occurrence: (year) => months(year, 6 * half - 5, 6),
  describe: (year) => `H${half} ${year}`,
  selfEvident: true,
});

export const yearPeriod: Recurring = {
  key: 'year',
  unit: 'year',
  occurrence: (year) => months(year, 1, 12),
  describe: (year) => String(year),
  selfEvident: true,
};

export const dayPeriod = (month: number, day: number): Recurring => ({
  key: `day:${month}-${day}`,
  unit: 'day',
  occurrence: (year) => {
    const start = isoDate(year, month, day);
    return isIsoDate(start) ? { start, end: addDays(start, 1) } : null;
  },
  describe: (year) => isoDate(year, month, day),
  selfEvident: true,
});

export const occasionPeriod = (id: OccasionId): Recurring => ({
  key: `occasion:${id}`,
  unit: null,
  occurrence: occasions[id].occurrence,
  describe: occasions[id].describe,
  selfEvident: false,
});

/** A reference with the year the question gave (or null), read as the latest occurrence. */
export const recurringRef = (
  recurring: Recurring,
  year: number | null,
  occurrence: 'latest' | 'last' | 'this' = 'latest',
  anchored = false,
): PeriodRef => ({ kind: 'recurring', recurring, year, occurrence, anchored });
