import type { Candidate } from './candidates';
import { matchAll } from './text-context';
import { COUNT, MONTH, UNIT, YEAR } from './time-words';

/**
 * Time phrases too vague to turn into dates without guessing ("the last few weeks", "early
 * March", "FY2025", "next month"): the caller asks about them instead.
 */

const PERIOD = `(?:${MONTH}(?:\\s+${YEAR})?|${YEAR}|q[1-4](?:\\s+${YEAR})?|(?:the\\s+)?${UNIT})`;

const patterns = [
  // "last few weeks", "past couple of months"
  new RegExp(
    `\\b(?:the\\s+)?(?:last|past|previous|recent)\\s+(?:few|couple(?:\\s+of)?|several|many|some)\\s+${UNIT}s\\b`,
    'gi',
  ),
  /\b(?:recently|lately)\b/gi,
  new RegExp(`\\bin\\s+recent\\s+${UNIT}s\\b`, 'gi'),
  // "early March", "mid-2025", "late Q3"
  new RegExp(`\\b(?:early|mid|late)[-\\s]+${PERIOD}\\b`, 'gi'),
  // "end of 2025", "the start of the month"; "since the start of 2025" is a since-phrase (combine-ranges).
  new RegExp(`(?<!\\bsince\\s+(?:the\\s+)?)\\b(?:start|beginning|end|middle)\\s+of\\s+${PERIOD}\\b`, 'gi'),
  // "the first week of March", "last 10 days of December 2011"
  new RegExp(
    `\\b(?:the\\s+)?(?:first|last|final)\\s+(?:${COUNT}\\s+)?(?:day|week|month)s?\\s+of\\s+${PERIOD}\\b`,
    'gi',
  ),
  // Fiscal calendars differ by company: "FY2025", "FY25", "fiscal 2025", "fiscal year", "fiscal Q3".
  /\b(?:fy\s?'?\d{2,4}|fiscal(?:\s+(?:year|quarter|q[1-4]))?(?:\s+'?\d{2,4})?)\b/gi,
  // Future periods have no data yet ("next month"); forecasts read their own horizon.
  new RegExp(`\\b(?:the\\s+)?(?:next|coming|upcoming)\\s+(?:${COUNT}\\s+)?${UNIT}s?\\b`, 'gi'),
];

export const findVaguePhrases = (question: string): Candidate[] =>
  patterns.flatMap((pattern) =>
    matchAll(pattern, question).map((match): Candidate => ({
      kind: 'unclear',
      start: match.index,
      end: match.index + match[0].length,
    })),
  );
