import type { TimeGrain } from '../../../shared/contract/analysis-plan';
import type { Candidate } from './candidates';
import { matchAll } from './text-context';
import { UNIT, unitValue } from './time-words';

/** Time buckets asked for: "weekly", "by month", "per day", "each quarter", "month by month", "over time". */

const adverbs: Record<string, TimeGrain> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
};

const patterns = {
  // Not "bi-weekly" (no such grain).
  adverb: /(?<![-\w])(?:daily|weekly|monthly|quarterly|yearly|annual|annually)\b/gi,
  // Not "by day of week" (a weekday dimension) nor "year over year" (a comparison).
  by: new RegExp(
    `\\b(?:by|per|each|every|for\\s+each)\\s+(?:the\\s+)?(?<unit>${UNIT})\\b(?!\\s+of\\b)(?![-\\s](?:over|on|to)[-\\s])`,
    'gi',
  ),
  repeated: new RegExp(`\\b(?<unit>${UNIT})[-\\s]by[-\\s]\\k<unit>\\b`, 'gi'),
  overTime: /\bover\s+time\b/gi,
};

const at = (match: RegExpExecArray, grain: TimeGrain | null): Candidate => ({
  kind: 'grain',
  grain,
  start: match.index,
  end: match.index + match[0].length,
});

export const findGrains = (question: string): Candidate[] => [
  ...matchAll(patterns.adverb, question).map((match) => at(match, adverbs[match[0].toLowerCase()] ?? null)),
  ...matchAll(patterns.by, question).map((match) => at(match, unitValue(match.groups?.unit ?? ''))),
  ...matchAll(patterns.repeated, question).map((match) => at(match, unitValue(match.groups?.unit ?? ''))),
  ...matchAll(patterns.overTime, question).map((match) => at(match, null)),
];
