import type { MatchKind } from './types';

/** One reading of question words first..last (token indexes, inclusive) as one entry. */
export interface Candidate {
  entry: number;
  first: number;
  last: number;
  score: number;
  kind: MatchKind;
}

/** Partial readings carry what decides whether they are distinctive enough to offer. */
export interface PartialCandidate extends Candidate {
  kind: 'partial';
  /** Question words that matched the value and are neither everyday English nor numbers (spelled right when alone). */
  distinctiveWords: readonly number[];
  /** Two or more words, one a number: model numbers ("levis 501") single a product out. */
  numbered: boolean;
}

export const spanKey = (first: number, last: number): number => first * 4096 + last;
