import type { CalendarUnit, WeekStart } from './calendar-units';
import type { DateRange } from './iso-date';

/** What every recognizer may know besides the question. */
export interface TimeContext {
  /** The data's latest day, YYYY-MM-DD: the "today" relative phrases count from. */
  anchor: string;
  weekStartsOn: WeekStart;
}

/** A period that comes round every year: a month, a quarter, an occasion, a day of the year. */
export interface Recurring {
  /** Identity, so "Q3 2011 vs 2010" can find the same quarter in the other year. */
  key: string;
  unit: CalendarUnit | null;
  /** The occurrence that starts in the year; null when there is none (29 February in 2025). */
  occurrence: (year: number) => DateRange | null;
  describe: (year: number) => string;
  /** The description names the days by itself ("March 2025"), so a label needs no dates after it. */
  selfEvident: boolean;
}

/**
 * Which occurrence a phrase without a year means: latest is the most recent one that has
 * started by the anchor ("March", "holiday season"), last the most recent one over before the
 * anchor day ("last March"), this the one running at the anchor or else the anchor year's.
 */
export type Occurrence = 'latest' | 'last' | 'this';

/** A period read from the question and pinned to dates. */
export interface ReadPeriod {
  /** As named, before cutting at the anchor. */
  range: DateRange;
  description: string;
  selfEvident: boolean;
  /** The dates depend on the anchor, not only on the words. */
  anchored: boolean;
  unit: CalendarUnit | null;
  /** The whole calendar period behind a to-date range (month to date: the month), else the range. */
  whole: DateRange;
  /** "last month", "the previous quarter": as a comparison target this means the period before. */
  previousOf: CalendarUnit | null;
  /** The recurring period and year it came from. */
  origin: { recurring: Recurring; year: number } | null;
}

export type PeriodRef =
  | { kind: 'read'; period: ReadPeriod }
  | {
      kind: 'recurring';
      recurring: Recurring;
      /** Null when the question gave no year. */
      year: number | null;
      occurrence: Occurrence;
      /** The year came from the anchor ("March last year"). */
      anchored: boolean;
    };

export type PeriodExpr =
  | { kind: 'single'; ref: PeriodRef }
  | { kind: 'between'; from: PeriodRef; to: PeriodRef }
  | { kind: 'since' | 'after'; ref: PeriodRef };
