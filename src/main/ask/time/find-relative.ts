import type { Candidate } from './candidates';
import type { ReadPeriod, TimeContext } from './period-ref';
import {
  describeCount,
  lastWholePeriods,
  periodToDate,
  previousPeriod,
  rollingPeriods,
  today,
  yesterday,
} from './relative-periods';
import { matchAll } from './text-context';
import { COUNT, countValue, UNIT, unitValue } from './time-words';

/** Phrases counted back from the anchor: "today", "this month", "YTD", "last week", "past 30 days", "TTM". */

const WHOLE = '(?:(?:full|complete|whole|calendar)\\s+)?';
const unitsToDate: Record<string, 'week' | 'month' | 'quarter' | 'year'> = {
  wtd: 'week',
  mtd: 'month',
  qtd: 'quarter',
  ytd: 'year',
};

const patterns = {
  today: /\btoday\b/gi,
  yesterday: /\byesterday\b/gi,
  thisPeriod: new RegExp(
    `\\b(?:so\\s+far\\s+)?(?:this|the\\s+current|current)\\s+(?<unit>${UNIT})\\b(?:\\s+(?:so\\s+far|to\\s+date))?`,
    'gi',
  ),
  toDate: new RegExp(`\\b(?<unit>${UNIT})[-\\s]to[-\\s]date\\b`, 'gi'),
  toDateShort: /\b(?<short>wtd|mtd|qtd|ytd)\b/gi,
  previous: new RegExp(
    `\\b(?<the>the\\s+)?(?<word>last|previous|prior|preceding)\\s+${WHOLE}(?<unit>week|month|quarter|year)\\b(?!\\s+of\\b)`,
    'gi',
  ),
  counted: new RegExp(
    `\\b(?:the\\s+)?(?<word>last|past|previous|prior|preceding|trailing|rolling)\\s+(?<count>${COUNT})\\s+${WHOLE}(?<unit>${UNIT})s?\\b`,
    'gi',
  ),
  past: new RegExp(`\\b(?:the\\s+)?past\\s+(?<unit>${UNIT})\\b`, 'gi'),
  trailingYear: /\b(?:ttm|ltm)\b/gi,
};

const at = (match: RegExpExecArray, period: ReadPeriod): Candidate => ({
  kind: 'period',
  start: match.index,
  end: match.index + match[0].length,
  expr: { kind: 'single', ref: { kind: 'read', period } },
});

const unclear = (match: RegExpExecArray): Candidate => ({
  kind: 'unclear',
  start: match.index,
  end: match.index + match[0].length,
});

const unitOf = (match: RegExpExecArray): ReturnType<typeof unitValue> => unitValue(match.groups?.unit ?? '');

export const findRelativePeriods = (question: string, context: TimeContext): Candidate[] => [
  ...matchAll(patterns.today, question).map((match) => at(match, today(context))),
  ...matchAll(patterns.yesterday, question).map((match) => at(match, yesterday(context))),
  ...matchAll(patterns.thisPeriod, question).map((match) => at(match, periodToDate(unitOf(match), context))),
  ...matchAll(patterns.toDate, question).map((match) => at(match, periodToDate(unitOf(match), context))),
  ...matchAll(patterns.toDateShort, question).map((match) => {
    const unit = unitsToDate[(match.groups?.short ?? '').toLowerCase()] ?? 'year';
    return at(match, periodToDate(unit, context));
  }),
  ...matchAll(patterns.previous, question).map((match) => {
    const unit = unitOf(match);
    // "the last month" reads as a span of time just gone (the past month); "last month" as the calendar month.
    const rolling = match.groups?.the !== undefined && match.groups.word?.toLowerCase() === 'last';
    return at(match, rolling ? rollingPeriods(1, unit, `the last ${unit}`, context) : previousPeriod(unit, context));
  }),
  ...matchAll(patterns.counted, question).map((match) => {
    const count = countValue(match.groups?.count ?? '');
    if (!Number.isInteger(count) || count < 1) return unclear(match);
    const unit = unitOf(match);
    const word = (match.groups?.word ?? '').toLowerCase();
    return word === 'trailing' || word === 'rolling'
      ? at(match, rollingPeriods(count, unit, `the ${word} ${describeCount(count, unit)}`, context))
      : at(match, lastWholePeriods(count, unit, context));
  }),
  ...matchAll(patterns.past, question).map((match) =>
    at(match, rollingPeriods(1, unitOf(match), `the past ${unitOf(match)}`, context)),
  ),
  ...matchAll(patterns.trailingYear, question).map((match) =>
    at(match, rollingPeriods(12, 'month', 'the trailing 12 months', context)),
  ),
];
