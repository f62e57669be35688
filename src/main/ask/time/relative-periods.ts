import { periodContaining, shiftDate, shiftRange, type CalendarUnit } from './calendar-units';
import { addDays, type DateRange } from './iso-date';
import type { ReadPeriod, TimeContext } from './period-ref';

/**
 * Periods counted back from the anchor, the data's latest day, which plays "today": a data set
 * that ends in 2011 asked about "last month" means its own last month, not the calendar's.
 */

type Unit = Exclude<CalendarUnit, 'half'>;

const anchored = (range: DateRange, description: string, unit: CalendarUnit | null, whole = range): ReadPeriod => ({
  range,
  description,
  selfEvident: false,
  anchored: true,
  unit,
  whole,
  previousOf: null,
  origin: null,
});

/** "month", "3 months". */
export const describeCount = (count: number, unit: Unit): string => (count === 1 ? unit : `${count} ${unit}s`);

export const today = ({ anchor }: TimeContext): ReadPeriod =>
  anchored({ start: anchor, end: addDays(anchor, 1) }, 'today', 'day');

export const yesterday = ({ anchor }: TimeContext): ReadPeriod =>
  anchored({ start: addDays(anchor, -1), end: anchor }, 'yesterday', 'day');

/** "this month", "MTD": the anchor's month from its first day through the anchor. */
export const periodToDate = (unit: Unit, { anchor, weekStartsOn }: TimeContext): ReadPeriod => {
  const whole = periodContaining(unit, anchor, weekStartsOn);
  const end = addDays(anchor, 1);
  const complete = whole.end === end;
  return anchored({ start: whole.start, end }, complete ? `this ${unit}` : `this ${unit} to date`, unit, whole);
};

/** "last month": the whole calendar period before the anchor's, however far the anchor's has run. */
export const previousPeriod = (unit: Unit, { anchor, weekStartsOn }: TimeContext): ReadPeriod => ({
  ...anchored(shiftRange(periodContaining(unit, anchor, weekStartsOn), unit, -1), `last ${unit}`, unit),
  previousOf: unit,
});

/**
 * "last 3 months": whole calendar periods, ending with the anchor's own period when the anchor
 * is its last day and otherwise with the period before it, so a part period is never
 * mixed with whole ones. Days are always whole, so "last 7 days" ends with the anchor.
 */
export const lastWholePeriods = (count: number, unit: Unit, context: TimeContext): ReadPeriod => {
  const afterAnchor = addDays(context.anchor, 1);
  const current = periodContaining(unit, context.anchor, context.weekStartsOn);
  const end = unit === 'day' || current.end === afterAnchor ? afterAnchor : current.start;
  return anchored(
    { start: shiftDate(end, unit, -count), end },
    `the last ${describeCount(count, unit)}`,
    count === 1 ? unit : null,
  );
};

/** "trailing 12 months", "the past month": exactly that long, ending with the anchor. */
export const rollingPeriods = (count: number, unit: Unit, description: string, { anchor }: TimeContext): ReadPeriod => {
  const end = addDays(anchor, 1);
  return anchored(
    { start: shiftDate(end, unit, -count), end },
    description,
    unit === 'day' && count === 1 ? 'day' : null,
  );
};
