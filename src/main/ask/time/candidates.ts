import type { TimeGrain } from '../../../shared/contract/analysis-plan';
import type { PeriodExpr } from './period-ref';

export type TimeComparison = 'previous_period' | 'same_period_last_year';

/** One reading of a stretch of the question, [start, end) in the original text. */
export type Candidate = { start: number; end: number } & (
  | { kind: 'period'; expr: PeriodExpr }
  | { kind: 'comparison'; comparison: TimeComparison }
  /** Null grain: a time phrase that asks for a series without naming the bucket ("over time"). */
  | { kind: 'grain'; grain: TimeGrain | null }
  /** Looks like time but cannot be read without guessing. */
  | { kind: 'unclear' }
);

const length = (candidate: Candidate): number => candidate.end - candidate.start;

/**
 * Keeps readings that do not overlap, longest first: "same period last year" beats "last year"
 * and "5 March 2025" beats "March 2025". Ties go to the earlier reading, then the earlier
 * recognizer (the order of the input).
 */
export const selectCandidates = (candidates: readonly Candidate[]): Candidate[] => {
  const ranked = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort(
      (a, b) => length(b.candidate) - length(a.candidate) || a.candidate.start - b.candidate.start || a.order - b.order,
    );
  const kept: Candidate[] = [];
  for (const { candidate } of ranked) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
};
