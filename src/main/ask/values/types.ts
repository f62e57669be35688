/** The public shapes of value matching. Plain data so results can cross the contract unchanged. */

/** Distinct values of one dimension as the warehouse stores them. */
export interface DimensionValues {
  dimension: string;
  values: readonly string[];
}

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export type MatchKind = 'exact' | 'alias' | 'plural' | 'typo' | 'partial';

export interface ValueMatch {
  dimension: string;
  /** The value exactly as stored. */
  value: string;
  /**
   * Other stored values that read the same once case, spacing and punctuation are ignored
   * ("PINK BUTTERFLY CUSHION COVER " beside "PINK BUTTERFLY CUSHION COVER"). A filter should
   * include them, or it silently drops the rows spelled the other way. Absent when there are none.
   */
  alsoStoredAs?: readonly string[];
  /** Where in the question. */
  span: TextSpan;
  /** 1 = exact (ignoring case and plurals); lower for aliases, typos and partial matches. */
  score: number;
  kind: MatchKind;
}

export interface AmbiguousSpan {
  span: TextSpan;
  /** Best first. The caller asks "Did you mean ...?" rather than guessing. */
  candidates: ValueMatch[];
}

export interface MatchResult {
  /** The non-overlapping best reading, left to right. */
  matches: ValueMatch[];
  /** Spans where two or more readings are about equally good; never also in `matches`. */
  ambiguous: AmbiguousSpan[];
}

export interface BuildOptions {
  /** Extra aliases per dimension: { brand: { ck: 'Calvin Klein' } }. Aliases of values not in the index are ignored. */
  aliases?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface MatchOptions {
  /** Parts of the question already understood (dates, measures); values are not looked for there. */
  ignoreSpans?: readonly { start: number; end: number }[];
  /** Only these dimensions. */
  dimensions?: readonly string[];
}
