import { addDays, isoDate, isoWeekday, type DateRange } from './iso-date';

/**
 * Retail occasions and seasons as date ranges. Each is defined by the occurrence that starts in
 * a given year, so "winter 2024" is December 2024 to February 2025 and every named occasion
 * with a year reads the same way. Holidays follow the US retail calendar (Thanksgiving, Black
 * Friday) because that is how the trade names them, whatever the shop's country.
 */

export const occasionIds = [
  'thanksgiving',
  'black_friday',
  'black_friday_weekend',
  'cyber_monday',
  'holiday_season',
  'christmas',
  'christmas_eve',
  'christmas_day',
  'boxing_day',
  'back_to_school',
  'spring',
  'summer',
  'autumn',
  'winter',
] as const;
export type OccasionId = (typeof occasionIds)[number];

export interface Occasion {
  id: OccasionId;
  /** The occurrence that starts in this year. */
  occurrence: (year: number) => DateRange;
  /** How the occurrence starting in this year is named in a label. */
  describe: (year: number) => string;
}

/** Thanksgiving (US): the fourth Thursday of November. */
export const thanksgiving = (year: number): string => {
  const first = isoDate(year, 11, 1);
  const firstThursday = addDays(first, (4 - isoWeekday(first) + 7) % 7);
  return addDays(firstThursday, 21);
};

export const blackFriday = (year: number): string => addDays(thanksgiving(year), 1);

export const cyberMonday = (year: number): string => addDays(thanksgiving(year), 4);

const days = (start: string, count: number): DateRange => ({ start, end: addDays(start, count) });

/** Whole months from `firstMonth` for `count` months, possibly running into the next year. */
const months = (year: number, firstMonth: number, count: number): DateRange => {
  const last = firstMonth + count; // first month after the range, 13+ meaning next year
  return {
    start: isoDate(year, firstMonth, 1),
    end: isoDate(year + Math.floor((last - 1) / 12), ((last - 1) % 12) + 1, 1),
  };
};

const named =
  (name: string) =>
  (year: number): string =>
    `${name} ${year}`;

export const occasions: Record<OccasionId, Occasion> = {
  thanksgiving: {
    id: 'thanksgiving',
    occurrence: (year) => days(thanksgiving(year), 1),
    describe: named('Thanksgiving'),
  },
  black_friday: {
    id: 'black_friday',
    occurrence: (year) => days(blackFriday(year), 1),
    describe: named('Black Friday'),
  },
  // Friday through Cyber Monday: the four days the trade reports as one event.
  black_friday_weekend: {
    id: 'black_friday_weekend',
    occurrence: (year) => days(blackFriday(year), 4),
    describe: named('Black Friday weekend'),
  },
  cyber_monday: {
    id: 'cyber_monday',
    occurrence: (year) => days(cyberMonday(year), 1),
    describe: named('Cyber Monday'),
  },
  holiday_season: {
    id: 'holiday_season',
    occurrence: (year) => months(year, 11, 2),
    describe: named('holiday season'),
  },
  // The Christmas shopping run-up, December 1 to 24: sales on the day itself are not "Christmas trading".
  christmas: { id: 'christmas', occurrence: (year) => days(isoDate(year, 12, 1), 24), describe: named('Christmas') },
  christmas_eve: {
    id: 'christmas_eve',
    occurrence: (year) => days(isoDate(year, 12, 24), 1),
    describe: named('Christmas Eve'),
  },
  christmas_day: {
    id: 'christmas_day',
    occurrence: (year) => days(isoDate(year, 12, 25), 1),
    describe: named('Christmas Day'),
  },
  boxing_day: { id: 'boxing_day', occurrence: (year) => days(isoDate(year, 12, 26), 1), describe: named('Boxing Day') },
  back_to_school: { id: 'back_to_school', occurrence: (year) => months(year, 8, 1), describe: named('back to school') },
  // Meteorological seasons (whole months), northern hemisphere.
  spring: { id: 'spring', occurrence: (year) => months(year, 3, 3), describe: named('spring') },
  summer: { id: 'summer', occurrence: (year) => months(year, 6, 3), describe: named('summer') },
  autumn: { id: 'autumn', occurrence: (year) => months(year, 9, 3), describe: named('autumn') },
  winter: {
    id: 'winter',
    occurrence: (year) => months(year, 12, 3),
    describe: (year) => `winter ${year}/${String((year + 1) % 100).padStart(2, '0')}`,
  },
};
