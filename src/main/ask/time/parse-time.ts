import type { TimeGrain } from '../../../shared/contract/analysis-plan';
import type { WeekStart } from './calendar-units';
import { selectCandidates, type Candidate, type TimeComparison } from './candidates';
import { combineRanges, type RangePhrase } from './combine-ranges';
import { describeRange } from './describe-range';
import { findCalendarPeriods } from './find-calendar';
import { findComparisons } from './find-comparison';
import { findExplicitDates } from './find-explicit-dates';
import { findGrains } from './find-grain';
import { findLooseTime } from './find-loose-time';
import { findRelativePeriods } from './find-relative';
import { findRetailPeriods } from './find-retail';
import { findVaguePhrases } from './find-vague';
import { addDays, isIsoDate } from './iso-date';
import type { ReadPeriod, TimeContext } from './period-ref';
import { readComparison } from './read-comparison';
import { resolveExpr, shareYear } from './resolve-period';

/**
 * The offline interpreter's reading of time in a question: a range, a comparison, a grain.
 * Relative phrases count back from the anchor (the data's latest day), never from the real
 * today. Whatever looks like time but cannot be read without guessing is listed as unclear.
 * Every phrase is documented with an example in docs/ask-time-phrases.md.
 */

export interface TimeSpan {
  start: number;
  end: number;
  text: string;
}

export interface TimeParse {
  /** Days to include: start inclusive, end exclusive, YYYY-MM-DD; never past the day after the anchor. */
  range: { start: string; end: string } | null;
  comparison: TimeComparison | null;
  /** "weekly", "by month", "per day", "monthly trend", "each quarter". */
  grain: TimeGrain | null;
  /** Character spans [start, end) of the question that were read as time, so the caller can ignore them. */
  spans: TimeSpan[];
  /** Human description of the range as read, e.g. "the last 4 weeks (2026-09-28 to 2026-10-25)", "Q3 2011". */
  label: string | null;
  /** True when a relative phrase was anchored to the data's latest date rather than today. */
  anchored: boolean;
  /** Phrases that look like time but could not be read (so the caller can ask rather than guess). */
  unclear: string[];
}

export interface ParseTimeOptions {
  /** Weeks start on Monday, as the plan's week grain does. */
  weekStartsOn?: WeekStart;
}

type Stretch = { start: number; end: number };

/** Sorted by position, each stretch once. */
const inOrder = (stretches: readonly Stretch[]): Stretch[] =>
  [...new Map(stretches.map((stretch) => [`${stretch.start}:${stretch.end}`, stretch])).values()].sort(
    (a, b) => a.start - b.start,
  );

const recognize = (question: string, context: TimeContext): Candidate[] =>
  selectCandidates([
    ...findExplicitDates(question, context),
    ...findRelativePeriods(question, context),
    ...findCalendarPeriods(question, context),
    ...findRetailPeriods(question, context),
    ...findComparisons(question),
    ...findGrains(question),
    ...findVaguePhrases(question),
  ]);

/** The one range asked about; two or more with nothing joining them ("2024 and 2025") are unclear. */
const mainRange = (
  phrases: readonly RangePhrase[],
  anchor: string,
  unclear: Stretch[],
): { phrase: RangePhrase; period: ReadPeriod } | null => {
  const read = phrases.flatMap((phrase) => {
    const period = resolveExpr(phrase.expr, anchor);
    if (period === null) unclear.push(phrase);
    return period ? [{ phrase, period }] : [];
  });
  if (read.length > 1) unclear.push(...read.map(({ phrase }) => phrase));
  return read.length === 1 ? (read[0] ?? null) : null;
};

/** One grain, or none when the question names two ("daily sales by month"). */
const readGrain = (candidates: readonly Candidate[], unclear: Stretch[]): TimeGrain | null => {
  const named = candidates.flatMap((candidate) =>
    candidate.kind === 'grain' && candidate.grain ? [{ candidate, grain: candidate.grain }] : [],
  );
  const distinct = [...new Set(named.map(({ grain }) => grain))];
  if (distinct.length > 1) unclear.push(...named.map(({ candidate }) => candidate));
  return distinct.length === 1 ? (distinct[0] ?? null) : null;
};

export const parseTime = (question: string, anchor: string, options: ParseTimeOptions = {}): TimeParse => {
  if (!isIsoDate(anchor)) throw new Error(`parseTime needs the anchor as YYYY-MM-DD, got "${anchor}"`);
  const context: TimeContext = { anchor, weekStartsOn: options.weekStartsOn ?? 1 };
  const candidates = recognize(question, context);
  const { ranges, targets, unclear: openEnded } = combineRanges(question, candidates);
  const unclear: Stretch[] = [...candidates.filter((candidate) => candidate.kind === 'unclear'), ...openEnded];

  const [target] = targets;
  const phrases =
    ranges.length === 1 && targets.length === 1 && target
      ? ranges.map((phrase) => ({ ...phrase, expr: shareYear(phrase.expr, target.expr) }))
      : ranges;
  const main = mainRange(phrases, anchor, unclear);
  const compared = readComparison(main?.period ?? null, candidates, targets, context);
  unclear.push(...compared.unclear);

  // The range, cut at the day after the anchor: there is no data beyond it. A comparison only
  // implies a range ("sales vs last month") when the question named none.
  const period = main?.period ?? (ranges.length === 0 ? compared.implied : null);
  const afterAnchor = addDays(anchor, 1);
  let range: TimeParse['range'] = null;
  let label: string | null = null;
  if (period && period.range.start >= afterAnchor) {
    if (main) unclear.push(main.phrase);
  } else if (period) {
    const cut = period.range.end > afterAnchor;
    range = { start: period.range.start, end: cut ? afterAnchor : period.range.end };
    label = describeRange(period, range, cut);
  }

  const grain = readGrain(candidates, unclear);
  const read: Stretch[] = [
    ...ranges,
    ...targets,
    ...candidates.filter((candidate) => candidate.kind === 'comparison' || candidate.kind === 'grain'),
  ];
  unclear.push(...findLooseTime(question, context, [...read, ...unclear]));

  const text = ({ start, end }: Stretch): TimeSpan => ({ start, end, text: question.slice(start, end) });
  return {
    range,
    comparison: compared.comparison,
    grain,
    spans: inOrder(read).map(text),
    label,
    anchored: range !== null && period?.anchored === true,
    unclear: inOrder(unclear).map((stretch) => text(stretch).text.trim()),
  };
};
