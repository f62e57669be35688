import type { Candidate } from './candidates';
import type { PeriodExpr } from './period-ref';
import { CONNECTOR } from './time-words';

/**
 * Joins the periods found in a question with the words around them: "from March to May 2025"
 * and "between 1 Jan and 15 Feb 2025" become one range, "since March" runs to the anchor,
 * "vs Q3 2010" marks a comparison target, and "in"/"during"/"for the" join the span so the
 * caller can ignore them too.
 */

export interface RangePhrase {
  start: number;
  end: number;
  expr: PeriodExpr;
}

export interface CombinedRanges {
  /** Periods the question asks about. */
  ranges: RangePhrase[];
  /** Periods named after "vs", "compared to"...: what the ranges are compared with. */
  targets: RangePhrase[];
  /** Open-ended phrases ("before 2025", "until March"): no start to read. */
  unclear: Array<{ start: number; end: number }>;
}

const connectorBefore = new RegExp(`\\b${CONNECTOR}\\s+(?:the\\s+)?$`, 'i');
const compareVerb = /\bcompar(?:e|es|ed|ing)\b/i;
const compareGap = /^\s*,?\s*(?:and|with|to|vs\.?|versus|against)\s+(?:the\s+)?$/i;
const rangeGap = /^\s*(?:-|–|—|to|through|thru|till|until)\s*$/i;
const andGap = /^\s*(?:and|&)\s*$/i;
const rangeOpenerBefore = /\b(?:from|between)\s+(?:the\s+)?$/i;
const betweenBefore = /\bbetween\s+(?:the\s+)?$/i;
const sinceBefore = /\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:the\s+)?$/i;
const fromBefore = /\bfrom\s+(?:the\s+)?$/i;
const onwardsAfter = /^\s+(?:on(?:wards?)?|forwards?)\b/i;
const afterBefore = /\bafter\s+(?:the\s+)?$/i;
const openStartBefore =
  /\b(?:before|until|till|up\s+to|prior\s+to|through|thru|by)\s+(?:the\s+(?:end\s+of\s+(?:the\s+)?)?)?$/i;
const prepositionBefore =
  /(?:\b(?:in|during|for|over|within|throughout|on|of|across|at|from|around|between)\s+)?(?:the\s+(?:whole\s+|entire\s+)?)?$/i;

/** Where a pattern anchored at the end of the text before `index` starts, or null. */
const startOfMatchBefore = (question: string, index: number, pattern: RegExp): number | null => {
  const match = pattern.exec(question.slice(0, index));
  return match === null ? null : match.index;
};

interface Item extends RangePhrase {
  target: boolean;
}

const markTargets = (question: string, items: Item[]): void => {
  items.forEach((item, index) => {
    const connector = startOfMatchBefore(question, item.start, connectorBefore);
    if (connector !== null) {
      item.target = true;
      item.start = connector;
      return;
    }
    // "compare March with April", "compare this month and last month"; but "compare sales from March to May" is a range.
    const previous = items[index - 1];
    if (previous === undefined || previous.target) return;
    const gap = question.slice(previous.end, item.start);
    const before = question.slice(0, previous.start);
    if (compareGap.test(gap) && compareVerb.test(before) && !(rangeOpenerBefore.test(before) && rangeGap.test(gap))) {
      item.target = true;
      item.start = previous.end + (gap.length - gap.trimStart().length);
    }
  });
};

const joinRanges = (question: string, items: Item[]): Item[] => {
  const joined: Item[] = [];
  for (const item of items) {
    const previous = joined.at(-1);
    if (
      previous &&
      !previous.target &&
      !item.target &&
      previous.expr.kind === 'single' &&
      item.expr.kind === 'single'
    ) {
      const gap = question.slice(previous.end, item.start);
      const paired = rangeGap.test(gap) || (andGap.test(gap) && betweenBefore.test(question.slice(0, previous.start)));
      if (paired) {
        previous.expr = { kind: 'between', from: previous.expr.ref, to: item.expr.ref };
        previous.end = item.end;
        continue;
      }
    }
    joined.push({ ...item });
  }
  return joined;
};

/** Applies since/after/from...onwards, flags open starts, and widens the span over "in", "during the"... */
const applyPrefix = (question: string, item: Item, unclear: CombinedRanges['unclear']): Item | null => {
  const { expr } = item;
  if (expr.kind === 'single') {
    const since = startOfMatchBefore(question, item.start, sinceBefore);
    if (since !== null) return { ...item, start: since, expr: { kind: 'since', ref: expr.ref } };
    const after = startOfMatchBefore(question, item.start, afterBefore);
    if (after !== null) return { ...item, start: after, expr: { kind: 'after', ref: expr.ref } };
    const from = startOfMatchBefore(question, item.start, fromBefore);
    const onwards = onwardsAfter.exec(question.slice(item.end));
    if (from !== null && onwards !== null) {
      return { ...item, start: from, end: item.end + onwards[0].length, expr: { kind: 'since', ref: expr.ref } };
    }
    const open = startOfMatchBefore(question, item.start, openStartBefore);
    if (open !== null) {
      unclear.push({ start: open, end: item.end });
      return null;
    }
  }
  return { ...item, start: startOfMatchBefore(question, item.start, prepositionBefore) ?? item.start };
};

export const combineRanges = (question: string, candidates: readonly Candidate[]): CombinedRanges => {
  const items: Item[] = candidates.flatMap((candidate) =>
    candidate.kind === 'period'
      ? [{ start: candidate.start, end: candidate.end, expr: candidate.expr, target: false }]
      : [],
  );
  markTargets(question, items);
  const unclear: CombinedRanges['unclear'] = [];
  const combined = joinRanges(question, items).flatMap((item) => {
    if (item.target) return [item];
    const prefixed = applyPrefix(question, item, unclear);
    return prefixed ? [prefixed] : [];
  });
  const strip = ({ start, end, expr }: Item): RangePhrase => ({ start, end, expr });
  return {
    ranges: combined.filter((item) => !item.target).map(strip),
    targets: combined.filter((item) => item.target).map(strip),
    unclear,
  };
};
