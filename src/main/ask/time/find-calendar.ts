import type { Candidate } from './candidates';
import { dateParts } from './iso-date';
import type { Occurrence, PeriodRef, Recurring, TimeContext } from './period-ref';
import { halfPeriod, monthPeriod, quarterPeriod, recurringRef, yearPeriod } from './recurring-periods';
import { afterTimePreposition, atSentenceStart, capitalizedMidSentence, matchAll, wordBefore } from './text-context';
import { isAmbiguousMonthWord, MONTH, monthNumber, YEAR, YEAR_OR_SHORT, yearValue } from './time-words';

/** Calendar periods by name: months, quarters, halves and years ("March 2025", "Q3", "H1 2025", "in 2011"). */

const MOD = '(?:\\b(?<mod>last|this|previous|prior)\\s+)?';
/** A year after the name ("Q3 2011", "March of 2025") or one relative to the anchor ("March last year", "Q3 of the year"). */
const YEAR_AFTER = `(?:\\s*,?\\s*(?:of\\s+)?[-/]?\\s*(?<year>${YEAR_OR_SHORT})(?![\\w%])|\\s+(?:of\\s+)?(?<rel>this|last)\\s+year\\b|\\s+of\\s+(?<current>the)\\s+year\\b)?`;

const monthPattern = new RegExp(`${MOD}\\b(?<month>${MONTH})\\b${YEAR_AFTER}`, 'gi');
const isoMonthPattern = new RegExp(`\\b(?<year>${YEAR})-(?<month>0[1-9]|1[0-2])\\b(?!-\\d)`, 'g');
const quarterPattern = new RegExp(`${MOD}\\bq(?<number>[1-4])\\b${YEAR_AFTER}`, 'gi');
const yearFirstQuarterPattern = new RegExp(`\\b(?<year>${YEAR})\\s*[-/]?\\s*q(?<number>[1-4])\\b`, 'gi');
const ordinalQuarterPattern = new RegExp(
  `${MOD}\\b(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\\s+quarter\\b${YEAR_AFTER}`,
  'gi',
);
const halfPattern = new RegExp(`${MOD}\\bh(?<number>[12])\\b${YEAR_AFTER}`, 'gi');
const yearFirstHalfPattern = new RegExp(`\\b(?<year>${YEAR})\\s*[-/]?\\s*h(?<number>[12])\\b`, 'gi');
const ordinalHalfPattern = new RegExp(`${MOD}\\b(?<ordinal>first|second|1st|2nd)\\s+half\\b${YEAR_AFTER}`, 'gi');
const namedYearPattern = new RegExp(`\\b(?:calendar\\s+)?year\\s+(?<year>${YEAR})(?![\\w%])`, 'gi');
const bareYearPattern = new RegExp(`(?<![\\w$£€#/.,])(?<year>${YEAR})(?![\\w%/]|[.,]\\d)`, 'g');

const ordinals: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

/** Words after a number that make it a quantity ("for 2000 units"), not a year. */
const quantityAfter =
  /^\s+(?:units?|items?|orders?|customers?|products?|pieces?|pcs|skus?|rows?|dollars?|usd|eur|gbp|pounds?|euros?|people|users?|stores?|times|or\s+more)\b|^\s*\+/i;
/** Words before a number that make it an amount or a rank ("over 2000", "top 2000"), not a year. */
const quantityBefore = new Set([
  'over',
  'under',
  'above',
  'below',
  'than',
  'top',
  'bottom',
  'least',
  'most',
  'about',
  'around',
]);
/** Words after which a four-digit number is a year ("in 2011", "since 2010", "vs 2024"). */
const yearPrepositions = new Set([
  'in',
  'during',
  'for',
  'of',
  'since',
  'from',
  'until',
  'till',
  'through',
  'thru',
  'between',
  'vs',
  'versus',
  'against',
  'before',
  'after',
  'throughout',
  'within',
]);
/** Prepositions that make a following number a year even before a noun ("in 2025 orders grew"). */
const strongYearContext = new Set(['in', 'during', 'since', 'throughout']);
/** "2023 to 2025", "2024 vs 2025": a bare year paired with another. */
const pairedYearAfter = new RegExp(`^\\s*(?:-|–|—|to|through|and|vs\\.?|versus)\\s*${YEAR}\\b`, 'i');
const pairedYearBefore = new RegExp(`${YEAR}\\s*(?:-|–|—|to|through|and)\\s*$`, 'i');

const occurrenceOf = (mod: string | undefined): Occurrence =>
  mod === undefined ? 'latest' : mod.toLowerCase() === 'this' ? 'this' : 'last';

const refFrom = (recurring: Recurring, match: RegExpExecArray, { anchor }: TimeContext): PeriodRef => {
  const groups = match.groups ?? {};
  if (groups.year !== undefined) return recurringRef(recurring, yearValue(groups.year));
  if (groups.rel !== undefined || groups.current !== undefined) {
    const back = groups.rel?.toLowerCase() === 'last' ? 1 : 0;
    return recurringRef(recurring, dateParts(anchor).year - back, 'latest', true);
  }
  return recurringRef(recurring, null, occurrenceOf(groups.mod));
};

const candidate = (match: RegExpExecArray, ref: PeriodRef): Candidate => ({
  kind: 'period',
  start: match.index,
  end: match.index + match[0].length,
  expr: { kind: 'single', ref },
});

/** "May I see", "May we": the modal verb, not the month. */
const modalAfter = /^\s+(?:i|we|you|they|he|she|it|the|a|an|be|have|there)\b/i;

/**
 * "may" and "march" are words too ("this may be", "march on"). Without a year after them they
 * count as months after a preposition ("in May", "last March"), capitalized mid-sentence
 * ("how did March do"), or capitalized at the start unless a modal reading follows ("May I").
 */
const readsAsMonth = (question: string, month: string, start: number, yearAfter: boolean): boolean => {
  if (yearAfter || !isAmbiguousMonthWord(month) || afterTimePreposition(question, start)) return true;
  if (!/^[A-Z]/.test(month)) return false;
  if (capitalizedMidSentence(question, start)) return true;
  return !modalAfter.test(question.slice(start + month.length));
};

const monthCandidates = (question: string, context: TimeContext): Candidate[] =>
  matchAll(monthPattern, question).flatMap((match) => {
    const { month = '', year } = match.groups ?? {};
    const monthStart = match.index + match[0].toLowerCase().indexOf(month.toLowerCase());
    if (!readsAsMonth(question, month, monthStart, year !== undefined)) return [];
    return [candidate(match, refFrom(monthPeriod(monthNumber(month)), match, context))];
  });

const isoMonthCandidates = (question: string, context: TimeContext): Candidate[] =>
  matchAll(isoMonthPattern, question).map((match) =>
    candidate(match, refFrom(monthPeriod(Number(match.groups?.month)), match, context)),
  );

const numbered =
  (pattern: RegExp, period: (number: number) => Recurring) =>
  (question: string, context: TimeContext): Candidate[] =>
    matchAll(pattern, question).map((match) =>
      candidate(match, refFrom(period(Number(match.groups?.number)), match, context)),
    );

const ordinalQuarterCandidates = (question: string, context: TimeContext): Candidate[] =>
  matchAll(ordinalQuarterPattern, question).flatMap((match) => {
    const { ordinal = '', year, rel, current } = match.groups ?? {};
    const word = ordinal.toLowerCase();
    // "last quarter" alone is the quarter before the anchor's (a relative phrase); "the last quarter of 2011" is Q4.
    if ((word === 'last' || word === 'final') && year === undefined && rel === undefined && current === undefined) {
      return [];
    }
    return [candidate(match, refFrom(quarterPeriod(ordinals[word] ?? 4), match, context))];
  });

const ordinalHalfCandidates = (question: string, context: TimeContext): Candidate[] =>
  matchAll(ordinalHalfPattern, question).map((match) =>
    candidate(match, refFrom(halfPeriod(ordinals[(match.groups?.ordinal ?? '').toLowerCase()] ?? 1), match, context)),
  );

type YearReading = 'year' | 'unclear' | 'number';

/**
 * A four-digit number is a year only in context: "in 2011", "2023 to 2025", "year 2025", or
 * opening the question. One that could be a year but has no context ("revenue 2025") is
 * unclear, unless it reads as an amount ("over 2000", "2000 units") or ends a product name
 * ("Jumbo Bag 2011", whose words are capitalized).
 */
const readYear = (question: string, match: RegExpExecArray): YearReading => {
  const end = match.index + match[0].length;
  const after = question.slice(end);
  const word = wordBefore(question, match.index);
  const strong = word !== null && strongYearContext.has(word);
  if ((quantityAfter.test(after) && !strong) || (word !== null && quantityBefore.has(word))) return 'number';
  if (
    /^'s\b/.test(after) ||
    (word !== null && yearPrepositions.has(word)) ||
    atSentenceStart(question, match.index) ||
    pairedYearAfter.test(after) ||
    pairedYearBefore.test(question.slice(0, match.index))
  ) {
    return 'year';
  }
  const capitalizedBefore = /[A-Z][\w-]*\s+$/.test(question.slice(0, match.index));
  return capitalizedBefore || /^\s*[-/]/.test(after) ? 'number' : 'unclear';
};

const yearCandidates = (question: string): Candidate[] => [
  ...matchAll(namedYearPattern, question).map((match) =>
    candidate(match, recurringRef(yearPeriod, Number(match.groups?.year))),
  ),
  ...matchAll(bareYearPattern, question).flatMap((match): Candidate[] => {
    switch (readYear(question, match)) {
      case 'year':
        return [candidate(match, recurringRef(yearPeriod, Number(match.groups?.year)))];
      case 'unclear':
        return [{ kind: 'unclear', start: match.index, end: match.index + match[0].length }];
      case 'number':
        return [];
    }
  }),
];

export const findCalendarPeriods = (question: string, context: TimeContext): Candidate[] => [
  ...monthCandidates(question, context),
  ...isoMonthCandidates(question, context),
  ...numbered(quarterPattern, quarterPeriod)(question, context),
  ...numbered(yearFirstQuarterPattern, quarterPeriod)(question, context),
  ...ordinalQuarterCandidates(question, context),
  ...numbered(halfPattern, halfPeriod)(question, context),
  ...numbered(yearFirstHalfPattern, halfPeriod)(question, context),
  ...ordinalHalfCandidates(question, context),
  ...yearCandidates(question),
];
