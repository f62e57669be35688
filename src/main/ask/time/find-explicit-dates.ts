import { strict, type ParsedComponents } from 'chrono-node';
import type { Candidate } from './candidates';
import type { PeriodExpr, PeriodRef, TimeContext } from './period-ref';
import { dayPeriod, recurringRef } from './recurring-periods';
import { MONTH } from './time-words';

/**
 * Explicit days ("on 5 March 2025", "2025-03-05", "March 5", "from 1 Jan 2025 to 15 Feb 2025")
 * read by chrono-node's strict parser. Only day-level dates that look like dates count: a month
 * name, or numbers with a year. "size 10/12" and "top 10" stay numbers.
 */

const hasMonthName = new RegExp(`\\b${MONTH}\\b`, 'i');
const numericWithYear = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/;
/** Day and month both 12 or less, in either order: 3/4/2025 is 3 April in London and March 4 in New York. */
const numericDayMonth = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})(?!\d)/g;

const isAmbiguousNumeric = (text: string): boolean =>
  [...text.matchAll(numericDayMonth)].some(([, first = '', second = '']) => {
    const a = Number(first);
    const b = Number(second);
    return a <= 12 && b <= 12 && a !== b;
  });

const isDay = (components: ParsedComponents): boolean => components.isCertain('day') && components.isCertain('month');

const dayRef = (components: ParsedComponents, yearFrom?: ParsedComponents): PeriodRef => {
  const month = components.get('month') ?? 1;
  const day = components.get('day') ?? 1;
  const yearSource = components.isCertain('year') ? components : yearFrom?.isCertain('year') ? yearFrom : null;
  return recurringRef(dayPeriod(month, day), yearSource?.get('year') ?? null);
};

export const findExplicitDates = (question: string, { anchor }: TimeContext): Candidate[] =>
  // Noon UTC on the anchor: chrono's guesses about missing years are replaced below, so only the day matters.
  strict.parse(question, { instant: new Date(`${anchor}T12:00:00Z`), timezone: 0 }).flatMap((result): Candidate[] => {
    const span = { start: result.index, end: result.index + result.text.length };
    const looksLikeDate = hasMonthName.test(result.text) || numericWithYear.test(result.text);
    if (!looksLikeDate || !isDay(result.start) || (result.end && !isDay(result.end))) return [];
    if (isAmbiguousNumeric(result.text)) return [{ kind: 'unclear', ...span }];
    const from = dayRef(result.start, result.end);
    const expr: PeriodExpr = result.end
      ? { kind: 'between', from, to: dayRef(result.end, result.start) }
      : { kind: 'single', ref: from };
    return [{ kind: 'period', ...span, expr }];
  });
