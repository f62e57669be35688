import { addDays, dateParts, type DateRange } from './iso-date';
import type { Occurrence, PeriodExpr, PeriodRef, ReadPeriod, Recurring } from './period-ref';

/** Pins references to dates: a year for those named without one, then the range. */

/** How far back to look for an occurrence; 8 years finds any 29 February. */
const SEARCH_YEARS = 8;

const pickYear = (recurring: Recurring, occurrence: Occurrence, anchor: string): number | null => {
  const anchorYear = dateParts(anchor).year;
  const fits = (year: number, test: (range: DateRange) => boolean): boolean => {
    const range = recurring.occurrence(year);
    return range !== null && test(range);
  };
  const latest = (test: (range: DateRange) => boolean): number | null => {
    for (let year = anchorYear; year > anchorYear - SEARCH_YEARS; year -= 1) if (fits(year, test)) return year;
    return null;
  };
  switch (occurrence) {
    case 'latest':
      return latest((range) => range.start <= anchor);
    case 'last':
      return latest((range) => range.end <= anchor);
    case 'this': {
      const running = latest((range) => range.start <= anchor && anchor < range.end);
      return running ?? anchorYear;
    }
  }
};

const fromRecurring = (recurring: Recurring, year: number, anchored: boolean): ReadPeriod | null => {
  const range = recurring.occurrence(year);
  if (range === null) return null;
  return {
    range,
    description: recurring.describe(year),
    selfEvident: recurring.selfEvident,
    anchored,
    unit: recurring.unit,
    whole: range,
    previousOf: null,
    origin: { recurring, year },
  };
};

export const resolveRef = (ref: PeriodRef, anchor: string): ReadPeriod | null => {
  if (ref.kind === 'read') return ref.period;
  if (ref.year !== null) return fromRecurring(ref.recurring, ref.year, ref.anchored);
  const year = pickYear(ref.recurring, ref.occurrence, anchor);
  return year === null ? null : fromRecurring(ref.recurring, year, true);
};

const startIn = (recurring: Recurring, year: number): string => recurring.occurrence(year)?.start ?? '';

/**
 * "from March to May 2025", "Nov to Feb": a missing year comes from the other end, with the
 * start a year earlier when it would otherwise come after the end.
 */
const resolveBetween = (from: PeriodRef, to: PeriodRef, anchor: string): ReadPeriod | null => {
  let first: ReadPeriod | null;
  let last: ReadPeriod | null;
  if (from.kind === 'recurring' && to.kind === 'recurring' && from.year === null && to.year !== null) {
    last = resolveRef(to, anchor);
    const year = startIn(from.recurring, to.year) > startIn(to.recurring, to.year) ? to.year - 1 : to.year;
    first = fromRecurring(from.recurring, year, to.anchored);
  } else if (from.kind === 'recurring' && to.kind === 'recurring' && to.year === null) {
    first = resolveRef(from, anchor);
    const fromYear = first?.origin?.year ?? 0;
    const year = startIn(to.recurring, fromYear) < (first?.range.start ?? '') ? fromYear + 1 : fromYear;
    last = fromRecurring(to.recurring, year, first?.anchored ?? false);
  } else {
    first = resolveRef(from, anchor);
    last = resolveRef(to, anchor);
  }
  if (first === null || last === null || last.range.end <= first.range.start) return null;
  const range = { start: first.range.start, end: last.range.end };
  return {
    range,
    description: `${first.description} to ${last.description}`,
    selfEvident: first.unit === 'day' && last.unit === 'day',
    anchored: first.anchored || last.anchored,
    unit: null,
    whole: range,
    previousOf: null,
    origin: null,
  };
};

export const resolveExpr = (expr: PeriodExpr, anchor: string): ReadPeriod | null => {
  switch (expr.kind) {
    case 'single':
      return resolveRef(expr.ref, anchor);
    case 'between':
      return resolveBetween(expr.from, expr.to, anchor);
    case 'since':
    case 'after': {
      const period = resolveRef(expr.ref, anchor);
      if (period === null) return null;
      const range = {
        start: expr.kind === 'since' ? period.range.start : period.range.end,
        end: addDays(anchor, 1),
      };
      return {
        range,
        description: `${expr.kind} ${period.description}`,
        selfEvident: false,
        anchored: true,
        unit: null,
        whole: range,
        previousOf: null,
        origin: null,
      };
    }
  }
};

/**
 * "compare March with April 2025": the year named with the target carries over to a main
 * period of another month (quarter, half) named without one. Not for the same period
 * ("Q3 vs Q3 2010" means the latest Q3 against 2010's).
 */
export const shareYear = (main: PeriodExpr, target: PeriodExpr): PeriodExpr => {
  if (main.kind !== 'single' || target.kind !== 'single') return main;
  const { ref } = main;
  const other = target.ref;
  const calendar = (recurring: Recurring): boolean =>
    recurring.unit === 'month' || recurring.unit === 'quarter' || recurring.unit === 'half';
  if (ref.kind !== 'recurring' || other.kind !== 'recurring' || ref.year !== null || other.year === null) return main;
  if (!calendar(ref.recurring) || !calendar(other.recurring) || ref.recurring.key === other.recurring.key) return main;
  return { kind: 'single', ref: { ...ref, year: other.year, occurrence: 'latest' } };
};
