import type { SalesEvent } from '../../shared/contract/explore';
import { addDays } from '../semantic/periods';

export interface DailySales {
  day: string;
  units: number;
  revenue: number;
}

/** A run of zero-sale days is a stock-out when the usual rate makes it this unlikely: P(0) = e^-7 < 0.1%. */
const STOCK_OUT_EXPECTED_UNITS = 7;
const MIN_STOCK_OUT_DAYS = 5;
/** Days before a run whose sales set the usual rate… */
const BASELINE_DAYS = 56;
/** …of which at least this many must exist: a product's first days say little about its usual rate. */
const MIN_BASELINE_DAYS = 14;
/** A week sold at this share of the usual price or less, with this many times the usual units, was a promotion. */
const PROMOTION_PRICE_RATIO = 0.9;
const PROMOTION_UNIT_LIFT = 1.5;

const formatRate = (rate: number): string => (rate >= 10 ? rate.toFixed(0) : rate.toFixed(1));

/** Every day from the first sale to `lastDay`, zeros filled in. */
const fillDays = (sales: DailySales[], lastDay: string): DailySales[] => {
  const first = sales[0]?.day;
  if (first === undefined) return [];
  const byDay = new Map(sales.map((entry) => [entry.day, entry]));
  const filled: DailySales[] = [];
  for (let day = first; day <= lastDay; day = addDays(day, 1)) {
    filled.push(byDay.get(day) ?? { day, units: 0, revenue: 0 });
  }
  return filled;
};

/**
 * Stretches with no sales where the product normally sells enough that nothing selling for
 * that long is very unlikely by chance: the sales data's own trace of a stock-out. A run that
 * reaches the last day is left out (it may be a discontinued line, not an empty shelf).
 */
export const findStockOuts = (sales: DailySales[], lastDay: string): SalesEvent[] => {
  const days = fillDays(sales, lastDay);
  const events: SalesEvent[] = [];
  let index = 0;
  while (index < days.length) {
    if ((days[index]?.units ?? 0) > 0) {
      index += 1;
      continue;
    }
    let end = index;
    while (end + 1 < days.length && (days[end + 1]?.units ?? 0) === 0) end += 1;
    const length = end - index + 1;
    const reachesEnd = end === days.length - 1;
    const baseline = days.slice(Math.max(0, index - BASELINE_DAYS), index);
    const rate = baseline.length === 0 ? 0 : baseline.reduce((sum, day) => sum + day.units, 0) / baseline.length;
    const start = days[index]?.day;
    const last = days[end]?.day;
    if (
      !reachesEnd &&
      baseline.length >= MIN_BASELINE_DAYS &&
      start !== undefined &&
      last !== undefined &&
      length >= MIN_STOCK_OUT_DAYS &&
      rate * length >= STOCK_OUT_EXPECTED_UNITS
    ) {
      events.push({
        kind: 'stock_out',
        start,
        end: last,
        label: `No sales for ${length} days (usually ${formatRate(rate)} a day): likely out of stock`,
      });
    }
    index = end + 1;
  }
  return events;
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

export interface WeeklySales {
  week: string;
  units: number;
  revenue: number;
}

/**
 * Weeks sold at a clearly lower price than usual with clearly more units than usual
 * (against the product's median week): a promotion or markdown that moved volume. Consecutive
 * weeks merge into one event.
 */
export const findPromotions = (weeks: WeeklySales[]): SalesEvent[] => {
  const selling = weeks.filter((week) => week.units > 0);
  if (selling.length < 6) return [];
  const usualPrice = median(selling.map((week) => week.revenue / week.units));
  const usualUnits = median(selling.map((week) => week.units));
  if (usualPrice <= 0 || usualUnits <= 0) return [];
  const events: SalesEvent[] = [];
  for (const week of selling) {
    const price = week.revenue / week.units;
    const off = 1 - price / usualPrice;
    const lift = week.units / usualUnits;
    if (price > usualPrice * PROMOTION_PRICE_RATIO || lift < PROMOTION_UNIT_LIFT) continue;
    const previous = events.at(-1);
    const weekEnd = addDays(week.week, 6);
    if (previous && addDays(previous.end, 1) === week.week) {
      previous.end = weekEnd;
      continue;
    }
    events.push({
      kind: 'promotion',
      start: week.week,
      end: weekEnd,
      label: `Promotion: about ${Math.round(off * 100)}% off, ${lift.toFixed(1)}× the usual units`,
    });
  }
  return events;
};
