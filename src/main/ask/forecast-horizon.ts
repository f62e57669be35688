import type { ForecastGrain } from '../../shared/contract/forecast';
import { maxHorizon } from '../../shared/contract/forecast';
import { historyEnd } from '../forecast/forecast-periods';
import { addDays, addMonths } from '../semantic/periods';

export interface ForecastHorizon {
  grain: ForecastGrain;
  horizon: number;
  /** A month the question names ("in December"): the answer reads that period out. */
  target: string | null;
}

const NUMBERS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  few: 3,
};

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const UNIT: Record<string, { grain: ForecastGrain; per: number }> = {
  day: { grain: 'day', per: 1 },
  week: { grain: 'week', per: 1 },
  month: { grain: 'month', per: 1 },
  quarter: { grain: 'month', per: 3 },
  year: { grain: 'month', per: 12 },
};

/** Months from the month after `lastDay` up to and including `target` (YYYY-MM-01). */
const monthsUntil = (lastDay: string, target: string): number => {
  const first = addMonths(
    `${lastDay.slice(0, 7)}-01`,
    lastDay === addDays(addMonths(`${lastDay.slice(0, 7)}-01`, 1), -1) ? 1 : 0,
  );
  return (
    (Number(target.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
    Number(target.slice(5, 7)) -
    Number(first.slice(5, 7)) +
    1
  );
};

/**
 * How far ahead a forecast question looks: "the next 8 weeks", "next month", "in December",
 * "for March 2027", "the rest of the year". Eight weeks when it does not say.
 */
export const readForecastHorizon = (question: string, lastDay: string): ForecastHorizon => {
  const text = question.toLowerCase();
  const next =
    /\bnext\s+(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few)?\s*(day|week|month|quarter|year)s?\b/.exec(
      text,
    );
  if (next?.[2]) {
    const unit = UNIT[next[2]];
    const count = next[1] === undefined ? 1 : /^\d+$/.test(next[1]) ? Number(next[1]) : (NUMBERS[next[1]] ?? 1);
    // "The next 3 years" is longer than a forecast should reach: capped at the grain's limit.
    if (unit)
      return {
        grain: unit.grain,
        horizon: Math.min(maxHorizon[unit.grain], Math.max(1, count * unit.per)),
        target: null,
      };
  }
  const named = new RegExp(`\\b(?:in|for|during|by|until|through)\\s+(${MONTHS.join('|')})(?:\\s+(\\d{4}))?\\b`).exec(
    text,
  );
  if (named?.[1]) {
    const month = MONTHS.indexOf(named[1]) + 1;
    let year = named[2] ? Number(named[2]) : Number(lastDay.slice(0, 4));
    let target = `${year}-${String(month).padStart(2, '0')}-01`;
    // A month the data is still in (not complete) is the first one forecast, not next year's.
    if (!named[2] && target < historyEnd('month', lastDay)) {
      year += 1;
      target = `${year}-${String(month).padStart(2, '0')}-01`;
    }
    const horizon = monthsUntil(lastDay, target);
    if (horizon >= 1 && horizon <= 24) return { grain: 'month', horizon, target };
  }
  if (/\brest of (?:the|this) year\b/.test(text)) {
    const target = `${lastDay.slice(0, 4)}-12-01`;
    const horizon = monthsUntil(lastDay, target);
    if (horizon >= 1) return { grain: 'month', horizon, target };
  }
  return { grain: 'week', horizon: 8, target: null };
};
