import { addDays, addMonths, dateParts, isoDate, isoWeekday, type DateRange } from './iso-date';

/** Calendar periods a phrase can name: the plan's grains plus half years ("H1 2025"). */
export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';

/** Weeks start on Monday (ISO weeks), the same as the plan's week grain. */
export type WeekStart = 1;

const monthsIn = { month: 1, quarter: 3, half: 6, year: 12 } as const;

/** Moves a date by whole units; month-based units keep the day of the month where it exists. */
export const shiftDate = (date: string, unit: CalendarUnit, amount: number): string => {
  switch (unit) {
    case 'day':
      return addDays(date, amount);
    case 'week':
      return addDays(date, 7 * amount);
    case 'month':
    case 'quarter':
    case 'half':
    case 'year':
      return addMonths(date, monthsIn[unit] * amount);
  }
};

export const shiftRange = (range: DateRange, unit: CalendarUnit, amount: number): DateRange => ({
  start: shiftDate(range.start, unit, amount),
  end: shiftDate(range.end, unit, amount),
});

/** The whole calendar period of the unit that contains the date. */
export const periodContaining = (unit: CalendarUnit, date: string, weekStartsOn: WeekStart = 1): DateRange => {
  const { year, month } = dateParts(date);
  let start: string;
  switch (unit) {
    case 'day':
      start = date;
      break;
    case 'week':
      start = addDays(date, -((isoWeekday(date) - weekStartsOn + 7) % 7));
      break;
    case 'month':
    case 'quarter':
    case 'half':
    case 'year': {
      const size = monthsIn[unit];
      start = isoDate(year, Math.floor((month - 1) / size) * size + 1, 1);
      break;
    }
  }
  return { start, end: shiftDate(start, unit, 1) };
};
