import { casual, type Component } from 'chrono-node';
import type { TimeContext } from './period-ref';

/**
 * A safety net: chrono-node's casual parser finds time phrases the recognizers do not read
 * ("last Friday", "3 days ago", "this weekend"). Those are reported as unclear so the caller
 * asks rather than silently ignoring a date. Matches that are not dates are dropped: times of
 * day ("at 10"), "now", weekday abbreviations that are words ("sun hat", "sat nav"), "may",
 * and day/month pairs without a year ("size 10/12").
 */

const weekdayWords = /^(?:sun|mon|tue|wed|thu|fri|sat)$/i;
const numericWithoutYear = /^\d{1,2}[/.-]\d{1,2}$/;
const dateParts: readonly Component[] = ['year', 'month', 'day', 'weekday'];
const ignoredWords = new Set(['now', 'may']);

export const findLooseTime = (
  question: string,
  { anchor }: TimeContext,
  taken: ReadonlyArray<{ start: number; end: number }>,
): Array<{ start: number; end: number }> =>
  casual
    .parse(question, { instant: new Date(`${anchor}T12:00:00Z`), timezone: 0 })
    .filter((result) => {
      const text = result.text.trim();
      const start = result.index;
      const end = start + result.text.length;
      const { start: components } = result;
      const isDate = dateParts.some((part) => components.isCertain(part));
      return (
        isDate &&
        !ignoredWords.has(text.toLowerCase()) &&
        !weekdayWords.test(text) &&
        !numericWithoutYear.test(text) &&
        taken.every((span) => end <= span.start || start >= span.end)
      );
    })
    .map((result) => ({ start: result.index, end: result.index + result.text.length }));
