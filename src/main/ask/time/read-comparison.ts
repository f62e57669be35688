import type { Candidate, TimeComparison } from './candidates';
import type { RangePhrase } from './combine-ranges';
import { compareWith } from './compare-periods';
import type { ReadPeriod, TimeContext } from './period-ref';

export interface ComparisonResult {
  comparison: TimeComparison | null;
  /** The range a comparison implies when none was named ("sales vs last month": this month so far). */
  implied: ReadPeriod | null;
  /** Phrases that could not be read: targets the plan cannot compare with, or clashing comparisons. */
  unclear: Array<{ start: number; end: number }>;
}

/** Reads the comparison from phrases that name no period ("YoY") and from periods after "vs". */
export const readComparison = (
  main: ReadPeriod | null,
  candidates: readonly Candidate[],
  targets: readonly RangePhrase[],
  context: TimeContext,
): ComparisonResult => {
  const phrases = candidates.filter((candidate) => candidate.kind === 'comparison');
  const kinds: TimeComparison[] = phrases.map((candidate) => candidate.comparison);
  const unclear: ComparisonResult['unclear'] = [];
  let implied: ReadPeriod | null = null;
  for (const target of targets) {
    const reading = compareWith(main, target.expr, context);
    if (reading === null) {
      unclear.push(target);
      continue;
    }
    kinds.push(reading.comparison);
    implied ??= reading.implied;
  }
  const distinct = [...new Set(kinds)];
  if (distinct.length > 1) return { comparison: null, implied: null, unclear: [...unclear, ...phrases, ...targets] };
  return { comparison: distinct[0] ?? null, implied, unclear };
};
