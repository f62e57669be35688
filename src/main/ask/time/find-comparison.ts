import type { Candidate, TimeComparison } from './candidates';
import { matchAll } from './text-context';
import { CONNECTOR, COUNT, UNIT } from './time-words';

/**
 * Comparison phrases that name no period of their own: "same period last year", "YoY",
 * "vs previous period", "WoW". A comparison with a period ("vs last month", "vs Q3 2010") is
 * read from that period instead (see combine-ranges).
 */

const LEAD = `(?:\\b${CONNECTOR}\\s+)?(?:the\\s+)?`;
const YEAR_BACK = '(?:last\\s+year|(?:the\\s+)?(?:previous|prior)\\s+year|(?:a|one)\\s+year\\s+(?:ago|before|earlier))';

const phrases: ReadonlyArray<{ pattern: RegExp; comparison: TimeComparison; shortForm?: true }> = [
  {
    pattern: new RegExp(
      `${LEAD}\\bsame\\s+(?:period|time|days?|weeks?|months?|quarters?|dates?|season)\\s+(?:(?:of|in)\\s+)?${YEAR_BACK}`,
      'gi',
    ),
    comparison: 'same_period_last_year',
  },
  { pattern: /\b(?:yoy|y\/y|y-o-y|year[-\s](?:over|on)[-\s]year)\b/gi, comparison: 'same_period_last_year' },
  {
    pattern: new RegExp(`\\b${CONNECTOR}\\s+(?:(?:a|one|the)\\s+year\\s+(?:ago|before|earlier)|ly|py)\\b`, 'gi'),
    comparison: 'same_period_last_year',
  },
  {
    pattern: new RegExp(`${LEAD}\\b(?:previous|prior|preceding|last)\\s+period\\b`, 'gi'),
    comparison: 'previous_period',
  },
  // "vs the previous 4 weeks"; without a count ("vs the previous month") it is a period, read in compare-periods.
  {
    pattern: new RegExp(
      `\\b${CONNECTOR}\\s+(?:the\\s+)?(?:previous|prior|preceding)\\s+${COUNT}\\s+${UNIT}s?\\b`,
      'gi',
    ),
    comparison: 'previous_period',
  },
  {
    pattern: new RegExp(`\\b${CONNECTOR}\\s+the\\s+(?:week|month|quarter)\\s+before\\b`, 'gi'),
    comparison: 'previous_period',
  },
  {
    pattern: new RegExp(`\\b${CONNECTOR}\\s+the\\s+year\\s+before\\b`, 'gi'),
    comparison: 'same_period_last_year',
  },
  {
    pattern: /\b(?:period|week|month|quarter)[-\s](?:over|on)[-\s](?:period|week|month|quarter)\b/gi,
    comparison: 'previous_period',
  },
  // Short forms only in their usual mixed case: "wow", "MOM" and "POP" are words and product names.
  {
    pattern: /\b(?:wow|mom|qoq|pop|w\/w|m\/m|q\/q)\b/gi,
    comparison: 'previous_period',
    shortForm: true,
  },
];

const MIXED_CASE = new Set(['WoW', 'MoM', 'QoQ', 'PoP', 'qoq', 'QOQ']);

const casedRight = (text: string): boolean => text.includes('/') || MIXED_CASE.has(text);

export const findComparisons = (question: string): Candidate[] =>
  phrases.flatMap(({ pattern, comparison, shortForm }) =>
    matchAll(pattern, question)
      .filter((match) => shortForm === undefined || casedRight(match[0]))
      .map((match): Candidate => ({
        kind: 'comparison',
        comparison,
        start: match.index,
        end: match.index + match[0].length,
      })),
  );
