import type { MatchKind, MatchResult } from './types';

/** One row of a table-driven matching test. Values are written "dimension=value". */
export interface MatchCase {
  question: string;
  matches: string[];
  kinds?: MatchKind[];
  /** The question text each match covers, in order. */
  spans?: string[];
  /** Per ambiguous span: the candidates offered, in order (only the first few need listing). */
  ambiguous?: string[][];
}

/** The parts of a result a table row states, so a failure shows the whole reading at once. */
export const summarise = (result: MatchResult, row: MatchCase) => ({
  matches: result.matches.map((match) => `${match.dimension}=${match.value}`),
  ...(row.kinds ? { kinds: result.matches.map((match) => match.kind) } : {}),
  ...(row.spans ? { spans: result.matches.map((match) => match.span.text) } : {}),
  ambiguous: result.ambiguous.map((span, index) =>
    span.candidates
      .slice(0, row.ambiguous?.[index]?.length ?? span.candidates.length)
      .map((match) => `${match.dimension}=${match.value}`),
  ),
});

export const expected = (row: MatchCase) => ({
  matches: row.matches,
  ...(row.kinds ? { kinds: row.kinds } : {}),
  ...(row.spans ? { spans: row.spans } : {}),
  ambiguous: row.ambiguous ?? [],
});
